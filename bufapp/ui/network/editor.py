"""Drawing a network map with the parent: the date, the drawing and the table of the same people
side by side, what the parent says about their network in their own words, the caseworker's
note, and the map's figures as it grows.

The editor holds one map (``MapHolder``); the drawing, the table and the dialogs only ask for
changes, which go on an undo stack (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y) and redraw both. What is
drawn is kept as an encrypted draft (kind "network-map") a moment after each change, and comes
back after a lock; Avbryt with unsaved changes asks first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from bufapp.domain.network import NetworkMap
from bufapp.errors import ValidationFailed
from bufapp.ui.network.canvas import NetworkCanvas
from bufapp.ui.network.dialogs import AddMemberDialog, TieDialog
from bufapp.ui.network.editor_layout import arrange
from bufapp.ui.network.scene import NetworkScene
from bufapp.ui.network.summary import SummaryPanel, summary_text
from bufapp.ui.network.table import MembersModel, MembersTable
from bufapp.ui.network.undo import (
    MapHolder,
    add_member,
    change_member,
    move_member,
    remove_member,
    set_tie,
)
from bufapp.ui.qt import QT_TR_NOOP, pause_timer, tr
from bufapp.ui.widgets.field_form import date_edit, from_qdate
from bufapp.ui.widgets.record_dialog import RecordDialog, keep_draft
from bufapp.ui.widgets.tasks import TaskManager

AUTOSAVE_MS = 1500
MAP_FIELDS = ("members", "ties", "sectors")


def text_box(text: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(tr(placeholder))
    box.setFixedHeight(68)
    return box


class NetworkEditor(RecordDialog[NetworkMap]):
    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[NetworkMap], NetworkMap],
        network: NetworkMap,
        autosave: Callable[[str, str, NetworkMap], None],
        parent: QWidget | None = None,
        restored: bool = False,
        parent_name: str = "",
    ) -> None:
        super().__init__(QT_TR_NOOP("Nettverkskart"), tasks, save, parent)
        self.kind = "network-map"
        self.autosaves = True
        self.record_key = str(network.id) if network.id else f"new:{network.parent_id}"
        self._autosave = autosave
        self._dirty = restored  # a reopened draft is unsaved work: Avbryt asks first
        self.last_dialog: QWidget | None = None  # the small dialog opened last (tests use it)
        title = (
            tr("Nettverkskart – {name}").format(name=parent_name)
            if parent_name
            else tr("Nettverkskart")
        )
        self.setWindowTitle(tr("Nettverkskart"))  # the name is in the heading, not the title
        self.heading = QLabel(title)
        self.heading.setObjectName("viewHeading")
        self.holder = MapHolder(network)
        self.undo_stack = QUndoStack(self)
        self.scene = NetworkScene(editable=True, parent=self)
        if parent_name:
            self.scene.centre_text = parent_name.split()[0]
        self.canvas = NetworkCanvas(self.scene)
        self.model = MembersModel()
        self.table = MembersTable(self.model)
        self.summary = SummaryPanel()
        self.drawn_on = self.form.add_row(
            "drawn_on", QT_TR_NOOP("&Tegnet"), date_edit(network.drawn_on)
        )
        self.map_error = QLabel()
        self.map_error.setObjectName("error_map")
        self.map_error.setWordWrap(True)
        self.map_error.setStyleSheet(
            "color: palette(highlighted-text); background: #b3261e; padding: 2px 4px;"
        )
        self.map_error.hide()
        self.parent_words = text_box(
            network.parent_words, QT_TR_NOOP("Det forelderen selv sier om nettverket sitt")
        )
        self.note = text_box(
            network.note, QT_TR_NOOP("For eksempel om nettverket kan utvides, og hvordan")
        )
        self.draft_state = QLabel()
        self.draft_state.setAccessibleName(tr("Utkaststatus"))
        self._actions()
        arrange(self)
        self._connect()
        self._timer = pause_timer(self, AUTOSAVE_MS, self.autosave_now)
        self._redraw("")
        self.table.fit_columns()
        self.resize(1360, 880)
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # --- building -----------------------------------------------------------------------------

    def _actions(self) -> None:
        stack = self.undo_stack
        self.undo_action = QAction(tr("&Angre"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(tr("&Gjør om"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(stack.redo)
        for action, can, text in ((self.undo_action, stack.canUndoChanged, stack.undoTextChanged),
                                  (self.redo_action, stack.canRedoChanged, stack.redoTextChanged)):  # fmt: skip
            action.setEnabled(False)
            can.connect(action.setEnabled)
            text.connect(lambda _t, a=action: self._name_actions())
            self.addAction(action)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.submit)

    def _name_actions(self) -> None:
        stack = self.undo_stack
        for action, what, word in ((self.undo_action, stack.undoText(), tr("Angre")),
                                   (self.redo_action, stack.redoText(), tr("Gjør om"))):  # fmt: skip
            action.setToolTip(f"{word} {what}".strip() + f" ({action.shortcut().toString()})")

    def _connect(self) -> None:
        self.holder.changed.connect(self._redraw)
        self.scene.move_requested.connect(
            lambda key, sector, ring, angle: self.push(
                move_member(self.holder, key, sector, ring, angle)
            )
        )
        self.scene.member_chosen.connect(self.table.choose)
        self.table.member_chosen.connect(self.scene.choose)
        self.model.edit_requested.connect(
            lambda key, field, value: self.push(change_member(self.holder, key, field, value))
        )
        self.table.add_requested.connect(self.add_person)
        self.table.remove_requested.connect(self.remove_person)
        self.undo_stack.indexChanged.connect(lambda _i: self._changed())
        self.drawn_on.dateChanged.connect(self._changed)
        for box in (self.parent_words, self.note):
            box.textChanged.connect(self._changed)

    # --- changes ------------------------------------------------------------------------------

    @property
    def network(self) -> NetworkMap:
        return self.holder.network

    def push(self, command: QUndoCommand | None) -> None:
        if command is not None:
            self.undo_stack.push(command)

    def _redraw(self, focus: str) -> None:
        """Both views from the one map; ``focus`` is chosen in both."""
        network = self.holder.network
        chosen = focus or self.table.current_key() or self.scene.chosen()
        if chosen and network.member(chosen) is None:
            chosen = ""
        self.model.set_map(network)
        self.scene.set_map(network, chosen)
        if chosen:
            self.table.choose(chosen)
        self.summary.show_map(network)
        self.canvas.setAccessibleDescription(summary_text(network))
        self.remove_button.setEnabled(bool(network.members))
        self.tie_button.setEnabled(len(network.members) >= 2)

    def _changed(self) -> None:
        self._dirty = True
        self.draft_state.setText(tr("Endringer ikke lagret ennå …"))
        self._timer.start()

    def add_person(self) -> None:
        dialog = AddMemberDialog(self.network, self._current_sector(), self)
        self.last_dialog = dialog

        def added() -> None:
            if dialog.member is not None:
                self.push(add_member(self.holder, dialog.member))
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                self.table.setCurrentIndex(
                    self.model.index(self.model.row_of(dialog.member.key), 1)
                )

        dialog.accepted.connect(added)
        dialog.open()

    def _current_sector(self) -> str:
        member = self.network.member(self.table.current_key() or self.scene.chosen())
        return member.sector if member else ""

    def remove_person(self, key: str = "") -> None:
        self.push(
            remove_member(self.holder, key or self.table.current_key() or self.scene.chosen())
        )

    def tie_people(self) -> None:
        dialog = TieDialog(self.network, self.table.current_key() or self.scene.chosen(), self)
        self.last_dialog = dialog
        dialog.accepted.connect(
            lambda: self.push(set_tie(self.holder, dialog.tie, dialog.first_key, dialog.second_key))
        )
        dialog.open()

    # --- the record ---------------------------------------------------------------------------

    def collect(self) -> NetworkMap:
        self.table.commit_editing()
        return replace(
            self.holder.network,
            drawn_on=from_qdate(self.drawn_on.date()),
            parent_words=self.parent_words.toPlainText(),
            note=self.note.toPlainText(),
        )

    @property
    def dirty(self) -> bool:
        return self._dirty

    def autosave_now(self) -> None:
        """Keep what is drawn as an encrypted draft (not the map until it is saved)."""
        self._timer.stop()
        keep_draft(self._tasks, self._autosave, self.kind, self.record_key, self.collect(),
                   self.draft_state)  # fmt: skip

    def submit(self) -> None:
        if not self.saving:
            self._timer.stop()
            super().submit()

    def _show(self, failure: ValidationFailed) -> None:
        on_map = [p for p in failure.problems if p.field in MAP_FIELDS]
        rest = [p for p in failure.problems if p.field not in MAP_FIELDS]
        unplaced = rest
        for form in (self.form, self.words_form, self.note_form):
            unplaced = form.show_problems(unplaced)
        self.map_error.setText("\n".join(tr(p.message) for p in on_map))
        self.map_error.setVisible(bool(on_map))
        self.general_error.setText("\n".join(tr(p.message) for p in unplaced))
        self.general_error.setVisible(bool(unplaced))
        if on_map and not rest:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        self._timer.stop()  # closed (saved, discarded or locked): nothing more to autosave
        self.undo_stack.blockSignals(True)  # its clean-up on deletion must not reach dead labels
        super().done(result)

    discard_question = QT_TR_NOOP("Vil du forkaste endringene i nettverkskartet?")

    def unsaved_changes(self) -> bool:
        return self._dirty
