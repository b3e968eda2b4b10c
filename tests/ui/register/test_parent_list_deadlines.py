"""The parent list is shown as soon as its rows are read; «Neste frist» is filled afterwards,
from the same computation that fills Oversikt (issue 18)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.domain.enums import ParentRole, PlacementBasis, PlaceType
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.register.parent_table_model import ParentTableModel
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock

DUE = f"Første samtale tilbudt {date(2026, 6, 24):%d.%m.%Y}"


def _family(register: RegisterService) -> None:
    mother = register.save_parent(Parent("Máret", "Čuđe"))
    father = register.save_parent(Parent("Ŋuolláš", "Somby"))
    links = (
        ParentLink(mother.id or 0, ParentRole.MOTHER),
        ParentLink(father.id or 0, ParentRole.FATHER),
    )
    child = register.save_child(Child("Áilu", "Čuđe", date(2016, 4, 2), "2026/101", parents=links))
    register.save_placement(
        Placement(
            child.id or 0, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME, date(2026, 6, 10)
        )
    )


def _column(model: ParentTableModel, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_rows_are_shown_first_and_the_deadline_column_is_filled_afterwards(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    _family(RegisterService(lambda: UnitOfWork(vault.session_factory)))
    vault.lock()
    window = window_factory()
    seen: list[tuple[str, list[str], list[str], int]] = []

    def watch(_index: int) -> None:  # the work area is added before it asks for its rows
        assert window.work is not None
        model, overview = window.work.parents.model, window.work.overview.model

        def note(what: str) -> None:
            seen.append((what, _column(model, 1), _column(model, 3), overview.rowCount()))

        model.modelReset.connect(lambda: note("rows"))
        model.dataChanged.connect(lambda *_: note("deadlines"))

    window.pages.widgetAdded.connect(watch)
    unlock(qtbot, tasks, window, PASSPHRASE)
    settle(qtbot, tasks, until=lambda: any(what == "deadlines" for what, *_ in seen))

    # The rows came first, with their children and no deadline yet, Oversikt still empty …
    assert seen[0] == ("rows", ["Áilu", "Áilu"], ["", ""], 0)
    # … then one answer filled both the list's deadline column and Oversikt.
    # (Oversikt: the two first conversations, and levekår's first assessments while the
    # placement is less than a year old, issue 22.)
    assert seen[-1][:3] == ("deadlines", ["Áilu", "Áilu"], [DUE, DUE])
    assert seen[-1][3] >= 2
    assert len(seen) == 2
    assert window.work is not None
    assert window.work.parents.current_parent_id is not None  # chosen while the column filled


def test_a_reload_keeps_the_deadlines_until_the_new_ones_arrive(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    _family(RegisterService(lambda: UnitOfWork(vault.session_factory)))
    vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    work = window.work
    assert work is not None
    settle(qtbot, tasks, until=lambda: _column(work.parents.model, 3) == [DUE, DUE])

    shown_at_reset: list[list[str]] = []
    work.parents.model.modelReset.connect(
        lambda: shown_at_reset.append(_column(work.parents.model, 3))
    )
    work.parents.search.setText("24.06")  # the search looks at the deadline column too
    window.refresh()
    settle(qtbot, tasks)
    assert shown_at_reset == [[DUE, DUE]]  # no blank column, no row hidden meanwhile
    assert work.parents.proxy.rowCount() == 2
    assert _column(work.parents.model, 3) == [DUE, DUE]
