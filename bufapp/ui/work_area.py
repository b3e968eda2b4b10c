"""Everything that shows case data, in one widget the main window throws away whole on lock:
the navigation list and the stack of views (Oversikt, Foreldre, Kontaktlogg, Søk, Henvisninger,
Ansvarsgrupper, Nettverkskart, Adressebok, Oppfølging, Samvær). Oversikt and Foreldre are built at unlocking; every
other view is imported and built when it is first shown or asked for (``view_built`` tells), so
an unlock pays only for what the person lands on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from bufapp.ui.qt import tr
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import (
    CONFERENCE_VIEW,
    DIRECTORY_VIEW,
    FEEDBACK_VIEW,
    FOLLOWUP_VIEW,
    GROUP_OFFERS_VIEW,
    GROUPS_VIEW,
    LIVING_VIEW,
    LOG_VIEW,
    NETWORK_VIEW,
    OFFICE_REPORT_VIEW,
    REFERRALS_VIEW,
    SEARCH_VIEW,
    VIEWS,
    VISITS_VIEW,
)

if TYPE_CHECKING:
    from bufapp.domain.entities import Parent
    from bufapp.services.workspace import Workspace
    from bufapp.ui.contacts.log_view import ContactLogView
    from bufapp.ui.contacts.search_view import SearchView
    from bufapp.ui.feedback.view import FeedbackView
    from bufapp.ui.followup.view import FollowUpView
    from bufapp.ui.groups.view import GroupsView
    from bufapp.ui.living.view import LivingView
    from bufapp.ui.network.view import NetworkView
    from bufapp.ui.referrals.directory_view import DirectoryView
    from bufapp.ui.referrals.panel import ReferralsPanel
    from bufapp.ui.register.overview_view import OverviewView
    from bufapp.ui.register.parents_view import ParentsView
    from bufapp.ui.visits.view import VisitsView


class WorkArea(QWidget):
    """Everything that shows case data; thrown away whole on lock."""

    view_built = Signal(int)  # the index of a view just built: connect its requests

    def __init__(
        self, tasks: TaskManager, workspace: Workspace, open_dialog: Callable[[QDialog], None]
    ) -> None:
        super().__init__()
        self._tasks, self._workspace, self._open_dialog = tasks, workspace, open_dialog
        self._register = workspace.register
        from PySide6.QtWidgets import QListWidget  # not at start-up: the unlock screen has no list

        self.nav = QListWidget()
        self.nav.addItems([tr(v) for v in VIEWS])
        self.nav.setAccessibleName(tr("Navigasjon"))
        self.nav.setFixedWidth(170)
        # Imported here, not at start-up: the unlock screen shows none of it.
        from bufapp.ui.register.overview_view import OverviewView
        from bufapp.ui.register.parents_view import ParentsView

        self.overview: OverviewView = OverviewView()
        self.parents: ParentsView = ParentsView(
            tasks, workspace.register, workspace.visits.card_lines
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.parents)
        self._built: dict[int, QWidget] = {0: self.overview, 1: self.parents}
        for _later in VIEWS[2:]:  # an empty stand-in keeps every view at its index
            self.stack.addWidget(QWidget())
        self.nav.currentRowChanged.connect(self._select)
        # A click takes the person into the view (its search field or list), so what they type
        # next goes there, not to this list's type-ahead; the arrow keys keep the focus here.
        self.nav.clicked.connect(self._enter_view)
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

    # --- the views, built when first needed ---------------------------------------------------

    def built(self, index: int) -> QWidget | None:
        """The view at ``index`` if it exists: refreshing one nobody has opened is wasted work
        (it loads fresh when it is first shown)."""
        return self._built.get(index)

    def view(self, index: int) -> QWidget:
        """The view at ``index``, built now if it is not yet."""
        existing = self._built.get(index)
        if existing is not None:
            return existing
        view = self._build(index)
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._built[index] = view
        self.view_built.emit(index)
        return view

    def _build(self, index: int) -> QWidget:
        # Imported here: each view pulls in its own widgets (the network canvas, pypdfium2 and
        # QtPrintSupport through the document previews), none of which the parent list needs.
        tasks, workspace, open_dialog = self._tasks, self._workspace, self._open_dialog
        if index == LOG_VIEW:
            from bufapp.ui.contacts.log_view import ContactLogView

            return ContactLogView(
                tasks, workspace.register, workspace.contact_log, workspace.visits
            )
        if index == SEARCH_VIEW:
            from bufapp.ui.contacts.search_view import SearchView

            return SearchView(tasks, workspace.contact_log)
        if index == REFERRALS_VIEW:
            from bufapp.ui.referrals.panel import ReferralsPanel

            return ReferralsPanel(tasks, workspace, open_dialog=open_dialog)
        if index == GROUPS_VIEW:
            from bufapp.ui.groups.view import GroupsView

            return GroupsView(tasks, workspace, open_dialog=open_dialog)
        if index == NETWORK_VIEW:
            from bufapp.ui.network.view import NetworkView

            return NetworkView(tasks, workspace)
        if index == DIRECTORY_VIEW:
            from bufapp.ui.referrals.directory_view import DirectoryView

            return DirectoryView(tasks, workspace.directory, open_dialog=open_dialog)
        if index == FOLLOWUP_VIEW:
            from bufapp.ui.followup.view import FollowUpView

            return FollowUpView(tasks, workspace)
        if index == VISITS_VIEW:
            from bufapp.ui.visits.view import VisitsView

            return VisitsView(tasks, workspace)
        if index == LIVING_VIEW:
            from bufapp.ui.living.view import LivingView

            return LivingView(tasks, workspace)
        if index == FEEDBACK_VIEW:
            from bufapp.ui.feedback.view import FeedbackView

            return FeedbackView(tasks, workspace)
        if index == CONFERENCE_VIEW:
            from bufapp.ui.family_conference.view import FamilyConferenceView

            return FamilyConferenceView(tasks, workspace)
        if index == GROUP_OFFERS_VIEW:
            from bufapp.ui.group_offers.view import GroupOffersView

            return GroupOffersView(tasks, workspace)
        if index == OFFICE_REPORT_VIEW:
            from bufapp.ui.office_report.view import OfficeReportView

            return OfficeReportView(tasks, workspace, open_dialog=open_dialog)
        raise IndexError(index)

    @property
    def contact_log(self) -> ContactLogView:
        return self.view(LOG_VIEW)  # type: ignore[return-value]

    @property
    def search(self) -> SearchView:
        return self.view(SEARCH_VIEW)  # type: ignore[return-value]

    @property
    def referrals(self) -> ReferralsPanel:
        return self.view(REFERRALS_VIEW)  # type: ignore[return-value]

    @property
    def groups(self) -> GroupsView:
        return self.view(GROUPS_VIEW)  # type: ignore[return-value]

    @property
    def network(self) -> NetworkView:
        return self.view(NETWORK_VIEW)  # type: ignore[return-value]

    @property
    def directory(self) -> DirectoryView:
        return self.view(DIRECTORY_VIEW)  # type: ignore[return-value]

    @property
    def followup(self) -> FollowUpView:
        return self.view(FOLLOWUP_VIEW)  # type: ignore[return-value]

    @property
    def visits(self) -> VisitsView:
        return self.view(VISITS_VIEW)  # type: ignore[return-value]

    @property
    def living(self) -> LivingView:
        return self.view(LIVING_VIEW)  # type: ignore[return-value]

    @property
    def feedback(self) -> FeedbackView:
        return self.view(FEEDBACK_VIEW)  # type: ignore[return-value]

    # --- showing -----------------------------------------------------------------------------

    def _select(self, index: int) -> None:
        if index >= 0:
            self.view(index)  # before it becomes current: the stand-in is never shown
        self.stack.setCurrentIndex(index)

    def show_view(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        self.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _enter_view(self) -> None:
        self.stack.currentWidget().setFocus(Qt.FocusReason.MouseFocusReason)

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
        elif index == FOLLOWUP_VIEW and self.followup.parent_id != chosen:
            self.followup.show_parent(chosen)
        elif index == VISITS_VIEW and self.visits.parent_id != chosen:
            self.visits.show_parent(chosen)
        elif index == LIVING_VIEW and self.living.parent_id != chosen:
            self.living.show_parent(chosen)
        elif index == FEEDBACK_VIEW and self.feedback.parent_id != chosen:
            self.feedback.show_parent(chosen)
        elif index == CONFERENCE_VIEW:
            view = self.view(CONFERENCE_VIEW)
            if getattr(view, "parent_id", None) != chosen:
                view.show_parent(chosen)  # type: ignore[attr-defined]
        elif index == GROUP_OFFERS_VIEW:
            view = self.view(GROUP_OFFERS_VIEW)
            if view.parent_id != chosen:  # type: ignore[attr-defined]
                view.show_parent(chosen)  # type: ignore[attr-defined]
            else:  # the catalogue and the prompt as they are now
                view.refresh()  # type: ignore[attr-defined]

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
