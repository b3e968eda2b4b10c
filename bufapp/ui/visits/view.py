"""Samvær: the visits of the parent chosen under Foreldre, per child (a chooser when several are
placed), in five tabs (Plan, Samværene, Evaluering, Reisestøtte, Frister), read in one go with
``workspace.visits.page``. The buttons ask the window (``requested(action, parent_id, record)``);
``VisitActions`` opens the dialogs. Actions: "new-plan" (the child's id), "new-version" (the
plan in force), "record-visit" (a ``ScheduledVisit``), "talk-before" / "talk-after" (a recorded
``Visit``), "evaluation" (the plan), "travel" (None or the application), "send-plan" (the
plan)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from bufapp.services.visits.page import ChildVisits, VisitPage
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.visits.parts import button
from bufapp.ui.visits.tabs import PlanTab, VisitsTab
from bufapp.ui.visits.tabs_more import DeadlinesTab, EvaluationTab, TravelTab
from bufapp.ui.widgets.parent_page import ParentPage
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace


@dataclass(frozen=True)
class Loaded:
    name: str
    page: VisitPage
    sent: dict[int, str]  # per plan in force: who got it and when («Sendt til: …»), or ""


class VisitsView(ParentPage[Loaded]):
    def __init__(
        self, tasks: TaskManager, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            tasks,
            workspace,
            tr("Samvær"),
            tr("Velg en forelder under Foreldre for å se samværet."),
            parent,
        )
        self._sent: dict[int, str] = {}
        self.child_box = QComboBox()
        self.child_box.setAccessibleName(tr("Barn"))
        self.child_label = QLabel(tr("&Barn:"))
        self.child_label.setBuddy(self.child_box)
        self.child_box.currentIndexChanged.connect(lambda _i: self._show_child())
        self.send_button = button(QT_TR_NOOP("Send p&lanen …"))
        self.send_button.setToolTip(
            tr("Samværsplanen til partene: hver får det taushetsplikten tillater")
        )
        self.send_button.clicked.connect(self._ask_send)
        self.meeting_button = button(QT_TR_NOOP("Samværs&møte …"))
        self.meeting_button.setToolTip(
            tr("Møte med forelderen og fosterforeldrene om samværet: en kontakt i loggen")
        )
        self.meeting_button.clicked.connect(self._ask_meeting)
        today = workspace.register.today()
        self.plan = PlanTab(self._ask)
        self.visits = VisitsTab(self._ask, today)
        self.evaluation = EvaluationTab(self._ask)
        self.travel = TravelTab(self._ask)
        self.deadlines = DeadlinesTab(today)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Samvær"))
        self.tabs.addTab(self.plan, tr("Pl&an"))
        self.tabs.addTab(self.visits, tr("Samvære&ne"))
        self.tabs.addTab(self.evaluation, tr("Evaluer&ing"))
        self.tabs.addTab(self.travel, tr("Reisest&øtte"))
        self.tabs.addTab(self.deadlines, tr("Fris&ter"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.child_label)
        top.addWidget(self.child_box)
        top.addWidget(self.meeting_button)
        top.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_parent)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        self._show(None)

    # --- data ---------------------------------------------------------------------------------

    @property
    def page(self) -> VisitPage | None:
        return self.data.page if self.data is not None else None

    def _load(self, parent_id: int) -> Loaded:
        workspace = self._workspace
        name = workspace.register.parent(parent_id).full_name
        page = workspace.visits.page(parent_id)
        plans = [c.plan.id for c in page.children if c.plan is not None and c.plan.id]
        documents = workspace.visit_documents
        return Loaded(name, page, {p: documents.sent_line(p) for p in plans})

    def chosen_child(self) -> ChildVisits | None:
        page = self.page
        if page is None or not page.children:
            return None
        child_id = self.child_box.currentData()
        return next((c for c in page.children if c.child.id == child_id), page.children[0])

    def choose_child(self, child_id: int) -> None:
        index = self.child_box.findData(child_id)
        if index >= 0:
            self.child_box.setCurrentIndex(index)

    def _show(self, data: Loaded | None) -> None:
        chosen = self.parent_id is not None
        self.no_parent.setVisible(not chosen)
        self.tabs.setVisible(chosen and data is not None)
        if data is None:
            self.name_heading(None)
            self.child_label.hide()
            self.child_box.hide()
            self.send_button.setEnabled(False)
            self.meeting_button.setEnabled(False)
            return
        keep = self.child_box.currentData()
        self._sent = data.sent
        self.name_heading(data.name)
        # The children placed (or with a plan) first: they are the ones with visits.
        children = sorted(data.page.children, key=lambda c: c.placement is None and c.plan is None)
        self.child_box.blockSignals(True)
        self.child_box.clear()
        for child in children:
            placed = child.placement is not None or child.plan is not None
            label = child.child.full_name + ("" if placed else tr(" (ikke plassert)"))
            self.child_box.addItem(label, child.child.id)
        index = self.child_box.findData(keep)
        self.child_box.setCurrentIndex(max(0, index))
        self.child_box.blockSignals(False)
        several = len(children) > 1
        self.child_label.setVisible(several)
        self.child_box.setVisible(several)
        today = self._workspace.register.today()  # past midnight, a visit may be due
        self.travel.show_page(data.page, today)
        self.deadlines.show_page(data.page, today)
        self._show_child()

    def _show_child(self) -> None:
        page = self.page
        if page is None:
            return
        child = self.chosen_child()
        today = self._workspace.register.today()
        self.plan.show_child(child, page, self._sent)
        self.visits.show_child(child, today)
        self.evaluation.show_child(child)
        self.send_button.setEnabled(child is not None and child.plan is not None)
        self.meeting_button.setEnabled(child is not None)
        self.enter_first(self.child_box, self.meeting_button, self.send_button, self.tabs)
        undecided = sum(t.decided_on is None for t in page.travel)
        counts = [
            "",
            "",
            "",
            tr("({n} ikke avgjort)").format(n=undecided) if undecided else "",
            f"({len(page.deadlines)})" if page.deadlines else "",
        ]
        self.count_in_titles(self.tabs, counts)

    def _ask_send(self) -> None:
        child = self.chosen_child()
        if child is not None and child.plan is not None:
            self._ask("send-plan", child.plan)

    def _ask_meeting(self) -> None:
        child = self.chosen_child()
        if child is not None and child.child.id is not None:
            self._ask("visit-meeting", child.child.id)
