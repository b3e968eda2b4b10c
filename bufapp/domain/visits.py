"""Samvær (seed 002 § 4.5.5): the visit plan per child and parent, each visit with the talks
before and after it, the plan's evaluation with every party heard, and travel support.

A plan is never changed in place: a new version replaces the old one (``replaces_id``), which
stays as history with the reason for the change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bufapp.domain.enums import (
    CancelledBy,
    Supervision,
    VisitBasis,
    VisitForm,
    VisitOutcome,
    VisitPeriod,
    VisitPlace,
    VisitPurpose,
)

PERIODS_PER_YEAR = {
    VisitPeriod.WEEK: 52.0,
    VisitPeriod.TWO_WEEKS: 26.0,
    VisitPeriod.MONTH: 12.0,
    VisitPeriod.QUARTER: 4.0,
    VisitPeriod.HALF_YEAR: 2.0,
    VisitPeriod.YEAR: 1.0,
}


@dataclass(frozen=True)
class Frequency:
    """``times`` visits each ``period``, each ``hours`` long (``None``: not stated)."""

    times: int
    period: VisitPeriod
    hours: float | None = None

    @property
    def per_year(self) -> float:
        return self.times * PERIODS_PER_YEAR[self.period]

    @property
    def hours_per_year(self) -> float | None:
        return None if self.hours is None else self.per_year * self.hours


@dataclass(frozen=True)
class VisitPlan:
    """One version of the samværsplan between a child and a parent."""

    child_id: int
    parent_id: int
    valid_from: date
    basis: VisitBasis
    frequency: Frequency
    # The frame: with a decision, who decided, when, what it says and its minimum.
    decided_by: str = ""
    decided_on: date | None = None
    decision_text: str = ""
    minimum: Frequency | None = None
    supervision_decided: bool = False  # the decision says the visits are supervised
    # With an agreement (a voluntary placement): agreed with the parent, and when.
    agreed_with_parent: bool = False
    agreed_on: date | None = None
    # What: where, supervision, others with contact rights, contact between visits, travel.
    place: VisitPlace = VisitPlace.FOSTER_HOME
    place_note: str = ""  # the meeting place's name; never printed to those who may not know it
    supervision: Supervision = Supervision.NONE
    supervisor: str = ""
    others_with_rights: str = ""  # one line each: «Mormor Anne Sara – fire ganger i året»
    between_visits: str = ""  # phone, video, letters, photos between the visits
    transport: str = ""  # how the child and the parent get there
    transport_paid_by: str = ""
    # Why: one or more of the guideline's four purposes, and the caseworker's words.
    purposes: frozenset[VisitPurpose] = field(default_factory=frozenset)
    purpose_note: str = ""
    # When: the first visit under this version, from which the planned visits follow.
    first_visit_on: date | None = None
    evaluate_every_months: int | None = 6
    change_reason: str = ""  # why this version replaced the one before
    replaces_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Visit:
    """A visit as it went: held, cancelled (by whom and why), or not attended. ``planned_for``
    is the day the plan gave it; ``form`` says when it was a call, video or letters instead."""

    plan_id: int
    parent_id: int
    child_id: int
    planned_for: date
    outcome: VisitOutcome
    form: VisitForm = VisitForm.VISIT
    held_on: date | None = None
    hours: float | None = None
    cancelled_by: CancelledBy | None = None
    reason: str = ""
    supervisor_note: str = ""  # the supervisor's report, when the visit was supervised
    mostly_talk_with_adult: bool = False  # the parent mostly needed to talk with an adult
    note: str = ""
    before_entry_id: int | None = None  # the talk before it, a contact-log entry
    after_entry_id: int | None = None  # the talk after it
    id: int | None = None

    @property
    def happened(self) -> bool:
        return self.outcome == VisitOutcome.HELD

    @property
    def is_recorded(self) -> bool:
        """Recorded as it went (not only planned ahead)."""
        return self.outcome != VisitOutcome.PLANNED


@dataclass(frozen=True)
class VisitEvaluation:
    """The plan evaluated, each party heard and written down on its own."""

    plan_id: int
    evaluated_on: date
    child_view: str = ""
    parent_view: str = ""
    carers_view: str = ""  # the foster parents or the institution's staff
    supervisor_view: str = ""
    conclusion: str = ""
    plan_changed: bool = False  # the evaluation led to a new version
    id: int | None = None


@dataclass(frozen=True)
class TravelSupport:
    """The parent's application for travel or other costs of visits, and the decision on it."""

    parent_id: int
    applied_on: date
    applied_amount: int  # whole kroner
    purpose: str = ""  # what it covers: «Bussbillett Alta–Kautokeino t/r»
    visit_id: int | None = None
    decided_on: date | None = None
    granted: bool | None = None
    granted_amount: int | None = None
    decision_note: str = ""
    id: int | None = None
