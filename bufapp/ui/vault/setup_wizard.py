"""First start: office, caseworker, passphrase, the recovery key shown, and its confirmation.

The rules live in ``bufapp.services.setup``; this wizard only asks and shows. The vault is
created on the database thread when the passphrase page is committed, so the window never
freezes during key calibration.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage

from bufapp.domain.entities import Caseworker, Office
from bufapp.errors import user_text
from bufapp.services import setup
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.vault.passphrase_fields import NewPassphraseFields
from bufapp.ui.vault.recovery_key_pages import ConfirmPage, KeyWizard, RecoveryKeyPage, Shown
from bufapp.ui.widgets.field_form import FieldForm
from bufapp.ui.widgets.tasks import TaskManager

CreateVault = Callable[[Path, Office, Caseworker, str], tuple[object, str]]


def _intro(text: str) -> QLabel:
    label = QLabel(tr(text))
    label.setWordWrap(True)
    return label


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Velkommen til bufapp"))
        self.setSubTitle(
            tr(
                "Først litt om kontoret og deg. Dette står i brevhodet og i hvert brev du "
                "skriver ut, slik at mottakeren vet hvem som kan kontaktes."
            )
        )
        self.form = FieldForm()
        self.municipality = self.form.add_row(
            "municipality", QT_TR_NOOP("&Kommune/tjeneste"), QLineEdit()
        )
        self.municipality.setPlaceholderText(tr("Barnevernstjenesten i … kommune"))
        self.address = self.form.add_row("address", QT_TR_NOOP("&Adresse"), QLineEdit())
        self.org_number = self.form.add_row(
            "org_number", QT_TR_NOOP("&Organisasjonsnummer"), QLineEdit()
        )
        self.phone = self.form.add_row("phone", QT_TR_NOOP("&Telefon (sentralbord)"), QLineEdit())
        self.email = self.form.add_row("email", QT_TR_NOOP("&E-post (postmottak)"), QLineEdit())
        self.caseworker = self.form.add_row(
            "name", QT_TR_NOOP("&Ditt navn (saksbehandler)"), QLineEdit()
        )
        self.caseworker_phone = self.form.add_row(
            "caseworker_phone", QT_TR_NOOP("Din direkte tele&fon"), QLineEdit()
        )
        self.caseworker_email = self.form.add_row(
            "caseworker_email", QT_TR_NOOP("Din e-&post"), QLineEdit()
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def office(self) -> Office:
        return Office(
            self.municipality.text().strip(),
            self.address.text().strip(),
            self.org_number.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
        )

    def caseworker_entered(self) -> Caseworker:
        return Caseworker(
            self.caseworker.text().strip(),
            phone=self.caseworker_phone.text().strip(),
            email=self.caseworker_email.text().strip(),
        )

    def validatePage(self) -> bool:
        problems = setup.check_office(self.office()) + setup.check_caseworker(
            self.caseworker_entered()
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


class SetupWizard(KeyWizard):
    def __init__(
        self, tasks: TaskManager, directory: Path, create: CreateVault = setup.create_vault
    ) -> None:
        super().__init__()
        self.setWindowTitle(tr("Sett opp bufapp"))
        self.setMinimumSize(640, 520)
        self._tasks = tasks
        self._directory = directory
        self._create = create
        self.vault: object | None = None
        self.office_page = OfficePage()
        self.passphrase_page = PassphrasePage()
        self.passphrase_page.fields.known_words = lambda: setup.known_words(
            self.office_page.office(), self.office_page.caseworker_entered()
        )
        self.key_page = RecoveryKeyPage(
            self, QT_TR_NOOP("Gjenopprettingsnøkkel"), QT_TR_NOOP("Oppretter kryptert database …")
        )
        self.confirm_page = ConfirmPage(self)
        for page in (self.office_page, self.passphrase_page, self.key_page, self.confirm_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Start bufapp"))

    def obtain_key(self, shown: Shown) -> None:
        self.create_vault(shown)

    def store_confirmation(self) -> None:
        vault = self.vault
        if vault is not None:
            self._tasks.run_blocking(lambda: setup.mark_confirmed(vault))  # type: ignore[arg-type]

    def office_name(self) -> str:
        return self.office_page.office().municipality

    def create_vault(self, shown: Shown) -> None:
        if self.vault is not None:
            return
        office = self.office_page.office()
        caseworker = self.office_page.caseworker_entered()
        passphrase = self.passphrase_page.fields.value()

        def done(result: tuple[object, str]) -> None:
            self.vault, recovery_key = result
            shown(recovery_key, None)

        def failed(failure: Exception) -> None:
            said = user_text(failure)
            shown(
                None,
                said
                or tr("Databasen kunne ikke opprettes ({kind}).").format(
                    kind=type(failure).__name__
                ),
            )

        self._tasks.run(
            lambda: self._create(self._directory, office, caseworker, passphrase), done, failed
        )
