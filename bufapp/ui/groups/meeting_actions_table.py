"""The actions decided in a meeting, edited as rows: what, who (a member, or a name typed
freely), by when. Saved actions cannot be deleted here (an action is closed as done or dropped
in the group's list of actions); new rows can be removed until they are saved.

A grid of plain widgets rather than an item view: a meeting decides a handful of actions, and
Tab then goes field by field, row by row, as everywhere else in the form."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.groups import MeetingAction, ResponsibilityGroup
from bufapp.errors import FieldProblem
from bufapp.ui.groups.meeting_widgets import combo_key, focusable_before, member_combo, tab_chain
from bufapp.ui.qt import tr
from bufapp.ui.widgets.field_form import OptionalDateEdit


@dataclass
class _Row:
    original: MeetingAction | None  # the saved action, None for a new one
    what: QLineEdit
    who: QComboBox
    due: OptionalDateEdit
    remove: QPushButton | None

    def widgets(self) -> list[QWidget]:
        shown: list[QWidget] = [self.what, self.who, self.due]
        return shown + ([self.remove] if self.remove is not None else [])

    def focus_order(self) -> list[QWidget]:
        order: list[QWidget] = [self.what, self.who, self.due.check, self.due.editor]
        return order + ([self.remove] if self.remove is not None else [])

    def filled(self) -> bool:
        return self.original is not None or bool(self.what.text().strip() or combo_key(self.who))


class ActionTable(QWidget):
    changed = Signal()

    def __init__(self, group: ResponsibilityGroup, actions: tuple[MeetingAction, ...] = ()) -> None:
        super().__init__()
        assert group.id is not None
        self._group = group
        self.rows: list[_Row] = []
        self._built = False
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        for column, text in enumerate((tr("Hva skal gjøres"), tr("Hvem"), tr("Frist"))):
            heading = QLabel(text)
            heading.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(heading, 0, column)
        self.empty = QLabel(tr("Ingen tiltak ennå."))
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        for action in actions:
            self.add_action(action)
        # Made after the rows, so Tab reaches it after them.
        self.add_button = QPushButton(tr("Legg til &tiltak"))
        self.add_button.clicked.connect(lambda: self.add_action(None, focus=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.rows[0].what if self.rows else self.add_button)
        self._built = True

    def add_action(self, action: MeetingAction | None, focus: bool = False) -> None:
        """A row for a saved action (it has an id), a draft's unsaved one, or a new empty one."""
        shown = action or MeetingAction(self._group.id or 0, "", "")
        what = QLineEdit(shown.what)
        what.setAccessibleName(tr("Hva skal gjøres"))
        who = member_combo(self._group, shown.responsible, editable=True)
        who.setAccessibleName(tr("Hvem har ansvaret"))
        line_edit = who.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(tr("Velg eller skriv et navn"))
        if action is None:
            who.setEditText("")
        due = OptionalDateEdit("", shown.due)  # the column is headed "Frist"
        # Its focus proxy would send Tab round in a circle once rows are reordered (Qt 6).
        due.setFocusProxy(None)
        due.check.setAccessibleName(tr("Har frist"))
        due.editor.setAccessibleName(tr("Frist"))
        remove = None
        if shown.id is None:  # a saved action is closed as done or dropped, never deleted
            remove = QPushButton(tr("Fjern"))
            remove.setAccessibleName(tr("Fjern dette nye tiltaket"))
        row = _Row(shown if shown.id is not None else None, what, who, due, remove)
        before = self.rows[-1].focus_order()[-1] if self.rows else None
        if remove is not None:
            remove.clicked.connect(lambda: self._remove(row))
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, len(self.rows) + 1, column)
        self.rows.append(row)
        self.empty.hide()
        what.textChanged.connect(self.changed)
        who.currentTextChanged.connect(self.changed)
        due.check.toggled.connect(self.changed)
        due.editor.dateChanged.connect(self.changed)
        if self._built:  # a row added later would otherwise come last in the Tab order
            tab_chain(before or focusable_before(self.add_button), *row.focus_order())
            tab_chain(row.focus_order()[-1], self.add_button)
        if focus:
            for widget in row.widgets():
                widget.show()  # the layout would show it only later; focus needs it now
            what.setFocus()
            self.changed.emit()

    def _remove(self, row: _Row) -> None:
        index = self.rows.index(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        del self.rows[index]
        for number, later in enumerate(self.rows[index:], start=index + 1):
            for column, widget in enumerate(later.widgets()):
                self.grid.removeWidget(widget)
                self.grid.addWidget(widget, number, column)  # a line up
        self.empty.setVisible(not self.rows)
        self.add_button.setFocus()
        self.changed.emit()

    def actions(self) -> tuple[MeetingAction, ...]:
        return tuple(
            replace(
                row.original or MeetingAction(self._group.id or 0, "", ""),
                what=row.what.text().strip(),
                responsible=combo_key(row.who),
                due=row.due.value(),
            )
            for row in self.rows
            if row.filled()
        )

    def problems(self) -> list[FieldProblem]:
        """Every filled row needs what and who (checked before anything is saved)."""
        filled = [row for row in self.rows if row.filled()]
        missing = [
            str(number)
            for number, row in enumerate(filled, start=1)
            if not row.what.text().strip() or not combo_key(row.who)
        ]
        if not missing:
            return []
        return [
            FieldProblem(
                "actions",
                tr("Hvert tiltak trenger hva som skal gjøres og hvem som har ansvaret "
                   "(tiltak {rows}).").format(rows=", ".join(missing)),
            )
        ]  # fmt: skip
