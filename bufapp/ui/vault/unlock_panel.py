"""Unlocking: the passphrase field, a calm message on a wrong passphrase, a growing pause after
repeated failures, and the way to recovery for a forgotten passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.errors import BufappError, WrongPassphrase
from bufapp.ui.qt import tr
from bufapp.ui.widgets.tasks import TaskManager

FREE_ATTEMPTS = 3
MAX_PAUSE_SECONDS = 30


def pause_after(failures: int) -> int:
    """Seconds to wait before the next try: none for the first few, then doubling to a cap."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_PAUSE_SECONDS, 2 ** (failures - FREE_ATTEMPTS + 1))


class UnlockPanel(QWidget):
    """``unlocked(workspace)`` when the passphrase opens the vault; ``forgot()`` for recovery."""

    unlocked = Signal(object)
    forgot = Signal()

    def __init__(self, tasks: TaskManager, opener: Callable[[str], object], place: str) -> None:
        super().__init__()
        self._tasks = tasks
        self._opener = opener
        self.failures = 0
        self._wait_left = 0
        heading = QLabel(tr("bufapp er låst"))
        heading.setObjectName("viewHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        where = QLabel(tr("Database: {place}").format(place=place))
        where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        where.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Passord"))
        self.passphrase.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Melding"))
        self.button = QPushButton(tr("&Lås opp"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.forgot_button = QPushButton(tr("&Glemt passordet?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.forgot)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

        form = QFormLayout()
        caption = QLabel(tr("&Passord:"))
        caption.setBuddy(self.passphrase)
        form.addRow(caption, self.passphrase)
        box = QWidget()
        box.setFixedWidth(460)  # a fixed width lets the wrapped labels compute their height
        inner = QVBoxLayout(box)
        inner.addWidget(heading)
        inner.addWidget(where)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.button)
        inner.addWidget(self.forgot_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setFocusProxy(self.passphrase)

    def submit(self) -> None:
        if self._wait_left or not self.button.isEnabled():
            return
        text = self.passphrase.text()
        if not text:
            self.message.setText(tr("Skriv passordet ditt."))
            return
        self._set_busy(True)
        self.message.setText(tr("Låser opp …"))
        self._tasks.run(lambda: self._opener(text), self._done, self._failed)

    def _done(self, workspace: object) -> None:
        self.failures = 0
        self.passphrase.clear()
        self.message.clear()
        self._set_busy(False)
        self.unlocked.emit(workspace)

    def _failed(self, failure: Exception) -> None:
        self._set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        if not isinstance(failure, BufappError):
            raise failure
        if isinstance(failure, WrongPassphrase):
            self.failures += 1
            self._wait_left = pause_after(self.failures)
            if self._wait_left:
                self._set_busy(True)
                self._timer.start()
            self.message.setText(self._wrong_text())
        else:
            self.message.setText(str(failure))

    def _wrong_text(self) -> str:
        text = tr("Passordet stemmer ikke. Prøv igjen – sjekk gjerne Caps Lock.")
        if self._wait_left:
            text += " " + tr("Du kan prøve igjen om {s} sekunder.").format(s=self._wait_left)
        return text

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        self.message.setText(self._wrong_text())
        if not self._wait_left:
            self._timer.stop()
            self._set_busy(False)
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.passphrase.setReadOnly(busy)
