"""Group offers and courses (issue 22 § 4, seed 000): the catalogue of groups and courses in the
office's area, and each parent's way through them — told of the offers, referred, started,
the sessions attended, completed or stopped, and the parent's own evaluation.

An offer that has had participants is never deleted: it is ended (``active=False``), so the
parents' records keep what they took part in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bufapp.domain.enums import GroupOfferType, OfferAnswer
from bufapp.domain.words import N_

# Told of the offers within this many days of the placement (a norm the office may change in
# the service; the guideline says only that the service «bør være orientert om» them).
TELL_WITHIN_DAYS = 30
USEFULNESS = (1, 2, 3, 4, 5)  # «Hvor nyttig var gruppen for deg?» 1 = ikke nyttig, 5 = svært nyttig


@dataclass(frozen=True)
class GroupOffer:
    """One group or course in the catalogue. The provider is a service in the address book
    (``provider_id``) or, when it is not there, named in words (``provider_name``)."""

    name: str
    offer_type: GroupOfferType
    provider_id: int | None = None
    provider_name: str = ""
    own_office: bool = False  # the family counselling office's own offer
    starts_on: date | None = None
    ends_on: date | None = None
    schedule: str = ""  # «Tirsdager 18–20, annenhver uke»
    sessions: int | None = None  # how many meetings the group has
    place: str = ""
    contact: str = ""  # the contact person, phone or e-mail
    sign_up: str = ""  # how to sign up
    description: str = ""
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class GroupParticipation:
    """A parent's way through one offer (``offer_id``), or, without an offer, the record that
    the parent was told of the offers in general and what they answered."""

    parent_id: int
    offer_id: int | None = None
    informed_on: date | None = None
    answer: OfferAnswer | None = None
    referred_on: date | None = None
    started_on: date | None = None
    sessions_attended: int | None = None
    completed_on: date | None = None
    stopped_on: date | None = None
    stopped_reason: str = ""
    evaluation: str = ""  # the parent's own words
    usefulness: int | None = None  # 1–5, «Hvor nyttig»
    note: str = ""
    id: int | None = None

    @property
    def step(self) -> str:
        """Where the parent is, in a word or two."""
        word, answer = self.step_parts
        return f"{word} – {answer.lower()}" if answer else word

    @property
    def step_parts(self) -> tuple[str, str | None]:
        """``step`` in its parts, for an interface that translates them: the step, and after
        «Informert» the parent's answer (a label), if any."""
        if self.completed_on is not None:
            return N_("Fullført"), None
        if self.stopped_on is not None:
            return N_("Avsluttet før tiden"), None
        if self.started_on is not None:
            return N_("Deltar"), None
        if self.referred_on is not None:
            return N_("Henvist"), None
        if self.informed_on is not None:
            return N_("Informert"), (self.answer.label if self.answer else None)
        return N_("Ikke informert"), None


@dataclass(frozen=True)
class Uptake:
    """How many parents were told of, referred to, started and completed an offer (or all the
    offers of a type): the office report's figures. Counted per participation record."""

    informed: int = 0
    referred: int = 0
    started: int = 0
    completed: int = 0
    stopped: int = 0
