"""The talks before and after a visit, and the samvær meeting, written in the contact editor on a
real vault: opened prefilled with the guideline's questions beside the fields, linked to the visit
when saved (a draft is already in the log, so it is linked too), counted as contact, named in the
log's reading pane, kept across a lock with the link made after unlocking, and refused for
another parent's visit. ``VisitTalks`` is built here as the window will build it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    EntryStatus,
    ParentRole,
    PlacementBasis,
    PlaceType,
    Supervision,
    TalkMoment,
    VisitBasis,
    VisitOutcome,
    VisitPeriod,
    VisitPurpose,
)
from bufapp.domain.visits import Frequency, Visit, VisitPlan
from bufapp.services.clock import OSLO
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.contacts.editor import ContactEditor
from bufapp.ui.contacts.log_view import ContactLogView
from bufapp.ui.contacts.talks import OTHER_PARENT, VisitTalks
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import LOG_VIEW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock
from tests.ui.contacts.test_contact_log_ui import _open_window


def _plan(workspace: Workspace, parent_id: int, child_id: int) -> VisitPlan:
    """A care-order plan from the placement's start (30 days ago): every second week."""
    start = workspace.register.today() - timedelta(days=30)
    return workspace.visits.save_plan(
        VisitPlan(
            child_id=child_id,
            parent_id=parent_id,
            valid_from=start,
            basis=VisitBasis.DECISION,
            frequency=Frequency(1, VisitPeriod.TWO_WEEKS, 3.0),
            decided_by="Barneverns- og helsenemnda i Troms og Finnmark",
            decided_on=start - timedelta(days=10),
            decision_text="Mor gis samvær minst fire ganger i året, to timer, med tilsyn.",
            minimum=Frequency(4, VisitPeriod.YEAR, 2.0),
            supervision=Supervision.SUPPORTED,
            supervisor="Familiens hus, Alta",
            purposes=frozenset({VisitPurpose.FAMILY_TIES}),
            first_visit_on=start + timedelta(days=2),
        )
    )


def _past_days(workspace: Workspace, parent_id: int) -> list[date]:
    today = workspace.register.today()
    (child,) = workspace.visits.page(parent_id).children
    return [s.day for s in child.schedule if s.day < today]


def _held(workspace: Workspace, plan: VisitPlan, day: date) -> Visit:
    return workspace.visits.record_visit(
        Visit(plan.id or 0, plan.parent_id, plan.child_id, day, VisitOutcome.HELD,
              held_on=day, hours=3.0, supervisor_note="Rolig samvær.")
    )  # fmt: skip


def _editor(window: MainWindow) -> ContactEditor:
    (dialog,) = [d for d in window.open_dialogs if isinstance(d, ContactEditor)]
    return dialog


def _talks(window: MainWindow) -> VisitTalks:
    # As the window will build it (see the report): its context and the contact actions.
    return VisitTalks(window.contacts._context, window.contacts)


def test_a_talk_after_a_visit_is_prefilled_shows_the_questions_and_is_linked_when_saved(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, child_id = _open_window(qtbot, tasks, vault, window_factory)
    plan = _plan(workspace, parent_id, child_id)
    day = _past_days(workspace, parent_id)[-1]
    visit = _held(workspace, plan, day)
    assert workspace.register.parent_detail(parent_id).last_conversation is None
    talks = _talks(window)

    talks.start_talk(parent_id, visit, TalkMoment.AFTER)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    note = editor.prompt_note
    assert note is not None and note.shown
    assert "Hvordan opplevde du samværet?" in note.prompts()
    assert "Hva planlegger du" not in note.prompts()  # the questions before, not these
    assert note.title.text() == f"<b>Samtale etter samværet {day:%d.%m.%Y} – Áilu</b>"
    assert editor.topics.chosen() == [ContactTopic.VISITS]
    assert editor.children.chosen() == [child_id]
    when = editor.when.dateTime().toPython()
    assert (when.date(), when.time()) == (day, time(16, 0))  # the visit's day, after it
    # The questions are a note, not fields: the entry has the fields every contact has.
    assert not note.findChildren(QLineEdit) and not note.findChildren(QPlainTextEdit)
    note.toggle.click()
    assert not note.shown and note.questions.isHidden()
    note.toggle.click()

    editor.summary.setPlainText("Snakket på telefon dagen etter samværet.")
    editor.parent_words.setPlainText("Det var godt å se ham. Han viste meg tegningene sine.")
    editor._submit(False)  # saved as a draft: in the log already, so linked already
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    saved = editor.saved
    assert saved is not None and saved.id is not None and saved.status is EntryStatus.OPEN
    linked = workspace.visits.visit_of_entry(saved.id)
    assert linked is not None and linked.id == visit.id and linked.after_entry_id == saved.id
    assert not any("ble ikke koblet" in text for text in Messages.shown)
    # A talk is contact: the parent's last held conversation is the talk's day.
    assert workspace.register.parent_detail(parent_id).last_conversation == day

    window.show_view(LOG_VIEW)
    log = window.work.built(LOG_VIEW)  # type: ignore[union-attr]
    assert isinstance(log, ContactLogView)
    log.show_parent(parent_id, select_entry=saved.id)
    line = f"Samtale etter samværet {day:%d.%m.%Y}"
    settle(qtbot, tasks, until=lambda: line in log.pane.toPlainText())

    talks.start_talk(parent_id, visit, TalkMoment.AFTER)  # again: the talk already written
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    again = _editor(window)
    assert again.record_key == str(saved.id) and again.prompt_note is not None
    assert again.parent_words.toPlainText().startswith("Det var godt å se ham.")
    again.done(0)
    settle(qtbot, tasks)
    window.contacts.entry_action("edit-entry", saved.id)  # «Fortsett å skrive» in the log
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    from_log = _editor(window)
    assert from_log.prompt_note is not None
    assert "Hvordan opplevde du samværet?" in from_log.prompt_note.prompts()
    from_log.done(0)


def test_a_talk_open_when_the_vault_locks_keeps_its_questions_and_is_linked_after_unlock(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, child_id = _open_window(qtbot, tasks, vault, window_factory)
    plan = _plan(workspace, parent_id, child_id)
    visit = _held(workspace, plan, _past_days(workspace, parent_id)[-1])
    _talks(window).start_talk(parent_id, visit, TalkMoment.BEFORE)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    key = editor.record_key
    assert key.startswith(f"new:{parent_id}:before:")
    editor.summary.setPlainText("Forberedte samværet på telefon.")
    editor.parent_words.setPlainText("Jeg vil ta med fotballen.")

    window.lock()
    assert not window.open_dialogs
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    unlocked = unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    again = _editor(window)
    assert again.reopened_from_draft and again.record_key == key
    assert again.parent_words.toPlainText() == "Jeg vil ta med fotballen."
    assert again.prompt_note is not None
    assert "Hva planlegger du å gjøre sammen med barnet?" in again.prompt_note.prompts()

    again._submit(True)
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    saved = again.saved
    assert saved is not None and saved.id is not None and saved.is_final
    linked = unlocked.visits.visit_of_entry(saved.id)
    assert linked is not None and linked.before_entry_id == saved.id
    assert unlocked.drafts.all() == []


def test_another_parents_visit_is_refused_and_a_failed_link_keeps_the_entry(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, child_id = _open_window(qtbot, tasks, vault, window_factory)
    register = workspace.register
    father = register.save_parent(Parent("Ánte", "Somby"))
    half_sister = register.save_child(
        Child("Risten", "Somby", date(2018, 2, 1), "2026/102",
              parents=(ParentLink(father.id or 0, ParentRole.FATHER),))
    )  # fmt: skip
    register.save_placement(
        Placement(half_sister.id or 0, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME,
                  register.today() - timedelta(days=30))
    )  # fmt: skip
    fathers = _held(
        workspace,
        _plan(workspace, father.id or 0, half_sister.id or 0),
        _past_days(workspace, father.id or 0)[-1],
    )
    talks = _talks(window)

    Messages.answer_next(QMessageBox.StandardButton.Ok)
    talks.start_talk(parent_id, fathers, TalkMoment.AFTER)  # the father's visit, the mother's log
    settle(qtbot, tasks)
    assert OTHER_PARENT in Messages.shown and not window.open_dialogs

    # The link itself refused by the service when the entry is saved (here: pointed at the
    # father's visit): the entry is saved once, stays in the log, and the caseworker is told.
    mothers = _held(workspace, _plan(workspace, parent_id, child_id),
                    _past_days(workspace, parent_id)[-1])  # fmt: skip
    talks.start_talk(parent_id, mothers, TalkMoment.AFTER)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    assert editor.talk is not None
    visits = workspace.visits
    editor.talk = replace(
        editor.talk,
        link=lambda entry_id: visits.link_talk(fathers.id or 0, TalkMoment.AFTER, entry_id),
    )
    editor.summary.setPlainText("Samtale etter samværet.")
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    editor._submit(False)
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    said = [t for t in Messages.shown if t.startswith("Kontakten er lagret i kontaktloggen, men")]
    assert len(said) == 1 and "Kontakten gjelder ikke denne forelderen." in said[0]
    assert len(workspace.contact_log.timeline(parent_id)) == 1
    assert visits.visit(fathers.id or 0).after_entry_id is None


def test_a_talk_before_a_visit_not_recorded_yet_holds_the_visit_as_planned(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, child_id = _open_window(qtbot, tasks, vault, window_factory)
    plan = _plan(workspace, parent_id, child_id)
    day = _past_days(workspace, parent_id)[-1]
    planned = Visit(plan.id or 0, parent_id, child_id, day, VisitOutcome.HELD)  # not stored
    _talks(window).start_talk(parent_id, planned, TalkMoment.BEFORE)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    assert editor.prompt_note is not None
    editor.summary.setPlainText("Forberedte samværet.")
    editor._submit(True)
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    assert editor.saved is not None and editor.saved.id is not None
    ahead = workspace.visits.visit_of_entry(editor.saved.id)
    assert ahead is not None and ahead.outcome == VisitOutcome.PLANNED
    assert ahead.planned_for == day
    recorded = _held(workspace, plan, day)  # recorded as it went: the same visit, talk kept
    assert recorded.id == ahead.id and recorded.before_entry_id == editor.saved.id


def test_a_samvaer_meeting_opens_as_a_meeting_with_its_questions(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, child_id = _open_window(qtbot, tasks, vault, window_factory)
    talks = _talks(window)
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    talks.start_visit_meeting(parent_id, child_id + 1000)  # not the parent's child
    settle(qtbot, tasks)
    assert "Barnet er ikke registrert med denne forelderen." in Messages.shown
    assert not window.open_dialogs

    talks.start_visit_meeting(parent_id, child_id)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    assert editor.record_key == f"new:{parent_id}:meeting:{child_id}"
    assert editor.contact_form.currentData() == ContactForm.OFFICE_MEETING
    assert editor.topics.chosen() == [ContactTopic.VISITS]
    assert editor.children.chosen() == [child_id]
    assert editor.prompt_note is not None
    assert "misforstått" in editor.prompt_note.prompts()
    editor.carers.setText("Fosterforeldrene")

    window.lock()  # the meeting's draft comes back as a meeting, with its questions
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    assert editor.reopened_from_draft and editor.carers.text() == "Fosterforeldrene"
    assert editor.prompt_note is not None and "misforstått" in editor.prompt_note.prompts()
    editor.summary.setPlainText("Gikk gjennom samværene siden sist og planla sommeren.")
    editor._submit(True)
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    saved = editor.saved
    assert saved is not None and saved.id is not None
    assert workspace.visits.visit_of_entry(saved.id) is None  # a meeting, not a visit's talk
    stored = workspace.contact_log.entry(saved.id)
    assert stored.form is ContactForm.OFFICE_MEETING and stored.child_ids == (child_id,)
    assert stored.occurred_at.astimezone(OSLO).date() == workspace.register.today()
