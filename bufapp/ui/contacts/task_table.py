"""The follow-up tasks of an agreement, edited as a small table: what, who, by when."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.contact_log import FollowUpTask
from bufapp.domain.enums import TaskResponsible
from bufapp.ui.qt import tr
from bufapp.ui.widgets.field_form import OptionalDateEdit
from bufapp.ui.widgets.record_dialog import chosen


class TaskTable(QWidget):
    """Open tasks are edited here; closed ones are kept as they are and handed back unchanged."""

    changed = Signal()

    def __init__(self, tasks: tuple[FollowUpTask, ...] = ()) -> None:
        super().__init__()
        self._closed = tuple(t for t in tasks if not t.is_open)
        self._originals: list[FollowUpTask | None] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Hva"), tr("Ansvarlig"), tr("Hvem"), tr("Frist")])
        self.table.setAccessibleName(tr("Oppfølgingsoppgaver"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 190), (3, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.setMinimumHeight(120)
        add = QPushButton(tr("Legg til &oppgave"))
        add.clicked.connect(lambda: self.add_task(FollowUpTask(""), focus=True))
        remove = QPushButton(tr("Fjern oppgave"))
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for task in tasks:
            if task.is_open:
                self.add_task(task)

    def add_task(self, task: FollowUpTask, focus: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        what = QLineEdit(task.what)
        what.setAccessibleName(tr("Hva skal gjøres"))
        who = QComboBox()
        for member in TaskResponsible:
            who.addItem(tr(member.label), member)
        who.setCurrentIndex(who.findData(task.responsible))
        who.setAccessibleName(tr("Ansvarlig"))
        name = QLineEdit(task.responsible_name)
        name.setPlaceholderText(tr("Navn/tjeneste"))
        name.setAccessibleName(tr("Hvem er ansvarlig"))
        due = OptionalDateEdit(tr("Frist"), task.due)
        due.setAccessibleName(tr("Frist"))
        for widget, column in ((what, 0), (who, 1), (name, 2), (due, 3)):
            self.table.setCellWidget(row, column, widget)
        what.textChanged.connect(self.changed)
        who.currentIndexChanged.connect(self.changed)
        name.textChanged.connect(self.changed)
        due.check.toggled.connect(self.changed)
        due.editor.dateChanged.connect(self.changed)
        self.table.resizeRowToContents(row)
        self._originals.append(task if task.id is not None else None)
        if focus:
            what.setFocus()
            self.changed.emit()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._originals[row]
            self.changed.emit()

    def tasks(self) -> tuple[FollowUpTask, ...]:
        collected = []
        for row, original in enumerate(self._originals):
            what = self.table.cellWidget(row, 0)
            who = self.table.cellWidget(row, 1)
            name = self.table.cellWidget(row, 2)
            due = self.table.cellWidget(row, 3)
            assert isinstance(what, QLineEdit) and isinstance(who, QComboBox)
            assert isinstance(name, QLineEdit) and isinstance(due, OptionalDateEdit)
            if (
                original is None
                and not what.text().strip()
                and not name.text().strip()
                and due.value() is None
            ):
                continue  # an empty new row is not a task
            base = original or FollowUpTask("")
            collected.append(
                replace(
                    base,
                    what=what.text(),
                    responsible=chosen(who, TaskResponsible),
                    responsible_name=name.text(),
                    due=due.value(),
                )
            )
        return (*collected, *self._closed)
