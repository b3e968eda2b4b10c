"""Oversikt shows and opens every kind of deadline, the follow-up's new ones too: each has a
destination (the follow-up page's kinds open the card until that page is routed) and, where a
norm or a follow-up rule lies behind it, a tooltip that says so."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bufapp.domain.deadlines import Deadline, Urgency
from bufapp.domain.enums import DeadlineKind
from bufapp.services.overview import DeadlineRow
from bufapp.ui.register.overview_view import SHOWN, DeadlineTableModel, Opens, OverviewView

FOLLOW_UP_KINDS = (
    DeadlineKind.FIRST_CONVERSATION_HELD,
    DeadlineKind.INFORMATION_REPEAT,
    DeadlineKind.INFORMATION_UNCONFIRMED,
    DeadlineKind.REASSESSMENT,
    DeadlineKind.WISH_ANSWER,
    DeadlineKind.AFTER_REUNIFICATION,
    DeadlineKind.AFTERCARE,
)


def row(kind: DeadlineKind, parent_id: int = 7, urgency: Urgency = Urgency.SOON) -> DeadlineRow:
    deadline = Deadline(kind, parent_id, date(2026, 6, 20), kind.label)
    return DeadlineRow(deadline, urgency, "Máret Čuđe", "Áilu")


def test_every_kind_of_deadline_has_its_place_in_oversikt() -> None:
    assert set(SHOWN) == set(DeadlineKind)
    assert {kind for kind, shown in SHOWN.items() if shown.opens is Opens.FOLLOW_UP} == set(
        FOLLOW_UP_KINDS
    )


@pytest.mark.parametrize("kind", FOLLOW_UP_KINDS)
def test_the_follow_ups_kinds_are_shown_with_their_label_and_a_norwegian_tooltip(
    qtbot: QtBot, kind: DeadlineKind
) -> None:
    view = OverviewView()
    qtbot.addWidget(view)
    view.set_rows([row(kind, urgency=Urgency.OVERDUE)])
    model = view.model
    assert model.data(model.index(0, 2)) == kind.label
    assert model.data(model.index(0, 1)) == "Forfalt"
    about = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert about and about.endswith(".") and "§" not in about
    assert view.summary.text() == "1 forfalt · 0 innen 7 dager · 0 senere"


@pytest.mark.parametrize("kind", FOLLOW_UP_KINDS)
def test_a_follow_up_row_opens_the_follow_up_page_and_a_task_the_card(
    qtbot: QtBot, kind: DeadlineKind
) -> None:
    view = OverviewView()
    qtbot.addWidget(view)
    view.set_rows([row(kind, 7), row(DeadlineKind.FOLLOW_UP, 3)])
    card: list[int] = []
    view.open_parent.connect(card.append)
    with qtbot.waitSignal(view.open_follow_up) as opened:
        view.table.activated.emit(view.model.index(0, 0))
    assert opened.args == [7] and card == []
    view.table.activated.emit(view.model.index(1, 0))  # the contact log's task: the card
    assert card == [3]


def test_the_held_line_says_where_the_norm_ends() -> None:
    model = DeadlineTableModel()
    model.set_rows([row(DeadlineKind.FIRST_CONVERSATION_HELD)])
    about = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert "tilbudt, men ikke gjennomført" in about and "nøytralt sted" in about
