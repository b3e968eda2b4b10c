"""Foreldre: a searchable, sortable list of parents and the selected parent's card."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
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

from bufapp.ui import parent_detail, window_kit
from bufapp.ui.parent_table_model import ParentTableModel
from bufapp.ui.qt import pause_timer, tr
from bufapp.ui.row_table_model import row_table
from bufapp.ui.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.register import ParentDetail, RegisterService


DETAIL_PAUSE_MS = 60


class ParentsView(QWidget):
    """Emits ``link_activated(action, id)`` for the window to open the matching dialog."""

    link_activated = Signal(str, int)
    new_parent_requested = Signal()

    def __init__(self, tasks: TaskManager, register: RegisterService) -> None:
        super().__init__()
        self._tasks = tasks
        self._register = register
        self._pending_select: int | None = None
        self.current_parent_id: int | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søk etter navn, barn eller plassering (Ctrl+F)"))
        self.search.setAccessibleName(tr("Søk i foreldre"))
        self.search.setClearButtonEnabled(True)
        new_button = QPushButton(tr("&Ny forelder"))
        new_button.setAccessibleName(tr("Ny forelder"))
        new_button.clicked.connect(self.new_parent_requested)

        self.model = ParentTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(ParentTableModel.SORT_ROLE)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = row_table(self.proxy, tr("Foreldre"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(150)
        header.setResizeContentsPrecision(60)  # size the name column from the first rows only
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._detail_timer = pause_timer(self, DETAIL_PAUSE_MS, self._load_detail)

        self.card = QTextBrowser()
        self.card.setOpenLinks(False)
        self.card.setAccessibleName(tr("Opplysninger om forelderen"))
        self.card.anchorClicked.connect(self._anchor)
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
        window_kit.down_into_list(self.search, self.table)

    # --- data ----------------------------------------------------------------------------------

    def reload(
        self, then_select: int | None = None, on_loaded: Callable[[], None] | None = None
    ) -> None:
        def loaded(rows: list) -> None:  # type: ignore[type-arg]
            # Whoever is chosen when the list arrives stays chosen: a click made while it loaded
            # must not be undone by the reload.
            keep = then_select or self.current_parent_id
            self.model.set_rows(rows)
            self.table.resizeColumnToContents(0)
            self.count.setText(tr("{n} foreldre").format(n=len(rows)))
            if keep is not None:
                self.select_parent(keep)
            elif self.proxy.rowCount():
                self.table.selectRow(0)
            if on_loaded is not None:
                on_loaded()

        self._tasks.run(self._register.parent_summaries, loaded)

    def select_parent(self, parent_id: int) -> None:
        row = self.model.row_of(parent_id)
        if row is None:
            return
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.search.clear()  # the parent is filtered out: show everyone
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self.current_parent_id = self.proxy.data(indexes[0], ParentTableModel.ID_ROLE)
        self._detail_timer.start()  # arrowing through the list loads only where it stops

    def _load_detail(self) -> None:
        parent_id = self.current_parent_id
        if parent_id is not None:
            self._tasks.run(
                lambda: self._register.parent_detail(parent_id, "Foreldre"), self._show_detail
            )

    def _show_detail(self, detail: ParentDetail) -> None:
        if detail.parent.id != self.current_parent_id:
            return  # the person moved on while this loaded
        self.card.setHtml(parent_detail.render(detail, self._register.today()))

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
