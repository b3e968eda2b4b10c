"""Familieråd (seed 002 § 4.4, §§ 4.5.2, 4.5.5, 4.5.8): a family group conference for a parent
whose child is placed. Not a treatment but a way for the family and its network to decide: the
service puts a question to the family, an independent coordinator prepares the conference, the
family makes its own plan (what, who, by when), and the service approves it — or says what it
cannot accept. A follow-up conference checks how the plan went.

The conference record is changed as it goes (planned, held, the approval); its people and the
plan's items are parts of it. An item that became a follow-up task keeps the task's id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bufapp.domain.enums import ConferencePurpose, ConferenceStatus, PlanApproval


@dataclass(frozen=True)
class ConferencePerson:
    """Someone invited to the conference: from the parent's network map (``member_key``) or
    typed in; whether they were invited and whether they came."""

    name: str
    relation: str = ""  # «Mormor», «Onkel», «Nabo», «Lærer»
    invited: bool = True
    came: bool = False
    member_key: str = ""  # the network map member the person was taken from, if any
    id: int | None = None


@dataclass(frozen=True)
class PlanItem:
    """One point of the family's own plan: what is to be done, who does it, by when."""

    what: str
    who: str = ""
    by_when: date | None = None
    task_id: int | None = None  # the follow-up task it became («Gjør planen til oppgaver»)
    id: int | None = None


@dataclass(frozen=True)
class FamilyConference:
    parent_id: int
    question: str  # the question the service puts to the family
    planned_for: date
    purpose: ConferencePurpose = ConferencePurpose.FOLLOW_UP
    purpose_note: str = ""
    parent_consented: bool = True  # a conference builds on the family's voluntary consent
    coordinator_name: str = ""
    coordinator_org: str = ""
    coordinator_in_service: bool = False  # marked as the service's own employee: refused
    status: ConferenceStatus = ConferenceStatus.PLANNED
    held_on: date | None = None
    cancelled_reason: str = ""
    people: tuple[ConferencePerson, ...] = ()
    items: tuple[PlanItem, ...] = ()
    # The service's answer to the plan.
    approval: PlanApproval | None = None
    reservations: str = ""
    approved_on: date | None = None
    follow_up_on: date | None = None  # the follow-up conference
    note: str = ""
    id: int | None = None

    @property
    def day(self) -> date:
        """The day it was held, or the day it is planned for."""
        return self.held_on or self.planned_for

    @property
    def invited(self) -> tuple[ConferencePerson, ...]:
        return tuple(p for p in self.people if p.invited)

    @property
    def came(self) -> tuple[ConferencePerson, ...]:
        return tuple(p for p in self.people if p.came)

    @property
    def items_without_task(self) -> tuple[PlanItem, ...]:
        return tuple(i for i in self.items if i.task_id is None and i.what.strip())


@dataclass(frozen=True)
class Approval:
    """The service's answer to the family's plan, recorded on its own."""

    conference_id: int
    approval: PlanApproval
    approved_on: date
    reservations: str = ""
    follow_up_on: date | None = None


def ordered(conferences: list[FamilyConference]) -> list[FamilyConference]:
    """Planned first (soonest first), then the held and cancelled ones, newest first."""
    planned = sorted(
        (c for c in conferences if c.status is ConferenceStatus.PLANNED),
        key=lambda c: (c.planned_for, c.id or 0),
    )
    rest = sorted(
        (c for c in conferences if c.status is not ConferenceStatus.PLANNED),
        key=lambda c: (c.day, c.id or 0),
        reverse=True,
    )
    return planned + rest


def people_from_network(members: list[tuple[str, str]]) -> list[ConferencePerson]:
    """People to invite from a network map's members, given as (key, label) pairs: the label is
    the name or short label the parent chose («Mormor», «Kari»)."""
    return [
        ConferencePerson(name=label, member_key=key, invited=True)
        for key, label in members
        if label
    ]
