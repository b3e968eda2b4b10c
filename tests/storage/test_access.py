"""Innsyn from a real vault: the access pack holds everything about one parent in date order and
leaves exempt parts out (listing their date, kind and reason instead), and the access report
lists the audit trail of that parent and nobody else's. The exemption itself is saved and read
back, and marking a final entry makes no new version."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pypdfium2 as pdfium
import pytest

from bufapp.documents import pdfa
from bufapp.domain.access import runs
from bufapp.domain.audit import AuditAction
from bufapp.domain.consent import Consent, Service
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Caseworker, Office
from bufapp.domain.enums import ConsentForm, ContactForm, InformationCategory, ServiceType
from bufapp.errors import ValidationFailed
from bufapp.services.access.service import AccessService
from bufapp.services.audit import AuditService
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import TODAY
from tests.documents.pdf_checks import assert_fonts_embedded
from tests.unit.test_register_service import add_child, add_parent

NOW = datetime(2026, 6, 15, 10, 0, tzinfo=UTC)
PROTECTED = "Fosterhjemmet bor i Skáidevuohki 14"  # what the exempt entry says: never printed
REASON = "Fosterhjemmets adresse er sperret"


def text_of(pdf: bytes) -> str:
    """Every page's text (PDFium), whitespace runs as one space."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    return re.sub(r"\s+", " ", "\n".join(pages))


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def uow(vault: Vault):  # type: ignore[no-untyped-def]
    return lambda: UnitOfWork(vault.session_factory)


@pytest.fixture
def access(uow, register: RegisterService) -> AccessService:  # type: ignore[no-untyped-def]
    register.save_office(Office("Kárášjoga gielda", "Rådhusveien 1, 9730 Kárášjohka"))
    register.save_caseworker(Caseworker("Ingrid Løvås Nilsen"))
    return AccessService(uow, now=lambda: NOW)


@pytest.fixture
def people(register: RegisterService, contact_log: ContactLogService, uow) -> dict[str, int]:  # type: ignore[no-untyped-def]
    maret = add_parent(
        register, "Máret", "Čuđe-Ŋuolja", address_line="Ŋuolláš-geaidnu 3",
        postal_code="9735", postal_town="Kárášjohka",
    )  # fmt: skip
    other = add_parent(register, "Bjørn", "Æsøy")
    add_child(register, "Áilu", maret)
    assert maret.id is not None and other.id is not None

    def entry(parent_id: int, day: int, summary: str, **kw: object) -> ContactEntry:
        saved = contact_log.save(
            ContactEntry(parent_id, at(day), ContactForm.PHONE, summary=summary), final=True
        )
        return contact_log.save(replace(saved, **kw)) if kw else saved  # type: ignore[arg-type]

    entry(maret.id, 20, "Tredje samtale: samvær i påsken.")
    entry(maret.id, 2, "Første samtale: hvordan går det med deg?")
    entry(maret.id, 11, PROTECTED, exempt_reason=REASON, exempt_basis="fvl_19_1_d")
    entry(other.id, 5, "Bjørns egen samtale om bolig.")
    contact_log.save(ContactEntry(maret.id, at(25), ContactForm.PHONE, summary="Under arbeid."))
    service = DirectoryService(uow).save(Service("NAV Kárášjohka", ServiceType.NAV))
    ConsentService(uow, today=lambda: TODAY).save(
        Consent(maret.id, "Økonomisk rådgivning", (InformationCategory.FINANCES_AND_HOUSING,),
                date(2026, 3, 15), ConsentForm.WRITTEN, service_id=service.id)
    )  # fmt: skip
    return {"maret": maret.id, "other": other.id}


def test_the_pack_holds_the_parents_entries_in_date_order(
    access: AccessService, people: dict[str, int]
) -> None:
    pdf = access.pack_pdf(people["maret"])
    assert pdfa.findings(pdf) == []
    assert_fonts_embedded(pdf)
    text = text_of(pdf)
    assert "\x00" not in text and "Máret Čuđe-Ŋuolja" in text and "Ŋuolláš-geaidnu 3" in text
    first = text.index("Første samtale")
    consent = text.index("Økonomisk rådgivning")
    third = text.index("Tredje samtale")
    assert first < consent < third
    assert "Áilu Testesen" in text and "forvaltningsloven §§ 18 og 19" in text
    assert "Under arbeid." not in text and "Én kontakt var ikke ferdigskrevet" in text


def test_an_exempt_entry_is_left_out_and_listed_with_its_date_and_reason(
    access: AccessService, people: dict[str, int]
) -> None:
    text = text_of(access.pack_pdf(people["maret"]))
    assert "Skáidevuohki" not in text  # the content never appears
    listed = text[text.index("Dette er unntatt innsyn Disse") :]
    assert "11.03.2026" in listed and "Kontakt – Telefon" in listed and REASON in listed
    assert "Noen opplysninger er unntatt fra innsyn" in text  # the letter says so


def test_another_parents_data_is_absent(access: AccessService, people: dict[str, int]) -> None:
    text = text_of(access.pack_pdf(people["maret"]))
    assert "Bjørns egen samtale" not in text and "Bjørn Æsøy" not in text
    other = text_of(access.pack_pdf(people["other"]))
    assert "Bjørns egen samtale" in other and "Første samtale" not in other
    assert "Ingenting er unntatt innsyn." in other and "Máret" not in other


def test_marking_a_final_entry_exempt_keeps_its_version_and_survives_a_reload(
    contact_log: ContactLogService, people: dict[str, int]
) -> None:
    (entry,) = [contact_log.entry(t.id) for t in contact_log.timeline(people["maret"]) if t.exempt]
    assert entry.exempt_reason == REASON and entry.version == 1 and entry.is_final
    assert contact_log.versions(entry.id or 0) == []
    cleared = contact_log.save(replace(entry, exempt_reason="", exempt_basis=""))
    assert not contact_log.entry(cleared.id or 0).is_exempt and cleared.version == 1
    with pytest.raises(ValidationFailed):
        contact_log.save(replace(entry, exempt_reason="x" * 301, exempt_basis="fvl_19_1_d"))


def test_the_access_report_lists_that_parents_audit_records_only(
    uow,
    access: AccessService,
    people: dict[str, int],  # type: ignore[no-untyped-def]
) -> None:
    audit = AuditService(uow)
    access.pack_pdf(people["maret"])
    mine = audit.of_parent(people["maret"])
    theirs = audit.of_parent(people["other"])
    assert mine and theirs
    assert mine[-1].action is AuditAction.ACCESS_PACK
    pdf = access.report_pdf(people["maret"])
    assert pdfa.findings(pdf) == []
    text = text_of(pdf)
    assert "Hvem har sett og endret opplysningene om deg" in text
    lines = runs(mine)  # a run of the same thing within a minute is one line
    assert len(lines) < len(mine)  # the three entries were made in the same minute
    assert f"{len(lines)} hendelser" in text
    assert text.count("Ingrid Løvås Nilsen") >= len(lines)
    assert AuditAction.ACCESS_PACK.label in text and "Opprettet: kontakt" in text
    assert "Bjørn" not in text
    assert audit.of_parent(people["maret"])[-1].action is AuditAction.ACCESS_REPORT
