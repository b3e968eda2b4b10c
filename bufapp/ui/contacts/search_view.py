"""Søk i kontaktlogg: full-text search across every parent's contacts; a result opens the entry."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.enums import EntryStatus
from bufapp.services.clock import OSLO
from bufapp.services.contacts.log import SEARCH_LIMIT
from bufapp.ui.contacts import entry_html
from bufapp.ui.qt import QT_TR_NOOP, pause_timer, tr
from bufapp.ui.widgets.list_search import down_into_list
from bufapp.ui.widgets.paged_model import PagedRowTableModel
from bufapp.ui.widgets.row_table_model import row_table
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.domain.contact_log import ContactEntry, SearchHit
    from bufapp.services.contacts.log import ContactLogService, SearchResult

FIELD_LABELS = {
    "summary": QT_TR_NOOP("Sammendrag"),
    "parent_words": QT_TR_NOOP("Forelderens ord"),
    "agreed": QT_TR_NOOP("Avtalt"),
}
TYPING_PAUSE_MS = 250


class SearchHitModel(PagedRowTableModel["SearchHit"]):
    """The hits a page at a time, newest written first; more come as the person scrolls."""

    COLUMNS = (
        QT_TR_NOOP("Tidspunkt"),
        QT_TR_NOOP("Forelder"),
        QT_TR_NOOP("Form"),
        QT_TR_NOOP("Funnet i"),
        QT_TR_NOOP("Utdrag"),
    )
    HIT_ROLE = Qt.ItemDataRole.UserRole

    def row_data(self, hit: SearchHit, column: int, role: int) -> Any:
        if role == self.HIT_ROLE:
            return hit
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return f"{hit.occurred_at.astimezone(OSLO):%d.%m.%Y %H:%M}"
        if column == 1:
            return hit.parent_name
        if column == 2:
            return tr(hit.form.label)
        if column == 3:
            return tr(FIELD_LABELS.get(hit.field, hit.field))
        mark = tr("[trukket tilbake] ") if hit.status is EntryStatus.WITHDRAWN else ""
        return mark + hit.excerpt


class SearchView(QWidget):
    """Emits ``open_entry(parent_id, entry_id)`` when a result is opened (Enter/double-click)."""

    open_entry = Signal(int, int)

    def __init__(self, tasks: TaskManager, contact_log: ContactLogService) -> None:
        super().__init__()
        self._tasks = tasks
        self._log = contact_log
        self._words: tuple[str, ...] = ()
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            tr("Søk i sammendrag, forelderens ord og avtaler – for eksempel «samvær bolig»")
        )
        self.query.setAccessibleName(tr("Søk i kontaktlogg"))
        self.query.setClearButtonEnabled(True)
        self.status = QLabel(
            tr("Skriv ett eller flere ord. Æ, ø, å og samiske bokstaver kan skrives som ae, o, a.")
        )
        self.status.setWordWrap(True)
        self._timer = pause_timer(self, TYPING_PAUSE_MS, self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        self._shown_query: str | None = None  # the query the list shows the hits of
        self._open_when_shown = False

        self.model = SearchHitModel()
        self.model.ask_for_page = self._ask_for_page
        self.page_size = SEARCH_LIMIT  # hits read at a time
        self.table = row_table(self.model, tr("Søkeresultater"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((125, 160, 110, 110)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self._open_current())
        self.pane = QTextBrowser()
        self.pane.setAccessibleName(tr("Valgt kontakt"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.query, self.table)
        self.setTabOrder(self.table, self.pane)
        self.setFocusProxy(self.query)
        down_into_list(self.query, self.table)

    def _enter(self) -> None:
        """Enter opens the chosen hit (the first by default); typed on since, it searches first
        and opens the first hit that comes back."""
        if self._shown_query == self.query.text() and self.model.rowCount() > 0:
            self._open_current()
        else:
            self._open_when_shown = True
            self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text()
        size = self.page_size
        self._tasks.run(lambda: self._log.search(text, size), self._show)

    def _show(self, result: SearchResult) -> None:
        if result.query != self.query.text():
            return  # the person typed on while this ran
        self._words = result.words
        self._shown_query = result.query
        self.model.set_rows(list(result.hits), more=_more_after(result))
        self.pane.clear()
        if not result.words:
            self.status.setText(tr("Skriv ett eller flere ord."))
        elif not result.total:
            self.status.setText(tr("Ingen kontakter inneholder alle ordene."))
        elif result.capped:
            self.status.setText(
                tr(
                    "Over {cap} treff, de sist skrevne først. Legg til et ord for å snevre inn."
                ).format(cap=f"{result.total:,}".replace(",", "\u00a0"))
            )
        else:
            self.status.setText(
                tr("{n} treff. Enter åpner kontakten i kontaktloggen.").format(n=result.total)
            )
        if result.hits:
            self.table.selectRow(0)
        if self._open_when_shown and result.hits:
            self._open_current()
        self._open_when_shown = False

    def _ask_for_page(self, after: SearchHit, _rest: bool) -> None:
        """The person scrolled to the last hit: the next page of the same search."""
        query, log, size = self._shown_query, self._log, self.page_size
        if query is None:
            return

        def arrived(result: SearchResult) -> None:
            if result.query == self._shown_query:
                self.model.add_page(after, list(result.hits), _more_after(result))

        self._tasks.run(lambda: log.search(query, size, after.entry_id), arrived)

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        hit = self.model.data(indexes[0], SearchHitModel.HIT_ROLE)
        log = self._log
        self._tasks.run(lambda: log.entry(hit.entry_id), lambda e: self._preview(hit, e))

    def _preview(self, hit: SearchHit, entry: ContactEntry) -> None:
        names = {hit.parent_id: hit.parent_name}
        self.pane.setHtml(entry_html.render(entry, names, {}, words=self._words, actions=False))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            hit = self.model.data(index, SearchHitModel.HIT_ROLE)
            self.open_entry.emit(hit.parent_id, hit.entry_id)

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()


def _more_after(result: SearchResult) -> bool:
    """More hits exist after this page (its count goes beyond what it holds)."""
    return result.capped or result.total > len(result.hits)
