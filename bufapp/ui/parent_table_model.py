"""The parent list as a table model (never thousands of item widgets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from bufapp.domain.collation import sort_key
from bufapp.services.register import ParentSummary
from bufapp.ui.qt import tr

_Index = QModelIndex | QPersistentModelIndex


class ParentTableModel(QAbstractTableModel):
    COLUMNS = ("Navn", "Barn", "Plassering", "Neste frist")
    ID_ROLE = Qt.ItemDataRole.UserRole
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, rows: list[ParentSummary] | None = None) -> None:
        super().__init__()
        self._rows: list[ParentSummary] = list(rows or [])

    def set_rows(self, rows: list[ParentSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ParentSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, index.column())
        if role == self.ID_ROLE:
            return summary.id
        if role == self.SORT_ROLE:
            return self._sort_value(summary, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return summary.name
        return None

    def row_of(self, parent_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == parent_id), None)

    @classmethod
    def _sort_value(cls, summary: ParentSummary, column: int) -> str:
        if column == 0:
            return sort_key(summary.sort_name)[0]
        if column == 3:
            deadline = summary.next_deadline
            return "9999-99-99" if deadline is None else deadline.due.isoformat()
        return sort_key(cls._display(summary, column))[0]

    @staticmethod
    def _display(summary: ParentSummary, column: int) -> str:
        if column == 0:
            return summary.sort_name
        if column == 1:
            return summary.children
        if column == 2:
            return summary.placement
        deadline = summary.next_deadline
        return "" if deadline is None else f"{deadline.title} {deadline.due:%d.%m.%Y}"
