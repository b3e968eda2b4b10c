"""The responsibility-group meeting dialogs on a real vault: planning with the parent's points
before the carried-over actions, the invitation deadline, minutes with attendance, items and
actions, finalising, a new version only with a reason, the parent's evaluation, and minutes
drafts that outlive the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bufapp.domain import codec
from bufapp.domain.entities import Parent
from bufapp.domain.enums import AgendaOrigin, Attendance, MeetingStatus, MemberRole, TaskStatus
from bufapp.domain.groups import GroupMember, Meeting, MeetingAction, ResponsibilityGroup
from bufapp.services.clock import OSLO, now_utc, today_oslo
from bufapp.services.workspace import Workspace, workspace_for
from bufapp.settings import Settings
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from bufapp.ui.groups.meeting_evaluation_dialog import EvaluationDialog
from bufapp.ui.groups.meeting_minutes_editor import MinutesEditor
from bufapp.ui.groups.meeting_plan_dialog import MeetingPlanDialog
from bufapp.ui.groups.meeting_records import MinutesDraft, load_minutes
from bufapp.ui.groups.meeting_versions import versions_html
from bufapp.ui.widgets.field_form import to_qdate
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.ui.conftest import settle


@pytest.fixture
def workspace(vault: Vault) -> Iterator[Workspace]:
    yield workspace_for(vault, Settings())


@pytest.fixture
def group(workspace: Workspace) -> ResponsibilityGroup:
    parent = workspace.register.save_parent(Parent("Máret", "Čuđe"))
    return workspace.groups.save_group(
        ResponsibilityGroup(
            parent.id or 0,
            "Bolig og mer samvær med Áilu",
            today_oslo() - timedelta(days=60),
            members=(
                GroupMember("mor", "Máret Čuđe", MemberRole.PARENT),
                GroupMember("nav", "Nora Nilsen", MemberRole.SERVICE, "veileder"),
                GroupMember("bv", "Ingrid Løvås", MemberRole.CASEWORKER, "saksbehandler"),
            ),
            coordinator="bv",
        )
    )


def _quietly(dialog: QWidget) -> None:
    """Closed after the test without the discard question (a failed test must not hang)."""
    if isinstance(dialog, MinutesEditor):
        dialog.done(0)


def _held(workspace: Workspace, group: ResponsibilityGroup, *points: str) -> Meeting:
    """A meeting that started two hours ago, planned with the parent's points."""
    return workspace.groups.plan_meeting(
        group.id or 0, now_utc() - timedelta(hours=2), "Rådhuset", points or ("Bolig",)
    )


def _editor(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, meeting_id: int
) -> MinutesEditor:
    context = load_minutes(workspace.groups, meeting_id)
    editor = MinutesEditor(tasks, workspace.groups, context, workspace.drafts.save)
    qtbot.addWidget(editor, before_close_func=_quietly)
    return editor


def _fill_minutes(editor: MinutesEditor) -> None:
    for key, combo in editor.attendance.combos:
        how = Attendance.APOLOGIES if key == "nav" else Attendance.PRESENT
        combo.setCurrentIndex(combo.findData(how))
    editor.chair.setCurrentIndex(editor.chair.findData("bv"))
    editor.minute_taker.setCurrentIndex(editor.minute_taker.findData("bv"))
    block = editor.items.blocks[0]
    block.summary.setPlainText("NAV ser på bostøtte.")
    block.parent_views.setPlainText("«Jeg trenger et rom til Áilu.»")
    block.conclusion.setPlainText("Søknad sendes.")
    block.decisions.setPlainText("Mor søker bostøtte\n\nNAV hjelper med skjemaet")
    editor.action_table.add_action(None, focus=True)
    row = editor.action_table.rows[-1]
    row.what.setText("Søke bostøtte")
    row.who.setCurrentIndex(row.who.findData("mor"))
    row.due.set_value(today_oslo() + timedelta(days=14))


def test_planning_puts_the_parents_points_before_carried_actions_and_saves(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, group: ResponsibilityGroup
) -> None:
    groups = workspace.groups
    due = today_oslo() - timedelta(days=3)
    carried = groups.add_action(MeetingAction(group.id or 0, "Time hos fastlegen", "nav", due))
    done = groups.add_action(MeetingAction(group.id or 0, "Ferdig tiltak", "bv"))
    groups.close_action(done.id or 0, TaskStatus.DONE, "Gjort.")
    dialog = MeetingPlanDialog(tasks, groups, group)
    qtbot.addWidget(dialog)
    settle(qtbot, tasks, until=lambda: "Time hos fastlegen" in dialog.preview.toPlainText())
    dialog.parent_points.setPlainText("Jeg vil ha mer samvær\n\n  Bostøtte  ")
    dialog.other_items.setPlainText("Skolen")
    dialog.place.setText("Rådhuset, møterom 2")
    shown = dialog.preview.toPlainText()
    order = [shown.index(t) for t in ("Jeg vil ha mer samvær", "Bostøtte", "Time hos", "Skolen")]
    assert order == sorted(order)
    assert "Forelderens saker" in shown and "Ansvar: Nora Nilsen" in shown
    assert "fristen er passert" in shown and "Ferdig tiltak" not in shown

    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    (meeting,) = groups.meetings_of(group.id or 0)
    assert [(i.origin, i.title) for i in meeting.agenda] == [
        (AgendaOrigin.PARENT, "Jeg vil ha mer samvær"),
        (AgendaOrigin.PARENT, "Bostøtte"),
        (AgendaOrigin.CARRIED, "Time hos fastlegen"),
        (AgendaOrigin.OTHER, "Skolen"),
    ]
    assert meeting.agenda[2].action_id == carried.id
    assert meeting.place == "Rådhuset, møterom 2"
    assert meeting.starts_at.astimezone(OSLO).time() == time(10, 0)

    # Changed later: another point from the parent, and the carried action closed meanwhile.
    groups.close_action(carried.id or 0, TaskStatus.DONE, "Time bestilt.")
    again = MeetingPlanDialog(tasks, groups, group, meeting)
    qtbot.addWidget(again)
    settle(qtbot, tasks, until=lambda: again._open_actions is not None)
    assert again.record_key == str(meeting.id)
    again.parent_points.setPlainText("Jeg vil ha mer samvær\nBostøtte\nJula")
    again.submit()
    settle(qtbot, tasks, until=lambda: again.saved is not None)
    changed = groups.meeting(meeting.id or 0)
    assert [i.title for i in changed.agenda] == [
        "Jeg vil ha mer samvær",
        "Bostøtte",
        "Jula",
        "Skolen",
    ]
    assert len(groups.meetings_of(group.id or 0)) == 1


def test_the_invitation_deadline_turns_red_when_less_than_a_week_remains(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, group: ResponsibilityGroup
) -> None:
    dialog = MeetingPlanDialog(tasks, workspace.groups, group)
    qtbot.addWidget(dialog)
    today = today_oslo()
    dialog.day.setDate(to_qdate(today + timedelta(days=10)))
    assert not dialog.invitation_late()
    expected = f"Innkallingen bør sendes senest {today + timedelta(days=3):%d.%m.%Y}."
    assert dialog.deadline.text() == expected
    assert dialog.deadline.styleSheet() == ""

    dialog.day.setDate(to_qdate(today + timedelta(days=4)))
    assert dialog.invitation_late()
    assert dialog.deadline.text().startswith(
        f"Innkallingen bør sendes senest {today - timedelta(days=3):%d.%m.%Y}."
    )
    assert "#b3261e" in dialog.deadline.styleSheet()

    dialog.invitation.check.setChecked(True)
    dialog.invitation.editor.setDate(to_qdate(today + timedelta(days=1)))
    dialog.submit()  # sent tomorrow: refused under the field, nothing planned
    assert "fram i tid" in dialog.form.error_text("invitation_sent_on")
    settle(qtbot, tasks)
    assert workspace.groups.meetings_of(group.id or 0) == []

    dialog.invitation.editor.setDate(to_qdate(today))
    assert not dialog.invitation_late() and dialog.deadline.styleSheet() == ""
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    (meeting,) = workspace.groups.meetings_of(group.id or 0)
    assert meeting.invitation_sent_on == today


def test_minutes_save_attendance_items_and_actions_then_finalise(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, group: ResponsibilityGroup
) -> None:
    groups = workspace.groups
    meeting = _held(workspace, group, "Bolig", "Samvær i jula")
    editor = _editor(qtbot, tasks, workspace, meeting.id or 0)
    assert [b.title.text() for b in editor.items.blocks] == ["Bolig", "Samvær i jula"]
    assert editor.final_button is not None and editor.record_key == str(meeting.id)
    _fill_minutes(editor)
    editor.save_button.click()  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: editor.saved is not None)

    stored = groups.meeting(meeting.id or 0)
    assert stored.status is MeetingStatus.HELD
    assert stored.minutes.attendance == (
        ("mor", Attendance.PRESENT),
        ("nav", Attendance.APOLOGIES),
        ("bv", Attendance.PRESENT),
    )
    assert (stored.minutes.chair, stored.minutes.minute_taker) == ("bv", "bv")
    first, second = stored.minutes.items
    assert first.parent_views == "«Jeg trenger et rom til Áilu.»"
    assert first.decisions == ("Mor søker bostøtte", "NAV hjelper med skjemaet")
    assert second.title == "Samvær i jula" and second.summary == ""
    (action,) = groups.actions_of(group.id or 0)
    assert (action.what, action.responsible, action.meeting_id) == (
        "Søke bostøtte",
        "mor",
        meeting.id,
    )

    again = _editor(qtbot, tasks, workspace, meeting.id or 0)
    assert again.action_table.rows[0].what.text() == "Søke bostøtte"
    assert again.action_table.rows[0].remove is None  # saved: closed later, never deleted
    assert again.items.blocks[0].parent_views.toPlainText() == "«Jeg trenger et rom til Áilu.»"
    again.final_button.click()  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: again.saved is not None)
    assert groups.meeting(meeting.id or 0).status is MeetingStatus.MINUTES_FINAL
    assert len(groups.actions_of(group.id or 0)) == 1  # saved once, not again


def test_finalising_minutes_not_ready_shows_the_problems_and_saves_nothing(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, group: ResponsibilityGroup
) -> None:
    ahead = datetime.combine(today_oslo() + timedelta(days=9), time(10), OSLO)
    meeting = workspace.groups.plan_meeting(group.id or 0, ahead, "", ["Bolig"])
    editor = _editor(qtbot, tasks, workspace, meeting.id or 0)
    editor.action_table.add_action(None)
    editor.action_table.rows[0].what.setText("Noe uten ansvarlig")
    editor.final_button.click()  # type: ignore[union-attr]
    assert "hvem som har ansvaret (tiltak 1)" in editor.actions_form.error_text("actions")
    editor.action_table.rows[0].what.clear()  # an empty new row is no action
    editor.final_button.click()  # type: ignore[union-attr]
    settle(qtbot, tasks)
    assert "Før opp hvem som var til stede." in editor.form.error_text("attendance")
    assert editor.general_error.text() == "Møtet er ikke holdt ennå."
    assert editor.saved is None
    assert workspace.groups.meeting(meeting.id or 0).status is MeetingStatus.PLANNED
    assert workspace.groups.actions_of(group.id or 0) == []


def test_final_minutes_change_only_with_a_reason_as_a_new_version(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, group: ResponsibilityGroup
) -> None:
    groups = workspace.groups
    meeting = _held(workspace, group)
    first = _editor(qtbot, tasks, workspace, meeting.id or 0)
    _fill_minutes(first)
    first.final_button.click()  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: first.saved is not None)

    editor = _editor(qtbot, tasks, workspace, meeting.id or 0)
    assert editor.is_final and editor.final_button is None
    assert editor.save_button.text() == "Lagre ny &versjon"  # type: ignore[union-attr]
    assert "Versjon 1" in editor.state.text() and not editor.versions_button.isVisibleTo(editor)
    editor.items.blocks[0].summary.setPlainText("NAV har innvilget bostøtte.")
    editor.save_button.click()  # type: ignore[union-attr]
    settle(qtbot, tasks)
    assert (
        editor.reason_form.error_text("change_reason") == "Skriv hvorfor et ferdig referat endres."
    )
    assert editor.saved is None and groups.meeting(meeting.id or 0).version == 1

    editor.change_reason.setText("Feil i sammendraget")
    editor.save_button.click()  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: editor.saved is not None)
    stored = groups.meeting(meeting.id or 0)
    assert (stored.version, stored.change_reason) == (2, "Feil i sammendraget")
    assert stored.minutes.items[0].summary == "NAV har innvilget bostøtte."
    (earlier,) = groups.versions(meeting.id or 0)
    assert earlier.meeting.minutes.items[0].summary == "NAV ser på bostøtte."

    third = _editor(qtbot, tasks, workspace, meeting.id or 0)
    assert "Versjon 2 – endret fordi: Feil i sammendraget" in third.state.text()
    assert third.change_reason.text() == ""  # each version needs its own reason
    assert third.versions_button.isVisibleTo(third)
    html = versions_html(third.versions, stored, group)
    assert "Versjon 1" in html and "Endret fordi: Feil i sammendraget" in html
    assert "NAV ser på bostøtte." in html and "«Jeg trenger et rom til Áilu.»" in html


def test_the_evaluation_needs_all_three_answers_and_saves(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, group: ResponsibilityGroup
) -> None:
    groups = workspace.groups
    meeting = _held(workspace, group)
    held = groups.save_meeting(replace(meeting, status=MeetingStatus.HELD))  # no minutes yet
    dialog = EvaluationDialog(tasks, groups, held, "Máret Čuđe")
    qtbot.addWidget(dialog)
    assert (dialog.kind, dialog.record_key) == ("evaluation", str(held.id))
    dialog.scales["how_it_was"].group.button(4).click()
    dialog.scales["understood"].set_value(2)
    dialog.words.setPlainText("  «Dere snakket fort, men jeg ble hørt.»  ")
    dialog.submit()
    settle(qtbot, tasks)
    assert dialog.form.error_text("heard") == "Velg et svar fra 1 til 5."
    assert dialog.form.error_text("how_it_was") == ""
    assert groups.meeting(held.id or 0).evaluation is None

    QTest.keyClick(dialog.scales["heard"], Qt.Key.Key_5)  # a digit chooses on the scale
    assert dialog.scales["heard"].value() == 5
    dialog.submit()
    settle(qtbot, tasks, until=lambda: dialog.saved is not None)
    given = groups.meeting(held.id or 0).evaluation
    assert given is not None
    assert (given.how_it_was, given.understood, given.heard) == (4, 2, 5)
    assert given.words == "«Dere snakket fort, men jeg ble hørt.»"
    assert given.given_on == today_oslo()


def _kept_drafts(vault: Vault) -> list[tuple[str, str, MinutesDraft]]:
    with UnitOfWork(vault.session_factory) as uow:
        stored = uow.drafts.list()
    return [(k, key, codec.decode(MinutesDraft, p)) for k, key, p, _ in stored if k == "minutes"]


def test_the_minutes_draft_outlives_the_dialog_and_reopens_with_the_typed_text(
    qtbot: QtBot,
    tasks: TaskManager,
    workspace: Workspace,
    group: ResponsibilityGroup,
    vault: Vault,
) -> None:
    meeting = _held(workspace, group)
    editor = _editor(qtbot, tasks, workspace, meeting.id or 0)
    assert editor.autosaves and editor.kind == "minutes"
    _fill_minutes(editor)
    assert editor.dirty and editor._timer.isActive()  # the pause timer is running
    editor.autosave_now()
    settle(qtbot, tasks, until=lambda: "Utkast tatt vare på" in editor.draft_state.text())
    editor.done(0)  # closed as a lock closes it: the draft stays
    settle(qtbot, tasks)

    ((kind, key, draft),) = _kept_drafts(vault)
    assert (kind, key) == ("minutes", str(meeting.id))
    assert draft.meeting.minutes.items[0].parent_views == "«Jeg trenger et rom til Áilu.»"
    assert [a.what for a in draft.actions] == ["Søke bostøtte"] and draft.actions[0].id is None
    assert workspace.groups.actions_of(group.id or 0) == []  # nothing saved but the draft

    context = load_minutes(workspace.groups, meeting.id or 0, draft)
    restored = MinutesEditor(tasks, workspace.groups, context, workspace.drafts.save, restored=True)
    qtbot.addWidget(restored, before_close_func=_quietly)
    restored.show()
    assert restored.dirty
    assert restored.items.blocks[0].summary.toPlainText() == "NAV ser på bostøtte."
    assert restored.action_table.rows[0].what.text() == "Søke bostøtte"
    Messages.answer_next(QMessageBox.StandardButton.Cancel)  # Avbryt asks; keep writing
    restored.reject()
    assert restored.isVisible()
    assert Messages.shown[-1] == "Vil du forkaste endringene i referatet?"
    restored.save_button.click()  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: restored.saved is not None)
    (saved_action,) = workspace.groups.actions_of(group.id or 0)
    assert saved_action.meeting_id == meeting.id
    assert workspace.groups.meeting(meeting.id or 0).minutes.chair == "bv"


def test_tab_goes_through_a_row_added_later_before_the_add_button(
    qtbot: QtBot, tasks: TaskManager, workspace: Workspace, group: ResponsibilityGroup
) -> None:
    meeting = _held(workspace, group)
    editor = _editor(qtbot, tasks, workspace, meeting.id or 0)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    table = editor.action_table
    table.add_button.click()  # while the dialog is open
    table.add_button.click()
    first, second = table.rows
    assert QApplication.focusWidget() is second.what
    first.what.setFocus()
    QTest.keyClick(first.what, Qt.Key.Key_Tab)  # from the first row's "what" …
    seen = []
    for _ in range(8):
        widget = QApplication.focusWidget()
        seen.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert seen[:7] == [
        first.who, first.due.check, first.remove,
        second.what, second.who, second.due.check, second.remove,
    ]  # fmt: skip
    assert seen[7] is table.add_button
    second.remove.click()  # type: ignore[union-attr]
    assert table.rows == [first] and QApplication.focusWidget() is table.add_button
