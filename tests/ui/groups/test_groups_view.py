"""Ansvarsgrupper on a real vault: a group made through its dialog (members typed into the table,
a service chosen from the directory, the coordinator), who gets the minutes and who is flagged
for want of consent, closing an action (an outcome is required), an overdue action said in
words, the parent's evaluations in meeting order, and the meeting buttons' requests."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from bufapp.domain import codec
from bufapp.domain.consent import Consent, Service
from bufapp.domain.entities import Caseworker
from bufapp.domain.enums import (
    ConsentForm,
    InformationCategory,
    MeetingStatus,
    MemberRole,
    ServiceType,
    TaskStatus,
)
from bufapp.domain.groups import (
    DEFAULT_SHARED,
    Evaluation,
    GroupMember,
    MeetingAction,
    ResponsibilityGroup,
)
from bufapp.services.clock import OSLO
from bufapp.services.consents import ConsentService
from bufapp.services.groups.service import GroupService
from bufapp.services.register import RegisterService
from bufapp.services.workspace import Workspace, workspace_for
from bufapp.settings import Settings
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from bufapp.ui.groups.dialogs import CloseActionDialog, GroupDialog
from bufapp.ui.groups.members_table import NAME, PHONE, SERVICE
from bufapp.ui.groups.view import GroupsView
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import NOW, TODAY
from tests.ui.conftest import settle
from tests.unit.test_register_service import add_parent


@dataclass
class Office:
    workspace: Workspace
    parent_id: int
    nav: Service
    gp: Service


@pytest.fixture
def office(vault: Vault, register: RegisterService) -> Office:
    """A parent, two services (a consent covers NAV for what minutes share, nothing covers the
    GP), the caseworker; every service's 'today' fixed to TODAY."""
    workspace = workspace_for(vault, Settings())

    def unit_of_work() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    workspace.register = register
    workspace.consents = ConsentService(unit_of_work, today=lambda: TODAY)
    workspace.groups = GroupService(unit_of_work, today=lambda: TODAY, now=lambda: NOW)
    parent = add_parent(register, "Máret", "Čuđe", phone="900 00 001")
    register.save_caseworker(Caseworker("Ingrid Løvås", "Saksbehandler"))
    nav = workspace.directory.save(Service("NAV Kárášjohka", ServiceType.NAV))
    gp = workspace.directory.save(Service("Fjellvik legekontor", ServiceType.GP))
    workspace.consents.save(
        Consent(parent.id or 0, "Ansvarsgruppe", DEFAULT_SHARED, TODAY - timedelta(days=30),
                ConsentForm.WRITTEN, service_id=nav.id)
    )  # fmt: skip
    return Office(workspace, parent.id or 0, nav, gp)


def _group(office: Office, **changes: object) -> ResponsibilityGroup:
    group = ResponsibilityGroup(
        office.parent_id,
        "Bolig og mer samvær",
        TODAY - timedelta(days=90),
        (
            GroupMember("mor", "Máret Čuđe", MemberRole.PARENT),
            GroupMember("nav", "Nora Nilsen", MemberRole.SERVICE, "veileder", office.nav.id),
            GroupMember("lege", "Per Åsen", MemberRole.SERVICE, "fastlege", office.gp.id),
            GroupMember("fh", "Fosterhjemmet Ŋuolla", MemberRole.CARER),
            GroupMember("bv", "Ingrid Løvås", MemberRole.CASEWORKER),
        ),
        coordinator="nav",
        coordinator_agreed_with_parent=True,
    )
    return office.workspace.groups.save_group(replace(group, **changes))  # type: ignore[arg-type]


def _view(qtbot: QtBot, tasks: TaskManager, office: Office) -> GroupsView:
    view = GroupsView(tasks, office.workspace)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    view.show_parent(office.parent_id, "Máret Čuđe")
    settle(qtbot, tasks, until=lambda: view.loaded)
    return view


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=OSLO)


def test_a_new_group_made_in_the_dialog_is_saved_with_members_and_coordinator(
    qtbot: QtBot, tasks: TaskManager, office: Office
) -> None:
    view = _view(qtbot, tasks, office)
    assert view.empty.isVisible() and not view.scroll.isVisible()
    assert "samler forelderen" in view.empty.text()
    view.new_button.click()
    settle(qtbot, tasks, until=lambda: isinstance(view.last_dialog, GroupDialog))
    dialog = view.last_dialog
    assert isinstance(dialog, GroupDialog)
    assert (dialog.kind, dialog.record_key) == ("group", f"new:{office.parent_id}")
    # The parent is a member from the start (and the caseworker from the office settings).
    assert [(m.name, m.role, m.phone) for m in dialog.members.members()] == [
        ("Máret Čuđe", MemberRole.PARENT, "900 00 001"),
        ("Ingrid Løvås", MemberRole.CASEWORKER, ""),
    ]
    assert dialog.categories.chosen() == DEFAULT_SHARED

    dialog.submit()
    settle(qtbot, tasks, until=lambda: bool(dialog.form.error_text("purpose")))
    assert dialog.form.error_text("purpose") == "Skriv hva gruppen skal arbeide med."
    assert office.workspace.groups.groups_of(office.parent_id) == []

    dialog.purpose.setText("Bolig, økonomi og samvær")
    table = dialog.members.table
    dialog.members.add_member()
    row = table.rowCount() - 1
    table.item(row, NAME).setText("Nora Nilsen")
    # The service is chosen in the cell's list, as a person does.
    index = table.model().index(row, SERVICE)
    delegate = table.itemDelegateForColumn(SERVICE)
    combo = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(combo, QComboBox)
    delegate.setEditorData(combo, index)
    combo.setCurrentIndex(combo.findData(office.nav.id))
    delegate.setModelData(combo, table.model(), index)
    assert table.item(row, SERVICE).text() == f"NAV Kárášjohka ({ServiceType.NAV.label})"
    # A phone number still being typed in its cell when Lagre is pressed is kept.
    table.setCurrentCell(row, PHONE)
    table.editItem(table.item(row, PHONE))
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QLineEdit)
    editor.setText("415 55 555")

    coordinator = dialog.coordinator.combo
    assert [coordinator.itemText(i) for i in range(coordinator.count())] == [
        "Ikke valgt ennå",
        "Máret Čuđe",
        "Ingrid Løvås",
        "Nora Nilsen",
    ]
    coordinator.setCurrentIndex(coordinator.findText("Nora Nilsen"))
    dialog.coordinator.agreed.setChecked(True)
    dialog.categories.boxes[InformationCategory.FINANCES_AND_HOUSING].setChecked(True)
    draft = dialog.collect()
    assert codec.decode(ResponsibilityGroup, codec.encode(draft)) == draft  # a draft keeps it

    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    (saved,) = office.workspace.groups.groups_of(office.parent_id)
    nora = next(m for m in saved.members if m.name == "Nora Nilsen")
    assert [m.name for m in saved.members] == ["Máret Čuđe", "Ingrid Løvås", "Nora Nilsen"]
    assert (nora.role, nora.service_id, nora.phone) == (
        MemberRole.SERVICE,
        office.nav.id,
        "415 55 555",
    )
    assert saved.coordinator == nora.key and saved.coordinator_agreed_with_parent
    assert saved.purpose == "Bolig, økonomi og samvær"
    assert saved.shared_categories == (*DEFAULT_SHARED, InformationCategory.FINANCES_AND_HOUSING)

    settle(qtbot, tasks, until=lambda: view.members_model.rowCount() == 3)
    assert view.scroll.isVisible() and not view.empty.isVisible()
    assert view.summary.coordinator.text() == "Nora Nilsen (valgt sammen med forelderen)"
    assert view.heading.text() == "Ansvarsgrupper – Máret Čuđe"


def test_removing_a_saved_member_asks_first(
    qtbot: QtBot, tasks: TaskManager, office: Office
) -> None:
    group = _group(office)
    dialog = GroupDialog(tasks, office.workspace.groups.save_group, group, [office.nav])
    qtbot.addWidget(dialog)
    table = dialog.members.table
    table.setCurrentCell(2, NAME)
    Messages.answer_next(Button.No)
    dialog.members.remove_current()
    assert "Per Åsen tas ut av gruppen" in Messages.shown[-1]
    assert len(dialog.members.members()) == 5
    Messages.answer_next(Button.Yes)
    dialog.members.remove_current()
    assert "Per Åsen" not in [m.name for m in dialog.members.members()]
    # The coordinator list follows the members.
    names = [dialog.coordinator.combo.itemText(i) for i in range(dialog.coordinator.combo.count())]
    assert "Per Åsen" not in names and dialog.coordinator.key() == "nav"


def test_members_not_covered_by_consent_are_flagged_and_covered_ones_get_the_minutes(
    qtbot: QtBot, tasks: TaskManager, office: Office
) -> None:
    _group(office)
    view = _view(qtbot, tasks, office)
    model = view.members_model
    rows = {model.row_at(i).member.name: i for i in range(model.rowCount())}
    minutes = {name: model.index(i, model.MINUTES).data() for name, i in rows.items()}
    assert minutes["Nora Nilsen"] == "Får referat"
    assert minutes["Máret Čuđe"] == "Får referat"
    assert minutes["Per Åsen"] == (
        "Mangler samtykke: Samtykket som dekker «Personalia» gjelder en annen mottaker enn "
        "Fjellvik legekontor. Samtykket som dekker «Situasjonen etter plasseringen» gjelder en "
        "annen mottaker enn Fjellvik legekontor."
    )
    assert minutes["Fosterhjemmet Ŋuolla"].startswith(
        "Mangler samtykke: Ikke knyttet til en tjeneste i adresseboka"
    )
    foreground = Qt.ItemDataRole.ForegroundRole
    assert model.index(rows["Per Åsen"], model.MINUTES).data(foreground) is not None
    assert model.index(rows["Nora Nilsen"], model.MINUTES).data(foreground) is None
    assert model.index(rows["Nora Nilsen"], 0).data() == "Nora Nilsen (koordinator)"
    assert view.coverage_note.isVisible()
    assert view.coverage_note.text() == (
        "Får ikke referatet uten samtykke: Per Åsen, Fosterhjemmet Ŋuolla."
    )


def test_closing_an_action_needs_an_outcome_and_moves_it_to_closed(
    qtbot: QtBot, tasks: TaskManager, office: Office
) -> None:
    group = _group(office)
    groups = office.workspace.groups
    action = groups.add_action(
        MeetingAction(group.id or 0, "Søke bostøtte", "nav", TODAY + timedelta(days=5))
    )
    view = _view(qtbot, tasks, office)
    assert view.actions_model.row_about("Søke bostøtte").status_text == "Åpen"
    view.actions_table.selectRow(0)
    assert view.close_button.isEnabled()
    view.close_button.click()
    dialog = view.last_dialog
    assert isinstance(dialog, CloseActionDialog)
    assert (dialog.kind, dialog.record_key) == ("action-closing", str(action.id))

    dialog.submit()
    settle(qtbot, tasks, until=lambda: bool(dialog.form.error_text("outcome")))
    assert dialog.form.error_text("outcome") == "Skriv hva som ble resultatet."
    assert groups.actions_of(group.id or 0)[0].is_open

    dialog.status.setCurrentIndex(dialog.status.findData(TaskStatus.CANCELLED.value))
    dialog.outcome.setPlainText("Ikke aktuelt: Máret fikk kommunal bolig.")
    draft = dialog.collect()
    assert codec.decode(MeetingAction, codec.encode(draft)) == draft
    with qtbot.waitSignal(view.changed, timeout=10_000):
        dialog.submit()
    (closed,) = groups.actions_of(group.id or 0)
    assert (closed.status, closed.outcome, closed.closed_on) == (
        TaskStatus.CANCELLED,
        "Ikke aktuelt: Máret fikk kommunal bolig.",
        TODAY,
    )
    settle(qtbot, tasks, until=lambda: not view.actions_model.row_at(0).action.is_open)
    assert view.actions_model.row_at(0).status_text == "Bortfalt 15.06.2026"
    assert not view.close_button.isEnabled()


def test_an_overdue_action_says_forfalt(qtbot: QtBot, tasks: TaskManager, office: Office) -> None:
    group = _group(office)
    groups, group_id = office.workspace.groups, group.id or 0
    groups.add_action(MeetingAction(group_id, "Time hos fastlegen", "lege", TODAY + timedelta(3)))
    groups.add_action(MeetingAction(group_id, "Søke bostøtte", "nav", TODAY - timedelta(days=2)))
    done = groups.add_action(MeetingAction(group_id, "Sende timeplan", "bv", TODAY - timedelta(9)))
    groups.close_action(done.id or 0, TaskStatus.DONE, "Sendt.")
    view = _view(qtbot, tasks, office)
    model = view.actions_model
    shown = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert shown == [
        ["Søke bostøtte", "Nora Nilsen", "13.06.2026", "Åpen – forfalt", "Utenom møte"],
        ["Time hos fastlegen", "Per Åsen", "18.06.2026", "Åpen", "Utenom møte"],
        ["Sende timeplan", "Ingrid Løvås", "06.06.2026", "Utført 15.06.2026", "Utenom møte"],
    ]
    foreground = Qt.ItemDataRole.ForegroundRole
    assert model.index(0, model.STATUS).data(foreground) is not None
    assert model.index(1, model.STATUS).data(foreground) is None


def test_evaluations_are_shown_in_meeting_order(
    qtbot: QtBot, tasks: TaskManager, office: Office
) -> None:
    group = _group(office)
    groups = office.workspace.groups
    # Planned out of order: the later meeting first.
    for days_ago, scores, words in ((10, (4, 5, 5), "«Nå ble jeg hørt.»"),
                                    (40, (2, 2, 3), "«Jeg skjønte ikke alt.»")):  # fmt: skip
        day = TODAY - timedelta(days=days_ago)
        meeting = groups.plan_meeting(group.id or 0, _at(day), "Rådhuset")
        groups.save_meeting(replace(meeting, status=MeetingStatus.HELD))
        groups.record_evaluation(meeting.id or 0, Evaluation(day, *scores, words))
    groups.plan_meeting(group.id or 0, _at(TODAY + timedelta(days=20)), "Rådhuset")
    view = _view(qtbot, tasks, office)
    model = view.evaluations_model
    shown = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert shown == [
        ["06.05.2026", "2 av 5", "2 av 5", "3 av 5", "«Jeg skjønte ikke alt.»"],
        ["05.06.2026", "4 av 5", "5 av 5", "5 av 5", "«Nå ble jeg hørt.»"],
    ]
    assert [(d, e.how_it_was) for d, e in view.chart.evaluations] == [
        (TODAY - timedelta(days=40), 2),
        (TODAY - timedelta(days=10), 4),
    ]
    meetings = view.meetings_model
    assert [meetings.index(r, 4).data() for r in range(meetings.rowCount())] == [
        "Gitt 06.05.2026: møtet 2, forsto 2, hørt 3 (av 5)",
        "Gitt 05.06.2026: møtet 4, forsto 5, hørt 5 (av 5)",
        "–",
    ]
    # The next meeting is chosen; its invitation is not sent yet, due a week before.
    assert meetings.index(2, meetings.INVITATION).data() == "Ikke sendt – frist 28.06.2026"
    assert view.current_meeting_id() == meetings.row_at(2).meeting.id


def test_the_meeting_buttons_ask_for_the_meeting_dialogs(
    qtbot: QtBot, tasks: TaskManager, office: Office
) -> None:
    group = _group(office)
    meeting = office.workspace.groups.plan_meeting(
        group.id or 0, _at(TODAY + timedelta(days=14)), "Rådhuset"
    )
    view = _view(qtbot, tasks, office)
    with qtbot.waitSignal(view.meeting_requested) as plan:
        view.plan_button.click()
    assert plan.args == ["plan-meeting", group.id]
    view.meetings_table.selectRow(0)
    with qtbot.waitSignal(view.meeting_requested) as opened:
        view.open_button.click()
    assert opened.args == ["open-meeting", meeting.id]

    # An ended group plans no more meetings.
    office.workspace.groups.save_group(replace(group, ended_on=TODAY))
    view.refresh()
    settle(
        qtbot, tasks, until=lambda: view.data.group is not None and bool(view.data.group.ended_on)
    )
    assert not view.plan_button.isEnabled()
    assert view.summary.period.text() == "Startet 17.03.2026, avsluttet 15.06.2026"
    with qtbot.assertNotEmitted(view.meeting_requested):
        view.plan_meeting()

    # A new group after the ended one: the active one is shown, the other a choice away.
    second = _group(office, purpose="Ny start etter flytting", started_on=TODAY)
    view.show_parent(office.parent_id, "Máret Čuđe")
    settle(qtbot, tasks, until=lambda: len(view.data.groups) == 2)
    assert view.current_group_id() == second.id
    assert view.group_choice.isVisible() and view.plan_button.isEnabled()
    assert sorted(view.group_choice.itemText(i) for i in range(2)) == [
        "Bolig og mer samvær (avsluttet 15.06.2026)",
        "Ny start etter flytting",
    ]
    assert view.group_choice.currentText() == "Ny start etter flytting"
