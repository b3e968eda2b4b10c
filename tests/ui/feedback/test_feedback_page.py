"""Tilbakemelding in the window, on a real vault: the ORS and SRS as chart and table with their
verdicts in words (an SRS below the line says what to ask next time), a score entered from paper
with the total shown as it is typed and the latest contact chosen, the page reloaded; simple
feedback; each dialog's draft reopened after a lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Office, Parent
from bufapp.domain.enums import KorScale
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.feedback.dialogs import ScoreDialog, SimpleDialog
from bufapp.ui.feedback.view import FeedbackView
from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.feedback import example_feedback
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import FEEDBACK_VIEW, VIEWS
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock


def _opened(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, Workspace, int, FeedbackView]:
    vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    workspace.register.save_office(Office(municipality="Fjellvik kommune"))
    parent_id = workspace.register.save_parent(Parent("Máret", "Čuđe")).id or 0
    assert example_feedback(workspace, parent_id) == 8
    window.refresh(then_select=parent_id)
    settle(qtbot, tasks, until=lambda: window.work.parents.current_parent_id == parent_id)  # type: ignore[union-attr]
    window.view_actions[FEEDBACK_VIEW].trigger()
    view = window.work.feedback  # type: ignore[union-attr]
    assert window.work.stack.currentWidget() is view  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded)
    settle(qtbot, tasks)
    return window, workspace, parent_id, view


def _cell(view: FeedbackView, tab: str, row: int, column: int) -> str:
    model = getattr(view, tab).model
    return str(model.data(model.index(row, column)))


def test_the_page_shows_ors_and_srs_as_chart_and_table_and_a_new_score_is_entered(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, view = _opened(qtbot, tasks, vault, window_factory)
    assert VIEWS[FEEDBACK_VIEW] == "Tilbakemelding"
    assert view.heading.text() == "Tilbakemelding – Máret Čuđe"
    assert "Máret" not in window.windowTitle()
    assert view.ors.model.rowCount() == 5 and view.srs.model.rowCount() == 8
    headers = [view.ors.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[1] == "Individuelt /\npersonlig" and headers[5] == "Sum"
    assert _cell(view, "ors", 0, 5) == "27,9"  # newest first
    assert _cell(view, "ors", 0, 6) == "Pålitelig bedring (+10,3), krysset klinisk grense (25,0)"
    assert _cell(view, "ors", 4, 6).startswith("Første skår")
    assert "27,9" in view.ors.chart.accessibleDescription()
    assert "Klinisk grense 25,0" in view.ors.chart.accessibleDescription()
    assert view.ors.chart.bands and view.ors.chart.bands[0].low == 17.6 - 5.0
    below = [_cell(view, "srs", r, 6) for r in range(8)]
    assert (
        sum(v.startswith("▲ Under grensen: Spør hva som skal være annerledes") for v in below) == 4
    )
    assert view.prompt.isHidden()  # the last SRS (38,6) is above the line
    assert view.simple.model.rowCount() == 2
    assert "Godt å bli hørt" in _cell(view, "simple", 0, 2)

    view.srs.new_button.click()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (dialog,) = window.open_dialogs
    assert isinstance(dialog, ScoreDialog) and "Máret" not in dialog.windowTitle()
    assert dialog.entry.currentIndex() == 1  # the latest contact
    assert dialog.names[2].text() == "Tilnærming eller metode"
    # Untouched, the marks are blank («–»), not 0: saving names each one still to type.
    assert [box.text() for box in dialog.marks] == ["–"] * 4
    assert dialog.total.text().startswith("–")
    dialog.submit()
    settle(qtbot, tasks, until=lambda: "Skriv inn tallet" in dialog.form.error_text("score_1"))
    assert window.open_dialogs == [dialog] and view.srs.model.rowCount() == 8
    for box, value in zip(dialog.marks, (8.5, 7.0, 9.0, 8.2), strict=True):
        box.setValue(value)
    assert dialog.total.text() == "32,7 av 40 (under grensen 36,0)"
    dialog.scale.setCurrentIndex(dialog.scale.findData(KorScale.ORS))
    assert dialog.names[2].text() == "Sosialt"
    assert dialog.total.text() == "32,7 av 40 (ikke under grensen 25,0)"
    dialog.scale.setCurrentIndex(dialog.scale.findData(KorScale.SRS))
    dialog.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    settle(qtbot, tasks, until=lambda: view.srs.model.rowCount() == 9)
    assert not view.prompt.isHidden()
    assert "Spør hva som skal være annerledes neste gang" in view.prompt.text()
    assert "32,7" in view.prompt.text()
    assert workspace.feedback.srs_below_per_parent()[parent_id] == (5, 9)


def test_each_dialog_is_reopened_from_its_draft_after_a_lock(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _workspace, parent_id, view = _opened(qtbot, tasks, vault, window_factory)
    view.ors.table.selectRow(0)
    view.ors.edit_button.click()
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (dialog,) = window.open_dialogs
    assert isinstance(dialog, ScoreDialog)
    dialog.marks[0].setValue(3.3)
    dialog.note.setPlainText("Rettet etter papirskjemaet.")

    window.lock()
    assert not window.open_dialogs
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (again,) = window.open_dialogs
    assert isinstance(again, ScoreDialog) and again.reopened_from_draft
    assert again.marks[0].value() == 3.3
    assert again.note.toPlainText() == "Rettet etter papirskjemaet."
    again.done(0)
    settle(qtbot, tasks)

    unlocked = window.workspace
    assert unlocked is not None
    window.feedback.page_action("new-simple", parent_id, None)
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (simple,) = window.open_dialogs
    assert isinstance(simple, SimpleDialog)
    simple.words.setPlainText("Bra at vi snakket om skolen.")
    kept = simple.collect()
    unlocked.drafts.save(simple.kind, simple.record_key, kept)
    simple.done(0)
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    (draft,) = [d for d in unlocked.drafts.all() if d.kind == "simple-feedback"]
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    window.draft_reopening.reopen([draft])
    settle(qtbot, tasks, until=lambda: bool(window.open_dialogs))
    (reopened,) = window.open_dialogs
    assert isinstance(reopened, SimpleDialog) and reopened.collect() == kept
    reopened.submit()
    settle(qtbot, tasks, until=lambda: not window.open_dialogs)
    assert len(unlocked.feedback.page(parent_id).simple) == 3
