"""The contact log in the window, on a real vault: writing with autosaved drafts that survive a
lock, saving final, the timeline and its filters, a new version with a reason, and search."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bufapp import settings as settings_store
from bufapp.domain.contact_log import ContactEntry, FollowUpTask
from bufapp.domain.deadlines import Deadline
from bufapp.domain.entities import Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    DeadlineKind,
    EntryStatus,
    ParentRole,
    PlacementBasis,
    PlaceType,
    TaskStatus,
)
from bufapp.errors import StorageFull
from bufapp.services.clock import now_utc
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.contacts.dialogs import CloseTaskDialog, ContactPlanDialog, WithdrawDialog
from bufapp.ui.contacts.editor import ContactEditor
from bufapp.ui.contacts.timeline_model import TimelineModel
from bufapp.ui.main_window import MainWindow
from bufapp.ui.vault.settings_dialog import SettingsDialog
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import LOG_VIEW, SEARCH_VIEW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock


def _family(workspace: Workspace) -> tuple[int, int]:
    register = workspace.register
    register.save_office(Office(municipality="Fjellvik kommune"))
    mother = register.save_parent(Parent("Máret", "Čuđe"))
    child = register.save_child(
        Child(
            "Áilu",
            "Čuđe",
            date(2016, 4, 2),
            "2026/101",
            parents=(ParentLink(mother.id or 0, ParentRole.MOTHER),),
        )
    )
    register.save_placement(
        Placement(
            child.id or 0,
            PlacementBasis.CARE_ORDER,
            PlaceType.FOSTER_HOME,
            register.today() - timedelta(days=30),
        )
    )
    return mother.id or 0, child.id or 0


def _open_window(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, Workspace, int, int]:
    vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    parent_id, child_id = _family(workspace)
    window.refresh(then_select=parent_id)
    settle(qtbot, tasks, until=lambda: window.work.parents.current_parent_id == parent_id)
    return window, workspace, parent_id, child_id


def _editor(window: MainWindow) -> ContactEditor:
    (dialog,) = [d for d in window.open_dialogs if isinstance(d, ContactEditor)]
    return dialog


def test_new_contact_is_prefilled_autosaved_and_survives_a_lock(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, child_id = _open_window(qtbot, tasks, vault, window_factory)
    window.new_contact_action.trigger()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    assert editor.record_key == f"new:{parent_id}"
    assert editor.collect().child_ids == (child_id,)  # the placed child is chosen already
    editor.summary.setPlainText("Snakket om samværet med Áilu og om bolig.")
    editor.parent_words.setPlainText("«Jeg vil være en god mor for ham.»")
    editor.autosave_now()
    settle(qtbot, tasks, until=lambda: "Utkast tatt vare på" in editor.draft_state.text())
    (draft,) = workspace.drafts.all()
    assert draft.kind == "contact" and draft.record.summary.startswith("Snakket om samværet")

    window.lock()
    assert window.open_dialogs == [] and not editor.isVisible()
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "your drafts are reopened"
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    restored = _editor(window)
    assert restored.summary.toPlainText() == "Snakket om samværet med Áilu og om bolig."
    assert restored.parent_words.toPlainText() == "«Jeg vil være en god mor for ham.»"

    restored.topics.boxes[0][1].setChecked(True)  # Første samtale
    restored.final_button.click()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)  # the draft is discarded by a task queued when the dialog closed
    assert workspace.drafts.all() == []  # saved: the draft is gone
    (item,) = workspace.contact_log.timeline(parent_id)
    assert item.status is EntryStatus.FINAL
    assert item.topics == (ContactTopic.FIRST_CONVERSATION,)
    first = next(d for d in workspace.register.deadlines() if d.parent_id == parent_id)
    assert first.done_on is not None


def test_editor_shows_problems_under_the_fields_and_saves_nothing(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    window.contacts.new_contact(parent_id)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    editor.contact_form.setCurrentIndex(editor.contact_form.findData(ContactForm.FAILED_ATTEMPT))
    editor.parent_words.setPlainText("noe hun sa")
    editor.interpreter_name.setText("Ahmed Tolk")
    editor.final_button.click()
    settle(qtbot, tasks)
    assert "sammendrag" in editor.texts.error_text("summary")
    assert "ikke oppnådd kontakt" in editor.texts.error_text("parent_words")
    assert "språk" in editor.form.error_text("interpreter")
    assert workspace.contact_log.timeline(parent_id) == []
    Messages.answer_next(QMessageBox.StandardButton.Discard)
    editor.reject()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)  # the draft is discarded by a task queued when the dialog closed
    assert workspace.drafts.all() == []


def test_timeline_filters_and_versions_in_the_reading_pane(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, child_id = _open_window(qtbot, tasks, vault, window_factory)
    log = workspace.contact_log
    start = now_utc() - timedelta(days=20)
    entries = [
        ContactEntry(
            parent_id,
            start + timedelta(days=i),
            ContactForm.PHONE if i % 2 else ContactForm.HOME_VISIT,
            topics=(ContactTopic.VISITS,) if i % 3 == 0 else (ContactTopic.LIVING_CONDITIONS,),
            child_ids=(child_id,) if i % 2 else (),
            summary=f"Samtale nummer {i} om samvær og levekår.",
        )
        for i in range(12)
    ]
    saved = log.save_many(entries)
    log.save(replace(saved[-1], summary="Rettet sammendrag.", change_reason="Feil dato nevnt"))
    window.show_view(LOG_VIEW)
    view = window.work.contact_log
    settle(qtbot, tasks, until=lambda: view.model.rowCount() == 12)
    ModelTester(None).check(view.model)
    assert view.model.data(view.model.index(0, 3)) == "Rettet sammendrag."
    assert view.count.text() == "12 kontakter"

    view.filters.topic.setCurrentIndex(view.filters.topic.findData(ContactTopic.VISITS))
    assert view.proxy.rowCount() == 4  # i = 0, 3, 6, 9
    view.filters.form.setCurrentIndex(view.filters.form.findData(ContactForm.PHONE))
    assert view.proxy.rowCount() == 2  # of those, the odd ones: 3, 9
    view.clear_filters()
    view.filters.child.setCurrentIndex(view.filters.child.findData(child_id))
    assert view.proxy.rowCount() == 6
    assert view.count.text() == "Viser 6 av 12"
    view.clear_filters()
    view.filters.words.setText("nummer 1")  # every word, as a word start: "1", "10", "11"
    view._search_words()
    settle(qtbot, tasks, until=lambda: view.proxy.rowCount() == 2)
    assert view.count.text() == "Viser 2 av 12"  # 11 was revised; its new text has no "nummer"
    view.clear_filters()
    assert view.proxy.rowCount() == 12

    view.select_entry(saved[-1].id or 0)
    settle(qtbot, tasks, until=lambda: "Tidligere versjoner" in view.pane.toPlainText())
    text = view.pane.toPlainText()
    assert "Versjon 2, endret fordi: Feil dato nevnt" in text
    assert "Samtale nummer 11 om samvær og levekår." in text  # the earlier text is kept


def test_search_finds_folded_words_and_opens_the_entry(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    log = workspace.contact_log
    wanted = log.save(
        ContactEntry(
            parent_id,
            now_utc() - timedelta(days=2),
            ContactForm.OFFICE_MEETING,
            summary="Máret fortalte at samværet gikk fint.",
        ),
        final=True,
    )
    log.save(
        ContactEntry(parent_id, now_utc() - timedelta(days=1), ContactForm.PHONE, summary="Bolig."),
        final=True,
    )
    window.search_log()
    search = window.work.search
    assert window.work.stack.currentIndex() == SEARCH_VIEW
    search.query.setText("maret samvaer")
    search.run_search()
    settle(qtbot, tasks, until=lambda: search.model.rowCount() == 1)
    assert search.status.text().startswith("1 treff")
    settle(qtbot, tasks, until=lambda: "Máret" in search.pane.toPlainText())
    search.table.setCurrentIndex(search.model.index(0, 0))
    search.table.activated.emit(search.model.index(0, 0))
    view = window.work.contact_log
    assert window.work.stack.currentIndex() == LOG_VIEW
    settle(qtbot, tasks, until=lambda: view.current_entry_id() == wanted.id)
    assert view.proxy.data(view.table.currentIndex(), TimelineModel.ID_ROLE) == wanted.id


def test_search_makes_excerpts_only_for_the_hits_on_screen(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    entries = [
        ContactEntry(
            parent_id,
            now_utc() - timedelta(days=100 - number),
            ContactForm.PHONE,
            summary=f"Samtale {number}. Samværet gikk fint.",
        )
        for number in range(80)
    ]
    workspace.contact_log.save_many(entries, final=True)
    window.search_log()
    search = window.work.search
    search.query.setText("samvaer")
    search.run_search()
    settle(qtbot, tasks, until=lambda: search.model.rowCount() == 80)
    search.table.viewport().repaint()
    hits = [search.model.index(row, 0).data(search.model.HIT_ROLE) for row in range(80)]
    shown = [hit for hit in hits if "_found" in vars(hit)]
    assert hits[0] in shown and len(shown) < 80
    assert "Samværet gikk fint." in search.model.index(0, 4).data()


def test_contact_agreement_tasks_and_withdrawal_from_the_window(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    log = workspace.contact_log
    entry = log.save(
        ContactEntry(
            parent_id,
            now_utc() - timedelta(days=3),
            ContactForm.HOME_VISIT,
            summary="Hjemmebesøk.",
            tasks=(FollowUpTask("Søke om støttekontakt", due=workspace.register.today()),),
        ),
        final=True,
    )

    window.card_links.follow("contact-plan", parent_id)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (plan_dialog,) = window.open_dialogs
    assert isinstance(plan_dialog, ContactPlanDialog)
    plan_dialog.every.setCurrentIndex(plan_dialog.every.findData(14))
    plan_dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    assert log.plan(parent_id).every_days == 14
    settle(qtbot, tasks, until=lambda: window.work.overview.model.rowCount() >= 2)
    titles = {
        window.work.overview.model.row_at(r).deadline.title
        for r in range(window.work.overview.model.rowCount())
    }
    assert "Avtalt kontakt – hver 14. dag" in titles
    assert "Søke om støttekontakt (Saksbehandler)" in titles

    (task,) = entry.tasks
    window.card_links.follow("close-task", task.id or 0)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (close_dialog,) = window.open_dialogs
    assert isinstance(close_dialog, CloseTaskDialog)
    close_dialog.outcome.setPlainText("Søknad sendt.")
    close_dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    (closed,) = log.tasks_of(parent_id)
    assert (closed.status, closed.outcome) == (TaskStatus.DONE, "Søknad sendt.")

    window.work.contact_log.entry_action.emit("withdraw-entry", entry.id or 0)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (withdraw_dialog,) = window.open_dialogs
    assert isinstance(withdraw_dialog, WithdrawDialog)
    withdraw_dialog.submit()  # no reason: refused, shown under the field
    settle(qtbot, tasks)
    assert "Skriv hvorfor" in withdraw_dialog.form.error_text("withdrawn_reason")
    withdraw_dialog.reason.setText("Registrert på feil forelder")
    withdraw_dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    kept = log.entry(entry.id or 0)
    assert kept.status is EntryStatus.WITHDRAWN and kept.summary == "Hjemmebesøk."


def test_settings_choose_whether_any_held_conversation_counts_as_the_first(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    window_factory: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # never the real settings
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    workspace.contact_log.save(
        ContactEntry(parent_id, now_utc() - timedelta(days=1), ContactForm.PHONE, summary="Prat."),
        final=True,
    )

    def first() -> Deadline:
        return next(
            d
            for d in workspace.register.deadlines()
            if d.kind is DeadlineKind.FIRST_CONVERSATION and d.parent_id == parent_id
        )

    assert first().done_on is None  # a call without the topic "Første samtale" does not count
    window.open_settings()
    settle(qtbot, tasks, until=lambda: bool(window.findChildren(SettingsDialog)))
    (dialog,) = window.findChildren(SettingsDialog)
    assert not dialog.any_held.isChecked()
    dialog.any_held.setChecked(True)
    dialog.submit()
    settle(qtbot, tasks, until=lambda: window.settings.first_conversation_any_held)
    assert first().done_on is not None
    assert settings_store.load().first_conversation_any_held


def test_a_failed_autosave_says_so_and_keeps_the_text(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    window.contacts.new_contact(parent_id)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)

    def full_disk(*_args: object) -> None:
        raise StorageFull

    editor._autosave = full_disk  # the disk is full when the draft is written
    editor.summary.setPlainText("Viktig tekst som ikke må gå tapt.")
    editor.autosave_now()
    settle(qtbot, tasks, until=lambda: "kunne ikke tas vare på" in editor.draft_state.text())
    assert editor.summary.toPlainText() == "Viktig tekst som ikke må gå tapt."
    assert editor.isVisible()


def test_locking_while_a_save_runs_keeps_one_entry_and_no_draft(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    window.contacts.new_contact(parent_id)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    editor.summary.setPlainText("Lagres rett før låsing.")
    editor.final_button.click()  # the save is queued on the database thread …
    assert editor.saving and not editor.summary.isEnabled()  # … and nothing can be typed
    window.lock()  # … and the lock comes before its result reached the dialog
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks)
    assert window.open_dialogs == []
    assert workspace.drafts.all() == []
    (only,) = workspace.contact_log.timeline(parent_id)
    assert only.summary_start == "Lagres rett før låsing."


def test_a_reopened_draft_is_unsaved_work_and_follows_the_entrys_state(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    log = workspace.contact_log
    entry = log.save(
        ContactEntry(parent_id, now_utc() - timedelta(days=1), ContactForm.PHONE, summary="Først.")
    )
    workspace.drafts.save("contact", str(entry.id), replace(entry, summary="Først. Mer tekst."))
    log.save(entry, final=True)  # made final after the draft was kept
    window.lock()
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "your drafts are reopened"
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    assert editor.is_final and editor.final_button.text() == "Lagre ny &versjon"
    assert editor.summary.toPlainText() == "Først. Mer tekst."
    Messages.answer_next(QMessageBox.StandardButton.Cancel)  # Avbryt asks; keep writing
    editor.reject()
    assert editor.isVisible() and Messages.shown[-1].startswith("Vil du forkaste")
    editor.change_reason.setText("La til det som manglet")
    editor.final_button.click()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    saved = workspace.contact_log.entry(entry.id or 0)
    assert (saved.version, saved.summary) == (2, "Først. Mer tekst.")


def test_a_withdrawn_entry_does_not_open_in_the_editor(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    log = workspace.contact_log
    entry = log.save(
        ContactEntry(parent_id, now_utc() - timedelta(days=1), ContactForm.PHONE, summary="Feil."),
        final=True,
    )
    log.withdraw(entry.id or 0, "Feil forelder")
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    window.contacts.entry_action("edit-entry", entry.id or 0)
    settle(qtbot, tasks)
    assert window.open_dialogs == []
    assert Messages.shown[-1] == "Kontakten er trukket tilbake og kan ikke endres."


def test_the_second_half_past_two_when_summer_time_ends_survives_the_editor(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 Oslo, the second time that night
    entry = workspace.contact_log.save(
        ContactEntry(parent_id, second, ContactForm.PHONE, summary="Nattlig krisesamtale."),
        final=True,
    )
    detail = workspace.register.parent_detail(parent_id)
    window.contacts.open_editor(workspace.contact_log.entry(entry.id or 0), detail)
    editor = _editor(window)
    assert editor.collect().occurred_at == second
    editor.done(0)


def test_a_reason_being_written_survives_a_lock(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    entry = workspace.contact_log.save(
        ContactEntry(parent_id, now_utc() - timedelta(days=1), ContactForm.PHONE, summary="Feil."),
        final=True,
    )
    window.contacts.entry_action("withdraw-entry", entry.id or 0)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (dialog,) = window.open_dialogs
    dialog.reason.setText("Registrert på feil forelder – Áŋte")
    window.lock()
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "your drafts are reopened"
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (restored,) = window.open_dialogs
    assert isinstance(restored, WithdrawDialog)
    assert restored.reason.text() == "Registrert på feil forelder – Áŋte"
    restored.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)  # the draft is discarded by a task queued when the dialog closed
    assert workspace.contact_log.entry(entry.id or 0).withdrawn_reason.endswith("Áŋte")
    assert workspace.drafts.all() == []
