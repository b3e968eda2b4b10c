"""Samvær on Oversikt and the parent's card: each of its four kinds of deadline opens the samvær
page for its parent (with a Norwegian tooltip), and the card shows each child's plan in one line
with the next visit, and a link to the page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bufapp.domain.enums import DeadlineKind
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.register.overview_view import SHOWN, Opens, OverviewView
from bufapp.ui.screenshots.visits import example_visits
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import VISITS_VIEW
from tests.ui.conftest import settle
from tests.ui.register.test_overview_kinds import row
from tests.ui.visits.test_visits_page import _open_window

VISIT_KINDS = (
    DeadlineKind.NEXT_VISIT,
    DeadlineKind.VISITS_MISSED,
    DeadlineKind.VISIT_EVALUATION,
    DeadlineKind.VISIT_PLAN_PURPOSE,
)


def test_the_samvaer_kinds_and_only_they_open_the_samvaer_page() -> None:
    assert {kind for kind, shown in SHOWN.items() if shown.opens is Opens.VISITS} == set(
        VISIT_KINDS
    )


@pytest.mark.parametrize("kind", VISIT_KINDS)
def test_a_samvaer_row_opens_the_samvaer_page_of_its_parent(
    qtbot: QtBot, kind: DeadlineKind
) -> None:
    view = OverviewView()
    qtbot.addWidget(view)
    view.set_rows([row(kind, 7), row(DeadlineKind.FOLLOW_UP, 3)])
    about = view.model.data(view.model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert about and about.endswith(".") and "§" not in about
    card: list[int] = []
    view.open_parent.connect(card.append)
    with qtbot.waitSignal(view.open_visits) as opened:
        view.table.activated.emit(view.model.index(0, 0))
    assert opened.args == [7] and card == []


def test_the_card_shows_the_plan_in_one_line_and_links_to_the_page(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    window.show_view(1)
    card = window.work.parents.card  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: 'href="visits"' in card.toHtml())
    assert "Ingen samværsplan registrert." in card.toPlainText()

    example_visits(workspace, parent_id)
    window.refresh(then_select=parent_id)
    window.work.parents.select_parent(parent_id)  # type: ignore[union-attr]
    window.work.parents._load_detail()  # type: ignore[union-attr]  # the card read again
    (line,) = workspace.visits.card_lines(parent_id)
    settle(qtbot, tasks, until=lambda: line in card.toPlainText())
    assert line.startswith("Áilu: 2 ganger i måneden, 2 timer · støttet tilsyn · vedtak: minst")
    assert " · neste " in line  # the next visit, on the card

    assert window.work.built(VISITS_VIEW) is None  # built when first shown, not at unlock
    window.work.parents.link_activated.emit("visits", parent_id)  # type: ignore[union-attr]
    assert window.work.stack.currentIndex() == VISITS_VIEW  # type: ignore[union-attr]
    view = window.work.visits  # type: ignore[union-attr]
    settle(qtbot, tasks, until=lambda: view.loaded and view.parent_id == parent_id)
    assert view.plan.history.toPlainText().startswith("Versjon 2")
