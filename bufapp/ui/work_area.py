"""Everything that shows case data, in one widget the main window throws away whole on lock:
the navigation list and the stack of views (Oversikt, Foreldre, Kontaktlogg, Søk, Henvisninger,
Ansvarsgrupper, Nettverkskart, Adressebok). The case views are imported when it is built, after
unlocking (start-up time)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from bufapp.ui.overview_view import OverviewView
from bufapp.ui.parents_view import ParentsView
from bufapp.ui.qt import tr
from bufapp.ui.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.domain.entities import Parent
    from bufapp.services.workspace import Workspace
    from bufapp.ui.referrals_panel import ReferralsPanel

VIEWS = ("Oversikt", "Foreldre", "Kontaktlogg", "Søk i kontaktlogg", "Henvisninger",
         "Ansvarsgrupper", "Nettverkskart", "Adressebok")  # fmt: skip
LOG_VIEW, SEARCH_VIEW, REFERRALS_VIEW, GROUPS_VIEW, NETWORK_VIEW, DIRECTORY_VIEW = 2, 3, 4, 5, 6, 7


class WorkArea(QWidget):
    """Everything that shows case data; thrown away whole on lock."""

    def __init__(
        self, tasks: TaskManager, workspace: Workspace, open_dialog: Callable[[QDialog], None]
    ) -> None:
        super().__init__()
        self.nav = QListWidget()
        self.nav.addItems([tr(v) for v in VIEWS])
        self.nav.setAccessibleName(tr("Navigasjon"))
        self.nav.setFixedWidth(170)
        self.overview = OverviewView()
        self.parents = ParentsView(tasks, workspace.register)
        # Imported here: the case views are first needed after unlocking (start-up time).
        from bufapp.ui.contact_log_view import ContactLogView
        from bufapp.ui.directory_view import DirectoryView
        from bufapp.ui.groups_view import GroupsView
        from bufapp.ui.network_view import NetworkView
        from bufapp.ui.referrals_panel import ReferralsPanel
        from bufapp.ui.search_view import SearchView

        self.contact_log = ContactLogView(tasks, workspace.register, workspace.contact_log)
        self.search = SearchView(tasks, workspace.contact_log)
        self.referrals = ReferralsPanel(tasks, workspace, open_dialog=open_dialog)
        self.groups = GroupsView(tasks, workspace, open_dialog=open_dialog)
        self.network = NetworkView(tasks, workspace)
        self.directory = DirectoryView(tasks, workspace.directory, open_dialog=open_dialog)
        self._tasks, self._register = tasks, workspace.register
        self.stack = QStackedWidget()
        for view in (self.overview, self.parents, self.contact_log, self.search, self.referrals,
                     self.groups, self.network, self.directory):  # fmt: skip
            self.stack.addWidget(view)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(self._view_changed)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.nav.width(), 10_000])  # no empty gap beside the fixed-width list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.nav, self.stack)

    def show_view(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        self.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _view_changed(self, index: int) -> None:
        """The per-parent views follow the parent chosen under Foreldre, and show that none is
        chosen when none is (never the one a search hid)."""
        chosen = self.parents.current_parent_id
        if index == LOG_VIEW and chosen != self.contact_log.parent_id:
            self.contact_log.show_parent(chosen)
        elif index == REFERRALS_VIEW:
            self.show_referrals(chosen)
        elif index == GROUPS_VIEW and self.groups.parent_id != chosen:
            self.groups.show_parent(chosen)
        elif index == NETWORK_VIEW and self.network.parent_id != chosen:
            self.network.show_parent(chosen)
        elif index == DIRECTORY_VIEW:
            self.directory.refresh()

    def show_referrals(
        self, parent_id: int | None, then: Callable[[ReferralsPanel], None] | None = None
    ) -> None:
        """The referrals of ``parent_id`` (loaded with the parent's name), then ``then(panel)``
        once they are shown (a card link: new or open one)."""
        panel, tasks = self.referrals, self._tasks
        if parent_id is None and panel.parent_id is not None:
            panel.show_parent(None)
        if parent_id is None or (panel.parent_id == parent_id and then is None):
            return

        def shown(parent: Parent) -> None:
            if panel.parent_id != parent_id:
                panel.show_parent(parent_id, parent.full_name)
            if then is not None:  # after the panel's own load, queued behind it
                tasks.run(lambda: None, lambda _none: then(panel))

        register = self._register
        tasks.run(lambda: register.parent(parent_id), shown)
