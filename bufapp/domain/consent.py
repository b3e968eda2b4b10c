"""Services, consents and the consent gate.

Only information the parent has consented to may be passed on to another service (DOMAIN.md,
section 9). A consent is specific: which categories, to whom (one service, or every service of
a type), for what; it can expire and be withdrawn. The gate decides, category by category,
what a referral may include, and says why anything is blocked. A legal basis other than
consent can open a category, but only with a written reason, which is stored with the referral.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import (
    ConsentForm,
    ConsentStatus,
    DeadlineKind,
    InformationCategory,
    ServiceType,
)

EXPIRY_NOTICE_DAYS = 30  # an expiring consent shows in Oversikt this long before


@dataclass(frozen=True)
class Service:
    """A service in the office's directory (adressebok)."""

    name: str
    type: ServiceType
    postal_address: str = ""
    phone: str = ""
    email: str = ""
    contact_person: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Consent:
    parent_id: int
    purpose: str
    categories: tuple[InformationCategory, ...]
    given_on: date
    how: ConsentForm
    service_id: int | None = None  # a consent names one service …
    service_type: ServiceType | None = None  # … or every service of a type
    signed_declaration: bool = False
    valid_until: date | None = None
    withdrawn_on: date | None = None
    withdrawal_note: str = ""
    id: int | None = None

    def recipient_matches(self, service: Service) -> bool:
        if self.service_id is not None:
            return self.service_id == service.id
        return self.service_type is service.type

    def in_force(self, on: date) -> bool:
        if on < self.given_on:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= on:
            return False
        return self.valid_until is None or on <= self.valid_until


@dataclass(frozen=True)
class LegalBasisException:
    """Sharing a category without consent, on another legal basis, with the reason written."""

    category: InformationCategory
    legal_basis: str
    reason: str


@dataclass(frozen=True)
class Allowed:
    category: InformationCategory
    consent_id: int | None  # None: opened by an exception
    exception: LegalBasisException | None = None


@dataclass(frozen=True)
class Blocked:
    category: InformationCategory
    why: str


@dataclass(frozen=True)
class GateDecision:
    allowed: tuple[Allowed, ...]
    blocked: tuple[Blocked, ...]

    @property
    def open(self) -> bool:
        return not self.blocked


def _why_not(
    category: InformationCategory, service: Service, consents: Sequence[Consent], on: date
) -> str:
    """The most useful explanation of why no consent covers the category for the service."""
    label = f"«{category.label}»"
    for_service = [c for c in consents if c.recipient_matches(service) and category in c.categories]
    withdrawn = [c for c in for_service if c.withdrawn_on is not None and c.withdrawn_on <= on]
    if withdrawn:
        last = max(c.withdrawn_on for c in withdrawn if c.withdrawn_on is not None)
        return f"Samtykket som dekket {label} ble trukket tilbake {last:%d.%m.%Y}."
    expired = [c for c in for_service if c.valid_until is not None and c.valid_until < on]
    if expired:
        last = max(c.valid_until for c in expired if c.valid_until is not None)
        return f"Samtykket som dekket {label} gjaldt til {last:%d.%m.%Y}."
    if any(c.given_on > on for c in for_service):
        return f"Samtykket som dekker {label} gjelder først fra en senere dato."
    elsewhere = [c for c in consents if category in c.categories and c.in_force(on)]
    if elsewhere:
        return f"Samtykket som dekker {label} gjelder en annen mottaker enn {service.name}."
    return f"Forelderen har ikke samtykket til at {label} gis til {service.name}."


def consent_gate(
    service: Service,
    wanted: Iterable[InformationCategory],
    consents: Sequence[Consent],
    on: date,
    exceptions: Sequence[LegalBasisException] = (),
) -> GateDecision:
    """Which of the ``wanted`` categories may go to ``service`` on the day ``on``, and why not."""
    allowed: list[Allowed] = []
    blocked: list[Blocked] = []
    for category in dict.fromkeys(wanted):
        covering = next(
            (
                c
                for c in consents
                if category in c.categories and c.recipient_matches(service) and c.in_force(on)
            ),
            None,
        )
        if covering is not None:
            allowed.append(Allowed(category, covering.id))
            continue
        exception = next((e for e in exceptions if e.category is category), None)
        if exception is not None and exception.reason.strip() and exception.legal_basis.strip():
            allowed.append(Allowed(category, None, exception))
            continue
        why = _why_not(category, service, consents, on)
        if exception is not None:
            why += " Et unntak krever både hjemmel og en skriftlig begrunnelse."
        blocked.append(Blocked(category, why))
    return GateDecision(tuple(allowed), tuple(blocked))


def consent_deadlines(consents: Iterable[Consent], today: date) -> list[Deadline]:
    """Consents in force that expire within EXPIRY_NOTICE_DAYS, for Oversikt."""
    deadlines = []
    for consent in consents:
        until = consent.valid_until
        if until is None or not consent.in_force(today):
            continue
        if until <= today + timedelta(days=EXPIRY_NOTICE_DAYS):
            deadlines.append(
                Deadline(
                    DeadlineKind.CONSENT_EXPIRES,
                    consent.parent_id,
                    until,
                    f"Samtykke utløper: {consent.purpose}",
                    ref=consent.id,
                )
            )
    return deadlines


def consent_status(consent: Consent, today: date) -> ConsentStatus:
    """The consent's state on ``today``, by the domain's own rule of when a consent holds."""
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        return ConsentStatus.WITHDRAWN
    if consent.in_force(today):
        until = consent.valid_until
        if until is not None and until <= today + timedelta(days=EXPIRY_NOTICE_DAYS):
            return ConsentStatus.EXPIRES_SOON
        return ConsentStatus.IN_FORCE
    if consent.valid_until is not None and consent.valid_until < today:
        return ConsentStatus.EXPIRED
    return ConsentStatus.NOT_YET
