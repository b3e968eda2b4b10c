"""A table model whose rows come a page at a time, as the person scrolls (issue 18).

The view shows the first page at once; when the last loaded row comes into sight Qt asks the
model ``canFetchMore``/``fetchMore`` (a QSortFilterProxyModel passes the question on), and the
model asks its owner for the page after its last row. The owner answers with ``add_page``,
naming that row, so a page that arrives after the rows were replaced is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from bufapp.ui.widgets.row_table_model import RowTableModel

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class PagedRowTableModel(RowTableModel[R]):
    def __init__(self) -> None:
        super().__init__()
        self._more = False
        self._asked = False  # a page was asked for and has not come yet
        # Asks for the page after the given row (True: every row after it); None: never more.
        self.ask_for_page: Callable[[R, bool], None] | None = None

    def set_rows(self, rows: list[R], more: bool = False) -> None:
        """The first page; ``more``: further rows exist beyond it."""
        self._more, self._asked = more, False
        super().set_rows(rows)

    def add_page(self, after: R, rows: list[R], more: bool) -> bool:
        """The page after ``after``; False (and nothing changes) if that is no longer the last
        row (the rows were replaced meanwhile)."""
        if not self._rows or self._rows[-1] is not after:
            return False
        self._asked, self._more = False, more
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        return True

    def has_more(self) -> bool:
        """Rows exist beyond those loaded (asked for or not)."""
        return self._more

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._more
            and not self._asked
            and bool(self._rows)
            and self.ask_for_page is not None
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.ask_for_page is not None:
            self._asked = True
            self.ask_for_page(self._rows[-1], False)

    def fetch_rest(self) -> None:
        """Ask for every row not loaded yet (to filter them all, or to find one)."""
        if self.canFetchMore() and self.ask_for_page is not None:
            self._asked = True
            self.ask_for_page(self._rows[-1], True)
