"""Familieråd: the family group conferences of the parent chosen under Foreldre (planned first),
and the chosen one's question, people (invited, came), the family's plan with whether each item
became a task, and the service's approval — read in one go with
``workspace.family_conferences.page``. The buttons ask the window (``requested(action,
parent_id, record)``); ``FamilyConferenceActions`` opens the dialogs. Actions: "new" (None),
"edit" (the conference), "approve" (the conference), "tasks" (the conference), "print" (the
conference)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.enums import ConferenceStatus, PlanApproval, TaskStatus
from bufapp.domain.family_conference import FamilyConference
from bufapp.services.family_conference.service import ConferencePage
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.page_parts import button, button_row, caption, fit_columns, notice, reading
from bufapp.ui.widgets.parent_page import ParentPage
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace

DAY = "%d.%m.%Y"


@dataclass(frozen=True)
class Loaded:
    name: str
    page: ConferencePage


def list_line(conference: FamilyConference) -> str:
    return f"{conference.day.strftime(DAY)} – {tr(conference.status.label).lower()}"


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _table(headers: tuple[str, ...], accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([tr(h) for h in headers])
    table.setAccessibleName(tr(accessible))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, _cell(text))
    fit_columns(table, 0)


class FamilyConferenceView(ParentPage[Loaded]):
    def __init__(
        self, tasks: TaskManager, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            tasks,
            workspace,
            tr("Familieråd"),
            tr("Velg en forelder under Foreldre for å se familierådene."),
            parent,
        )
        self.page: ConferencePage | None = None
        self.new_button = button(QT_TR_NOOP("&Nytt familieråd …"))
        self.edit_button = button(QT_TR_NOOP("&Registrer holdt / endre …"))
        self.approve_button = button(QT_TR_NOOP("&Godkjenn planen …"))
        self.tasks_button = button(QT_TR_NOOP("Gjør planen til &oppgaver"))
        self.tasks_button.setToolTip(
            tr("Hvert punkt i familiens plan blir en oppfølgingsoppgave med ansvarlig og frist")
        )
        self.print_button = button(QT_TR_NOOP("Skriv ut &planen …"))
        self.print_button.setToolTip(
            tr("Familierådets plan til deltakerne: uten det de ikke kan få vite")
        )
        for made, action in (
            (self.new_button, "new"),
            (self.edit_button, "edit"),
            (self.approve_button, "approve"),
            (self.tasks_button, "tasks"),
            (self.print_button, "print"),
        ):
            made.clicked.connect(lambda _c=False, a=action: self._ask_for(a))
        self.conferences = QListWidget()
        self.conferences.setAccessibleName(tr("Familieråd"))
        self.conferences.currentRowChanged.connect(lambda _r: self._show_chosen())
        self.conferences.setMinimumWidth(self.conferences.fontMetrics().horizontalAdvance("0") * 26)
        self.details = reading(QT_TR_NOOP("Om familierådet"))
        self.people = _table(
            (QT_TR_NOOP("Navn"), QT_TR_NOOP("Relasjon"), QT_TR_NOOP("Invitert"), QT_TR_NOOP("Kom")),
            QT_TR_NOOP("Inviterte og hvem som kom"),
        )
        self.items = _table(
            (QT_TR_NOOP("Hva"), QT_TR_NOOP("Hvem"), QT_TR_NOOP("Innen"), QT_TR_NOOP("Oppgave")),
            QT_TR_NOOP("Familiens plan"),
        )
        self.approval = QLabel()
        self.approval.setWordWrap(True)
        self.approval.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline = notice()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(caption(QT_TR_NOOP("&Familierådene"), self.conferences))
        left_layout.addWidget(self.conferences, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 2)
        right_layout.addWidget(caption(QT_TR_NOOP("&Inviterte og hvem som kom"), self.people))
        right_layout.addWidget(self.people, 2)
        right_layout.addWidget(caption(QT_TR_NOOP("Familiens p&lan"), self.items))
        right_layout.addWidget(self.items, 2)
        right_layout.addWidget(self.approval)
        self.split = QSplitter()
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 3)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(
            button_row(
                self.new_button,
                self.edit_button,
                self.approve_button,
                self.tasks_button,
                self.print_button,
            )
        )
        body.addWidget(self.deadline)
        body.addWidget(self.split, 1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_parent)
        layout.addWidget(self.body, 1)
        self.setFocusProxy(self.conferences)
        self._show(None)

    # --- data ---------------------------------------------------------------------------------

    def _load(self, parent_id: int) -> Loaded:
        workspace = self._workspace
        name = workspace.register.parent(parent_id).full_name
        return Loaded(name, workspace.family_conferences.page(parent_id))

    def chosen(self) -> FamilyConference | None:
        page, row = self.page, self.conferences.currentRow()
        if page is None or not 0 <= row < len(page.conferences):
            return None
        return page.conferences[row]

    def _show(self, data: Loaded | None) -> None:
        chosen = self.parent_id is not None
        self.no_parent.setVisible(not chosen)
        self.body.setVisible(chosen and data is not None)
        if data is None:
            self.page = None
            self.name_heading(None)
            return
        keep = self.chosen()
        self.page = data.page
        self.name_heading(data.name)
        self.conferences.blockSignals(True)
        self.conferences.clear()
        for conference in data.page.conferences:
            self.conferences.addItem(QListWidgetItem(list_line(conference)))
        ids = [c.id for c in data.page.conferences]
        row = ids.index(keep.id) if keep is not None and keep.id in ids else 0
        self.conferences.setCurrentRow(row if ids else -1)
        self.conferences.blockSignals(False)
        today = self._workspace.register.today()
        upcoming = [d for d in data.page.deadlines if d.due >= today]
        overdue = [d for d in data.page.deadlines if d.due < today]
        lines = [f"{tr(d.title)}: {d.due.strftime(DAY)}" for d in (*overdue, *upcoming)]
        self.deadline.setText("\n".join(lines))
        self.deadline.setVisible(bool(lines))
        self._show_chosen()
        self.enter_first(self.new_button, self.conferences)

    def _show_chosen(self) -> None:
        conference = self.chosen()
        page = self.page
        held = conference is not None and conference.status is ConferenceStatus.HELD
        self.edit_button.setEnabled(conference is not None)
        self.approve_button.setEnabled(held and bool(conference and conference.items))
        self.tasks_button.setEnabled(held and bool(conference and conference.items_without_task))
        self.print_button.setEnabled(held)
        if conference is None or page is None:
            self.details.setPlainText(
                tr("Ingen familieråd ennå. Et familieråd bygger på frivillig samtykke: familien "
                   "og nettverket lager sin egen plan, og barnevernstjenesten godkjenner den.")
            )  # fmt: skip
            _fill(self.people, [])
            _fill(self.items, [])
            self.approval.setText("")
            return
        self.details.setPlainText(_details(conference))
        yes, no = tr("ja"), tr("nei")
        _fill(
            self.people,
            [
                (
                    p.name,
                    p.relation,
                    yes if p.invited else no,
                    (yes if p.came else no) if held else "",
                )
                for p in conference.people
            ],
        )
        rows = []
        for item in conference.items:
            task = page.tasks.get(item.task_id) if item.task_id is not None else None
            if task is None:
                state = tr("ikke ennå")
            elif task.status is TaskStatus.OPEN:
                state = tr("oppgave, åpen")
            else:
                state = tr("oppgave, {status}").format(status=tr(task.status.label).lower())
            when = item.by_when.strftime(DAY) if item.by_when else ""
            rows.append((item.what, item.who, when, state))
        _fill(self.items, rows)
        self.approval.setText(_approval(conference))

    def _ask_for(self, action: str) -> None:
        record = None if action == "new" else self.chosen()
        if action == "new" or record is not None:
            self._ask(action, record)


def _details(c: FamilyConference) -> str:
    lines = [
        tr("Spørsmålet til familien:"),
        c.question,
        "",
        tr("Formål: {purpose}").format(purpose=tr(c.purpose.label))
        + (f" – {c.purpose_note}" if c.purpose_note else ""),
        tr("Koordinator: {who}").format(
            who=", ".join(x for x in (c.coordinator_name, c.coordinator_org) if x)
            or tr("ikke valgt")
        ),
        tr("Planlagt: {day}").format(day=c.planned_for.strftime(DAY)),
    ]
    if c.held_on is not None:
        lines.append(tr("Holdt: {day}").format(day=c.held_on.strftime(DAY)))
    if c.status is ConferenceStatus.CANCELLED:
        lines.append(tr("Avlyst: {reason}").format(reason=c.cancelled_reason))
    if c.note:
        lines += ["", c.note]
    return "\n".join(lines)


def _approval(c: FamilyConference) -> str:
    if c.status is not ConferenceStatus.HELD:
        return ""
    if c.approval is None or c.approved_on is None:
        text = tr("Planen er ikke behandlet av barnevernstjenesten ennå.")
    else:
        text = tr("{answer} {day}").format(
            answer=tr(c.approval.label), day=c.approved_on.strftime(DAY)
        )
        if c.approval is not PlanApproval.APPROVED and c.reservations:
            text += f": {c.reservations}"
        else:
            text += "."
    if c.follow_up_on is not None:
        text += "\n" + tr("Oppfølgende familieråd: {day}").format(day=c.follow_up_on.strftime(DAY))
    return text
