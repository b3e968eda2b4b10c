"""The consent gate in every direction: covered, missing, expired, withdrawn, not yet valid,
wrong recipient, a service type, an exception with and without its reason; and expiry notices."""

from __future__ import annotations

from datetime import date, timedelta

from bufapp.domain.consent import (
    Consent,
    LegalBasisException,
    Service,
    consent_deadlines,
    consent_gate,
)
from bufapp.domain.enums import ConsentForm, DeadlineKind, InformationCategory, ServiceType

TODAY = date(2026, 11, 30)
NAV = Service("NAV Fjellvik", ServiceType.NAV, id=1)
DPS = Service("DPS Nord-Troms", ServiceType.ADULT_MENTAL_HEALTH, id=2)
OTHER_DPS = Service("DPS Sør", ServiceType.ADULT_MENTAL_HEALTH, id=3)
HOUSING = InformationCategory.FINANCES_AND_HOUSING
HEALTH = InformationCategory.MENTAL_HEALTH
PERSONAL = InformationCategory.PERSONAL_DETAILS


def consent(**changes: object) -> Consent:
    values: dict[str, object] = {
        "parent_id": 7,
        "purpose": "Hjelp til bolig",
        "categories": (PERSONAL, HOUSING),
        "given_on": TODAY - timedelta(days=60),
        "how": ConsentForm.WRITTEN,
        "service_id": NAV.id,
        "signed_declaration": True,
        "id": 11,
    }
    values.update(changes)
    return Consent(**values)  # type: ignore[arg-type]


def test_covered_categories_are_allowed_with_the_consent_that_covers_them() -> None:
    decision = consent_gate(NAV, [PERSONAL, HOUSING], [consent()], TODAY)
    assert decision.open
    assert [(a.category, a.consent_id) for a in decision.allowed] == [(PERSONAL, 11), (HOUSING, 11)]


def test_a_category_without_consent_is_blocked_with_the_reason() -> None:
    decision = consent_gate(NAV, [PERSONAL, HEALTH], [consent()], TODAY)
    assert [a.category for a in decision.allowed] == [PERSONAL]
    (blocked,) = decision.blocked
    assert blocked.category is HEALTH
    assert (
        blocked.why == "Forelderen har ikke samtykket til at «Psykisk helse» gis til NAV Fjellvik."
    )


def test_an_expired_consent_blocks_from_the_day_after_it_ends() -> None:
    last_day = TODAY - timedelta(days=1)
    assert consent_gate(NAV, [HOUSING], [consent(valid_until=TODAY)], TODAY).open
    decision = consent_gate(NAV, [HOUSING], [consent(valid_until=last_day)], TODAY)
    assert decision.blocked[0].why.endswith(f"gjaldt til {last_day:%d.%m.%Y}.")


def test_a_withdrawn_consent_blocks_from_the_day_it_was_withdrawn() -> None:
    withdrawn = consent(withdrawn_on=TODAY)
    decision = consent_gate(NAV, [HOUSING], [withdrawn], TODAY)
    assert "ble trukket tilbake 30.11.2026" in decision.blocked[0].why
    assert consent_gate(NAV, [HOUSING], [withdrawn], TODAY - timedelta(days=1)).open


def test_a_consent_given_later_does_not_cover_today() -> None:
    decision = consent_gate(NAV, [HOUSING], [consent(given_on=TODAY + timedelta(days=1))], TODAY)
    assert "senere dato" in decision.blocked[0].why


def test_a_consent_for_another_recipient_does_not_open_the_gate() -> None:
    decision = consent_gate(DPS, [HOUSING], [consent()], TODAY)
    assert decision.blocked[0].why == (
        "Samtykket som dekker «Økonomi og bolig» gjelder en annen mottaker enn DPS Nord-Troms."
    )


def test_a_consent_for_a_service_type_covers_every_service_of_that_type() -> None:
    to_any_dps = consent(
        service_id=None, service_type=ServiceType.ADULT_MENTAL_HEALTH, categories=(HEALTH,)
    )
    assert consent_gate(DPS, [HEALTH], [to_any_dps], TODAY).open
    assert consent_gate(OTHER_DPS, [HEALTH], [to_any_dps], TODAY).open
    assert not consent_gate(NAV, [HEALTH], [to_any_dps], TODAY).open


def test_an_exception_opens_a_category_only_with_legal_basis_and_written_reason() -> None:
    reasoned = LegalBasisException(HEALTH, "barnevernsloven § 13-4", "Fare for liv og helse.")
    decision = consent_gate(NAV, [HEALTH], [], TODAY, [reasoned])
    (allowed,) = decision.allowed
    assert allowed.consent_id is None and allowed.exception == reasoned
    unreasoned = LegalBasisException(HEALTH, "barnevernsloven § 13-4", "  ")
    blocked = consent_gate(NAV, [HEALTH], [], TODAY, [unreasoned]).blocked[0]
    assert blocked.why.endswith("Et unntak krever både hjemmel og en skriftlig begrunnelse.")


def test_withdrawing_blocks_what_depended_on_the_consent() -> None:
    given = consent()
    assert consent_gate(NAV, [PERSONAL, HOUSING], [given], TODAY).open
    withdrawn = consent(withdrawn_on=TODAY - timedelta(days=2), withdrawal_note="Ringte og trakk")
    decision = consent_gate(NAV, [PERSONAL, HOUSING], [withdrawn], TODAY)
    assert [b.category for b in decision.blocked] == [PERSONAL, HOUSING]


def test_expiring_consents_show_thirty_days_ahead_and_not_when_withdrawn() -> None:
    soon = consent(id=1, valid_until=TODAY + timedelta(days=30))
    later = consent(id=2, valid_until=TODAY + timedelta(days=31))
    gone = consent(id=3, valid_until=TODAY + timedelta(days=5), withdrawn_on=TODAY)
    open_ended = consent(id=4)
    (deadline,) = consent_deadlines([soon, later, gone, open_ended], TODAY)
    assert (deadline.kind, deadline.due, deadline.ref) == (
        DeadlineKind.CONSENT_EXPIRES,
        TODAY + timedelta(days=30),
        1,
    )
    assert deadline.title == "Samtykke utløper: Hjelp til bolig"
