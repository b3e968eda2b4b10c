"""Services, consents and the consent gate.

Only information the parent has consented to may be passed on to another service (DOMAIN.md,
section 9). A consent is specific: which categories, to whom (one service, or every service of
a type), for what; it can expire and be withdrawn. The gate decides, category by category,
what a referral may include, and says why anything is blocked. A legal basis other than
consent can open a category, but only with a written reason, which is stored with the referral.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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
from bufapp.domain.words import N_, translatable
from bufapp.errors import FieldProblem, ValidationFailed

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
    why: str  # in bokmål, filled in: what letters, the register and the log say
    # The same, for the interface to translate: ``reason`` is the N_-marked text before its
    # blanks are filled in ({category} is the category's label; ``blanks`` hold the rest), and
    # ``needs_both`` adds EXCEPTION_INCOMPLETE.
    reason: str = ""
    blanks: tuple[tuple[str, str], ...] = ()
    needs_both: bool = False


@dataclass(frozen=True)
class GateDecision:
    allowed: tuple[Allowed, ...]
    blocked: tuple[Blocked, ...]

    @property
    def open(self) -> bool:
        return not self.blocked


EXCEPTION_INCOMPLETE = N_("Et unntak krever både hjemmel og en skriftlig begrunnelse.")


def _why_not(
    category: InformationCategory, service: Service, consents: Sequence[Consent], on: date
) -> tuple[str, dict[str, str]]:
    """The most useful explanation of why no consent covers the category for the service: the
    text (N_-marked, with a {category} blank) and its other blanks."""
    for_service = [c for c in consents if c.recipient_matches(service) and category in c.categories]
    withdrawn = [c for c in for_service if c.withdrawn_on is not None and c.withdrawn_on <= on]
    if withdrawn:
        last = max(c.withdrawn_on for c in withdrawn if c.withdrawn_on is not None)
        return N_("Samtykket som dekket «{category}» ble trukket tilbake {date}."), {
            "date": f"{last:%d.%m.%Y}"
        }
    expired = [c for c in for_service if c.valid_until is not None and c.valid_until < on]
    if expired:
        last = max(c.valid_until for c in expired if c.valid_until is not None)
        return N_("Samtykket som dekket «{category}» gjaldt til {date}."), {
            "date": f"{last:%d.%m.%Y}"
        }
    if any(c.given_on > on for c in for_service):
        return N_("Samtykket som dekker «{category}» gjelder først fra en senere dato."), {}
    elsewhere = [c for c in consents if category in c.categories and c.in_force(on)]
    if elsewhere:
        return N_("Samtykket som dekker «{category}» gjelder en annen mottaker enn {service}."), {
            "service": service.name
        }
    return N_("Forelderen har ikke samtykket til at «{category}» gis til {service}."), {
        "service": service.name
    }


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
        reason, blanks = _why_not(category, service, consents, on)
        why = reason.format(category=category.label, **blanks)
        if exception is not None:
            why += " " + EXCEPTION_INCOMPLETE
        blocked.append(
            Blocked(category, why, reason, tuple(blanks.items()), needs_both=exception is not None)
        )
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


# A consent to every service of a type, as the parent and the recipient read it.
_ALL_OF_TYPE = {
    ServiceType.NAV: N_("alle NAV-kontor"),
    ServiceType.GP: N_("alle fastleger"),
    ServiceType.ADULT_MENTAL_HEALTH: N_(
        "alle DPS-er og andre tjenester i psykisk helsevern for voksne"
    ),
    ServiceType.SUBSTANCE_TREATMENT: N_("alle tjenester for rusbehandling"),
    ServiceType.MUNICIPAL_MENTAL_HEALTH: N_("alle kommunale psykisk helse- og rustjenester"),
    ServiceType.FAMILY_COUNSELLING: N_("alle familievernkontor"),
    ServiceType.HOUSING: N_("alle boligkontor"),
    ServiceType.CRISIS_CENTRE: N_("alle krisesentre"),
    ServiceType.VOLUNTARY: N_("alle frivillige organisasjoner"),
}


def all_of_type(kind: ServiceType) -> str:
    """«alle fastleger»: a consent to a whole type of service, named as such."""
    return _ALL_OF_TYPE.get(kind, f"alle tjenester av typen «{kind.label}»")


def recipient_text(
    consent: Consent, services: Mapping[int, Service], with_type: bool = True
) -> str:
    """Whom the consent lets information go to: the named service (``with_type``: and its type,
    so «Fjellvik legekontor» reads as the parent's own GP), or every service of a type
    («alle fastleger»)."""
    if consent.service_id is not None:
        service = services.get(consent.service_id)
        if service is None:
            return N_("(tjeneste som ikke finnes lenger)")
        if not with_type or service.type is ServiceType.OTHER:
            return service.name
        return f"{service.name} ({service.type.label})"
    if consent.service_type is not None:
        return all_of_type(consent.service_type)
    return ""


def listed_recipient(consent: Consent, services: Mapping[int, Service]) -> str:
    """The recipient as a list of consents shows it: «NAV Fjellvik», «Alle fastleger»."""
    text = recipient_text(consent, services, with_type=False)
    return text[:1].upper() + text[1:]


# --- What each free-text section of a document may carry (DOMAIN.md: consent is per category) --


def section_categories(raw: Mapping[str, str]) -> dict[str, InformationCategory]:
    """A form's ``[section_categories]`` (section name → category code) as categories. An
    unknown code is an error naming it: a misspelt override must not let text through."""
    known = {c.value: c for c in InformationCategory}
    sections = {}
    for section, code in raw.items():
        if code not in known:
            why = f"Skjemaet sier at «{section}» hører til «{code}», som ikke er en kategori."
            raise ValidationFailed([FieldProblem(section, why + " Rett skjemaet i forms/.")])
        sections[section] = known[code]
    return sections


def uncovered_sections(
    sections: Mapping[str, InformationCategory], covered: Iterable[InformationCategory]
) -> dict[str, InformationCategory]:
    """The sections (by name) whose category ``covered`` leaves out: they may not be filled in."""
    allowed = set(covered)
    return {name: category for name, category in sections.items() if category not in allowed}


def section_problems(
    texts: Mapping[str, str],
    sections: Mapping[str, InformationCategory],
    covered: Iterable[InformationCategory],
    labels: Mapping[str, str],
) -> list[FieldProblem]:
    """One problem per written section whose category is not covered, naming the field and
    the category. A section the form gives no category is never refused here."""
    uncovered = uncovered_sections(sections, covered)
    return [
        FieldProblem(name, uncovered_message(labels.get(name, name), uncovered[name]))
        for name, text in texts.items()
        if text.strip() and name in uncovered
    ]


def uncovered_message(label: str, category: InformationCategory) -> str:
    return translatable(
        "«{field}» hører til «{category}». Den kan bare fylles ut når «{category}» gis til "
        "mottakeren, med samtykke eller annet rettsgrunnlag. Ta teksten bort, eller kryss av "
        "for kategorien hvis samtykket dekker den.",
        field=translatable(label),
        category=translatable(category.label),
    )
