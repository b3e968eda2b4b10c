"""Foreldre: a searchable, sortable list of parents and the chosen parent's card.

The chosen parent is the selected row the person sees, and nothing else: a search that hides
it, or shows nobody, leaves no parent chosen (the card says so, and every per-parent action
asks for one) rather than acting on someone out of sight. Typing never moves the choice to
another parent; when the search shows the chosen one again, they are chosen again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.deadlines import next_open_deadlines
from bufapp.ui.qt import pause_timer, tr
from bufapp.ui.register import parent_detail
from bufapp.ui.register.parent_table_model import ParentFilter, ParentTableModel
from bufapp.ui.widgets.list_search import down_into_list
from bufapp.ui.widgets.row_table_model import row_table
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.overview import DeadlineRow
    from bufapp.services.register import ParentDetail, RegisterService


DETAIL_PAUSE_MS = 60


class ParentsView(QWidget):
    """Emits ``link_activated(action, id)`` for the window to open the matching dialog, and
    ``chosen_changed(id or None)`` whenever the chosen parent changes."""

    link_activated = Signal(str, int)
    new_parent_requested = Signal()
    chosen_changed = Signal(object)

    def __init__(
        self,
        tasks: TaskManager,
        register: RegisterService,
        card_lines: Callable[[int], list[str]] | None = None,
    ) -> None:
        """``card_lines``: the samvær plan and next visit per child, read with the card."""
        super().__init__()
        self._tasks = tasks
        self._register = register
        self._card_lines = card_lines
        self._shown_choice: int | None = None  # what the card and ``chosen_changed`` last told
        self._last_chosen: int | None = None  # chosen again when the search shows them again
        self._settling = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søk etter navn, barn eller plassering (Ctrl+F)"))
        self.search.setAccessibleName(tr("Søk i foreldre"))
        self.search.setClearButtonEnabled(True)
        new_button = QPushButton(tr("&Ny forelder"))
        new_button.setAccessibleName(tr("Ny forelder"))
        new_button.clicked.connect(self.new_parent_requested)

        self.model = ParentTableModel()
        self.proxy = ParentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(ParentTableModel.SORT_ROLE)
        self.search.textChanged.connect(self._search_changed)

        self.table = row_table(self.proxy, tr("Foreldre"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(150)
        header.setResizeContentsPrecision(60)  # size the name column from the first rows only
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._choice_changed())
        self._detail_timer = pause_timer(self, DETAIL_PAUSE_MS, self._load_detail)

        self.card = QTextBrowser()
        self.card.setOpenLinks(False)
        self.card.setAccessibleName(tr("Opplysninger om forelderen"))
        self.card.anchorClicked.connect(self._anchor)
        self._show_no_parent()
        self.count = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setTabOrder(self.search, new_button)
        self.setTabOrder(new_button, self.table)
        self.setTabOrder(self.table, self.card)
        self.setFocusProxy(self.table)
        down_into_list(self.search, self.table)

    # --- data ----------------------------------------------------------------------------------

    @property
    def current_parent_id(self) -> int | None:
        """The chosen parent: the selected row, which is always a visible one (or None)."""
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], ParentTableModel.ID_ROLE) if rows else None

    @property
    def last_chosen_id(self) -> int | None:
        """The parent chosen last, shown or not (to return to after a lock)."""
        return self.current_parent_id or self._last_chosen

    def reload(
        self, then_select: int | None = None, on_loaded: Callable[[], None] | None = None
    ) -> None:
        def loaded(rows: list) -> None:  # type: ignore[type-arg]
            # Whoever is chosen when the list arrives stays chosen: a click made while it loaded
            # must not be undone by the reload. Nobody chosen (hidden by the search) stays so.
            keep = self.current_parent_id or self._last_chosen
            self._settling = True
            try:
                self.model.set_rows(rows)
                self.table.selectionModel().clearSelection()
                self.table.resizeColumnToContents(0)
                self._show_count()
                if then_select is not None:
                    self.select_parent(then_select)
                elif keep is not None:
                    self._select_if_shown(keep)
                elif self.proxy.rowCount():
                    self.table.selectRow(0)
            finally:
                self._settling = False
            self._choice_changed(reload_card=True)
            if on_loaded is not None:
                on_loaded()

        self._tasks.run(self._register.parent_rows, loaded)

    def show_deadlines(self, rows: list[DeadlineRow]) -> None:
        """Fill «Neste frist» from Oversikt's open deadlines (soonest first): the list is shown
        before they are computed, and both views share the one computation."""
        self.model.set_deadlines(next_open_deadlines(row.deadline for row in rows))
        self._show_count()  # the search also looks at the deadline column

    def select_parent(self, parent_id: int) -> None:
        """Choose ``parent_id`` (asked for elsewhere: Oversikt, a search hit, a saved parent),
        emptying the search if it hides them."""
        row = self.model.row_of(parent_id)
        if row is None:
            return
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.search.clear()  # the parent is filtered out: show everyone
        self._select_if_shown(parent_id)

    def choose(self, parent_id: int) -> None:
        """Choose ``parent_id`` now if listed, else when the list arrives (a return point read
        before the rows: the first load already chooses them, nothing loads twice)."""
        self._last_chosen = parent_id
        self.select_parent(parent_id)

    def _select_if_shown(self, parent_id: int) -> None:
        row = self.model.row_of(parent_id)
        index = QModelIndex() if row is None else self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _search_changed(self, text: str) -> None:
        # Qt moves the selection to a neighbour when the selected row is filtered out; the
        # choice is the person's, so it is settled here instead: kept while shown, else none.
        keep = self.current_parent_id or self._last_chosen
        self._settling = True
        try:
            self.proxy.set_query(text)
            selection = self.table.selectionModel()
            selection.clearSelection()
            # No row looks current either: a focus frame on a neighbour would look chosen.
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            if keep is not None:
                self._select_if_shown(keep)
        finally:
            self._settling = False
        self._show_count()
        self._choice_changed()
        if self.current_parent_id is None:
            self._show_no_parent()  # the hint follows the search (hits or none)

    def _show_count(self) -> None:
        everyone = tr("%n foreldre", None, self.model.rowCount())
        shown = self.proxy.rowCount()
        if shown == self.model.rowCount():
            self.count.setText(everyone)
        else:  # a search hides some: say how many it shows, so none seem lost
            self.count.setText(
                tr("{shown} av {everyone} vises").format(shown=shown, everyone=everyone)
            )

    def _choice_changed(self, reload_card: bool = False) -> None:
        if self._settling:
            return
        chosen = self.current_parent_id
        if chosen is not None:
            self._last_chosen = chosen
        if chosen == self._shown_choice and not reload_card:
            return
        changed = chosen != self._shown_choice
        self._shown_choice = chosen
        if chosen is None:
            self._detail_timer.stop()
            self._show_no_parent()
        else:
            self._detail_timer.start()  # arrowing through the list loads only where it stops
        if changed:
            self.chosen_changed.emit(chosen)

    def _show_no_parent(self) -> None:
        hint = (
            tr("Ingen i listen passer med søket.")
            if self.search.text() and not self.proxy.rowCount()
            else tr("Velg en forelder i listen.")
        )
        self.card.setHtml(
            "<h2>" + escape(tr("Ingen forelder valgt")) + f"</h2><p>{escape(hint)}</p>"
        )

    def _load_detail(self) -> None:
        parent_id = self.current_parent_id
        if parent_id is not None:
            register, lines = self._register, self._card_lines
            self._tasks.run(
                lambda: (
                    register.parent_detail(parent_id, "Foreldre"),
                    lines(parent_id) if lines is not None else [],
                ),
                lambda loaded: self._show_detail(*loaded),
            )

    def _show_detail(self, detail: ParentDetail, visit_lines: Sequence[str] = ()) -> None:
        if detail.parent.id != self.current_parent_id:
            return  # the person moved on while this loaded
        self.card.setHtml(parent_detail.render(detail, self._register.today(), visit_lines))

    def _anchor(self, url: QUrl) -> None:
        action, _, ident = url.toString().partition(":")
        if action == "parent":
            self.select_parent(int(ident))
            return
        self.link_activated.emit(action, int(ident) if ident else (self.current_parent_id or 0))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
