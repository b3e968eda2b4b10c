"""Entities of the parent register as plain, immutable data.

``id`` is None for something not yet saved. Services hand these to the UI and accept them
back; storage maps them to and from its own models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bufapp.domain.enums import (
    AddressProtection,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
)


@dataclass(frozen=True)
class Office:
    municipality: str
    address: str = ""
    org_number: str = ""
    phone: str = ""  # the office's switchboard, printed in every letter
    email: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Caseworker:
    name: str
    title: str = "Saksbehandler"
    phone: str = ""
    email: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Parent:
    given_names: str
    family_name: str
    national_id: str | None = None
    birth_date: date | None = None
    address_line: str = ""
    postal_code: str = ""
    postal_town: str = ""
    phone: str = ""
    email: str = ""
    preferred_language: str = "norsk"  # the language the parent speaks best (free text)
    # The language the parent reads best, as a code (bufapp.languages): documents for the
    # parent are offered in it where they exist in it. Empty: the office's written standard.
    written_language: str = ""
    interpreter_language: str | None = None  # None: no interpreter needed
    # The interpreter the parent needs, as a category of Nasjonalt tolkeregister ("A"–"E");
    # empty: not said.
    interpreter_level: str = ""
    support_person: str = ""
    notes: str = ""
    # Fortrolig / strengt fortrolig: the address is never printed for anyone but the parent.
    address_protection: AddressProtection = AddressProtection.NONE
    id: int | None = None

    @property
    def has_confidential_address(self) -> bool:
        return self.address_protection is not AddressProtection.NONE

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_names, self.family_name) if part)

    @property
    def sort_name(self) -> str:
        return ", ".join(part for part in (self.family_name, self.given_names) if part)

    @property
    def needs_interpreter(self) -> bool:
        return bool(self.interpreter_language)


@dataclass(frozen=True)
class ParentLink:
    """A parent of a child, with the parent's role and whether they hold parental responsibility."""

    parent_id: int
    role: ParentRole
    parental_responsibility: bool = True


@dataclass(frozen=True)
class Child:
    given_names: str
    family_name: str
    birth_date: date
    case_number: str
    national_id: str | None = None
    parents: tuple[ParentLink, ...] = field(default_factory=tuple)
    id: int | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_names, self.family_name) if part)


@dataclass(frozen=True)
class Placement:
    child_id: int
    basis: PlacementBasis
    place_type: PlaceType
    start_date: date
    end_date: date | None = None
    end_reason: PlacementEndReason | None = None
    place_name: str = ""  # "Fosterhjem i Kautokeino", "Solbakken barnevernsinstitusjon"
    carer_names: str = ""  # the foster parents, or the institution's contact person
    place_address: str = ""
    place_municipality: str = ""
    place_phone: str = ""
    # Bosted skjult for foreldrene: the county board decided the parents shall not know where
    # the child lives. Nothing above may then reach the parents or anyone who might pass it on.
    whereabouts_hidden: bool = False
    hidden_decided_on: date | None = None
    hidden_basis: str = ""  # the decision: who made it and what it says
    id: int | None = None

    def is_ongoing(self, on: date) -> bool:
        return self.start_date <= on and (self.end_date is None or self.end_date >= on)
