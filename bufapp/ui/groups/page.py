"""The page of the Ansvarsgrupper view: one parent's responsibility group as one scrolling page —
purpose, period, coordinator and what the minutes share; the members with who may get the
minutes; the meetings; the actions across meetings; the parent's evaluations (a chart and a
table). The summary at the top is ``summary``'s, the building blocks ``page_parts``'.
``refresh`` reloads it on the worker and keeps the chosen meeting and action chosen.
What the buttons do is ``GroupsView``'s.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.group_rules import evaluations_over_time
from bufapp.services.clock import OSLO
from bufapp.ui.groups.chart import EvaluationChart
from bufapp.ui.groups.page_parts import button, fit_to_rows, hint, section
from bufapp.ui.groups.summary import GroupSummary
from bufapp.ui.groups.tables import (
    NOTHING,
    ActionRow,
    ActionsModel,
    EvaluationsModel,
    GroupsLoaded,
    MeetingRow,
    MeetingsModel,
    MembersModel,
    action_rows,
    day,
    load_groups,
    member_rows,
)
from bufapp.ui.qt import QT_TR_NOOP, WARNING_STYLE, tr
from bufapp.ui.widgets.row_table_model import row_table
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace

EMPTY_TEXT = QT_TR_NOOP(
    "Ingen ansvarsgruppe for denne forelderen. En ansvarsgruppe samler forelderen (eller "
    "representanten) og alle tjenestene som gir hjelp, for å planlegge, følge opp og samordne "
    "tiltakene. Koordinatoren velges sammen med forelderen. Møtene har innkalling, dagsorden og "
    "referat med hvem som gjør hva innen når, og forelderen evaluerer møtene: opplevde hun "
    "eller han seg hørt? Referatet går bare til medlemmer forelderen har samtykket til. "
    "Velg «Ny ansvarsgruppe…» for å opprette en."
)


class GroupsPage(QWidget):
    def __init__(self, tasks: TaskManager, workspace: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._workspace = workspace
        self.parent_id: int | None = None
        self.parent_name = ""
        self.data = NOTHING
        self.loaded = False  # the chosen parent's groups are shown (tests wait for it)
        self._build_top()
        self._build_tables()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._page())
        top = QHBoxLayout()
        for widget in (self.group_label, self.group_choice, self.new_button, self.edit_button):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        for widget in (self.no_parent, self.empty):  # in place of the page, at the top
            widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(widget, 1)
        layout.addWidget(self.scroll, 1)
        chain = (self.group_choice, self.new_button, self.edit_button, self.members_table,
                 self.meetings_table, self.plan_button, self.open_button, self.actions_table,
                 self.close_button, self.evaluations_table)  # fmt: skip
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self.setFocusProxy(self.members_table)
        self._show(NOTHING)

    def _build_top(self) -> None:
        self.heading = QLabel(tr("Ansvarsgrupper"))
        self.heading.setObjectName("viewHeading")
        self.no_parent = hint(
            QT_TR_NOOP("Velg en forelder under Foreldre for å se ansvarsgruppen.")
        )
        self.empty = hint(EMPTY_TEXT)
        self.empty.setObjectName("groupsEmpty")
        self.group_choice = QComboBox()
        self.group_choice.setAccessibleName(tr("Gruppe"))
        self.group_choice.activated.connect(
            lambda _i: self.refresh(then_group=self.group_choice.currentData())
        )
        self.group_label = QLabel(tr("&Gruppe:"))
        self.group_label.setBuddy(self.group_choice)
        self.new_button = button(QT_TR_NOOP("&Ny ansvarsgruppe…"))
        self.edit_button = button(QT_TR_NOOP("&Rediger gruppe…"))

    def _build_tables(self) -> None:
        self.members_model = MembersModel()
        self.members_table = row_table(self.members_model, tr("Medlemmer"))
        self.members_table.setWordWrap(True)  # why a member does not get the minutes, in full
        self.meetings_model = MeetingsModel()
        self.meetings_table = row_table(self.meetings_model, tr("Møter"))
        self.actions_model = ActionsModel()
        self.actions_table = row_table(self.actions_model, tr("Tiltak"))
        self.evaluations_model = EvaluationsModel()
        self.evaluations_table = row_table(self.evaluations_model, tr("Evalueringer"))
        self.chart = EvaluationChart()
        for table in (self.meetings_table, self.actions_table):
            table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.plan_button = button(QT_TR_NOOP("&Planlegg møte…"))
        self.open_button = button(QT_TR_NOOP("&Åpne møte…"))
        self.documents_button = button(QT_TR_NOOP("&Dokumenter og evaluering"))
        self.print_actions_button = button(QT_TR_NOOP("Skriv ut &tiltaksliste…"))
        self.close_button = button(QT_TR_NOOP("&Lukk tiltak…"))
        self.no_meetings = hint(QT_TR_NOOP("Ingen møter ennå. Velg «Planlegg møte…»."))
        self.no_actions = hint(
            QT_TR_NOOP("Ingen tiltak ennå. Tiltak føres i referatet fra et møte.")
        )
        self.no_evaluations = hint(
            QT_TR_NOOP(
                "Forelderen har ikke evaluert noe møte ennå. Spør etter møtet: Hvordan var møtet "
                "for deg? Var det som ble sagt, til å forstå? Ble du hørt?"
            )
        )

    def _page(self) -> QWidget:
        page = QWidget()
        self.summary = GroupSummary()
        self.coverage_note = hint()
        self.coverage_note.setStyleSheet(WARNING_STYLE)
        self.coverage_note.setObjectName("coverageNote")
        meeting_buttons, action_buttons, evaluations = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        meeting_buttons.addWidget(self.plan_button)
        meeting_buttons.addWidget(self.open_button)
        meeting_buttons.addWidget(self.documents_button)
        meeting_buttons.addStretch(1)
        action_buttons.addWidget(self.close_button)
        action_buttons.addWidget(self.print_actions_button)
        action_buttons.addStretch(1)
        evaluations.addWidget(self.chart, 2)
        evaluations.addWidget(self.evaluations_table, 3)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.summary)
        for item in (
            section(QT_TR_NOOP("&Medlemmer"), self.members_table), self.coverage_note, self.members_table,
            section(QT_TR_NOOP("M&øter"), self.meetings_table), self.no_meetings, self.meetings_table,
            meeting_buttons,
            section(QT_TR_NOOP("&Tiltak"), self.actions_table), self.no_actions, self.actions_table,
            action_buttons,
            section(QT_TR_NOOP("Forelderens &evaluering av møtene"), self.evaluations_table),
            self.no_evaluations, evaluations,
        ):  # fmt: skip
            if isinstance(item, QHBoxLayout):
                column.addLayout(item)
            else:
                column.addWidget(item)
        column.addStretch(1)
        return page

    # --- data -----------------------------------------------------------------------------------

    def show_parent(self, parent_id: int | None, parent_name: str = "") -> None:
        self.parent_id = parent_id
        self.parent_name = parent_name
        self.loaded = False
        self._show(NOTHING)
        self.refresh()

    def refresh(self, then_group: int | None = None) -> None:
        parent_id = self.parent_id
        if parent_id is None:
            self._show(NOTHING)
            return
        workspace = self._workspace
        group_id = then_group or self.current_group_id()
        keep_meeting, keep_action = self.current_meeting_id(), self.current_action_id()

        def loaded(data: GroupsLoaded) -> None:
            if parent_id != self.parent_id:
                return  # another parent was chosen while this loaded
            self._show(data)
            self._select(keep_meeting, keep_action)
            self.loaded = True

        self._tasks.run(lambda: load_groups(workspace, parent_id, group_id), loaded)

    def _show(self, data: GroupsLoaded) -> None:
        self.data = data
        if data.parent is not None and not self.parent_name:
            self.parent_name = data.parent.full_name
        self.heading.setText(
            tr("Ansvarsgrupper – {name}").format(name=self.parent_name)
            if self.parent_name
            else tr("Ansvarsgrupper")
        )
        group, chosen_parent = data.group, self.parent_id is not None
        self.no_parent.setVisible(not chosen_parent)
        self.empty.setVisible(chosen_parent and group is None and data is not NOTHING)
        self.scroll.setVisible(group is not None)
        self.new_button.setEnabled(chosen_parent)
        self.edit_button.setVisible(group is not None)
        several = len(data.groups) > 1
        self.group_label.setVisible(several)
        self.group_choice.setVisible(several)
        self.group_choice.clear()
        for g in data.groups:
            ended = tr(" (avsluttet {d})").format(d=day(g.ended_on)) if g.ended_on else ""
            self.group_choice.addItem(f"{g.purpose[:50]}{ended}", g.id)
        if group is not None:
            self.group_choice.setCurrentIndex(max(0, self.group_choice.findData(group.id)))
            self.summary.show_group(group)
        self._show_tables(data)
        self._update_buttons()

    def _show_tables(self, data: GroupsLoaded) -> None:
        self.members_model.set_rows(member_rows(data))
        group = data.group
        missing = [group.name_of(key) for key, _why in data.coverage.not_covered] if group else []
        self.coverage_note.setText(
            tr("Får ikke referatet uten samtykke: {names}.").format(names=", ".join(missing))
        )
        self.coverage_note.setVisible(bool(missing))
        self.meetings_model.set_rows([MeetingRow(m, data.today) for m in data.meetings])
        self.actions_model.set_rows(action_rows(data))
        evaluations = evaluations_over_time(data.meetings)
        self.evaluations_model.set_rows(evaluations)
        self.chart.set_evaluations(evaluations)
        self.chart.setVisible(bool(evaluations))
        for table, empty in ((self.meetings_table, self.no_meetings),
                             (self.actions_table, self.no_actions),
                             (self.evaluations_table, self.no_evaluations)):  # fmt: skip
            table.setVisible(table.model().rowCount() > 0)
            empty.setVisible(table.model().rowCount() == 0)
        for table in (self.members_table, self.meetings_table, self.actions_table,
                      self.evaluations_table):  # fmt: skip
            table.resizeColumnsToContents()
            table.setColumnWidth(0, min(table.columnWidth(0), 320))
        for table in (self.meetings_table, self.actions_table, self.evaluations_table):
            fit_to_rows(table)
        self._fit_members()

    def _fit_members(self) -> None:
        """Members' rows as tall as the reason a member does not get the minutes, in full."""
        table = self.members_table
        table.resizeRowsToContents()
        least = table.verticalHeader().defaultSectionSize()
        for row in range(table.model().rowCount()):
            table.setRowHeight(row, max(least, table.rowHeight(row)))
        fit_to_rows(table, max_rows=20)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_members()  # the text wraps anew at the new width

    def _select(self, meeting_id: int | None, action_id: int | None) -> None:
        model = self.meetings_model
        row = model.row_of(meeting_id) if meeting_id else None
        if row is None:  # the next meeting, else the latest
            upcoming = [i for i in range(model.rowCount())
                        if model.row_at(i).meeting.starts_at.astimezone(OSLO).date() >= self.data.today]  # fmt: skip
            row = upcoming[0] if upcoming else model.rowCount() - 1
        if row >= 0:
            self.meetings_table.selectRow(row)
        row = self.actions_model.row_of(action_id) if action_id else None
        if row is not None or self.actions_model.rowCount():
            self.actions_table.selectRow(row or 0)

    # --- what is chosen ---------------------------------------------------------------------------

    def current_group_id(self) -> int | None:
        return self.data.group.id if self.data.group else None

    @staticmethod
    def _chosen_row(table: QTableView) -> int | None:
        selected = table.selectionModel().selectedRows()
        return selected[0].row() if selected else None

    def current_meeting_id(self) -> int | None:
        row = self._chosen_row(self.meetings_table)
        return None if row is None else self.meetings_model.row_at(row).meeting.id

    def current_action(self) -> ActionRow | None:
        row = self._chosen_row(self.actions_table)
        return None if row is None else self.actions_model.row_at(row)

    def current_action_id(self) -> int | None:
        chosen = self.current_action()
        return chosen.action.id if chosen else None

    def _update_buttons(self) -> None:
        group = self.data.group
        active = group is not None and group.ended_on is None
        self.plan_button.setEnabled(active)
        self.plan_button.setToolTip("" if active else tr("Gruppen er avsluttet."))
        self.open_button.setEnabled(self.current_meeting_id() is not None)
        self.documents_button.setEnabled(self.current_meeting_id() is not None)
        self.print_actions_button.setEnabled(self.current_group_id() is not None)
        action = self.current_action()
        self.close_button.setEnabled(action is not None and action.action.is_open)
