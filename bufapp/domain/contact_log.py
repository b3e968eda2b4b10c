"""The contact log: entries, their participants and follow-up tasks, the agreed contact plan.

An entry is written while ``OPEN`` and may be changed freely; once ``FINAL`` it is journal text,
and a change makes a new version with a reason (the earlier text is kept). A mistaken entry is
``WITHDRAWN`` with a reason, never deleted.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, datetime

from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    EntryStatus,
    Initiative,
    TaskResponsible,
    TaskStatus,
)
from bufapp.domain.search_excerpt import first_found


@dataclass(frozen=True)
class Participants:
    """Who took part besides the caseworker and the parent the entry belongs to."""

    other_parent_ids: tuple[int, ...] = ()
    support_person: str = ""
    interpreter_language: str = ""  # empty: no interpreter
    interpreter_name: str = ""
    carers: str = ""  # foster parents or institution staff
    others: str = ""

    @property
    def has_interpreter(self) -> bool:
        return bool(self.interpreter_language or self.interpreter_name)


@dataclass(frozen=True)
class FollowUpTask:
    """Something agreed: what, who is responsible, by when; closed with an outcome."""

    what: str
    responsible: TaskResponsible = TaskResponsible.CASEWORKER
    responsible_name: str = ""
    due: date | None = None
    status: TaskStatus = TaskStatus.OPEN
    outcome: str = ""
    closed_on: date | None = None
    parent_id: int | None = None
    entry_id: int | None = None
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status is TaskStatus.OPEN

    @property
    def who(self) -> str:
        if self.responsible is TaskResponsible.OTHER and self.responsible_name:
            return self.responsible_name
        return self.responsible.label


@dataclass(frozen=True)
class ContactEntry:
    parent_id: int
    occurred_at: datetime  # timezone-aware
    form: ContactForm
    initiative: Initiative = Initiative.CASEWORKER
    place: str = ""
    participants: Participants = field(default_factory=Participants)
    topics: tuple[ContactTopic, ...] = ()
    child_ids: tuple[int, ...] = ()
    summary: str = ""
    parent_words: str = ""
    agreed: str = ""
    tasks: tuple[FollowUpTask, ...] = ()
    status: EntryStatus = EntryStatus.OPEN
    version: int = 1
    change_reason: str = ""  # why this version replaced the previous one
    withdrawn_reason: str = ""
    finalised_at: datetime | None = None
    withdrawn_at: datetime | None = None
    id: int | None = None
    # Why the entry is left out of what the parent is shown on request (innsyn), e.g. it gives
    # a foster home's protected address; empty: not exempt. A marking, not journal text: setting
    # it on a final entry makes no new version.
    exempt_reason: str = ""
    # The legal basis of the exemption: a key of forms/access_pack.toml's vetted list.
    exempt_basis: str = ""

    @property
    def is_exempt(self) -> bool:
        return bool(self.exempt_reason.strip())

    @property
    def parent_ids(self) -> tuple[int, ...]:
        """Every parent the entry concerns: its own, then others who took part."""
        others = (p for p in self.participants.other_parent_ids if p != self.parent_id)
        return (self.parent_id, *dict.fromkeys(others))

    @property
    def is_final(self) -> bool:
        return self.status is EntryStatus.FINAL


@dataclass(frozen=True)
class EntryVersion:
    """An earlier text of a final entry, kept when it was changed."""

    entry_id: int
    version: int
    entry: ContactEntry
    replaced_at: datetime
    replaced_because: str


@dataclass(frozen=True)
class TimelineItem:
    """One row of a parent's timeline: enough to list and filter, not the whole text."""

    id: int
    parent_id: int
    occurred_at: datetime
    form: ContactForm
    status: EntryStatus
    version: int
    topics: tuple[ContactTopic, ...]
    child_ids: tuple[int, ...]
    summary_start: str
    has_parent_words: bool
    exempt: bool = False  # left out of what the parent is shown on request (innsyn)


@dataclass(frozen=True)
class SearchHit:
    """One hit of a search. Its excerpt is made when it is first asked for (when the hit is
    shown): a page holds 200 hits, a screen shows a few of them."""

    entry_id: int
    parent_id: int
    parent_name: str
    occurred_at: datetime
    form: ContactForm
    status: EntryStatus
    texts: tuple[str, ...]  # summary, parent's words, agreed: as written
    words: tuple[str, ...]  # the folded words searched for

    @functools.cached_property
    def _found(self) -> tuple[str, str]:
        return first_found(self.texts, self.words)

    @property
    def field(self) -> str:
        """Where the words were found first: "summary", "parent_words" or "agreed"."""
        return self._found[0]

    @property
    def excerpt(self) -> str:
        return self._found[1]


@dataclass(frozen=True)
class ContactPlan:
    """How often the parent and the service agreed to be in contact, and any refusal."""

    parent_id: int
    every_days: int | None = None  # None: no agreed frequency
    agreed_on: date | None = None
    refused_on: date | None = None  # the parent refuses contact since this day
    next_offer_on: date | None = None
    note: str = ""
    # How they work together (seed 002 § 4.2): the way, the place the parent prefers, and the
    # support person offered or chosen.
    how: str = ""
    preferred_place: str = ""
    support_person: str = ""

    @property
    def refuses(self) -> bool:
        return self.refused_on is not None


@dataclass(frozen=True)
class Withdrawal:
    """A withdrawal being written: which entry, and why (kept as a draft if locked)."""

    entry_id: int
    reason: str = ""


@dataclass(frozen=True)
class TaskClosing:
    """A follow-up task being closed: done or cancelled, and the outcome."""

    task_id: int
    status: TaskStatus = TaskStatus.DONE
    outcome: str = ""
