"""The table-and-buttons panel the record lists share: rows load on the worker and the chosen
record stays chosen, the buttons follow the choice, Enter opens, a saving dialog reloads with
the saved record chosen, and Tab goes through the filters, the table and the buttons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from bufapp.ui.widgets.record_table_panel import RecordTablePanel
from bufapp.ui.widgets.row_table_model import RowTableModel
from bufapp.ui.widgets.tasks import TaskManager
from tests.ui.conftest import settle


@dataclass(frozen=True)
class Note:
    id: int
    text: str


class NoteModel(RowTableModel[Note]):
    COLUMNS = ("Tekst",)

    def row_data(self, row: Note, column: int, role: int) -> Any:
        return row.text if role == Qt.ItemDataRole.DisplayRole else None

    def row_key(self, row: Note) -> int:
        return row.id


class SavingDialog(QDialog):
    """Stands in for a record dialog: ``saved`` is set when it saves."""

    def __init__(self, saved: Note | None) -> None:
        super().__init__()
        self.saved = saved


class NotesPanel(RecordTablePanel[Note]):
    changed = Signal()

    def __init__(self, tasks: TaskManager, stored: list[Note]) -> None:
        super().__init__(tasks, NoteModel(), "Notater", "Notater", open_dialog=self._keep)
        self.stored = stored
        self.opened: list[Note] = []
        self.shown: list[QDialog] = []
        self.wanted = True
        self.search = QLineEdit()
        self.search.setAccessibleName("Søk")
        self.new_button, self.open_button = self.make_buttons("&Nytt notat…", "Å&pne…")
        self.empty = self.empty_text("Ingen notater.", "notesEmpty")
        self.lay_out(
            self.heading, self.search, self.empty, self.table, self.button_row(),
            tab_first=(self.search,),
        )  # fmt: skip

    def _keep(self, dialog: QDialog) -> None:
        self.shown.append(dialog)

    def refresh(self, then_select: Any = None) -> None:
        stored = list(self.stored)
        self.load_rows(lambda: stored, self.model.set_rows, then_select, lambda: self.wanted)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.opened.append(row)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current_row() is not None)


def made(qtbot: QtBot, tasks: TaskManager, stored: list[Note]) -> NotesPanel:
    panel = NotesPanel(tasks, stored)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    settle(qtbot, tasks)
    return panel


def test_a_reload_keeps_the_chosen_record_chosen_and_the_buttons_follow(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    panel = made(qtbot, tasks, [Note(1, "a"), Note(2, "b"), Note(3, "c")])
    assert panel.current_key() == 1  # nothing chosen yet: the first row
    assert panel.open_button.isEnabled()
    panel.select_key(3)
    panel.stored[:] = [Note(4, "d"), Note(3, "c"), Note(1, "a")]  # the record moved up a row
    panel.refresh()
    settle(qtbot, tasks)
    assert panel.current_key() == 3
    panel.table.clearSelection()
    assert not panel.open_button.isEnabled()


def test_enter_opens_the_chosen_record(qtbot: QtBot, tasks: TaskManager) -> None:
    panel = made(qtbot, tasks, [Note(1, "a"), Note(2, "b")])
    panel.select_key(2)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.opened == [Note(2, "b")]


def test_a_saving_dialog_reloads_with_the_saved_record_chosen(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    panel = made(qtbot, tasks, [Note(1, "a")])
    changes: list[bool] = []
    panel.changed.connect(lambda: changes.append(True))
    cancelled = SavingDialog(None)
    panel.open_and_reload(cancelled, panel.changed)
    cancelled.reject()
    settle(qtbot, tasks)
    assert panel.last_dialog is cancelled and not changes

    panel.stored.append(Note(7, "ny"))
    saving = SavingDialog(Note(7, "ny"))
    panel.open_and_reload(saving, panel.changed)
    assert panel.shown == [cancelled, saving]  # shown through the window's opener
    saving.accept()
    settle(qtbot, tasks)
    assert changes == [True]
    assert panel.current_key() == 7


def test_a_load_no_longer_wanted_is_dropped(qtbot: QtBot, tasks: TaskManager) -> None:
    panel = made(qtbot, tasks, [Note(1, "a")])
    panel.stored.append(Note(2, "b"))
    panel.wanted = False  # as when another parent is chosen while this loads
    panel.refresh()
    settle(qtbot, tasks)
    assert panel.model.rowCount() == 1


def test_tab_goes_through_the_filter_the_table_and_the_buttons(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    panel = made(qtbot, tasks, [Note(1, "a")])
    assert panel.focusProxy() is panel.search
    order: list[QWidget] = [panel.search]
    widget: QWidget = panel.search
    while len(order) < 4:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
    assert order == [panel.search, panel.table, panel.new_button, panel.open_button]
    assert [b.accessibleName() for b in panel.buttons] == ["Nytt notat", "Åpne"]
    assert panel.table.accessibleName() == "Notater"
