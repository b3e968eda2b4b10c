"""Innsyn for a family whose documents must keep secrets (issue 16 §1 and §4), on a real vault:
the access pack, the access report and the contact-log extract made for a parent say nothing
of where a child with hidden whereabouts lives, nor the other parent's confidential address,
nor the other parent's own words or a child who is not theirs; each thing withheld is listed
with its legal basis. An exemption needs a basis from the vetted list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from reportlab.platypus import Spacer

from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letter, Letterhead, build_pages
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import Audience, ContactForm, DocumentKind, MemberRole
from bufapp.domain.groups import GroupMember, ResponsibilityGroup
from bufapp.errors import ValidationFailed
from bufapp.services.access.service import AccessService
from bufapp.services.clock import OSLO
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.documents import DocumentService
from bufapp.services.groups.service import GroupService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import TODAY
from tests.disclosure_family import (
    MARET_STREET,
    PIERA_STREET,
    PIERA_WORDS,
    PLACE_PHONE,
    SARA,
    WHEREABOUTS,
    HiddenFamily,
    add_hidden_family,
)
from tests.documents.pdf_checks import flat

Uow = Callable[[], UnitOfWork]
HIDDEN = "Bostedet er skjult for foreldrene"
WHEREABOUTS_BASIS = "barnevernsloven § 7-2"
NAMES_CARERS = "Ánde koste seg hos Niillas i helgen."  # free text naming a foster parent
EXEMPT = "Ánde fortalte om et vanskelig samvær."
EXEMPT_REASON = "Barnet ba om at dette ikke skulle fortelles videre"
WITHDRAWN = "Feilført: samtalen gjaldt en annen familie."
PIERA_OWN = "Piera ringte om bolig."
YEAR = (TODAY - timedelta(days=365), TODAY)


@pytest.fixture
def uow(vault: Vault) -> Uow:
    return lambda: UnitOfWork(vault.session_factory)


@pytest.fixture
def family(register: RegisterService, contact_log: ContactLogService, uow: Uow) -> HiddenFamily:
    family = add_hidden_family(register, contact_log, TODAY)
    day = TODAY - timedelta(days=5)

    def entry(parent_id: int, summary: str, days: int, **kw: object) -> ContactEntry:
        when = datetime.combine(day - timedelta(days=days), time(9, 0), tzinfo=OSLO)
        return contact_log.save(
            ContactEntry(parent_id, when, ContactForm.PHONE, child_ids=(family.ande_id,),
                         summary=summary, **kw), final=True,  # type: ignore[arg-type]
        )  # fmt: skip

    entry(family.maret_id, NAMES_CARERS, 1)
    entry(family.maret_id, EXEMPT, 2, exempt_reason=EXEMPT_REASON, exempt_basis="fvl_19_1_d")
    withdrawn = entry(family.maret_id, WITHDRAWN, 3)
    contact_log.withdraw(withdrawn.id or 0, "Ført på feil forelder")
    entry(family.piera_id, PIERA_OWN, 4)
    # A kept document whose title names the foster home: its title is in the audit trail too.
    DocumentService(uow).keep(
        DocumentKind.CONTACT_EXTRACT, family.maret_id, f"Notat om {WHEREABOUTS[0]}", _pdf()
    )
    return family


def _pdf() -> bytes:
    letter = Letter(recipient=(), heading="Notat", paragraphs=(), caseworker="", dated=TODAY)
    return build_pages(letter, Letterhead("Kommune"), load_form("common"), [Spacer(1, 1)])


def assert_discreet(text: str, *more: str) -> None:
    for secret in (*WHEREABOUTS, PLACE_PHONE, PIERA_STREET, *more):
        assert secret.casefold() not in text.casefold(), secret


def test_the_pack_hides_the_placement_and_lists_what_it_withholds(
    uow: Uow, family: HiddenFamily
) -> None:
    text = flat(AccessService(uow).pack_pdf(family.maret_id))
    assert_discreet(text, PIERA_WORDS, SARA, "Sara", PIERA_OWN, EXEMPT)
    assert HIDDEN in text and MARET_STREET in text  # her own address, in her own pack
    assert "Felles samtale om samvær med Ánde." in text  # the joint entry, without his words
    assert "Jeg gleder meg til å se Ánde." in text  # her own words
    assert WITHDRAWN in text and "Ført på feil forelder" in text  # withdrawn, with its text
    withheld = text[text.index("Dette er unntatt innsyn Disse") :]
    assert EXEMPT_REASON in withheld and "§ 19 første ledd bokstav d" in withheld
    assert WHEREABOUTS_BASIS in withheld and "Opplysningen kan vise hvor barnet bor." in withheld
    assert "den andre forelderens egne ord" in withheld
    assert "navnet på et barn som ikke er ditt" in withheld
    assert "Tittelen er holdt tilbake" in text
    assert "Statsforvalteren" in text  # who decides a complaint


def test_the_other_parents_pack_leaves_out_her_words_and_her_address(
    uow: Uow, family: HiddenFamily
) -> None:
    text = flat(AccessService(uow).pack_pdf(family.piera_id))
    for secret in (*WHEREABOUTS, MARET_STREET, "Jeg gleder meg", NAMES_CARERS, EXEMPT):
        assert secret.casefold() not in text.casefold(), secret
    assert PIERA_OWN in text and PIERA_STREET in text and HIDDEN in text
    assert "Felles samtale om samvær med Ánde." in text  # he took part in it
    assert "den andre forelderens egne ord" in text


def test_the_access_report_keeps_the_secrets_and_cites_no_fvl_18(
    uow: Uow, family: HiddenFamily
) -> None:
    access = AccessService(uow)
    access.pack_pdf(family.maret_id)
    text = flat(access.report_pdf(family.maret_id))
    assert_discreet(text)
    assert "detalj holdt tilbake" in text and "artikkel 15" in text
    assert "§ 18" not in text and "I kolonnen «Hvem»" in text


def test_the_extract_for_the_parent_withholds_as_the_pack_does(
    uow: Uow, family: HiddenFamily
) -> None:
    documents = DocumentService(uow, today=lambda: TODAY)
    text = flat(documents.contact_extract(family.maret_id, *YEAR))
    assert_discreet(text, PIERA_WORDS, SARA, "Sara", EXEMPT, PIERA_OWN)
    assert "Jeg gleder meg til å se Ánde." in text and WITHDRAWN in text
    assert MARET_STREET in text  # the extract goes to her
    withheld = text[text.index("Dette er unntatt innsyn") :]
    assert EXEMPT_REASON in withheld and "§ 19 første ledd bokstav d" in withheld
    assert WHEREABOUTS_BASIS in withheld and "den andre forelderens egne ord" in withheld


def test_the_offices_own_extract_holds_everything_and_marks_the_exemption(
    uow: Uow, family: HiddenFamily
) -> None:
    documents = DocumentService(uow, today=lambda: TODAY)
    text = flat(documents.contact_extract(family.maret_id, *YEAR, audience=Audience.INTERNAL))
    assert EXEMPT in text and NAMES_CARERS in text and PIERA_WORDS in text
    assert "Unntatt innsyn for forelderen" in text and EXEMPT_REASON in text
    assert WITHDRAWN not in text  # the office's copy does not repeat a mistaken text
    assert MARET_STREET not in text  # no address: it is not sent


def test_an_exemption_needs_a_basis_from_the_vetted_list(
    contact_log: ContactLogService, family: HiddenFamily
) -> None:
    from bufapp.services.access.reader import exemption_bases  # new with the vetted list

    entry = contact_log.entry(family.own_entry_id)
    for basis, message in (("", "Velg hjemmelen"), ("fvl_99", "ikke i listen")):
        with pytest.raises(ValidationFailed) as failed:
            contact_log.save(replace(entry, exempt_reason="Grunn", exempt_basis=basis))
        (problem,) = failed.value.problems
        assert problem.field == "exempt_basis" and message in problem.message
    assert set(exemption_bases()) >= {"fvl_19_1_d", "hidden_whereabouts"}
    saved = contact_log.save(replace(entry, exempt_reason="Grunn", exempt_basis="fvl_19_2_a"))
    kept = contact_log.entry(saved.id or 0)
    assert kept.exempt_basis == "fvl_19_2_a" and kept.version == 1


def test_a_group_with_the_foster_home_names_it_by_role_in_the_pack(
    uow: Uow, family: HiddenFamily
) -> None:
    """Not only contact entries: a responsibility group whose members include the foster
    parents keeps every member, the foster home named only by its role."""
    GroupService(uow, today=lambda: TODAY).save_group(
        ResponsibilityGroup(
            family.maret_id,
            "Samarbeid om samvær",
            TODAY - timedelta(days=20),
            members=(
                GroupMember("mor", "Máret Čuđe", MemberRole.PARENT),
                GroupMember("fosterfar", "Niillas Ŋuolla", MemberRole.CARER, "fosterfar"),
                GroupMember("bv", "Inga Saksbehandler", MemberRole.CASEWORKER),
            ),
            coordinator="bv",
        )
    )
    text = flat(AccessService(uow).pack_pdf(family.maret_id))
    assert_discreet(text)
    assert "Samarbeid om samvær" in text and "Inga Saksbehandler" in text
    assert "Fosterhjemmet, fosterfar" in text
    assert "Samarbeid om samvær: en del" not in text  # nothing of it had to be withheld
