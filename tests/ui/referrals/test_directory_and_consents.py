"""The directory (adressebok) and a parent's consent register, on a real vault: a service made
through its dialog, folded filtering, CSV import in UTF-8 with BOM and in Windows-1252 with a
report of rejected lines, consents saved and refused field by field, and withdrawal."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.domain.consent import Consent, Service, consent_status
from bufapp.domain.enums import ConsentForm, ConsentStatus, InformationCategory, ServiceType
from bufapp.domain.referral import Referral
from bufapp.services.consents import ConsentService
from bufapp.services.referrals.service import ReferralService
from bufapp.services.register import RegisterService
from bufapp.services.workspace import Workspace, workspace_for
from bufapp.settings import Settings
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from bufapp.ui.referrals.consent_dialogs import ConsentDialog, WithdrawConsentDialog
from bufapp.ui.referrals.consent_register import ConsentRegister
from bufapp.ui.referrals.directory_view import DirectoryView, ImportReportDialog
from bufapp.ui.referrals.service_dialog import ServiceDialog
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import TODAY
from tests.ui.conftest import settle
from tests.unit.test_register_service import add_parent

HOUSING = InformationCategory.FINANCES_AND_HOUSING
HEALTH = InformationCategory.MENTAL_HEALTH
HEADER = "type;navn;adresse;telefon;epost;kontaktperson\n"


@pytest.fixture
def workspace(vault: Vault, register: RegisterService) -> Workspace:
    """The workspace the window builds, with every service's 'today' fixed to TODAY."""
    built = workspace_for(vault, Settings())

    def unit_of_work() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    built.register = register
    built.consents = ConsentService(unit_of_work, today=lambda: TODAY)
    built.referrals = ReferralService(unit_of_work, today=lambda: TODAY)
    return built


def _directory_view(qtbot: QtBot, tasks: TaskManager, workspace: Workspace) -> DirectoryView:
    view = DirectoryView(tasks, workspace.directory)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    view.refresh()
    settle(qtbot, tasks, until=lambda: view.loaded)
    return view


def _register(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, parent_id: int
) -> ConsentRegister:
    widget = ConsentRegister(tasks, workspace, parent_id, parent_name="Máret Čuđe")
    qtbot.addWidget(widget)
    widget.resize(1000, 300)
    widget.show()
    settle(qtbot, tasks)
    return widget


# --- the directory ----------------------------------------------------------------------------


def test_new_service_through_the_dialog_shows_problems_then_saves(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    view = _directory_view(qtbot, tasks, workspace)
    assert view.empty.isVisible() and not view.table.isVisible()
    assert "Importer fra CSV" in view.empty.text()

    view.new_button.click()
    dialog = view.last_dialog
    assert isinstance(dialog, ServiceDialog) and dialog.windowTitle() == "Ny tjeneste"
    dialog.phone.setText("12")
    dialog.email.setText("nav@")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.form.error_text("name") != "")
    assert dialog.form.error_text("name") == "Navnet på tjenesten må fylles ut."
    assert "8 siffer" in dialog.form.error_text("phone")
    assert dialog.form.error_text("email") != ""
    assert workspace.directory.services() == []

    dialog.type.setCurrentIndex(dialog.type.findData(ServiceType.NAV))
    dialog.name.setText("NAV Kárášjohka")
    dialog.phone.setText("78 46 00 00")
    dialog.email.setText("nav@karasjok.example")
    dialog.postal_address.setText("Postboks 5, 9730 Kárášjohka")
    dialog.contact_person.setText("Ánde Ŋuolga")
    with qtbot.waitSignal(view.services_changed, timeout=10_000):
        dialog.submit()
    settle(qtbot, tasks, until=lambda: view.model.rowCount() == 1)
    (saved,) = workspace.directory.services()
    assert (saved.name, saved.type, saved.contact_person, saved.postal_address) == (
        "NAV Kárášjohka",
        ServiceType.NAV,
        "Ánde Ŋuolga",
        "Postboks 5, 9730 Kárášjohka",
    )
    assert view.table.isVisible() and not view.empty.isVisible()
    assert view.current_service_id() == saved.id

    # Enter on the row opens it for editing; the change is saved under the same id.
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    edit = view.last_dialog
    assert isinstance(edit, ServiceDialog) and edit is not dialog
    assert edit.windowTitle() == "Rediger tjeneste" and edit.name.text() == "NAV Kárášjohka"
    edit.contact_person.setText("Sárá Čuđe")
    edit.submit()
    settle(qtbot, tasks, until=lambda: edit.saved is not None)
    assert workspace.directory.services() == [
        Service(
            "NAV Kárášjohka",
            ServiceType.NAV,
            "Postboks 5, 9730 Kárášjohka",
            "78 46 00 00",
            "nav@karasjok.example",
            "Sárá Čuđe",
            id=saved.id,
        )
    ]


def test_filter_folds_letters_sorts_norwegian_and_filters_by_type(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    directory = workspace.directory
    for service in (
        Service("NAV Kárášjohka", ServiceType.NAV, contact_person="Máret Čuđe"),
        Service("Åsen legekontor", ServiceType.GP),
        Service("Ørsta familievern", ServiceType.FAMILY_COUNSELLING),
        Service("Ærlig talt, frivillig", ServiceType.VOLUNTARY),
        Service("Boligkontoret", ServiceType.HOUSING),
    ):
        directory.save(service)
    view = _directory_view(qtbot, tasks, workspace)
    assert view.visible_names() == [
        "Boligkontoret",
        "NAV Kárášjohka",
        "Ærlig talt, frivillig",
        "Ørsta familievern",
        "Åsen legekontor",
    ]
    view.search.setText("nav")
    assert view.visible_names() == ["NAV Kárášjohka"]
    view.search.setText("karasjohka")
    assert view.visible_names() == ["NAV Kárášjohka"]
    view.search.setText("cude")  # the contact person, typed without Sami letters
    assert view.visible_names() == ["NAV Kárášjohka"]
    view.search.setText("orsta")
    assert view.visible_names() == ["Ørsta familievern"]
    assert view.count.text() == "1 av 5 tjenester"
    view.search.setText("finnes ikke")
    assert view.visible_names() == []
    assert view.count.text() == "Ingen av 5 tjenester passer søket."

    view.search.clear()
    view.type_filter.setCurrentIndex(view.type_filter.findData(ServiceType.GP))
    assert view.visible_names() == ["Åsen legekontor"]
    view.new_button.click()  # a new service starts with the type being looked at
    dialog = view.last_dialog
    assert isinstance(dialog, ServiceDialog)
    assert dialog.collect().type is ServiceType.GP
    dialog.reject()


def _import(qtbot: QtBot, tasks: TaskManager, view: DirectoryView, path: Path) -> None:
    view.last_dialog = None
    view.import_file(path)
    settle(qtbot, tasks, until=lambda: not view.importing)
    settle(qtbot, tasks)


def test_csv_import_utf8_with_bom_adds_good_lines_and_reports_the_rejected(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, tmp_path: Path
) -> None:
    view = _directory_view(qtbot, tasks, workspace)
    path = tmp_path / "tjenester.csv"
    text = (
        HEADER
        + "NAV-kontor;NAV Kárášjohka;Postboks 5, 9730 Kárášjohka;;;Sárá Čuđe\n"
        + "sykehus;Ukjent type;;;;\n"
        + "Familievernkontor;Familievernet i Finnmárku;;78 00 00 00;;Ŧuomas Žoŋ\n"
        + "Fastlege;;;;;\n"
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # what Excel's "CSV UTF-8" saves
    _import(qtbot, tasks, view, path)

    report = view.last_dialog
    assert isinstance(report, ImportReportDialog)
    assert report.summary.text() == (
        "2 tjenester ble lagt til i adresseboka. 2 linjer ble ikke importert:"
    )
    assert report.problems.toPlainText().splitlines() == [
        "Linje 3: ukjent type «sykehus».",
        "Linje 5: Navnet på tjenesten må fylles ut.",
    ]
    assert report.problems.isReadOnly()
    assert not report.encoding_note.isVisible()
    services = {s.name: s for s in workspace.directory.services()}
    assert services["NAV Kárášjohka"].contact_person == "Sárá Čuđe"
    assert services["Familievernet i Finnmárku"].contact_person == "Ŧuomas Žoŋ"
    settle(qtbot, tasks, until=lambda: view.model.rowCount() == 2)
    assert view.visible_names() == ["Familievernet i Finnmárku", "NAV Kárášjohka"]

    # The same file again adds nothing: each service already there is named by its line.
    _import(qtbot, tasks, view, path)
    again = view.last_dialog
    assert isinstance(again, ImportReportDialog)
    assert again.summary.text().startswith("Ingen tjenester ble lagt til i adresseboka.")
    assert "Linje 2: «NAV Kárášjohka» finnes allerede i adresseboka." in again.text
    assert len(workspace.directory.services()) == 2


def test_csv_import_from_excel_on_norwegian_windows_is_read_as_cp1252(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, tmp_path: Path
) -> None:
    view = _directory_view(qtbot, tasks, workspace)
    path = tmp_path / "excel.csv"
    text = (
        HEADER
        + "Fastlege;Legekontoret i Øksfjord;Storgata 1, 9550 Øksfjord;;;Åse Ærø\n"
        + "Boligkontor;Boligkontoret;;12;;\n"
    )
    path.write_bytes(text.encode("cp1252"))
    _import(qtbot, tasks, view, path)
    report = view.last_dialog
    assert isinstance(report, ImportReportDialog)
    assert report.summary.text().startswith("1 tjeneste ble lagt til i adresseboka.")
    assert report.problems.toPlainText().startswith("Linje 3: Telefonnummeret")
    assert report.encoding_note.isVisible()
    assert "Windows-1252" in report.encoding_note.text()
    (service,) = workspace.directory.services()
    assert (service.name, service.contact_person) == ("Legekontoret i Øksfjord", "Åse Ærø")


def test_a_file_that_cannot_be_imported_says_why_and_adds_nothing(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, tmp_path: Path
) -> None:
    view = _directory_view(qtbot, tasks, workspace)
    wrong = tmp_path / "feil.csv"
    wrong.write_text("name,address\nNAV,Her\n", encoding="utf-8")
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    _import(qtbot, tasks, view, wrong)
    assert Messages.shown == [
        "Importen fra «feil.csv» ble ikke gjort:\nFila mangler kolonnen «type» i første linje."
    ]
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    _import(qtbot, tasks, view, tmp_path / "finnes-ikke.csv")
    assert "«finnes-ikke.csv» finnes ikke. Ingenting ble importert." in Messages.shown[-1]
    assert view.last_dialog is None and view.import_button.isEnabled()
    assert workspace.directory.services() == []


# --- consents ---------------------------------------------------------------------------------


def test_new_consent_to_every_service_of_a_type_with_chosen_categories(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    parent = add_parent(workspace.register, "Máret", "Čuđe")
    workspace.directory.save(Service("NAV Kárášjohka", ServiceType.NAV))
    widget = _register(qtbot, tasks, workspace, parent.id or 0)
    assert widget.empty.isVisible() and not widget.table.isVisible()

    widget.new_button.click()
    settle(qtbot, tasks, until=lambda: widget.last_dialog is not None)
    dialog = widget.last_dialog
    assert isinstance(dialog, ConsentDialog)
    assert dialog.windowTitle() == "Nytt samtykke"
    assert dialog.findChild(QLabel, "parentBanner").text() == "Forelder: Máret Čuđe"
    assert dialog.recipient.service.currentText() == "NAV Kárášjohka (NAV-kontor)"
    dialog.recipient.by_type.setChecked(True)
    assert not dialog.recipient.service.isEnabled() and dialog.recipient.type.isEnabled()
    dialog.recipient.type.setCurrentIndex(
        dialog.recipient.type.findData(ServiceType.FAMILY_COUNSELLING)
    )
    dialog.purpose.setText("Samtaler om samarbeid mellom foreldrene")
    dialog.categories.boxes[HEALTH].setChecked(True)
    dialog.categories.boxes[InformationCategory.VISITS].setChecked(True)
    dialog.given_on.setDate(QDate(2026, 6, 1))
    dialog.how.setCurrentIndex(dialog.how.findData(ConsentForm.ORAL))
    assert not dialog.signed.isEnabled()  # only a written consent is signed
    dialog.valid_until.set_value(date(2027, 6, 1))
    with qtbot.waitSignal(widget.changed, timeout=10_000):
        dialog.submit()
    settle(qtbot, tasks, until=lambda: widget.model.rowCount() == 1)

    (saved,) = workspace.consents.of_parent(parent.id or 0)
    assert saved == Consent(
        parent.id or 0,
        "Samtaler om samarbeid mellom foreldrene",
        (HEALTH, InformationCategory.VISITS),
        date(2026, 6, 1),
        ConsentForm.ORAL,
        service_type=ServiceType.FAMILY_COUNSELLING,
        valid_until=date(2027, 6, 1),
        id=saved.id,
    )
    row = widget.model.row_at(0)
    assert row.recipient == "Alle familievernkontor"
    assert widget.status_of(saved.id or 0) == "Gyldig"
    assert widget.table.isVisible() and widget.summary.text() == "1 av 1 samtykke gjelder i dag."
    assert widget.edit_button.isEnabled() and widget.withdraw_button.isEnabled()

    with qtbot.waitSignal(widget.declaration_requested, timeout=1000) as emitted:
        widget.declaration_button.click()
    assert emitted.args == [saved.id]


def test_consent_problems_are_shown_under_their_fields_and_nothing_is_saved(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    parent = add_parent(workspace.register, "Elle", "Somby")
    nav = workspace.directory.save(Service("NAV Kárášjohka", ServiceType.NAV))
    dialog = ConsentDialog(
        tasks, workspace.consents.save, parent.id or 0, [nav], None, TODAY, "Elle Somby"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.given_on.setDate(QDate(2026, 6, 1))
    dialog.valid_until.set_value(date(2026, 5, 1))  # before it was given
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.form.error_text("categories") != "")
    assert dialog.form.error_text("categories") == "Velg hvilke opplysninger samtykket gjelder."
    assert dialog.form.error_text("valid_until") == (
        "Gyldig til kan ikke være før samtykket ble gitt."
    )
    assert dialog.form.error_text("purpose") != ""
    assert dialog.form.error_text("recipient") == ""  # a specific service was chosen
    assert dialog.saved is None and workspace.consents.of_parent(parent.id or 0) == []

    dialog.given_on.setDate(QDate(2026, 6, 20))  # after TODAY: a consent is never given ahead
    dialog.valid_until.set_value(None)
    dialog.purpose.setText("Søknad om bostøtte")
    dialog.categories.boxes[HOUSING].setChecked(True)
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.form.error_text("given_on") != "")
    assert dialog.form.error_text("categories") == ""
    assert workspace.consents.of_parent(parent.id or 0) == []

    dialog.given_on.setDate(QDate(2026, 6, 10))
    dialog.signed.setChecked(True)
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    (saved,) = workspace.consents.of_parent(parent.id or 0)
    assert (saved.service_id, saved.service_type) == (nav.id, None)
    assert (saved.categories, saved.how, saved.signed_declaration) == (
        (HOUSING,),
        ConsentForm.WRITTEN,
        True,
    )


def test_withdrawing_warns_of_blocked_drafts_and_marks_the_consent(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    parent = add_parent(workspace.register, "Ánde", "Somby")
    pid = parent.id or 0
    nav = workspace.directory.save(Service("NAV Kárášjohka", ServiceType.NAV))
    given = workspace.consents.save(
        Consent(
            pid,
            "Søknad om bostøtte",
            (HOUSING,),
            TODAY - timedelta(days=30),
            ConsentForm.WRITTEN,
            service_id=nav.id,
            signed_declaration=True,
        )
    )
    workspace.consents.save(  # expires within 30 days
        Consent(
            pid,
            "Behandling",
            (HEALTH,),
            TODAY - timedelta(days=300),
            ConsentForm.ORAL,
            service_type=ServiceType.ADULT_MENTAL_HEALTH,
            valid_until=TODAY + timedelta(days=10),
        )
    )
    workspace.referrals.save_draft(Referral(pid, nav.id or 0, "Hjelp til bolig", (HOUSING,)))
    assert workspace.referrals.blocked_drafts(pid) == []
    widget = _register(qtbot, tasks, workspace, pid)
    assert [widget.model.row_at(r).status_text for r in range(2)] == ["Gyldig", "Utløper snart"]

    widget.select_consent(given.id or 0)
    widget.withdraw_button.click()
    settle(qtbot, tasks, until=lambda: isinstance(widget.last_dialog, WithdrawConsentDialog))
    dialog = widget.last_dialog
    assert isinstance(dialog, WithdrawConsentDialog)
    assert dialog.affected_drafts == 1
    assert "1 utkast til henvisning bygger på samtykket og blir sperret" in dialog.warning.text()
    assert dialog.withdrawn_on.date() == QDate(2026, 6, 15)  # today by default
    dialog.withdrawn_on.setDate(QDate(2026, 6, 12))
    dialog.note.setPlainText("Ringte og sa at NAV ikke skal få vite mer.")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: widget.status_of(given.id or 0).startswith("Trukket"))

    stored = next(c for c in workspace.consents.of_parent(pid) if c.id == given.id)
    assert (stored.withdrawn_on, stored.withdrawal_note) == (
        date(2026, 6, 12),
        "Ringte og sa at NAV ikke skal få vite mer.",
    )
    assert widget.status_of(given.id or 0) == "Trukket tilbake 12.06.2026"
    assert consent_status(stored, TODAY) is ConsentStatus.WITHDRAWN
    assert len(workspace.referrals.blocked_drafts(pid)) == 1  # the gate agrees
    widget.select_consent(given.id or 0)
    assert not widget.withdraw_button.isEnabled() and not widget.edit_button.isEnabled()
    assert widget.summary.text() == "1 av 2 samtykker gjelder i dag."


def test_status_follows_the_domain_rule() -> None:
    base = Consent(1, "x", (HOUSING,), TODAY - timedelta(days=10), ConsentForm.ORAL)
    assert consent_status(base, TODAY) is ConsentStatus.IN_FORCE
    soon = Consent(1, "x", (HOUSING,), base.given_on, ConsentForm.ORAL, valid_until=TODAY)
    assert consent_status(soon, TODAY) is ConsentStatus.EXPIRES_SOON
    later = Consent(
        1, "x", (HOUSING,), base.given_on, ConsentForm.ORAL, valid_until=TODAY + timedelta(31)
    )
    assert consent_status(later, TODAY) is ConsentStatus.IN_FORCE
    past = Consent(
        1, "x", (HOUSING,), base.given_on, ConsentForm.ORAL, valid_until=TODAY - timedelta(1)
    )
    assert consent_status(past, TODAY) is ConsentStatus.EXPIRED
    gone = Consent(1, "x", (HOUSING,), base.given_on, ConsentForm.ORAL, withdrawn_on=TODAY)
    assert consent_status(gone, TODAY) is ConsentStatus.WITHDRAWN


def test_escape_with_typed_text_asks_before_discarding(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace
) -> None:
    parent = add_parent(workspace.register, "Sárá", "Čuđe")
    dialog = ConsentDialog(tasks, workspace.consents.save, parent.id or 0, [], None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recipient.by_type.isChecked()  # an empty directory: a type is the only choice
    assert not dialog.recipient.by_service.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible() and Messages.shown == []

    dialog = ConsentDialog(tasks, workspace.consents.save, parent.id or 0, [], None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.purpose.setText("Bolig")
    Messages.answer_next(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.purpose.text() == "Bolig"
    assert Messages.shown == ["Vil du forkaste det du har skrevet?"]
    Messages.answer_next(QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible() and len(Messages.shown) == 2

    # Closed by the program (the window locking keeps it as a draft): no question in the way.
    dialog = ConsentDialog(tasks, workspace.consents.save, parent.id or 0, [], None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.purpose.setText("Bolig")
    dialog.close()
    assert not dialog.isVisible() and len(Messages.shown) == 2
