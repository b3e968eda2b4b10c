"""A referral says whom it concerns and on what terms, carries only what the consent covers,
and never what its reader may not know (issue 16 §1–§3), on a real vault with the hidden family:
Máret's son lives where the parents may not know, and Máret and Piera have confidential
addresses."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from bufapp.domain.audit import AuditAction
from bufapp.domain.consent import Consent, LegalBasisException, Service
from bufapp.domain.enums import ConsentForm, DocumentKind, InformationCategory, ServiceType
from bufapp.domain.national_id import make_synthetic
from bufapp.domain.referral import Referral
from bufapp.errors import DisclosureBlocked, ValidationFailed
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.documents import DocumentService
from bufapp.services.referrals.service import ReferralService
from bufapp.services.register import RegisterService
from tests.conftest import TODAY
from tests.disclosure_family import (
    CARER_FAMILY,
    MARET_STREET,
    MUNICIPALITY,
    PIERA_STREET,
    WHEREABOUTS,
    HiddenFamily,
    add_hidden_family,
)
from tests.documents.pdf_checks import assert_in_order, flat

C = InformationCategory
GIVEN = TODAY - timedelta(days=20)
REQUEST = "Vi ber NAV vurdere bostøtte, slik at Máret kan ha Ánde på samvær hjemme."


@dataclass(frozen=True)
class Setup:
    family: HiddenFamily
    referrals: ReferralService
    consents: ConsentService
    register: RegisterService
    nav: Service


@pytest.fixture
def setup(register: RegisterService, contact_log: ContactLogService, tmp_path: Path) -> Setup:
    family = add_hidden_family(register, contact_log, TODAY)
    uow = register.unit_of_work
    referrals = ReferralService(uow, today=lambda: TODAY, forms_override=tmp_path)
    consents = ConsentService(uow, today=lambda: TODAY)
    nav = DirectoryService(uow).save(
        Service("NAV Kárášjohka", ServiceType.NAV, "Postboks 44, 9735 Karasjok")
    )
    # dok-1's consent: «Personalia, Økonomi og bolig», nothing about the children.
    consents.save(
        Consent(family.maret_id, "Bostøtte", (C.PERSONAL_DETAILS, C.FINANCES_AND_HOUSING),
                GIVEN, ConsentForm.WRITTEN, service_id=nav.id)
    )  # fmt: skip
    return Setup(family, referrals, consents, register, nav)


def _draft(s: Setup, **fields: object) -> Referral:
    base = Referral(
        s.family.maret_id,
        s.nav.id or 0,
        REQUEST,
        categories=(C.PERSONAL_DETAILS, C.FINANCES_AND_HOUSING),
        child_ids=(s.family.ande_id,),
    )
    return s.referrals.save_draft(replace(base, **fields))  # type: ignore[arg-type]


def _assert_keeps_secrets(text: str, *streets: str) -> None:
    for secret in (*WHEREABOUTS, *streets):
        assert secret not in text, secret


def test_the_letter_says_whom_it_concerns_on_which_consent_and_how_to_reach_us(
    setup: Setup,
) -> None:
    draft = _draft(setup, your_reference="NAV-2026-881")
    finished = setup.referrals.finish(draft.id or 0)
    text = flat(setup.referrals.letter(finished.id or 0))
    assert_in_order(
        text,
        [
            "Henvisning til NAV Kárášjohka",
            "Gjelder",
            "Navn: Máret Čuđe",
            "Fødselsdato: 02.04.1990",
            "Adresse: Fortrolig adresse – ikke oppgitt",
            "Telefon: 412 34 567",
            "Språk: nordsamisk, trenger tolk (nordsamisk)",
            "Hva vi ber om",
            REQUEST,
            "Forelderen samtykket 26.05.2026 til at disse opplysningene gis til NAV "
            "Kárášjohka: Personalia, Økonomi og bolig.",
            "Mottakeren har selv taushetsplikt",
        ],
    )
    assert "NAV-2026-881" in text  # Deres ref.
    assert "Tlf. 78 46 70 00" in text  # the office
    assert "tlf. 909 12 345 · e-post inga@karasjok.kommune.no" in text  # the caseworker
    _assert_keeps_secrets(text, MARET_STREET, PIERA_STREET)


def test_the_parents_copy_says_what_the_service_was_told_and_nothing_hidden(
    setup: Setup,
) -> None:
    finished = setup.referrals.finish(_draft(setup).id or 0)
    text = flat(setup.referrals.letter(finished.id or 0, for_parent=True))
    assert "Kopi til deg: Henvisning til NAV Kárášjohka" in text
    assert "Adresse: Fortrolig adresse – ikke oppgitt" in text  # as the service read it
    assert MARET_STREET in text  # her own address, in her own envelope window
    _assert_keeps_secrets(text, PIERA_STREET)


def test_without_personal_details_only_the_name_is_given(setup: Setup) -> None:
    setup.consents.save(
        Consent(setup.family.maret_id, "Bolig", (C.FINANCES_AND_HOUSING,), GIVEN,
                ConsentForm.WRITTEN, service_type=ServiceType.HOUSING)
    )  # fmt: skip
    housing = DirectoryService(setup.register.unit_of_work).save(
        Service("Boligkontoret i Karasjok", ServiceType.HOUSING)
    )
    draft = _draft(
        setup, service_id=housing.id or 0, request="", categories=(C.FINANCES_AND_HOUSING,)
    )
    text = flat(setup.referrals.letter(draft.id or 0))
    assert "Navn: Máret Čuđe" in text and "Fødselsdato" not in text and "412 34 567" not in text
    assert "Forelderen har ikke samtykket til at flere personopplysninger gis." in text
    # A consent to every housing office is named as such in the letter.
    assert "gis til alle boligkontor: Økonomi og bolig." in text


def test_the_national_id_is_printed_only_when_ticked_and_personal_details_are_covered(
    setup: Setup,
) -> None:
    parent = setup.register.parent(setup.family.maret_id)
    national_id = make_synthetic(date(1990, 4, 2), 123) or ""
    setup.register.save_parent(replace(parent, national_id=national_id))
    without = setup.referrals.finish(_draft(setup).id or 0)
    assert national_id not in flat(setup.referrals.letter(without.id or 0))
    ticked = setup.referrals.finish(_draft(setup, include_national_id=True).id or 0)
    text = flat(setup.referrals.letter(ticked.id or 0))
    assert f"Fødselsnummer: {national_id}" in text and "Fødselsdato" not in text

    dps = DirectoryService(setup.register.unit_of_work).save(
        Service("Midt-Finnmark DPS", ServiceType.ADULT_MENTAL_HEALTH)
    )
    setup.consents.save(
        Consent(setup.family.maret_id, "Samtaler", (C.MENTAL_HEALTH,), GIVEN,
                ConsentForm.WRITTEN, service_id=dps.id)
    )  # fmt: skip
    refused = _draft(
        setup, service_id=dps.id or 0, request="", categories=(C.MENTAL_HEALTH,),
        include_national_id=True,
    )  # fmt: skip
    with pytest.raises(ValidationFailed) as caught:
        setup.referrals.finish(refused.id or 0)
    assert "«Personalia» gis" in caught.value.for_field("include_national_id")[0]


def test_dok_1_text_about_the_children_without_that_consent_is_refused_with_its_field(
    setup: Setup,
) -> None:
    words = "Barna bor i fosterhjem. Samvær hver tredje helg, med tilsyn."
    for field in ("current_situation", "about_children"):
        draft = _draft(setup, **{field: words})
        with pytest.raises(ValidationFailed) as caught:
            setup.referrals.finish(draft.id or 0)
        (message,) = caught.value.for_field(field)
        assert "kan bare fylles ut når" in message
        assert setup.referrals.documents(draft.id or 0) == []
    assert "«Om barna» hører til «Opplysninger om barna»" in message
    # The editor is told the same, before anything is written.
    closed = setup.referrals.sections(draft)
    sections = {"about_children", "current_situation", "tried_before"}
    assert set(closed) == sections | {"include_national_id"}  # Máret has none registered
    assert closed["about_children"] == message


def test_a_written_exception_opens_the_childrens_section(setup: Setup) -> None:
    exception = LegalBasisException(
        C.CHILDREN, "barnevernsloven § 13-4", "NAV må vite at barnet er på samvær hjemme."
    )
    draft = _draft(
        setup, about_children="Ánde er på samvær hjemme annenhver helg.", exceptions=(exception,)
    )
    finished = setup.referrals.finish(draft.id or 0)
    text = flat(setup.referrals.letter(finished.id or 0))
    assert_in_order(text, ["Om barna", "Ánde er på samvær hjemme annenhver helg."])
    assert "Opplysninger om barna gis uten samtykke" in text


def test_free_text_naming_the_hidden_foster_home_blocks_finishing_with_the_field(
    setup: Setup,
) -> None:
    draft = _draft(setup, practical_needs=f"Samvær i {MUNICIPALITY} passer best.")
    with pytest.raises(DisclosureBlocked) as caught:
        setup.referrals.finish(draft.id or 0)
    assert caught.value.whereabouts
    assert "kommunen barnet bor i" in caught.value.for_field("practical_needs")[0]
    assert setup.referrals.documents(draft.id or 0) == []
    with pytest.raises(DisclosureBlocked):  # the preview is held to the same rules
        setup.referrals.letter(draft.id or 0)


def test_a_reason_lets_the_service_letter_name_it_but_never_the_parents_copy(
    setup: Setup,
) -> None:
    reason = "NAV må vite hvor samvær skjer for å vurdere reiseutgifter"
    draft = _draft(setup, attachments=(f"Reiseplan til familien {CARER_FAMILY}",))
    with pytest.raises(DisclosureBlocked) as caught:  # the copy goes to the parent
        setup.referrals.finish(draft.id or 0, reveal_reason=reason)
    assert caught.value.for_field("copy_to_parent") and not caught.value.whereabouts

    draft = setup.referrals.save_draft(replace(draft, copy_to_parent=False))
    finished = setup.referrals.finish(draft.id or 0, reveal_reason=reason)
    (kept,) = setup.referrals.documents(finished.id or 0)
    assert (kept.kind, kept.disclosure_reason) == (DocumentKind.REFERRAL, reason)
    assert CARER_FAMILY in flat(setup.referrals.letter(finished.id or 0))
    with setup.register.unit_of_work() as uow:
        trail = uow.audit_records.of_parent(setup.family.maret_id)
    assert any(r.action is AuditAction.WHEREABOUTS_INCLUDED and reason in r.detail for r in trail)


def test_a_confidential_address_in_the_text_is_refused_even_with_a_reason(setup: Setup) -> None:
    draft = _draft(setup, parent_words=f"Jeg bor ikke lenger i {PIERA_STREET} med Piera.")
    with pytest.raises(DisclosureBlocked) as caught:
        setup.referrals.finish(draft.id or 0, reveal_reason="Trengs")
    assert not caught.value.whereabouts and caught.value.for_field("parent_words")


def test_the_consent_declaration_keeps_the_family_secrets_and_names_the_recipient(
    setup: Setup, tmp_path: Path
) -> None:
    documents = DocumentService(setup.register.unit_of_work, today=lambda: TODAY)
    (consent,) = setup.consents.of_parent(setup.family.maret_id)
    text = flat(documents.consent_declaration(consent.id or 0, forms_override=tmp_path))
    assert "NAV Kárášjohka (NAV-kontor)" in text
    assert "Fortrolig adresse – ikke oppgitt" in text
    assert "tlf. 909 12 345" in text and "Tlf. 78 46 70 00" in text
    _assert_keeps_secrets(text, MARET_STREET, PIERA_STREET)

    told = setup.consents.save(replace(consent, id=None, purpose=f"Samvær i {MUNICIPALITY}"))
    with pytest.raises(DisclosureBlocked) as caught:
        documents.consent_declaration(told.id or 0, forms_override=tmp_path)
    assert caught.value.for_field("purpose") and caught.value.whereabouts


def test_the_text_is_checked_before_finishing_is_asked_and_nothing_is_stored(
    setup: Setup,
) -> None:
    draft = _draft(setup, request=REQUEST + f" {CARER_FAMILY} kjører.")
    with pytest.raises(DisclosureBlocked) as refused:
        setup.referrals.check_discreet(draft.id or 0)
    assert refused.value.for_field("request") and refused.value.whereabouts
    assert setup.referrals.documents(draft.id or 0) == []
    reason = "NAV må vite hvem som kjører, avklart med leder"
    with pytest.raises(DisclosureBlocked) as copy:  # the parent's copy can never carry it
        setup.referrals.check_discreet(draft.id or 0, reveal_reason=reason)
    assert copy.value.for_field("copy_to_parent") and not copy.value.whereabouts
    without_copy = setup.referrals.save_draft(replace(draft, copy_to_parent=False))
    setup.referrals.check_discreet(without_copy.id or 0, reveal_reason=reason)
