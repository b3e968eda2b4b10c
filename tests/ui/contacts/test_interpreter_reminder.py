"""A parent who needs an interpreter (issue 23): a new contact has the interpreter's language
filled in and says plainly, under the interpreter's fields, which interpreter the parent needs;
the cooperation agreement says it where it says how the contact happens. A parent without that
need gets no note."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from pytestqt.qtbot import QtBot

from bufapp.domain.contact_log import Participants
from bufapp.storage.vault import Vault
from bufapp.ui.contacts.dialogs import ContactPlanDialog
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.tasks import TaskManager
from tests.ui.conftest import settle
from tests.ui.contacts.test_contact_log_ui import _editor, _open_window

REMINDER = "Forelderen trenger tolk (arabisk, kategori A–C)."


def _needs_arabic(window: MainWindow, parent_id: int) -> None:
    register = window.workspace.register  # type: ignore[union-attr]
    parent = register.parent(parent_id)
    register.save_parent(replace(parent, interpreter_language="arabisk", interpreter_level="C"))


def test_a_new_contact_reminds_of_the_interpreter_and_fills_in_the_language(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    _needs_arabic(window, parent_id)
    # The last contact was a phone call without an interpreter: the language is filled in still.
    last = workspace.contact_log.new_entry(parent_id)
    workspace.contact_log.save(
        replace(
            last,
            occurred_at=last.occurred_at - timedelta(days=1),
            summary="Kort telefon om tidspunkt.",
            participants=Participants(),
        )
    )
    window.contacts.new_contact(parent_id)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    assert editor.interpreter_note.isVisible()
    assert editor.interpreter_note.text() == REMINDER
    assert editor.interpreter_language.text() == "arabisk"
    assert editor.interpreter_language.accessibleDescription() == REMINDER
    editor.interpreter_language.clear()  # held without one: the note stays, it is the register's
    assert editor.interpreter_note.isVisible()


def test_no_note_for_a_parent_who_needs_no_interpreter(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    window.contacts.new_contact(parent_id)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    editor = _editor(window)
    assert not editor.interpreter_note.isVisible()
    assert editor.interpreter_language.text() == ""


def test_the_cooperation_agreement_notes_the_interpreter(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    _needs_arabic(window, parent_id)
    window.contacts.edit_plan(parent_id)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (dialog,) = [d for d in window.open_dialogs if isinstance(d, ContactPlanDialog)]
    assert dialog.interpreter_note.isVisible()
    assert dialog.interpreter_note.text() == REMINDER


def test_the_followup_page_shows_the_interpreter_with_the_agreement(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    from bufapp.ui.widgets.window_context import FOLLOWUP_VIEW

    window, _workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    _needs_arabic(window, parent_id)
    window.refresh(then_select=parent_id)
    window.show_view(FOLLOWUP_VIEW)
    view = window.work.followup  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded)
    settle(qtbot, tasks, until=lambda: "kategori A–C" in view.roles.purpose.toPlainText())
    text = view.roles.purpose.toPlainText()
    assert text.index("Samarbeidsavtale") < text.index("Tolk") < text.index("arabisk, kategori A–C")
