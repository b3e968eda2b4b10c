"""The parent list as a table model (never thousands of item widgets)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from bufapp.domain.collation import sort_key
from bufapp.ui.row_table_model import RowTableModel

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.register import ParentSummary


class ParentTableModel(RowTableModel["ParentSummary"]):
    COLUMNS = ("Navn", "Barn", "Plassering", "Neste frist")
    ID_ROLE = Qt.ItemDataRole.UserRole
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def set_rows(self, rows: list[ParentSummary]) -> None:
        # Sort keys once per row: the sort proxy asks for them many times per row.
        self._sort_values = {
            s.id: tuple(self._sort_value(s, c) for c in range(len(self.COLUMNS))) for s in rows
        }
        super().set_rows(rows)

    def row_data(self, summary: ParentSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == self.ID_ROLE:
            return summary.id
        if role == self.SORT_ROLE:
            cached = getattr(self, "_sort_values", {}).get(summary.id)
            return cached[column] if cached else self._sort_value(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
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
