"""Kontaktlogg: one parent's contacts as a timeline (table) with a reading pane and filters (the
filter row is ``log_filters``'s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bufapp.services.contacts.log import TIMELINE_PAGE
from bufapp.ui.contacts import entry_html
from bufapp.ui.contacts.log_filters import LogFilters
from bufapp.ui.contacts.talk_setup import talk_line
from bufapp.ui.contacts.timeline_model import TimelineFilter, TimelineModel
from bufapp.ui.qt import tr
from bufapp.ui.widgets.domain_texts import frequency_text
from bufapp.ui.widgets.row_table_model import row_table
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.domain.contact_log import ContactEntry, EntryVersion, TimelineItem
    from bufapp.services.contacts.log import ContactLogService, TimelinePage
    from bufapp.services.register import ParentDetail, RegisterService
    from bufapp.services.visits.service import VisitService


class ContactLogView(QWidget):
    """Emits requests (new, edit, finalise, withdraw, plan) for the window to act on."""

    new_entry_requested = Signal(int)
    entry_action = Signal(str, int)  # "edit-entry" / "finalise-entry" / "withdraw-entry", id
    plan_requested = Signal(int)

    def __init__(
        self,
        tasks: TaskManager,
        register: RegisterService,
        contact_log: ContactLogService,
        visits: VisitService | None = None,
    ) -> None:
        """With ``visits``, an entry that is a visit's talk says so in the reading pane."""
        super().__init__()
        self._tasks = tasks
        self._register = register
        self._log = contact_log
        self._visits = visits
        self.parent_id: int | None = None
        self._parents: dict[int, str] = {}
        self._children: dict[int, str] = {}
        self._pending_entry: int | None = None
        self._total = 0  # entries in the parent's timeline (loaded or not)

        self.heading = QLabel(tr("Velg en forelder under Foreldre."))
        self.heading.setObjectName("logHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.new_button = QPushButton(tr("&Ny kontakt (Ctrl+K)"))
        self.new_button.clicked.connect(self._new)
        self.plan_button = QPushButton(tr("Kontakt&avtale …"))
        self.plan_button.clicked.connect(
            lambda: self.parent_id and self.plan_requested.emit(self.parent_id)
        )

        self.filters = LogFilters()
        self.filters.changed.connect(self._filter)
        self.filters.words_paused.connect(self._search_words)
        self.count = QLabel()

        self.model = TimelineModel()
        self.model.ask_for_page = self._ask_for_page
        self.page_size = TIMELINE_PAGE  # rows read at a time
        self.proxy = TimelineFilter()
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy, tr("Kontakter"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 125)
        header.resizeSection(1, 120)
        header.resizeSection(2, 150)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self._edit_current())

        self.pane = QTextBrowser()
        self.pane.setOpenLinks(False)
        self.pane.setAccessibleName(tr("Kontakten"))
        self.pane.anchorClicked.connect(self._anchor)
        self._arrange()

    def _arrange(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.plan_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filters, 1)
        filters.addWidget(self.count)
        self.pane.setMinimumWidth(340)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plan_label)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)

    # --- loading ----------------------------------------------------------------------------

    def show_parent(self, parent_id: int | None, select_entry: int | None = None) -> None:
        """Load the parent's timeline (again); keep or move the selection to ``select_entry``.
        None: no parent is chosen, and the log says so."""
        if parent_id is None:
            self._show_no_parent()
            return
        if parent_id != self.parent_id:
            self.model.set_rows([])
            self.pane.clear()
            self.filters.words.clear()
            self.proxy.set_entry_ids(None)
        self.parent_id = parent_id
        self._pending_entry = select_entry or self.current_entry_id()
        size = self.page_size
        self._tasks.run(
            lambda: self._register.parent_detail(parent_id, "Kontaktlogg"), self._show_detail
        )
        self._tasks.run(
            lambda: self._log.timeline_page(parent_id, None, size),
            lambda page: self._show_rows(parent_id, page),
        )

    def _show_no_parent(self) -> None:
        self.parent_id = None
        self._total = 0
        self.model.set_rows([])
        self.pane.clear()
        self.filters.words.clear()
        self.proxy.set_entry_ids(None)
        self.plan_label.clear()
        self.heading.setText(tr("Velg en forelder under Foreldre."))

    def _show_detail(self, detail: ParentDetail) -> None:
        if detail.parent.id != self.parent_id:
            return
        self._parents = {detail.parent.id: detail.parent.full_name} | {
            o.id: o.full_name for o in detail.other_parents if o.id is not None
        }
        self._children = {
            c.child.id: c.child.given_names for c in detail.children if c.child.id is not None
        }
        self.filters.set_children(self._children)
        self.heading.setText(tr("Kontaktlogg – {name}").format(name=detail.parent.full_name))
        self.plan_label.setText(self._plan_text(detail))

    @staticmethod
    def _plan_text(detail: ParentDetail) -> str:
        parts = []
        plan = detail.plan
        if plan is not None and plan.refuses:
            parts.append(
                tr("Ønsker ikke kontakt siden {d}; tilbys igjen {n}.").format(
                    d=f"{plan.refused_on:%d.%m.%Y}",
                    n=f"{plan.next_offer_on:%d.%m.%Y}" if plan.next_offer_on else "?",
                )
            )
        elif plan is not None and plan.every_days:
            parts.append(
                tr("Avtalt kontakt: {f}.").format(f=frequency_text(plan.every_days).lower())
            )
        else:
            parts.append(tr("Ingen avtalt kontakthyppighet."))
        if detail.last_conversation:
            parts.append(tr("Siste samtale {d}.").format(d=f"{detail.last_conversation:%d.%m.%Y}"))
        if detail.open_tasks:
            parts.append(tr("%n åpne oppfølgingsoppgaver.", None, len(detail.open_tasks)))
        return " ".join(parts)

    def _show_rows(self, parent_id: int, page: TimelinePage) -> None:
        if parent_id != self.parent_id:
            return  # another parent was chosen while this loaded
        self._total = page.total
        self.model.set_rows(list(page.items), more=len(page.items) < page.total)
        if self.filters.words.text().strip():
            self._search_words()  # the log changed: match the words again
        self._rows_loaded()

    def _ask_for_page(self, after: TimelineItem, rest: bool) -> None:
        """The model asks for the page after ``after`` (the person scrolled to the end), or for
        every row after it (a filter, or an entry to select, needs them all)."""
        parent_id, log = self.parent_id, self._log
        if parent_id is None:
            return

        def arrived(page: TimelinePage) -> None:
            more = self.model.rowCount() + len(page.items) < page.total
            if parent_id == self.parent_id and self.model.add_page(after, list(page.items), more):
                self._total = page.total
                self._rows_loaded()

        limit = None if rest else self.page_size
        self._tasks.run(lambda: log.timeline_page(parent_id, after, limit), arrived)

    def _rows_loaded(self) -> None:
        """After a page: load the rest if a filter or the entry to select needs it; else count
        and select (the entry asked for, or the newest if nothing is chosen)."""
        wanted = self._pending_entry
        if self.model.has_more() and (
            self.proxy.active() or (wanted is not None and self.model.row_of(wanted) is None)
        ):
            self.model.fetch_rest()
            return
        self._update_count()
        self._pending_entry = None
        if wanted is not None and self.select_entry(wanted):
            return
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def current_entry_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, TimelineModel.ID_ROLE) if index.isValid() else None

    # --- filters ----------------------------------------------------------------------------

    def _filter(self) -> None:
        self.proxy.set_filters(*self.filters.chosen())
        self._rows_loaded()

    def clear_filters(self) -> None:
        self.filters.clear()
        self.proxy.set_entry_ids(None)

    def _search_words(self) -> None:
        parent_id, text = self.parent_id, self.filters.words.text()
        if parent_id is None:
            return

        def found(ids: set[int] | None) -> None:
            if parent_id == self.parent_id and text == self.filters.words.text():
                self.proxy.set_entry_ids(ids)
                self._rows_loaded()

        self._tasks.run(lambda: self._log.matching_entries(parent_id, text), found)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self._total
        if not self.proxy.active() or shown == total:
            self.count.setText(tr("%n kontakter", None, total))
        else:
            self.count.setText(tr("Viser {n} av {total}").format(n=shown, total=total))

    # --- reading ----------------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        entry_id = self.proxy.data(indexes[0], TimelineModel.ID_ROLE)
        log, visits = self._log, self._visits

        def load() -> tuple[ContactEntry, list[EntryVersion], str]:
            talk = talk_line(visits.visit_of_entry(entry_id), entry_id) if visits else ""
            return log.entry(entry_id), log.versions(entry_id), talk

        self._tasks.run(load, self._show_entry)

    def _show_entry(self, loaded: tuple[ContactEntry, list[EntryVersion], str]) -> None:
        entry, versions, talk = loaded
        if entry.id != self.current_entry_id():
            return  # the person moved on while this loaded
        self.pane.setHtml(
            entry_html.render(entry, self._parents, self._children, versions, talk=talk)
        )

    def _anchor(self, url: QUrl) -> None:
        action, _, ident = url.toString().partition(":")
        if ident:
            self.entry_action.emit(action, int(ident))

    def _edit_current(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is not None:
            self.entry_action.emit("edit-entry", entry_id)

    def _new(self) -> None:
        if self.parent_id is not None:
            self.new_entry_requested.emit(self.parent_id)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._edit_current()
            return
        super().keyPressEvent(event)
