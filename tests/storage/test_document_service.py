"""Documents built from a real vault: the consent declaration of a recorded consent, the
contact-log extract with its period, topic and child filters (Oslo dates at the edges), and the
recovery sheet without a vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bufapp.documents import pdfa
from bufapp.domain.consent import Consent, Service
from bufapp.domain.contact_log import ContactEntry, Participants
from bufapp.domain.entities import Caseworker, Office
from bufapp.domain.enums import (
    Audience,
    ConsentForm,
    ContactForm,
    ContactTopic,
    DocumentKind,
    InformationCategory,
    ServiceType,
)
from bufapp.errors import ValidationFailed
from bufapp.security import recovery
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.documents import DocumentService, parent_address
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import TODAY
from tests.documents.pdf_checks import assert_fonts_embedded, assert_in_window, flat, pages_text
from tests.unit.test_register_service import add_child, add_parent

MARET = "Máret Čuđe-Ŋuolja Šŧžá"
BJORN = "Bjørn Æsøy Ågesen"
VISITS, CRISIS, LIVING = ContactTopic.VISITS, ContactTopic.CRISIS, ContactTopic.LIVING_CONDITIONS


@pytest.fixture
def office(register: RegisterService) -> None:
    register.save_office(Office("Kárášjoga gielda", "Rådhusveien 1, 9730 Kárášjohka"))
    register.save_caseworker(Caseworker("Ingrid Løvås Nilsen"))


@pytest.fixture
def documents(vault: Vault, office: None) -> DocumentService:
    return DocumentService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)


def _people(register: RegisterService) -> tuple[int, int, int, int]:
    maret = add_parent(
        register, "Máret", "Čuđe-Ŋuolja Šŧžá", birth_date=date(1990, 4, 2),
        address_line="Ŋuolláš-geaidnu 3", postal_code="9735", postal_town="Kárášjohka",
    )  # fmt: skip
    bjorn = add_parent(register, "Bjørn", "Æsøy Ågesen")
    ailu = add_child(register, "Áilu", maret, bjorn)
    sara = add_child(register, "Sárá", maret)
    return maret.id or 0, bjorn.id or 0, ailu.id or 0, sara.id or 0


# --- consent declaration -------------------------------------------------------------------------


def test_the_declaration_of_a_named_service_is_built_from_the_vault(
    vault: Vault, register: RegisterService, documents: DocumentService, tmp_path: Path
) -> None:
    maret_id, _bjorn, _ailu, _sara = _people(register)
    nav = DirectoryService(lambda: UnitOfWork(vault.session_factory)).save(
        Service("NAV Kárášjohka", ServiceType.NAV)
    )
    consent = ConsentService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY).save(
        Consent(
            maret_id, "Hjelp til bolig der Áilu kan være på samvær.",
            (InformationCategory.PERSONAL_DETAILS, InformationCategory.FINANCES_AND_HOUSING),
            TODAY, ConsentForm.WRITTEN, service_id=nav.id, valid_until=date(2027, 6, 30),
        )
    )  # fmt: skip
    pdf = documents.consent_declaration(consent.id or 0, forms_override=tmp_path)
    text = flat(pdf)
    assert "\x00" not in text
    assert_in_window(pdf, (MARET, "Ŋuolláš-geaidnu 3", "9735 Kárášjohka"))
    assert_fonts_embedded(pdf)
    for part in (MARET, "02.04.1990", "NAV Kárášjohka", "Hjelp til bolig der Áilu",
                 "30.06.2027", "Ingrid Løvås Nilsen", "2026/1234", "15.06.2026"):  # fmt: skip
        assert part in text, part
    assert "\u2611 Personalia" in text and "\u2611 Økonomi og bolig" in text
    assert "\u2610 Psykisk helse" in text and "\u2610 Rus" in text
    assert text.count("\u2611") == 2 and text.count("\u2610") == len(InformationCategory) - 2


def test_a_consent_for_every_service_of_a_type_says_so(
    vault: Vault, register: RegisterService, documents: DocumentService, tmp_path: Path
) -> None:
    maret_id, *_ = _people(register)
    consent = ConsentService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY).save(
        Consent(maret_id, "Behandling.", (InformationCategory.MENTAL_HEALTH,), TODAY,
                ConsentForm.WRITTEN, service_type=ServiceType.GP)
    )  # fmt: skip
    text = flat(documents.consent_declaration(consent.id or 0, forms_override=tmp_path))
    assert "Alle fastleger – samtykket gjelder hver av dem, ikke bare én bestemt" in text
    assert "Samtykket gjelder til du trekker det tilbake." in text


def test_a_consent_for_the_parents_own_gp_names_that_service_and_its_type(
    vault: Vault, register: RegisterService, documents: DocumentService, tmp_path: Path
) -> None:
    maret_id, *_ = _people(register)
    gp = DirectoryService(lambda: UnitOfWork(vault.session_factory)).save(
        Service("Kárášjoga legekontor", ServiceType.GP)
    )
    consent = ConsentService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY).save(
        Consent(maret_id, "Behandling.", (InformationCategory.MENTAL_HEALTH,), TODAY,
                ConsentForm.WRITTEN, service_id=gp.id)
    )  # fmt: skip
    text = flat(documents.consent_declaration(consent.id or 0, forms_override=tmp_path))
    assert "Kárášjoga legekontor (Fastlege)" in text
    assert "alle fastleger" not in text.casefold()


def test_parent_address_leaves_out_empty_lines(register: RegisterService) -> None:
    parent = add_parent(register, "Áilu", "Somby", postal_town="Kárášjohka")
    assert parent_address(parent) == ("Áilu Somby", "Kárášjohka")


# --- contact-log extract -------------------------------------------------------------------------


def _oslo(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """Summer time in Oslo is UTC+2 (all entries below fall in it)."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=2)


@pytest.fixture
def log(register: RegisterService, contact_log: ContactLogService) -> tuple[int, int, int]:
    maret, bjorn, ailu, sara = _people(register)

    def entry(when: datetime, summary: str, **kw: object) -> ContactEntry:
        return ContactEntry(maret, when, ContactForm.PHONE, summary=summary, **kw)  # type: ignore[arg-type]

    save = contact_log.save
    save(entry(_oslo(2026, 4, 30, 23, 59), "FØR PERIODEN", topics=(VISITS,)), final=True)
    save(entry(_oslo(2026, 5, 1, 0, 1), "FØRSTE I PERIODEN", topics=(VISITS,), child_ids=(ailu,),
               parent_words="«Jeg gleder meg til samværet.»"), final=True)  # fmt: skip
    save(entry(_oslo(2026, 5, 5, 10), "OM BOLIG", topics=(LIVING,), child_ids=(sara,)), final=True)
    save(
        entry(_oslo(2026, 5, 7, 10), "KRISE MED SÁRÁ", topics=(CRISIS,), child_ids=(sara,)),
        final=True,
    )
    mistaken = save(entry(_oslo(2026, 5, 9, 9), "FEILFØRT", topics=(VISITS,)), final=True)
    contact_log.withdraw(mistaken.id or 0, "Ført på feil forelder.")
    save(entry(_oslo(2026, 5, 11, 9), "UNDER ARBEID", topics=(VISITS,)), final=False)
    changed = save(entry(_oslo(2026, 5, 13, 9), "FØRSTE TEKST", topics=(VISITS,)), final=True)
    save(replace(changed, summary="RETTET TEKST", change_reason="Skrev feil."), final=True)
    joint = ContactEntry(
        bjorn, _oslo(2026, 5, 20, 14), ContactForm.OFFICE_MEETING, summary="FELLES MØTE",
        topics=(VISITS,), child_ids=(ailu,), parent_words="«Jeg vil hente Áilu på fredager.»",
        participants=Participants(other_parent_ids=(maret,), interpreter_language="nordsamisk",
                                  interpreter_name="Ánde Šŧž"),
    )  # fmt: skip
    save(joint, final=True)
    save(entry(_oslo(2026, 5, 31, 23, 59), "SISTE I PERIODEN", topics=(VISITS,)), final=True)
    save(entry(_oslo(2026, 6, 1, 0, 1), "ETTER PERIODEN", topics=(VISITS,)), final=True)
    return maret, ailu, sara


MAY = (date(2026, 5, 1), date(2026, 5, 31))
INTERNAL = Audience.INTERNAL


def test_the_period_is_whole_oslo_days_and_entries_read_in_date_order(
    log: tuple[int, int, int], documents: DocumentService, tmp_path: Path
) -> None:
    maret, _ailu, _sara = log
    # The office's own copy: everything, the withdrawn entry by its reason only.
    pdf = documents.contact_extract(maret, *MAY, forms_override=tmp_path, audience=INTERNAL)
    text = flat(pdf)
    assert "\x00" not in text
    assert "FØR PERIODEN" not in text and "ETTER PERIODEN" not in text
    order = ["FØRSTE I PERIODEN", "OM BOLIG", "KRISE MED SÁRÁ", "Trukket tilbake 15.06.2026",
             "RETTET TEKST", "FELLES MØTE", "SISTE I PERIODEN"]  # fmt: skip
    positions = [text.find(part) for part in order]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), order
    assert "01.05.2026 kl. 00.01" in text and "31.05.2026 kl. 23.59" in text
    assert "FEILFØRT" not in text and "Ført på feil forelder." in text  # withdrawn: reason only
    assert "UNDER ARBEID" not in text and "Én kontakt i perioden er ikke ferdigskrevet" in text
    assert "FØRSTE TEKST" not in text and "Versjon 2. Endret fordi: Skrev feil." in text
    assert "Antall kontakter 7" in text
    assert f"Egne ord fra {BJORN}" in text and "Tolk (nordsamisk): Ánde Šŧž" in text
    assert f"Den andre forelderen: {BJORN}" in text
    assert "Forelderens egne ord (gjengitt slik forelderen sa det) «Jeg gleder meg" in text
    assert MARET in text and "Ingrid Løvås Nilsen" in text
    assert_fonts_embedded(pdf)
    pages = pages_text(pdf)
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page


def test_topics_and_child_narrow_the_extract(
    log: tuple[int, int, int], documents: DocumentService, tmp_path: Path
) -> None:
    maret, ailu, sara = log
    crisis_or_living = flat(
        documents.contact_extract(maret, *MAY, topics=frozenset({CRISIS, LIVING}),
                                  forms_override=tmp_path)
    )  # fmt: skip
    assert "OM BOLIG" in crisis_or_living and "KRISE MED SÁRÁ" in crisis_or_living
    assert "FØRSTE I PERIODEN" not in crisis_or_living and "FELLES MØTE" not in crisis_or_living
    assert "Tema: Levekår, Krise" in crisis_or_living  # in the topics' fixed order
    assert "Antall kontakter 2" in crisis_or_living

    about_ailu = flat(
        documents.contact_extract(maret, *MAY, child_id=ailu, forms_override=tmp_path)
    )
    assert "FØRSTE I PERIODEN" in about_ailu and "FELLES MØTE" in about_ailu
    assert "OM BOLIG" not in about_ailu and "SISTE I PERIODEN" not in about_ailu
    assert "Barn: Áilu Testesen" in about_ailu and "Antall kontakter 2" in about_ailu

    both = flat(
        documents.contact_extract(maret, *MAY, topics=frozenset({CRISIS}), child_id=sara,
                                  forms_override=tmp_path)
    )  # fmt: skip
    assert "KRISE MED SÁRÁ" in both and "OM BOLIG" not in both and "Antall kontakter 1" in both


def test_an_empty_period_and_a_reversed_one(
    log: tuple[int, int, int], documents: DocumentService, tmp_path: Path
) -> None:
    maret, _ailu, _sara = log
    text = flat(documents.contact_extract(maret, date(2025, 1, 1), date(2025, 12, 31),
                                          forms_override=tmp_path))  # fmt: skip
    assert "Det er ingen kontakter i perioden med dette utvalget." in text
    with pytest.raises(ValidationFailed):
        documents.contact_extract(maret, date(2026, 5, 31), date(2026, 5, 1))


# --- recovery sheet ------------------------------------------------------------------------------


def test_the_recovery_sheet_needs_no_vault(tmp_path: Path) -> None:
    key = recovery.generate()
    pdf = DocumentService.recovery_sheet(key, "Kárášjoga gielda", TODAY, forms_override=tmp_path)
    compact = "".join(flat(pdf).split())
    assert all(group in compact for group in key.split("-"))
    assert "Kárášjogagielda" in compact and "15.06.2026" in compact
    assert_fonts_embedded(pdf)


def test_the_documents_convert_to_pdfa_for_the_archive(
    vault: Vault,
    log: tuple[int, int, int],
    documents: DocumentService,
    tmp_path: Path,
) -> None:
    maret, _ailu, _sara = log
    consent = ConsentService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY).save(
        Consent(maret, "Bolig.", (InformationCategory.FINANCES_AND_HOUSING,), TODAY,
                ConsentForm.WRITTEN, service_type=ServiceType.HOUSING)
    )  # fmt: skip
    built = {
        "declaration": documents.consent_declaration(consent.id or 0, forms_override=tmp_path),
        "extract": documents.contact_extract(maret, *MAY, forms_override=tmp_path),
    }
    for name, pdf in built.items():
        assert pdfa.findings(pdfa.to_pdfa(pdf)) == [], name


def test_a_printed_document_is_kept_as_pdfa_and_shown_again_exactly(
    register: RegisterService, documents: DocumentService, vault: Vault
) -> None:
    maret, _bjorn, _ailu, _sara = _people(register)
    made = documents.contact_extract(maret, TODAY - timedelta(days=30), TODAY)
    kept = documents.keep(DocumentKind.CONTACT_EXTRACT, maret, "Utdrag til Máret", made)
    shown, pdf = documents.stored(kept.id or 0)
    assert shown == kept and (kept.kind, kept.parent_id, kept.size) == (
        DocumentKind.CONTACT_EXTRACT,
        maret,
        len(pdf),
    )
    assert pdfa.findings(pdf) == [] and MARET in flat(pdf)
    assert register.parent_detail(maret).documents == (kept,)
