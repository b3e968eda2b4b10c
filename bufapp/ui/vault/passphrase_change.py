"""The vault's key from the settings: a new passphrase (``ChangePassphraseDialog``), which wraps
the data key anew and leaves the database and the recovery key as they are, and the key
derivation calibrated anew for this machine (``recalibrate``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from bufapp.errors import BufappError, FieldProblem, WrongPassphrase
from bufapp.security import kdf
from bufapp.services import setup
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.vault.passphrase_fields import NewPassphraseFields, password_line
from bufapp.ui.widgets.field_form import FieldForm, submit_buttons
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace


class ChangePassphraseDialog(QDialog):
    def __init__(
        self, tasks: TaskManager, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Bytt passord"))
        self._tasks = tasks
        self._workspace = workspace
        self.form = FieldForm()
        self.current = self.form.add_row(
            "current", QT_TR_NOOP("&Nåværende passord"), password_line()
        )
        self.new = NewPassphraseFields(self.form)
        office_words: list[str] = []
        self.new.known_words = lambda: office_words
        tasks.run(
            lambda: setup.office_known_words(workspace.register), office_words.extend, owner=self
        )
        self.buttons = submit_buttons(self, self.submit, QT_TR_NOOP("Bytt passord"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        problems = self.new.problems()
        if problems:
            self.form.show_problems(problems)
            return
        current, new = self.current.text(), self.new.value()
        self.buttons.setEnabled(False)
        self._tasks.run(
            lambda: self._workspace.vault.change_passphrase(current, new),
            lambda _: self.accept(),
            self._failed,
        )

    def _failed(self, failure: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(failure, WrongPassphrase):
            self.form.show_problems(
                [FieldProblem("current", tr("Nåværende passord stemmer ikke."))]
            )
        elif isinstance(failure, BufappError):
            self.form.show_problems([FieldProblem("current", str(failure))])
        else:
            raise failure


def change_passphrase(tasks: TaskManager, workspace: Workspace, parent: QWidget) -> None:
    """Ask for the current and a new passphrase; the data key is wrapped anew (the database is
    not rewritten), and the recovery key still holds."""
    if ChangePassphraseDialog(tasks, workspace, parent).exec():
        Messages.info(parent, tr("Passordet er byttet. Gjenopprettingsnøkkelen gjelder fortsatt."))


def recalibrate(tasks: TaskManager, workspace: Workspace, parent: QWidget) -> None:
    """Ask for the passphrase and tune the key derivation to this machine (0.5–1 s), measured
    off the GUI thread; say what it became."""
    from PySide6.QtWidgets import QInputDialog
    from PySide6.QtWidgets import QLineEdit as Line

    text, ok = QInputDialog.getText(
        parent, tr("Kalibrer på nytt"), tr("Passordet ditt:"), Line.EchoMode.Password
    )
    if not ok:
        return

    def calibrate() -> tuple[kdf.KdfParams, float]:
        params = workspace.vault.recalibrate(text)
        return params, kdf.time_derivation(params)  # measured here, off the GUI thread

    def done(result: tuple[kdf.KdfParams, float]) -> None:
        params, seconds = result
        Messages.info(
            parent,
            tr(
                "Ferdig: {mib} MiB minne, {rounds} – omtrent {s:.1f} sekunder per opplåsing."
            ).format(
                mib=params.memory_kib // 1024,
                rounds=tr("%n runder", None, params.iterations),
                s=seconds,
            ),
        )

    def failed(failure: Exception) -> None:
        Messages.error(
            parent,
            str(failure) if isinstance(failure, BufappError) else tr("Kalibreringen mislyktes."),
        )

    tasks.run(calibrate, done, failed)
