"""The parent model sorts itself on keys kept per row (issue 18): the order is the one the
sorting proxy gave, ties in name order, and no key is asked for through data() while sorting."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, QSortFilterProxyModel, Qt
from pytestqt.qtbot import QtBot

from bufapp.domain.collation import sort_key
from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import DeadlineKind
from bufapp.services.register import ParentSummary
from bufapp.ui.register.parent_table_model import ParentFilter, ParentTableModel

ORDERS = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)


def office(size: int = 60) -> list[ParentSummary]:
    """Rows as RegisterService.parent_rows gives them (by name), with many ties per column."""
    chance = random.Random(18)
    rows = []
    for number in range(size):
        given, family = chance.choice(["Kari", "Åse", "Máret"]), chance.choice(["Berg", "Čuđe"])
        due = chance.choice([None, date(2026, 6, 1), date(2026, 7, 1)])
        deadline = (
            None if due is None else Deadline(DeadlineKind.FIRST_CONVERSATION, number, due, "Frist")
        )
        rows.append(
            ParentSummary(
                id=number,
                name=f"{given} {family}",
                sort_name=f"{family}, {given}",
                children=chance.choice(["", "Ola", "Lise, Ola"]),
                placement=chance.choice(["Fosterhjem", "Ingen pågående"]),
                next_deadline=deadline,
            )
        )
    return sorted(rows, key=lambda s: sort_key(s.sort_name))


class Counting(ParentTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.key_requests = 0

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.key_requests += 1
        return super().data(index, role)


def ids(proxy: QSortFilterProxyModel) -> list[int]:
    return [
        proxy.data(proxy.index(r, 0), ParentTableModel.ID_ROLE) for r in range(proxy.rowCount())
    ]


def expected(rows: list[ParentSummary], column: int, order: Qt.SortOrder) -> list[int]:
    """What the sorting proxy gave ascending; descending, the same groups of equal keys in
    reverse, each still in name order (Qt reversed the ties on a click but not on a reload)."""
    model = ParentTableModel()
    model.set_rows(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(ParentTableModel.SORT_ROLE)
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    ascending = ids(proxy)
    if order == Qt.SortOrder.AscendingOrder:
        return ascending
    key = {
        proxy.data(proxy.index(r, 0), ParentTableModel.ID_ROLE): proxy.data(
            proxy.index(r, column), ParentTableModel.SORT_ROLE
        )
        for r in range(proxy.rowCount())
    }
    return [i for k in sorted(set(key.values()), reverse=True) for i in ascending if key[i] == k]


@pytest.mark.parametrize("column", range(len(ParentTableModel.COLUMNS)))
@pytest.mark.parametrize("order", ORDERS)
def test_the_model_sorts_as_the_sorting_proxy_did_with_ties_in_name_order(
    qtbot: QtBot, column: int, order: Qt.SortOrder
) -> None:
    rows = office()
    model = Counting()
    model.set_rows(rows)
    proxy = ParentFilter()
    proxy.setSourceModel(model)
    proxy.setSortRole(ParentTableModel.SORT_ROLE)  # as the parent view sets it
    chosen = QPersistentModelIndex(model.index(7, 0))
    chosen_id = model.data(model.index(7, 0), ParentTableModel.ID_ROLE)
    model.key_requests = 0
    proxy.sort(column, order)
    assert model.key_requests == 0  # one Python sort, no call per comparison

    assert ids(proxy) == expected(rows, column, order)
    assert model.data(chosen, ParentTableModel.ID_ROLE) == chosen_id  # the choice follows its row

    shuffled = rows[::2] + rows[1::2]
    model.set_rows(shuffled)  # a reload keeps the order chosen, ties in the order given
    assert ids(proxy) == expected(shuffled, column, order)


def test_deadlines_filled_afterwards_resort_a_list_sorted_by_them(qtbot: QtBot) -> None:
    rows = [ParentSummary(n, f"P{n}", f"P, {n}", "", "Ingen pågående", None) for n in range(1, 4)]
    model = ParentTableModel()
    proxy = ParentFilter()
    proxy.setSourceModel(model)
    proxy.sort(ParentTableModel.DEADLINE_COLUMN, Qt.SortOrder.AscendingOrder)
    model.set_rows(rows)
    assert ids(proxy) == [1, 2, 3]
    day = date(2026, 6, 15)
    model.set_deadlines(
        {
            n: Deadline(DeadlineKind.FIRST_CONVERSATION, n, day - timedelta(days=n), "Frist")
            for n in (2, 3)
        }
    )
    assert ids(proxy) == [3, 2, 1]  # soonest first, none last
