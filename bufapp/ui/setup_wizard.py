"""First start: office, caseworker, passphrase, the recovery key shown once, and its confirmation.

The rules live in ``bufapp.services.setup``; this wizard only asks and shows. The vault is
created on the database thread when the passphrase page is committed, so the window never
freezes during key calibration.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWizard, QWizardPage

from bufapp.domain.entities import Office
from bufapp.services import setup
from bufapp.ui.field_form import FieldForm
from bufapp.ui.passphrase_fields import NewPassphraseFields
from bufapp.ui.qt import tr
from bufapp.ui.tasks import TaskManager

CreateVault = Callable[[Path, Office, str, str], tuple[object, str]]


def _intro(text: str) -> QLabel:
    label = QLabel(tr(text))
    label.setWordWrap(True)
    return label


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Velkommen til bufapp"))
        self.setSubTitle(
            tr("Først litt om kontoret. Dette står i brevhodet på brev du skriver ut.")
        )
        self.form = FieldForm()
        self.municipality = self.form.add_row("municipality", "&Kommune/tjeneste", QLineEdit())
        self.municipality.setPlaceholderText(tr("Barnevernstjenesten i … kommune"))
        self.address = self.form.add_row("address", "&Adresse", QLineEdit())
        self.org_number = self.form.add_row("org_number", "&Organisasjonsnummer", QLineEdit())
        self.caseworker = self.form.add_row("name", "&Ditt navn (saksbehandler)", QLineEdit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def office(self) -> Office:
        return Office(
            self.municipality.text().strip(),
            self.address.text().strip(),
            self.org_number.text().strip(),
        )

    def validatePage(self) -> bool:
        problems = setup.check_office(self.office()) + setup.check_caseworker(
            self.caseworker.text()
        )
        self.form.show_problems(problems)
        return not problems


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Velg passord"))
        self.setSubTitle(
            tr("Passordet låser opp den krypterte databasen. Ingen andre kjenner det.")
        )
        self.form = FieldForm()
        self.fields = NewPassphraseFields(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Opprett database"))

    def validatePage(self) -> bool:
        problems = self.fields.problems()
        self.form.show_problems(problems)
        return not problems


class RecoveryKeyPage(QWizardPage):
    """Creates the vault, then shows the recovery key once."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Gjenopprettingsnøkkel"))
        self.setSubTitle(tr("Vises bare denne ene gangen."))
        self.status = _intro("Oppretter kryptert database …")
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.5)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.NoTextInteraction
        )  # no copying to the clipboard
        self.key_label.setAccessibleName(tr("Gjenopprettingsnøkkel"))
        self.print_button = QPushButton(tr("&Skriv ut nøkkelen …"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(wizard.print_recovery_sheet)
        advice = _intro(
            "Skriv ut nøkkelen eller skriv den av for hånd, og oppbevar den innelåst, adskilt fra PC-en. "
            "Med den kan du åpne databasen hvis du glemmer passordet. Mistes både passord og nøkkel, "
            "kan ingen – heller ikke IT – åpne journalene igjen."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.key_label)
        layout.addWidget(advice)
        layout.addWidget(self.print_button)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Jeg har tatt vare på nøkkelen"))

    def initializePage(self) -> None:
        self._wizard.create_vault(self._shown)

    def _shown(self, recovery_key: str | None, error: str | None) -> None:
        if recovery_key is None:
            self.status.setText(error or tr("Databasen kunne ikke opprettes."))
            return
        self.status.setText(tr("Databasen er opprettet. Dette er gjenopprettingsnøkkelen din:"))
        self.key_label.setText(recovery_key.replace("-", "  "))
        self.print_button.setEnabled(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.recovery_key is not None


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Bekreft nøkkelen"))
        self.form = FieldForm()
        self.inputs: dict[int, QLineEdit] = {}
        self.groups = setup.groups_to_confirm()
        self.setSubTitle(
            tr("Skriv gruppe {a} og {b} fra nøkkelen du tok vare på.").format(
                a=self.groups[0], b=self.groups[1]
            )
        )
        for number in self.groups:
            editor = self.form.add_row(
                f"group_{number}", tr("Gruppe {n}").format(n=number), QLineEdit()
            )
            editor.setMaxLength(5)
            editor.textChanged.connect(self.completeChanged)
            self.inputs[number] = editor
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def isComplete(self) -> bool:
        key = self._wizard.recovery_key
        return key is not None and setup.confirms(
            key, {n: e.text() for n, e in self.inputs.items()}
        )


class SetupWizard(QWizard):
    def __init__(
        self, tasks: TaskManager, directory: Path, create: CreateVault = setup.create_vault
    ) -> None:
        super().__init__()
        self.setWindowTitle(tr("Sett opp bufapp"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 520)
        self._tasks = tasks
        self._directory = directory
        self._create = create
        self.vault: object | None = None
        self.recovery_key: str | None = None
        self.office_page = OfficePage()
        self.passphrase_page = PassphrasePage()
        self.key_page = RecoveryKeyPage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.office_page, self.passphrase_page, self.key_page, self.confirm_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Neste >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Tilbake"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Start bufapp"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Avbryt"))

    def create_vault(self, shown: Callable[[str | None, str | None], None]) -> None:
        if self.vault is not None:
            return
        office = self.office_page.office()
        name = self.office_page.caseworker.text()
        passphrase = self.passphrase_page.fields.value()

        def done(result: tuple[object, str]) -> None:
            self.vault, self.recovery_key = result
            shown(self.recovery_key, None)

        def failed(failure: Exception) -> None:
            shown(None, str(failure))

        self._tasks.run(
            lambda: self._create(self._directory, office, name, passphrase), done, failed
        )

    def print_recovery_sheet(self) -> None:
        from bufapp.ui.printing import print_recovery_sheet

        if self.recovery_key:
            print_recovery_sheet(self, self.recovery_key, self.office_page.office().municipality)
