"""Responsibility groups (ansvarsgrupper): the parent and every service that helps them, their
meetings (agenda, minutes, the parent's evaluation) and the actions that live across meetings.

Members are referred to by a ``key`` that stays the same within the group, so attendance,
the chair and the person responsible for an action survive a member's name being corrected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from bufapp.domain.enums import (
    AgendaOrigin,
    Attendance,
    InformationCategory,
    MeetingStatus,
    MemberRole,
    TaskStatus,
)

# What the minutes of a group pass on unless the group says otherwise: who the parent is and
# how things are after the placement. A member must be covered by consent for all of it.
DEFAULT_SHARED = (
    InformationCategory.PERSONAL_DETAILS,
    InformationCategory.SITUATION_AFTER_PLACEMENT,
)


@dataclass(frozen=True)
class GroupMember:
    key: str
    name: str
    role: MemberRole
    position: str = ""  # their role in the group or at work: "veileder", "fastlege"
    service_id: int | None = None  # the service in the directory they come from
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ResponsibilityGroup:
    parent_id: int
    purpose: str
    started_on: date
    members: tuple[GroupMember, ...] = ()
    coordinator: str = ""  # a member's key
    coordinator_agreed_with_parent: bool = False
    shared_categories: tuple[InformationCategory, ...] = DEFAULT_SHARED
    ended_on: date | None = None
    id: int | None = None
    # Members who left: kept so earlier minutes and actions still name them.
    former_members: tuple[GroupMember, ...] = ()

    def member(self, key: str) -> GroupMember | None:
        return next((m for m in (*self.members, *self.former_members) if m.key == key), None)

    def name_of(self, key: str) -> str:
        """The member's name, or the text itself when it is not a key (a name typed freely)."""
        found = self.member(key)
        return found.name if found else key


@dataclass(frozen=True)
class AgendaItem:
    title: str
    origin: AgendaOrigin = AgendaOrigin.OTHER
    detail: str = ""
    action_id: int | None = None  # the open action this item carries over


@dataclass(frozen=True)
class MinutesItem:
    title: str
    summary: str = ""
    parent_views: str = ""  # the parent's own views, in their words where possible
    conclusion: str = ""
    decisions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Minutes:
    attendance: tuple[tuple[str, Attendance], ...] = ()  # (member key, attendance)
    chair: str = ""  # a member's key
    minute_taker: str = ""
    items: tuple[MinutesItem, ...] = ()
    next_meeting_on: date | None = None

    def attending(self, kind: Attendance) -> tuple[str, ...]:
        return tuple(key for key, how in self.attendance if how is kind)


@dataclass(frozen=True)
class Evaluation:
    """The parent's view of the meeting, on a scale of 1 (not at all) to 5 (fully)."""

    given_on: date
    how_it_was: int  # how was the meeting for you?
    understood: int  # was what was said understandable?
    heard: int  # were you heard?
    words: str = ""


@dataclass(frozen=True)
class Meeting:
    group_id: int
    starts_at: datetime
    place: str = ""
    agenda: tuple[AgendaItem, ...] = ()
    invitation_sent_on: date | None = None
    status: MeetingStatus = MeetingStatus.PLANNED
    minutes: Minutes = field(default_factory=Minutes)
    version: int = 1
    change_reason: str = ""  # why final minutes were changed (version 2 and later)
    distributed_to: tuple[str, ...] = ()  # member keys the minutes were sent to
    distributed_on: date | None = None
    evaluation: Evaluation | None = None
    id: int | None = None


@dataclass(frozen=True)
class MeetingAction:
    group_id: int
    what: str
    responsible: str  # a member's key (or a name typed freely)
    due: date | None = None
    status: TaskStatus = TaskStatus.OPEN
    outcome: str = ""
    closed_on: date | None = None
    meeting_id: int | None = None  # the meeting that decided it
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status is TaskStatus.OPEN


@dataclass(frozen=True)
class MinutesDraft:
    """Minutes being written, as an encrypted draft keeps them: the meeting (its ``minutes`` and,
    for final minutes, the ``change_reason`` typed) and the actions decided in the meeting (new
    ones without an id)."""

    meeting: Meeting
    actions: tuple[MeetingAction, ...] = ()
