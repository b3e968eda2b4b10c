"""The follow-up itself (seed 002 §§ 2.3–2.4, 4.2–4.5): the child's plans it starts from, its
purpose, what the parent has been told and understood, the service's assessment of the way home,
the parent's own evaluation, and the parent's wishes answered with reasons.

The agreement about how the parent and the service work together is ``ContactPlan``
(``domain.contact_log``): the frequency it always had, and how, where and with whom.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bufapp.domain.enums import (
    ChildPlanKind,
    HomeOutlook,
    InformationManner,
    Understanding,
    WishKind,
    WishOutcome,
)


@dataclass(frozen=True)
class ChildPlan:
    """The child's tiltaksplan (voluntary placement) or omsorgsplan (care order): its date,
    goal and time frame, so the parent's follow-up can be checked against them."""

    child_id: int
    kind: ChildPlanKind
    dated: date
    goal: str = ""
    time_frame: str = ""
    id: int | None = None


@dataclass(frozen=True)
class FollowUpPurpose:
    """Why the service follows up this parent, in the parent's words and the caseworker's."""

    parent_id: int
    parent_words: str = ""
    caseworker_words: str = ""
    agreed_on: date | None = None


@dataclass(frozen=True)
class InformationGiven:
    """One time an item of the information checklist was given. The latest one per item says
    where the item stands; the earlier ones are its history."""

    parent_id: int
    item: str  # a key of the checklist in forms/followup.toml
    given_on: date
    manner: InformationManner = InformationManner.TALK
    with_interpreter: bool = False
    with_support_person: bool = False
    understood: Understanding = Understanding.UNCONFIRMED
    repeat_on: date | None = None
    note: str = ""
    entry_id: int | None = None  # the contact it was given in, if any
    id: int | None = None


@dataclass(frozen=True)
class InformationTicks:
    """The checklist items ticked in a contact not yet saved, kept as a draft beside it."""

    items: tuple[str, ...] = ()
    understood: Understanding = Understanding.UNCONFIRMED


@dataclass(frozen=True)
class Assessment:
    """The service's assessment, written for the parent: what it would take for the child to
    move home, or why the parent cannot expect that now."""

    parent_id: int
    written_on: date
    outlook: HomeOutlook
    text: str
    reassess_on: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class ParentEvaluation:
    """The parent's own evaluation of how the placement is carried out (seed 002 § 2.4)."""

    parent_id: int
    on: date
    words: str
    entry_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Wish:
    """A wish in the parent's words; answered, and when refused, with the professional reason."""

    parent_id: int
    kind: WishKind
    words: str
    wished_on: date
    answer_by: date | None = None
    answered_on: date | None = None
    outcome: WishOutcome | None = None
    answer: str = ""
    reason: str = ""
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.answered_on is None
