"""What the Ansvarsgrupper view lists, read on the database worker (``load_groups``) and shown
as rows: the members with who gets the minutes, the meetings, the actions across meetings (an
overdue one says "forfalt") and the parent's evaluations.

Everything a colour says is said in words too; colour only supports it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from bufapp.domain.consent import Service
from bufapp.domain.entities import Caseworker, Parent
from bufapp.domain.enums import MeetingStatus
from bufapp.domain.group_rules import INVITATION_DAYS, Distribution, distribution
from bufapp.domain.groups import (
    Evaluation,
    GroupMember,
    Meeting,
    MeetingAction,
    ResponsibilityGroup,
)
from bufapp.services.clock import OSLO
from bufapp.ui.qt import QT_TR_NOOP, dark_theme, tr
from bufapp.ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
QUESTIONS = (
    QT_TR_NOOP("Hvordan var møtet for deg?"),
    QT_TR_NOOP("Var det som ble sagt, til å forstå?"),
    QT_TR_NOOP("Ble du hørt?"),
)


def flagged() -> QBrush:
    """Text that needs attention: readable red in light and dark themes."""
    return QBrush(QColor("#ff8a80" if dark_theme() else "#b3261e"))


def faded() -> QBrush:
    return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))


def day(value: date | None, empty: str = "–") -> str:
    return f"{value:%d.%m.%Y}" if value is not None else empty


# --- members ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    member: GroupMember
    coordinator: bool
    service: str  # the service's name in the directory, or ""
    covered: bool
    why: str = ""  # why the member may not get the minutes

    @property
    def minutes_text(self) -> str:
        if self.covered:
            return tr("Får referat")
        return tr("Mangler samtykke: {why}").format(why=tr(self.why))


class MembersModel(RowTableModel[MemberRow]):
    COLUMNS = (
        QT_TR_NOOP("Navn"),
        QT_TR_NOOP("Rolle"),
        QT_TR_NOOP("Tjeneste"),
        QT_TR_NOOP("Kontakt"),
        QT_TR_NOOP("Referat"),
    )
    MINUTES = 4

    def row_data(self, row: MemberRow, column: int, role: int) -> Any:
        m = row.member
        if role == DISPLAY:
            name = m.name + (tr(" (koordinator)") if row.coordinator else "")
            kind = tr(m.role.label) + (f", {m.position}" if m.position else "")
            contact = " · ".join(x for x in (m.phone, m.email) if x)
            return (name, kind, row.service or "–", contact, row.minutes_text)[column]
        if role == TOOLTIP and column == self.MINUTES:
            return row.minutes_text
        if role == FOREGROUND and column == self.MINUTES and not row.covered:
            return flagged()
        return None

    def row_named(self, name: str) -> MemberRow | None:
        return next((r for r in self._rows if r.member.name == name), None)


# --- meetings -----------------------------------------------------------------------------------


def meeting_time(meeting: Meeting) -> str:
    return f"{meeting.starts_at.astimezone(OSLO):%d.%m.%Y kl. %H:%M}"


def invitation_text(meeting: Meeting, today: date) -> tuple[str, bool]:
    """What to say about the invitation, and whether it needs attention now."""
    if meeting.invitation_sent_on is not None:
        return tr("Sendt {d}").format(d=day(meeting.invitation_sent_on)), False
    if meeting.status is not MeetingStatus.PLANNED:
        return tr("Ikke registrert"), False
    due = meeting.starts_at.astimezone(OSLO).date() - timedelta(days=INVITATION_DAYS)
    late = due <= today
    text = tr("Ikke sendt – frist {d}").format(d=day(due))
    return (text + tr(" (forfalt)") if due < today else text), late


def evaluation_text(meeting: Meeting) -> str:
    e = meeting.evaluation
    if e is not None:
        return tr("Gitt {d}: møtet {a}, forsto {b}, hørt {c} (av 5)").format(
            d=day(e.given_on), a=e.how_it_was, b=e.understood, c=e.heard
        )
    if meeting.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_FINAL):
        return tr("Ikke gitt")
    return "–"


@dataclass(frozen=True)
class MeetingRow:
    meeting: Meeting
    today: date


class MeetingsModel(RowTableModel[MeetingRow]):
    COLUMNS = (
        QT_TR_NOOP("Tidspunkt"),
        QT_TR_NOOP("Sted"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Innkalling"),
        QT_TR_NOOP("Evaluering"),
    )
    INVITATION = 3

    def row_data(self, row: MeetingRow, column: int, role: int) -> Any:
        m = row.meeting
        if role == DISPLAY:
            status = tr(m.status.label)
            if m.version > 1:
                status += tr(" (versjon {n})").format(n=m.version)
            invitation = invitation_text(m, row.today)[0]
            return (meeting_time(m), m.place or "–", status, invitation, evaluation_text(m))[column]
        if role == FOREGROUND:
            if column == self.INVITATION and invitation_text(m, row.today)[1]:
                return flagged()
            if m.status is MeetingStatus.CANCELLED:
                return faded()
        return None

    def row_key(self, row: MeetingRow) -> int | None:
        return row.meeting.id


# --- actions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionRow:
    action: MeetingAction
    who: str
    decided_on: date | None  # the date of the meeting that decided it
    today: date

    @property
    def overdue(self) -> bool:
        a = self.action
        return a.is_open and a.due is not None and a.due < self.today

    @property
    def status_text(self) -> str:
        a = self.action
        if self.overdue:
            return tr("Åpen – forfalt")
        if a.is_open:
            return tr(a.status.label)
        return f"{tr(a.status.label)} {day(a.closed_on, '')}".strip()


class ActionsModel(RowTableModel[ActionRow]):
    COLUMNS = (
        QT_TR_NOOP("Tiltak"),
        QT_TR_NOOP("Ansvarlig"),
        QT_TR_NOOP("Frist"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Fra møte"),
    )
    DUE, STATUS = 2, 3

    def row_data(self, row: ActionRow, column: int, role: int) -> Any:
        a = row.action
        if role == DISPLAY:
            decided = day(row.decided_on) if row.decided_on else tr("Utenom møte")
            return (a.what, row.who, day(a.due, tr("Ingen frist")), row.status_text, decided)[
                column
            ]
        if role == TOOLTIP:
            if a.outcome:
                return tr("Resultat: {outcome}").format(outcome=a.outcome)
            return a.what if column == 0 else None
        if role == FOREGROUND:
            if row.overdue and column in (self.DUE, self.STATUS):
                return flagged()
            if not a.is_open:
                return faded()
        return None

    def row_key(self, row: ActionRow) -> int | None:
        return row.action.id

    def row_about(self, what: str) -> ActionRow | None:
        return next((r for r in self._rows if r.action.what == what), None)


# --- the parent's evaluations ---------------------------------------------------------------------


class EvaluationsModel(RowTableModel[tuple[date, Evaluation]]):
    COLUMNS = (
        QT_TR_NOOP("Møtedato"),
        QT_TR_NOOP("Møtet var"),
        QT_TR_NOOP("Forstod"),
        QT_TR_NOOP("Ble hørt"),
        QT_TR_NOOP("Med forelderens ord"),
    )

    def row_data(self, row: tuple[date, Evaluation], column: int, role: int) -> Any:
        held_on, e = row
        if role == DISPLAY:
            scores = [tr("{n} av 5").format(n=n) for n in (e.how_it_was, e.understood, e.heard)]
            return (day(held_on), *scores, e.words or "–")[column]
        if role == TOOLTIP and column == 4 and e.words:
            return e.words
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == TOOLTIP and orientation == Qt.Orientation.Horizontal and 1 <= section <= 3:
            return tr(QUESTIONS[section - 1])
        return super().headerData(section, orientation, role)


# --- loading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupsLoaded:
    parent: Parent | None
    caseworker: Caseworker | None
    groups: list[ResponsibilityGroup]
    group: ResponsibilityGroup | None
    meetings: list[Meeting]
    actions: list[MeetingAction]
    coverage: Distribution
    services: dict[int, Service]
    today: date


NOTHING = GroupsLoaded(None, None, [], None, [], [], Distribution((), ()), {}, date.today())


def chosen_group(
    groups: list[ResponsibilityGroup], group_id: int | None
) -> ResponsibilityGroup | None:
    """The asked-for group, else the active one started last, else the one started last."""
    asked = next((g for g in groups if g.id == group_id), None)
    latest_first = sorted(groups, key=lambda g: (g.ended_on is None, g.started_on), reverse=True)
    return asked or next(iter(latest_first), None)


def load_groups(workspace: Workspace, parent_id: int, group_id: int | None) -> GroupsLoaded:
    """Everything the view shows, read on the database worker. Who may get the minutes is the
    domain's own rule (``distribution``) for today, as the service applies it when sending."""
    register, groups = workspace.register, workspace.groups
    today = register.today()
    services = {s.id: s for s in workspace.directory.services() if s.id is not None}
    found = groups.groups_of(parent_id)
    group = chosen_group(found, group_id)
    parent, caseworker = register.parent(parent_id), register.caseworker()
    if group is None or group.id is None:
        return replace(NOTHING, parent=parent, caseworker=caseworker, groups=found,
                       services=services, today=today)  # fmt: skip
    consents = workspace.consents.of_parent(parent_id)
    return GroupsLoaded(
        parent,
        caseworker,
        found,
        group,
        sorted(groups.meetings_of(group.id), key=lambda m: m.starts_at),
        groups.actions_of(group.id),
        distribution(group, services, consents, today),
        services,
        today,
    )


def member_rows(data: GroupsLoaded) -> list[MemberRow]:
    group = data.group
    if group is None:
        return []
    refused = dict(data.coverage.not_covered)
    return [
        MemberRow(
            m,
            m.key == group.coordinator,
            data.services[m.service_id].name if m.service_id in data.services else "",
            m.key not in refused,
            refused.get(m.key, ""),
        )
        for m in group.members
    ]


def action_rows(data: GroupsLoaded) -> list[ActionRow]:
    """Open actions first, by due date (undated last), then the closed ones."""
    group = data.group
    if group is None:
        return []
    dates = {m.id: m.starts_at.astimezone(OSLO).date() for m in data.meetings}
    rows = [
        ActionRow(a, group.name_of(a.responsible), dates.get(a.meeting_id), data.today)
        for a in data.actions
    ]
    rows.sort(key=lambda r: (not r.action.is_open, r.action.due is None, r.action.due or date.min))
    return rows
