"""The family's plan as a document, on a real encrypted vault: it builds, is kept as PDF/A linked
to its conference, its text extracts æøå and Sami letters, and it never names the hidden foster
home — a plan whose own words would is refused. The family is tests/disclosure_family.py's:
Ánde's foster home in Guovdageaidnu is hidden from his parents. Today is ``TODAY``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bufapp.documents.pdfa import findings
from bufapp.domain.enums import ConferenceStatus, DocumentKind, PlanApproval
from bufapp.domain.family_conference import Approval, ConferencePerson, FamilyConference, PlanItem
from bufapp.errors import DisclosureBlocked, ValidationFailed
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.family_conference.documents import FamilyConferenceDocuments
from bufapp.services.family_conference.service import FamilyConferenceService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.disclosure_family import (
    MARET_STREET,
    PIERA_STREET,
    PLACE_PHONE,
    PLACE_STREET,
    WHEREABOUTS,
    HiddenFamily,
    add_hidden_family,
)
from tests.documents.pdf_checks import flat


def held_conference(service: FamilyConferenceService, family: HiddenFamily) -> FamilyConference:
    """Máret's familieråd on samvær, held, its plan approved with a reservation."""
    planned = service.save(
        FamilyConference(
            parent_id=family.maret_id,
            question="Hvordan kan familien hjelpe Máret, så samværene med Ánde blir gode?",
            planned_for=date(2026, 6, 1),
            coordinator_name="Elle Ŧuoŧŧu Šárá",
            coordinator_org="Familierådskoordinatorene, Bufetat region nord",
            people=(
                ConferencePerson("Mormor Elle Čuđe", "Mormor"),
                ConferencePerson("Oarjjá Bávlá", "Onkel"),
                ConferencePerson("Ráhkel Žiŋŋá", "Venninne"),
            ),
        )
    )
    held = service.save(
        replace(
            planned,
            status=ConferenceStatus.HELD,
            held_on=date(2026, 6, 1),
            people=tuple(replace(p, came=p.relation != "Venninne") for p in planned.people),
            items=(
                PlanItem(
                    "Kjøre Máret til samværene og hjem igjen", "Oarjjá Bávlá", date(2026, 7, 1)
                ),
                PlanItem("Ringe Máret søndag kveld før hvert samvær", "Mormor Elle Čuđe"),
                PlanItem(
                    "Lage fotobok med Ánde til bursdagen hans", "Máret og mormor", date(2026, 8, 30)
                ),
            ),
        )
    )
    return service.record_approval(
        Approval(
            held.id or 0,
            PlanApproval.APPROVED_WITH_RESERVATIONS,
            date(2026, 6, 8),
            reservations="Samværene er fortsatt med tilsyn, slik vedtaket sier. Æøå går fint.",
            follow_up_on=date(2026, 11, 30),
        )
    )


@pytest.fixture
def family(register: RegisterService, contact_log: ContactLogService) -> HiddenFamily:
    return add_hidden_family(register, contact_log, TODAY)


def _services(vault: Vault) -> tuple[FamilyConferenceService, FamilyConferenceDocuments]:
    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    return (
        FamilyConferenceService(uow, today=lambda: TODAY),
        FamilyConferenceDocuments(uow, today=lambda: TODAY, now=lambda: NOW),
    )


def test_the_plan_prints_kept_as_pdfa_with_every_letter_and_no_secret(
    vault: Vault, family: HiddenFamily
) -> None:
    service, documents = _services(vault)
    conference = held_conference(service, family)
    made = documents.plan(conference.id or 0)
    assert made.title == "Familierådets plan, familieråd 01.06.2026"
    text = flat(made.pdf)
    for words in (
        "Hvordan kan familien hjelpe Máret",
        "Elle Ŧuoŧŧu Šárá",
        "Mormor Elle Čuđe (mormor)",
        "Invitert, men kom ikke",
        "Ráhkel Žiŋŋá",
        "Kjøre Máret til samværene",
        "01.07.2026",
        "godkjente planen 08.06.2026, med disse forbeholdene",
        "Æøå går fint",
        "30.11.2026",
    ):
        assert words in text, words
    for secret in (*WHEREABOUTS, PLACE_PHONE, MARET_STREET, PIERA_STREET):
        assert secret not in text, secret
    kept = documents.keep(made)
    assert kept.kind is DocumentKind.FAMILY_CONFERENCE_PLAN
    assert kept.family_conference_id == conference.id
    assert [d.id for d in documents.kept(conference.id or 0)] == [kept.id]
    with UnitOfWork(vault.session_factory) as uow:
        assert findings(uow.documents.pdf(kept.id or 0)) == []


def test_a_plan_naming_the_hidden_foster_home_is_refused(
    vault: Vault, family: HiddenFamily
) -> None:
    service, documents = _services(vault)
    conference = held_conference(service, family)
    telling = replace(
        conference,
        items=(*conference.items, PlanItem(f"Besøke Ánde i {PLACE_STREET}", "Mormor Elle Čuđe")),
    )
    service.save(telling)
    with pytest.raises(DisclosureBlocked):
        documents.plan(conference.id or 0)


def test_a_plan_prints_only_once_the_conference_is_held(vault: Vault, family: HiddenFamily) -> None:
    service, documents = _services(vault)
    planned = service.save(
        FamilyConference(family.maret_id, "Hva trenger Máret etter plasseringen?", date(2026, 7, 1))
    )
    with pytest.raises(ValidationFailed):
        documents.plan(planned.id or 0)


def test_innsyn_holds_the_conference_and_withholds_one_that_names_the_hidden_home(
    vault: Vault, family: HiddenFamily
) -> None:
    from bufapp.services.access.service import AccessService

    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    service, _documents = _services(vault)
    conference = held_conference(service, family)
    access = AccessService(uow, now=lambda: NOW)
    text = flat(access.pack_pdf(family.maret_id))
    for words in (
        "Familieråd",
        "Hvordan kan familien hjelpe Máret",
        "Mormor Elle Čuđe (Mormor) – kom",
        "Ráhkel Žiŋŋá (Venninne) – kom ikke",
        "Kjøre Máret til samværene og hjem igjen – Oarjjá Bávlá – 01.07.2026",
        "Godkjent med forbehold 08.06.2026",
    ):
        assert words in text, words
    service.save(
        replace(
            conference,
            items=(
                *conference.items,
                PlanItem(f"Besøke Ánde i {PLACE_STREET}", "Mormor Elle Čuđe"),
            ),
        )
    )
    text = flat(access.pack_pdf(family.maret_id))
    assert PLACE_STREET not in text and "Kjøre Máret til samværene" not in text
    withheld = text[text.index("Dette er unntatt innsyn") :]
    assert "Familieråd" in withheld


def test_the_kept_plan_goes_to_the_archive_once_and_again_when_printed_anew(
    vault: Vault, family: HiddenFamily, tmp_path: Path
) -> None:
    from bufapp.services.archive.export import ArchiveExportService
    from bufapp.services.archive.model import ExportScope, ItemKind, JournalType

    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    service, documents = _services(vault)
    conference = held_conference(service, family)
    forms = tmp_path / "forms"
    forms.mkdir()
    target = tmp_path / "arkiv"
    target.mkdir()
    archive = ArchiveExportService(uow, now=lambda: NOW, forms_override=forms)
    scope = ExportScope(family.maret_id)

    def ours() -> list:
        return [i for i in archive.pending(scope).items if i.kind is ItemKind.FAMILY_CONFERENCE]

    assert ours() == []  # not printed yet: no document
    documents.keep(documents.plan(conference.id or 0))
    (item,) = ours()
    assert item.journal_type is JournalType.OUTGOING
    assert item.recipients == ("Mormor Elle Čuđe", "Oarjjá Bávlá")
    result = archive.export(scope, target)
    (sent,) = [i for i in result.items if i.kind is ItemKind.FAMILY_CONFERENCE]
    assert result.folder is not None
    assert "Familierådets plan" in flat((result.folder / sent.file_name).read_bytes())
    assert ours() == []
    documents.keep(documents.plan(conference.id or 0))
    assert [i.version for i in ours()] == [2]
