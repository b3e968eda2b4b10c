"""Drafts: unfinished edits kept in the vault (encrypted) so that a lock or a crash loses nothing.

A draft is a record as the form held it, serialised to JSON; ``kind`` names its type and
``record_key`` which record (an id, or "new:<context>" for one not yet saved).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bufapp.domain import codec
from bufapp.domain.consent import Consent, Service
from bufapp.domain.contact_log import ContactEntry, ContactPlan, TaskClosing, Withdrawal
from bufapp.domain.entities import Child, Parent, Placement
from bufapp.domain.family_conference import Approval, FamilyConference
from bufapp.domain.feedback import KorScore, SimpleFeedback
from bufapp.domain.followup import (
    Assessment,
    ChildPlan,
    FollowUpPurpose,
    InformationGiven,
    InformationTicks,
    ParentEvaluation,
    Wish,
)
from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.domain.groups import (
    Evaluation,
    Meeting,
    MeetingAction,
    MinutesDraft,
    ResponsibilityGroup,
)
from bufapp.domain.living import LivingAssessment
from bufapp.domain.network import NetworkMap
from bufapp.domain.office_report import ReportQuote
from bufapp.domain.referral import Referral
from bufapp.domain.visits import TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ReturnPoint:
    """Where the person was when the lock came. A lock starts the program afresh, so this is
    kept in the vault (encrypted) rather than in the process or a plain file."""

    view: int = 0
    parent_id: int | None = None


RETURN_POINT = "return-point"
# Kept beside a contact's draft, under its key: the checklist items ticked in the editor.
CONTACT_INFORMATION = "contact-information"

KINDS: dict[str, type] = {
    RETURN_POINT: ReturnPoint,
    "parent": Parent,
    "child": Child,
    "placement": Placement,
    "contact": ContactEntry,
    CONTACT_INFORMATION: InformationTicks,
    "contact-plan": ContactPlan,
    "withdrawal": Withdrawal,
    "task-closing": TaskClosing,
    "referral": Referral,
    "service": Service,
    "consent": Consent,
    "consent-withdrawal": Consent,
    "group": ResponsibilityGroup,
    "action-closing": MeetingAction,
    "meeting-plan": Meeting,
    "minutes": MinutesDraft,
    "evaluation": Evaluation,
    "network-map": NetworkMap,
    # The oppfølging page's dialogs (a wish and its answer are one record, two dialogs).
    "child-plan": ChildPlan,
    "followup-purpose": FollowUpPurpose,
    "information-given": InformationGiven,
    "assessment": Assessment,
    "parent-evaluation": ParentEvaluation,
    "wish": Wish,
    "wish-answer": Wish,
    # The samvær page's dialogs.
    "visit-plan": VisitPlan,
    "visit": Visit,
    "visit-evaluation": VisitEvaluation,
    "living-assessment": LivingAssessment,
    "travel-support": TravelSupport,
    # The tilbakemelding page's dialogs.
    "kor-score": KorScore,
    "simple-feedback": SimpleFeedback,
    # The familieråd page's dialogs.
    "family-conference": FamilyConference,
    "conference-approval": Approval,
    # The group offers' dialogs.
    "group-offer": GroupOffer,
    "group-participation": GroupParticipation,
    # The office report's chosen words.
    "report-quote": ReportQuote,
}


@dataclass(frozen=True)
class Draft:
    kind: str
    record_key: str
    record: Any
    updated_at: datetime


def encode(record: Any) -> str:
    return codec.encode(record)


def decode(kind: str, payload: str) -> Any:
    return codec.decode(KINDS[kind], payload)


class DraftService:
    def __init__(self, unit_of_work: Callable[[], UnitOfWork]) -> None:
        self._uow = unit_of_work

    def save(self, kind: str, record_key: str, record: Any) -> None:
        with self._uow() as uow:
            uow.drafts.put(kind, record_key, encode(record))
            uow.commit()

    def all(self) -> list[Draft]:
        with self._uow() as uow:
            stored = uow.drafts.list()
        return [
            Draft(kind, key, decode(kind, payload), when)
            for kind, key, payload, when in stored
            if kind in KINDS
        ]

    def return_point(self) -> ReturnPoint | None:
        """Where the last lock left the person, if it started the program afresh."""
        with self._uow() as uow:
            stored = uow.drafts.list()
        payload = next((p for kind, _key, p, _when in stored if kind == RETURN_POINT), None)
        return None if payload is None else decode(RETURN_POINT, payload)

    def beside(self, kind: str, record_key: str) -> Any | None:
        """The draft of ``kind`` kept beside another under the same key, if there is one."""
        return next(
            (d.record for d in self.all() if d.kind == kind and d.record_key == record_key), None
        )

    def discard(self, kind: str, record_key: str) -> None:
        with self._uow() as uow:
            uow.drafts.remove(kind, record_key)
            uow.commit()
