"""Information given in a contact, ticked in the contact editor: saved with the entry as given on
the contact's day (understood as chosen, with the support person the contact names), shown on the
Oppfølging page, and ticked (not to be ticked twice) when the entry is opened again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.domain.enums import ContactForm, InformationManner, Understanding
from bufapp.domain.followup_rules import ItemState
from bufapp.services.clock import oslo_date
from bufapp.storage.vault import Vault
from bufapp.ui.contacts.editor import ContactEditor
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import FOLLOWUP_VIEW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock
from tests.ui.contacts.test_contact_log_ui import _open_window


def _editor(window: MainWindow) -> ContactEditor:
    (dialog,) = [d for d in window.open_dialogs if isinstance(d, ContactEditor)]
    return dialog


def test_items_ticked_in_a_contact_are_recorded_with_it(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, _parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    window.show_view(FOLLOWUP_VIEW)
    view = window.work.followup  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded)
    assert view.information.model.row_at(0).state is ItemState.NOT_GIVEN

    window.new_contact_action.trigger()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    information = editor.information
    assert information is not None
    assert information.items.count() == 10 and information.ticked() == []
    editor.summary.setPlainText("Gikk gjennom vedtaket og hva det betyr, med søsteren til stede.")
    editor.support_person.setText("Søster Sárá")
    editor.contact_form.setCurrentIndex(editor.contact_form.findData(ContactForm.OFFICE_MEETING))
    information.tick("grounds")
    information.tick("meaning")
    information.understood.setCurrentIndex(
        information.understood.findData(Understanding.UNDERSTOOD)
    )
    editor._submit(False)
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    saved = editor.saved
    assert saved is not None and saved.id is not None

    given = workspace.followup.information_of_entry(saved.id)
    assert sorted(g.item for g in given) == ["grounds", "meaning"]
    assert {g.given_on for g in given} == {oslo_date(saved.occurred_at)}
    assert all(g.understood is Understanding.UNDERSTOOD for g in given)
    assert all(g.with_support_person and not g.with_interpreter for g in given)
    assert [g.manner for g in given] == [InformationManner.TALK] * 2  # a talk at the office
    settle(qtbot, tasks, until=lambda: view.information.model.row_at(0).times_given == 1)
    assert view.information.model.row_at(0).state is ItemState.UNDERSTOOD

    window.contacts.entry_action("edit-entry", saved.id)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    again = _editor(window)
    assert again.information is not None
    assert again.information.is_ticked("grounds") and not again.information.can_tick("grounds")
    assert again.information.can_tick("law_and_complaints")
    assert again.information.ticked() == []  # what was recorded is not recorded twice
    again.done(0)


def test_items_ticked_in_an_unsaved_contact_survive_a_lock_and_are_recorded_when_saved(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    """The contact's draft is the entry, which has no field for the ticks: they are kept beside
    it under the same key, read back when it reopens, and forgotten once it is saved."""
    window, _workspace, _parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    window.new_contact_action.trigger()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    assert editor.information is not None
    editor.summary.setPlainText("Snakket om klageadgangen og innsyn.")
    editor.information.tick("law_and_complaints")
    editor.information.understood.setCurrentIndex(
        editor.information.understood.findData(Understanding.PARTLY)
    )

    window.lock()
    assert not window.open_dialogs
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    again = _editor(window)
    assert again.information is not None and again.reopened_from_draft
    assert again.information.ticked() == ["law_and_complaints"]
    assert again.information.understanding() is Understanding.PARTLY
    assert len(window.open_dialogs) == 1  # the ticks are not a dialog of their own

    again._submit(False)
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    unlocked = window.workspace
    assert unlocked is not None and again.saved is not None and again.saved.id is not None
    given = unlocked.followup.information_of_entry(again.saved.id)
    assert [(g.item, g.understood) for g in given] == [("law_and_complaints", Understanding.PARTLY)]
    assert unlocked.drafts.all() == []  # the entry's draft and the ticks beside it are gone


def test_ticks_the_service_refuses_after_the_entry_is_saved_leave_the_entry_saved_once(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    window_factory: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The municipality's checklist loses an item while a contact is open with it ticked: the
    entry is saved (once: the editor closes as saved), and the caseworker is told in Norwegian
    that the information was not registered."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    window.new_contact_action.trigger()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    assert editor.information is not None
    editor.summary.setPlainText("Snakket om grunnlaget.")
    editor.information.tick("grounds")
    forms = tmp_path / "bufapp" / "forms"
    forms.mkdir(parents=True)
    (forms / "followup.toml").write_text(
        '[checklist]\nitems = [{ key = "meaning", label = "Hva det betyr" }]\n', encoding="utf-8"
    )
    Messages.reset()
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    editor._submit(False)
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks)
    assert any("Kontakten er lagret, men informasjonen" in text for text in Messages.shown)
    saved = editor.saved
    assert saved is not None and saved.id is not None
    assert workspace.followup.information_of_entry(saved.id) == []
    assert len(workspace.contact_log.timeline(parent_id)) == 1  # written once
