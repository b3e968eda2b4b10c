"""The parent list as a table model (never thousands of item widgets), and the search over it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from bufapp.domain.collation import sort_key
from bufapp.domain.folding import fold, search_words
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.domain_texts import deadline_title
from bufapp.ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.domain.deadlines import Deadline
    from bufapp.services.register import ParentSummary


# The register's text for a parent with no placement going on (services/register.py), shown
# translated in the Plassering column as the placements' labels are.
NO_PLACEMENT = QT_TR_NOOP("Ingen pågående")


class ParentTableModel(RowTableModel["ParentSummary"]):
    COLUMNS = (
        QT_TR_NOOP("Navn"),
        QT_TR_NOOP("Barn"),
        QT_TR_NOOP("Plassering"),
        QT_TR_NOOP("Neste frist"),
    )
    ID_ROLE = Qt.ItemDataRole.UserRole
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    DEADLINE_COLUMN = 3

    def __init__(self) -> None:
        super().__init__()
        self._given: list[ParentSummary] = []  # by name, as given: ties keep this order
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._next_due: Mapping[int, Deadline] = {}
        # Computed when first asked for, once per row: sorting compares the keys many times
        # per row, the search looks at every row on every key, and an unlock needs neither.
        self._sort_keys: dict[int, dict[int, str]] = {}  # column -> parent id -> key
        self._folded: dict[int, str] = {}

    def set_rows(self, rows: list[ParentSummary]) -> None:
        # The deadline column is filled afterwards (set_deadlines); until the new ones arrive
        # it shows the last known, so a reload neither blanks it nor hides rows from a search.
        if self._next_due:
            rows = [
                s if s.next_deadline else replace(s, next_deadline=self._next_due.get(s.id))
                for s in rows
            ]
        self._given = list(rows)
        self._forget_keys()
        super().set_rows(self._sorted())

    def set_deadlines(self, next_due: Mapping[int, Deadline]) -> None:
        """Fill «Neste frist»: each parent's next open deadline, by parent id."""
        self._next_due = next_due
        self._given = [replace(s, next_deadline=next_due.get(s.id)) for s in self._given]
        self._forget_keys()
        filled = {s.id: s for s in self._given}
        self._rows = [filled[s.id] for s in self._rows]
        if self._rows:
            last = self.index(len(self._rows) - 1, self.DEADLINE_COLUMN)
            self.dataChanged.emit(self.index(0, self.DEADLINE_COLUMN), last)
        if self._order is not None and self._order[0] == self.DEADLINE_COLUMN:
            self._sort_rows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in one Python sort on the keys kept per row: a sorting proxy would ask
        for two keys through Python at every comparison (38,000 calls at 3,000 parents)."""
        self._order = (column, order)
        self._sort_rows()

    def _sort_rows(self) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        chosen = [self._rows[index.row()].id for index in before]
        self._rows = self._sorted()
        row_of = {s.id: row for row, s in enumerate(self._rows)}
        after = [
            self.index(row_of[i], index.column()) for i, index in zip(chosen, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self) -> list[ParentSummary]:
        if self._order is None:
            return list(self._given)
        column, order = self._order
        keys = self._keys_of(column)
        return sorted(  # stable, in either direction: ties stay in name order
            self._given, key=lambda s: keys[s.id], reverse=order == Qt.SortOrder.DescendingOrder
        )

    def _forget_keys(self) -> None:
        self._sort_keys = {}
        self._folded = {}

    def _keys_of(self, column: int) -> dict[int, str]:
        if column not in self._sort_keys:
            self._sort_keys[column] = {s.id: self._sort_value(s, column) for s in self._given}
        return self._sort_keys[column]

    def folded_text(self, row: int) -> str:
        if not self._folded:
            self._folded = {s.id: self._folded_text(s) for s in self._given}
        return self._folded[self._rows[row].id]

    @classmethod
    def _folded_text(cls, summary: ParentSummary) -> str:
        shown = (cls._display(summary, c) for c in range(len(cls.COLUMNS)))
        return fold(" ".join((summary.name, *shown)))

    def row_data(self, summary: ParentSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == self.ID_ROLE:
            return summary.id
        if role == self.SORT_ROLE:
            return self._keys_of(column).get(summary.id) or self._sort_value(summary, column)
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
        if column == 2:  # the placements' labels, or NO_PLACEMENT, joined by the register
            return ", ".join(tr(part) for part in summary.placement.split(", "))
        deadline = summary.next_deadline
        return "" if deadline is None else f"{deadline_title(deadline)} {deadline.due:%d.%m.%Y}"


class ParentFilter(QSortFilterProxyModel):
    """Shows the parents whose row holds every word typed, folded the way the contact-log
    search folds ("maret" finds Máret, "cude" Čuđe, "bjorn" Bjørn)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The parent model sorts itself (see ParentTableModel.sort); this proxy only filters,
        keeping the model's order."""
        model = self.sourceModel()
        if isinstance(model, ParentTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_query(self, text: str) -> None:
        words = search_words(text)
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, ParentTableModel)
        text = model.folded_text(row)
        return all(word in text for word in self._words)
