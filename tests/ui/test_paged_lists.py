"""Issue 18: the timeline and the search list show their first page at once and fetch more as
the person scrolls (Qt's canFetchMore/fetchMore, which the view calls when the last row comes
into sight; the tests call it as the view does). Filters and selecting an entry not loaded yet
bring in the rest; the count is the timeline's, not the page's.

The page size is made small here (``page_size``) so a dozen entries make several pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import ContactForm, ContactTopic
from bufapp.services.clock import now_utc
from bufapp.services.contacts import log as contact_log_module
from bufapp.services.workspace import Workspace
from bufapp.storage.vault import Vault
from bufapp.ui.contacts.timeline_model import TimelineModel
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import LOG_VIEW
from tests.ui.conftest import settle
from tests.ui.contacts.test_contact_log_ui import _open_window

ENTRIES = 12


def _write(workspace: Workspace, parent_id: int) -> list[int]:
    """Twelve entries a day apart, oldest first; every third about visits. Their ids."""
    start = now_utc() - timedelta(days=20)
    saved = workspace.contact_log.save_many(
        [
            ContactEntry(
                parent_id,
                start + timedelta(days=i),
                ContactForm.PHONE,
                topics=(ContactTopic.VISITS,) if i % 3 == 0 else (ContactTopic.LIVING_CONDITIONS,),
                summary=f"Notat nummer {i} om samvær.",
            )
            for i in range(ENTRIES)
        ]
    )
    return [e.id or 0 for e in saved]


def _ids(model: TimelineModel) -> list[int]:
    return [model.row_at(row).id for row in range(model.rowCount())]


def test_the_timeline_shows_a_page_and_fetches_the_rest_as_the_person_scrolls(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    ids = _write(workspace, parent_id)
    view = window.work.contact_log
    view.page_size = 5
    view.table.setFixedHeight(110)  # a few rows in sight: the page fills it
    window.show_view(LOG_VIEW)
    view.show_parent(parent_id)
    settle(qtbot, tasks, until=lambda: view.model.rowCount() == 5)
    assert _ids(view.model) == ids[::-1][:5]  # the newest first
    assert view.count.text() == f"{ENTRIES} kontakter"  # the timeline's count, not the page's
    assert view.proxy.canFetchMore(QModelIndex())
    view.table.scrollToBottom()  # the last row comes into sight: the table asks for more
    settle(qtbot, tasks, until=lambda: view.model.rowCount() == 10)
    view.table.scrollToBottom()
    settle(qtbot, tasks, until=lambda: view.model.rowCount() == ENTRIES)
    assert not view.proxy.canFetchMore(QModelIndex())
    assert _ids(view.model) == ids[::-1]
    ModelTester(None).check(view.model)
    assert view.current_entry_id() == ids[-1]  # the newest stays chosen while pages come


def test_a_filter_and_an_entry_not_yet_loaded_bring_in_the_rest(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    ids = _write(workspace, parent_id)
    view = window.work.contact_log
    view.page_size = 5
    window.show_view(LOG_VIEW)
    view.show_parent(parent_id)
    settle(qtbot, tasks, until=lambda: view.model.rowCount() == 5)
    view.filters.topic.setCurrentIndex(view.filters.topic.findData(ContactTopic.VISITS))
    settle(qtbot, tasks, until=lambda: view.model.rowCount() == ENTRIES)
    assert view.proxy.rowCount() == 4  # i = 0, 3, 6, 9: found among every entry
    assert view.count.text() == f"Viser 4 av {ENTRIES}"
    view.clear_filters()

    view.show_parent(None)
    view.show_parent(parent_id, select_entry=ids[0])  # the oldest: on the last page
    settle(qtbot, tasks, until=lambda: view.current_entry_id() == ids[0])
    assert view.model.rowCount() == ENTRIES
    assert view.count.text() == f"{ENTRIES} kontakter"


def test_search_hits_come_a_page_at_a_time_and_a_large_count_is_capped(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    window_factory: Callable[..., MainWindow],
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    ids = _write(workspace, parent_id)
    window.search_log()
    search = window.work.search
    search.page_size = 5
    search.table.setFixedHeight(110)
    search.query.setText("notat samvaer")
    search.run_search()
    settle(qtbot, tasks, until=lambda: search.model.rowCount() == 5)
    assert search.status.text().startswith(f"{ENTRIES} treff")
    for shown in (10, ENTRIES):
        search.table.scrollToBottom()
        settle(qtbot, tasks, until=lambda shown=shown: search.model.rowCount() == shown)
    settle(qtbot, tasks, until=lambda: search.model.rowCount() == ENTRIES)
    found = [search.model.row_at(row).entry_id for row in range(ENTRIES)]
    assert found == ids[::-1]
    ModelTester(None).check(search.model)

    monkeypatch.setattr(contact_log_module, "SEARCH_COUNT_CAP", 8)
    search.query.setText("notat")
    search.run_search()
    settle(qtbot, tasks, until=lambda: search.status.text().startswith("Over"))
    assert search.status.text() == (
        "Over 8 treff, de sist skrevne først. Legg til et ord for å snevre inn."
    )
    assert search.model.rowCount() == 5 and search.model.canFetchMore(QModelIndex())
