"""The small pieces of backing up: the status-bar indicator of the last backup (amber when it is
more than a week old or there is none), file and folder choosers with a test seam, and the
progress dialog a backup reports to from the database thread."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from bufapp.errors import BackupCancelled
from bufapp.ui.qt import tr

STALE_AFTER_DAYS = 7
AMBER = "#a15c00"  # the warning edge of WARNING_STYLE; readable on light and dark bars


def backup_age(last: date | None, today: date) -> tuple[str, bool]:
    """The indicator's words for the last backup's (Oslo) date, and whether it is too old."""
    if last is None:
        return tr("aldri"), True
    days = (today - last).days
    if days <= 0:
        words = tr("i dag")
    elif days == 1:
        words = tr("i går")
    else:
        words = tr("for {n} dager siden").format(n=days)
    return words, days > STALE_AFTER_DAYS


class BackupIndicator(QPushButton):
    """ "Siste sikkerhetskopi: …" in the status bar; a click takes a backup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupIndicator")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(tr("Siste sikkerhetskopi"))
        self.setToolTip(tr("Ta sikkerhetskopi nå"))
        self.stale = False

    def show_last(self, last: date | None, today: date) -> None:
        words, self.stale = backup_age(last, today)
        self.setText(tr("Siste sikkerhetskopi: {when}").format(when=words))
        if self.stale:
            self.setStyleSheet(f"color: {AMBER}; font-weight: bold;")
            self.setAccessibleDescription(
                tr(
                    "Advarsel: det er mer enn {n} dager siden siste sikkerhetskopi, eller det "
                    "finnes ingen. Trykk for å ta en nå."
                ).format(n=STALE_AFTER_DAYS)
            )
        else:
            self.setStyleSheet("")
            self.setAccessibleDescription(tr("Trykk for å ta en ny sikkerhetskopi."))
        self.show()


class Choices:
    """The backup's folder and file dialogs; ``start`` is the backup folder in the settings.
    Tests pre-answer them through the shared seam (``answer_next``). The file dialogs' module
    is imported where one opens: the status bar's backup button does not need it (start-up)."""

    @staticmethod
    def answer_next(answer: Path | None) -> None:
        from bufapp.ui.widgets.file_dialogs import FileDialogs

        FileDialogs.answer_next(answer)

    @staticmethod
    def reset() -> None:
        from bufapp.ui.widgets.file_dialogs import FileDialogs

        FileDialogs.reset()

    @staticmethod
    def folder(parent: QWidget | None, title: str, start: str | None) -> Path | None:
        from bufapp.ui.widgets.file_dialogs import FileDialogs

        return FileDialogs.folder(parent, "backup", title, start)

    @staticmethod
    def backup_file(parent: QWidget | None, title: str, start: str | None) -> Path | None:
        from bufapp.ui.widgets.file_dialogs import FileDialogs

        return FileDialogs.open_file(
            parent,
            "backup",
            title,
            tr("Sikkerhetskopi fra bufapp (*.bufbackup);;Alle filer (*)"),
            start,
        )


class BackupProgress(QProgressDialog):
    """Shows how far a backup has come; ``report`` is called on the database thread.

    Nothing there touches a widget: the fraction travels by a queued signal, and a cancel is a
    flag the next report turns into BackupCancelled (the backup then removes what it wrote)."""

    _advanced = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Tar sikkerhetskopi og kontrollerer den …"), tr("&Avbryt"), 0, 100, parent
        )
        self.setWindowTitle(tr("Sikkerhetskopi"))
        # Not modal: a modal progress dialog runs the event loop inside setValue, and the
        # backup's own result could then arrive in the middle of showing its progress.
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self.setAccessibleName(tr("Fremdrift for sikkerhetskopien"))
        self.cancel_requested = False
        self.percent = 0
        self.canceled.connect(self._cancel)
        self._advanced.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.setValue(0)

    def report(self, fraction: float) -> None:
        if self.cancel_requested:
            raise BackupCancelled
        self._advanced.emit(fraction)

    def _show(self, fraction: float) -> None:
        if not self.cancel_requested:
            self.percent = round(fraction * 100)  # kept: closing the dialog resets its value
            self.setValue(self.percent)
            if fraction >= 0.75:
                self.setLabelText(tr("Kontrollerer sikkerhetskopien …"))

    def _cancel(self) -> None:
        self.cancel_requested = True
        self.setLabelText(tr("Avbryter …"))


class DamageRelay(QObject):
    """Carries "the unlock check found damage in this vault folder" from the database thread,
    and the background check's outcome from its own thread, to the window (queued signals)."""

    damaged = Signal(object)
    checked = Signal(object, object)  # (workspace, its check's report or the failure)


def oslo_text(moment: datetime) -> str:
    from bufapp.services.clock import OSLO  # zoneinfo: not needed before the first backup

    return f"{moment.astimezone(OSLO):%d.%m.%Y kl. %H.%M}"


def size_text(size_bytes: int) -> str:
    if size_bytes >= 1_048_576:
        return tr("{n} MB").format(n=f"{size_bytes / 1_048_576:.1f}".replace(".", ","))
    return tr("{n} kB").format(n=max(1, round(size_bytes / 1024)))
