"""Oppfølging: the follow-up of the parent chosen under Foreldre, in five tabs (Formål og roller,
Informasjon, Vurdering og veien hjem, Ønsker, Frister), read in one go with
``workspace.followup.page``. The buttons ask the window (``requested(action, parent_id,
record)``); ``FollowUpActions`` opens the dialogs. Actions: "new-plan", "edit-plan" (the plan),
"purpose", "agreement", "information" (the item's key or None), "assessment", "evaluation",
"wish" (None or the wish to change), "answer" (the wish), "print-sheet"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from bufapp.domain.followup_rules import ItemState
from bufapp.services.followup.page import FollowUpPage
from bufapp.ui.followup.parts import button
from bufapp.ui.followup.tabs import InformationTab, RolesTab
from bufapp.ui.followup.tabs_more import AssessmentTab, DeadlinesTab, WishesTab
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.parent_page import ParentPage
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace


@dataclass(frozen=True)
class Loaded:
    name: str
    page: FollowUpPage


class FollowUpView(ParentPage[Loaded]):
    def __init__(
        self, tasks: TaskManager, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            tasks,
            workspace,
            tr("Oppfølging"),
            tr("Velg en forelder under Foreldre for å se oppfølgingen."),
            parent,
        )
        self.sheet_button = button(QT_TR_NOOP("Informasjonsar&k …"))
        self.sheet_button.setToolTip(tr("Et ark på enkelt språk til forelderen, for utskrift"))
        self.sheet_button.clicked.connect(lambda: self._ask("print-sheet", None))
        today = workspace.register.today()
        self.roles = RolesTab(self._ask)
        self.information = InformationTab(self._ask)
        self.assessment = AssessmentTab(self._ask)
        self.wishes = WishesTab(self._ask, today)
        self.deadlines = DeadlinesTab(today)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Oppfølging"))
        for tab, title in self._tab_titles():
            self.tabs.addTab(tab, title)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.sheet_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_parent)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        self._show(None)

    def _tab_titles(self) -> list[tuple[QWidget, str]]:
        return [
            (self.roles, tr("Formål og &roller")),
            (self.information, tr("&Informasjon")),
            (self.assessment, tr("Vurdering og veien &hjem")),
            (self.wishes, tr("Ø&nsker")),
            (self.deadlines, tr("Fris&ter")),
        ]

    @property
    def page(self) -> FollowUpPage | None:
        return self.data.page if self.data is not None else None

    def _count_in_titles(self, page: FollowUpPage) -> None:
        waiting = sum(s.state in (ItemState.UNCONFIRMED, ItemState.DUE_AGAIN)
                      for s in page.checklist)  # fmt: skip
        open_wishes = sum(w.is_open for w in page.wishes)
        counts = [
            "",
            tr("({n} å følge opp)").format(n=waiting) if waiting else "",
            "",
            tr("({n} ubesvart)").format(n=open_wishes) if open_wishes else "",
            f"({len(page.deadlines)})" if page.deadlines else "",
        ]
        self.count_in_titles(self.tabs, counts)

    # --- data ---------------------------------------------------------------------------------

    def _load(self, parent_id: int) -> Loaded:
        workspace = self._workspace
        name = workspace.register.parent(parent_id).full_name
        return Loaded(name, workspace.followup.page(parent_id))

    def _show(self, data: Loaded | None) -> None:
        chosen = self.parent_id is not None
        self.no_parent.setVisible(not chosen)
        self.tabs.setVisible(chosen and data is not None)
        self.sheet_button.setEnabled(chosen and data is not None)
        self.enter_first(self.sheet_button, self.tabs)
        if data is None:
            self.name_heading(None)
            return
        today = self._workspace.register.today()  # past midnight, a wish may have become late
        self.wishes.model.today = self.deadlines.model.today = today
        self.name_heading(data.name)
        for tab in (self.roles, self.information, self.assessment, self.wishes, self.deadlines):
            tab.show_page(data.page)
        self._count_in_titles(data.page)
