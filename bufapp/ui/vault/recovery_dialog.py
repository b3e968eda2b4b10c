"""Forgotten passphrase: open with the recovery key and choose a new passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from bufapp.errors import BufappError, FieldProblem
from bufapp.security import recovery
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.vault.passphrase_fields import NewPassphraseFields
from bufapp.ui.widgets.field_form import FieldForm, submit_buttons
from bufapp.ui.widgets.tasks import TaskManager


class RecoveryDialog(QDialog):
    def __init__(
        self,
        tasks: TaskManager,
        recover: Callable[[str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Gjenopprett tilgang"))
        self.setMinimumWidth(560)
        self._tasks = tasks
        self._recover = recover
        self.workspace: object | None = None
        intro = QLabel(
            tr(
                "Skriv gjenopprettingsnøkkelen fra arket du fikk da databasen ble opprettet "
                "(8 grupper à 5 tegn), og velg et nytt passord. Store og små bokstaver spiller ingen rolle."
            )
        )
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.key = self.form.add_row(
            "recovery_key", QT_TR_NOOP("Gjenopprettings&nøkkel"), QLineEdit()
        )
        shape = "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"  # untranslated: the key's shape
        self.key.setPlaceholderText(shape)
        self.passphrase = NewPassphraseFields(self.form)
        self.buttons = submit_buttons(self, self.submit, QT_TR_NOOP("Lås opp og sett nytt passord"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        problems = self.passphrase.problems()
        try:
            recovery.normalise(self.key.text())
        except recovery.RecoveryKeyTypo as typo:
            problems.insert(
                0, FieldProblem("recovery_key", typo.args[0])
            )  # translatable(): the interface translates it
        if problems:
            self.form.show_problems(problems)
            return
        self.form.clear_problems()
        self.buttons.setEnabled(False)
        key, new = self.key.text(), self.passphrase.value()
        self._tasks.run(lambda: self._recover(key, new), self._done, self._failed)

    def _done(self, workspace: object) -> None:
        self.workspace = workspace
        self.accept()

    def _failed(self, failure: Exception) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(failure, BufappError):
            raise failure
        # A wrong or mistyped key, or a damaged vault: said under the key field.
        self.form.show_problems([FieldProblem("recovery_key", str(failure))])
