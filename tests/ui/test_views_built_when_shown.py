"""Issue 18: unlocking builds Oversikt and Foreldre only; every other view is built the first
time it is shown or asked for, and is then wired to the window and arranged for the keyboard
like the views built at unlock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Parent
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from bufapp.ui.contacts.log_view import ContactLogView
from bufapp.ui.contacts.search_view import SearchView
from bufapp.ui.groups.view import GroupsView
from bufapp.ui.main_window import MainWindow
from bufapp.ui.network.view import NetworkView
from bufapp.ui.referrals.directory_view import DirectoryView
from bufapp.ui.referrals.panel import ReferralsPanel
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import LOG_VIEW, SEARCH_VIEW, VIEWS
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock
from tests.ui.window_walk import _mnemonics

LATER_VIEWS = (ContactLogView, SearchView, ReferralsPanel, GroupsView, NetworkView, DirectoryView)


def _unlocked(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> tuple[MainWindow, int]:
    parent = RegisterService(lambda: UnitOfWork(vault.session_factory)).save_parent(
        Parent("Máret", "Čuđe")
    )
    vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    assert window.work is not None
    settle(qtbot, tasks, until=lambda: window.work.parents.model.rowCount() == 1)  # type: ignore[union-attr]
    return window, parent.id or 0


def _built(window: MainWindow, kind: type[QWidget]) -> list[QWidget]:
    return window.findChildren(kind)  # type: ignore[return-value]


def test_unlocking_builds_only_the_views_it_shows(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _parent_id = _unlocked(qtbot, tasks, vault, window_factory)
    settle(qtbot, tasks)
    assert {kind.__name__: len(_built(window, kind)) for kind in LATER_VIEWS} == {
        kind.__name__: 0 for kind in LATER_VIEWS
    }
    work = window.work
    assert work is not None and work.stack.count() == len(VIEWS)  # every view keeps its index


def test_each_view_is_built_once_when_first_shown_at_its_index(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, _parent_id = _unlocked(qtbot, tasks, vault, window_factory)
    work = window.work
    assert work is not None
    for index, kind in enumerate(LATER_VIEWS, start=LOG_VIEW):
        window.view_actions[index].trigger()  # Ctrl+<n>, as a person asks for it
        settle(qtbot, tasks)
        assert isinstance(work.stack.currentWidget(), kind)
        assert work.stack.currentIndex() == index
        assert work.nav.currentRow() == index
    window.view_actions[1].trigger()
    window.view_actions[LOG_VIEW].trigger()  # shown again: the same view, not a second one
    settle(qtbot, tasks)
    assert [len(_built(window, kind)) for kind in LATER_VIEWS] == [1] * len(LATER_VIEWS)
    assert work.stack.count() == len(VIEWS)


def test_a_view_built_later_reaches_the_window_and_gets_its_alt_letters(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, parent_id = _unlocked(qtbot, tasks, vault, window_factory)
    work = window.work
    assert work is not None
    window.search_log()  # Ctrl+Shift+F builds and shows Søk i kontaktlogg
    assert isinstance(work.stack.currentWidget(), SearchView)
    settle(qtbot, tasks)
    letters = [letter for letter, _text in _mnemonics(window)]
    assert letters and len(letters) == len(set(letters)), _mnemonics(window)

    work.search.open_entry.emit(parent_id, 0)  # a hit opened: the window shows the timeline
    settle(qtbot, tasks, until=lambda: work.stack.currentIndex() == LOG_VIEW)
    assert work.contact_log.parent_id == parent_id
    assert work.stack.indexOf(work.search) == SEARCH_VIEW
