"""A read-only table model over a list of plain rows: the shape every list view shares; and how
a list table (``row_table``) and a table edited cell by cell (``edit_in_place``) behave."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from bufapp.ui.qt import tr

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses name their ``COLUMNS`` and implement ``row_data(row, column, role)``; those
    whose rows are found again by a key (``row_of``) implement ``row_key(row)``."""

    COLUMNS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, rows: list[R] | None = None) -> None:
        super().__init__()
        self._rows: list[R] = list(rows or [])

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_key(self, row: R) -> Any:
        """What names a row across reloads (its record's id); models that find rows by it say."""
        raise NotImplementedError

    def row_of(self, key: Any) -> int | None:
        """The number of the row named ``key``, or None."""
        return next((i for i, r in enumerate(self._rows) if self.row_key(r) == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.row_data(self._rows[index.row()], index.column(), role)

    def row_data(self, row: R, column: int, role: int) -> Any:
        raise NotImplementedError


def row_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A read-only list table: whole rows, one at a time, no editing, no row numbers."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def edit_in_place(table: QTableView, accessible_name: str) -> None:
    """A table edited cell by cell: type straight into a cell (or F2); while a cell is being
    edited, Tab goes on to the next cell, otherwise Tab leaves the table. One cell chosen at a
    time, no row numbers, columns the person can widen, the last one taking the free width."""
    table.setAccessibleName(accessible_name)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def commit_open_editor(table: QAbstractItemView) -> None:
    """What is typed in a cell still open counts (Lagre, or a lock keeping a draft)."""
    if table.state() is not QAbstractItemView.State.EditingState:
        return
    editor = table.indexWidget(table.currentIndex())  # the open cell's editor
    if editor is not None:
        table.commitData(editor)
