"""The service directory and the consent register on a real vault: saving with validation,
CSV import line by line, withdrawal, the gate, and expiring consents in Oversikt."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bufapp.domain.consent import Consent, LegalBasisException, Service
from bufapp.domain.enums import ConsentForm, DeadlineKind, InformationCategory, ServiceType
from bufapp.errors import ValidationFailed
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from bufapp.ui.register import parent_detail
from tests.conftest import TODAY
from tests.unit.test_register_service import add_parent

HOUSING = InformationCategory.FINANCES_AND_HOUSING
HEALTH = InformationCategory.MENTAL_HEALTH


@pytest.fixture
def directory(vault: Vault) -> DirectoryService:
    return DirectoryService(lambda: UnitOfWork(vault.session_factory))


@pytest.fixture
def consents(vault: Vault, register: RegisterService) -> ConsentService:
    service = ConsentService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    register.add_provider(service.deadline_provider)
    return service


def test_a_service_needs_a_name_and_valid_contact_details(directory: DirectoryService) -> None:
    with pytest.raises(ValidationFailed) as caught:
        directory.save(Service(" ", ServiceType.NAV, phone="12", email="nav@"))
    assert {p.field for p in caught.value.problems} == {"name", "phone", "email"}
    saved = directory.save(Service("NAV Fjellvik", ServiceType.NAV, email="post@nav.example"))
    assert saved.id is not None and directory.services() == [saved]


def test_csv_import_adds_good_lines_and_names_each_bad_one(directory: DirectoryService) -> None:
    text = (
        "type;navn;adresse;telefon;epost;kontaktperson\n"
        "NAV-kontor;NAV Fjellvik;Postboks 1, 9990 Fjellvik;;;Sárá Čuđe\n"
        "familievernkontor;Familievernet i Nord;;77 00 00 00;;\n"
        "sykehus;Ukjent type;;;;\n"
        "Fastlege;;;;;\n"
    )
    report = directory.import_csv(text)
    assert [s.name for s in report.added] == ["NAV Fjellvik", "Familievernet i Nord"]
    assert report.added[0].contact_person == "Sárá Čuđe"
    assert report.problems == (
        "Linje 4: ukjent type «sykehus».",
        "Linje 5: Navnet på tjenesten må fylles ut.",
    )
    assert len(directory.services()) == 2
    again = directory.import_csv(text.replace("NAV Fjellvik", "Nav fjellvik"))
    assert again.added == ()
    assert again.problems[:2] == (
        "Linje 2: «Nav fjellvik» finnes allerede i adresseboka.",
        "Linje 3: «Familievernet i Nord» finnes allerede i adresseboka.",
    )
    assert len(directory.services()) == 2


def test_csv_without_the_needed_columns_is_refused(directory: DirectoryService) -> None:
    with pytest.raises(ValidationFailed) as caught:
        directory.import_csv("name,address\nNAV,Her\n")
    assert "kolonnen «type»" in caught.value.problems[0].message


def test_consent_round_trip_validation_withdrawal_and_gate(
    register: RegisterService, directory: DirectoryService, consents: ConsentService
) -> None:
    parent = add_parent(register, "Máret")
    nav = directory.save(Service("NAV Fjellvik", ServiceType.NAV))
    with pytest.raises(ValidationFailed) as caught:
        consents.save(Consent(parent.id or 0, " ", (), TODAY + timedelta(days=1), ConsentForm.ORAL))
    assert {p.field for p in caught.value.problems} == {
        "purpose",
        "categories",
        "recipient",
        "given_on",
    }
    given = consents.save(
        Consent(
            parent.id or 0,
            "Søknad om bostøtte",
            (HOUSING,),
            TODAY - timedelta(days=10),
            ConsentForm.WRITTEN,
            service_id=nav.id,
            signed_declaration=True,
            valid_until=TODAY + timedelta(days=20),
        )
    )
    assert consents.of_parent(parent.id or 0) == [given]
    assert consents.gate(parent.id or 0, nav.id or 0, [HOUSING]).open
    blocked = consents.gate(parent.id or 0, nav.id or 0, [HOUSING, HEALTH]).blocked
    assert [b.category for b in blocked] == [HEALTH]
    exception = LegalBasisException(HEALTH, "barnevernsloven § 13-4", "Akutt fare.")
    assert consents.gate(parent.id or 0, nav.id or 0, [HEALTH], [exception]).open

    (expiring,) = [d for d in register.deadlines() if d.kind is DeadlineKind.CONSENT_EXPIRES]
    assert (expiring.due, expiring.ref) == (TODAY + timedelta(days=20), given.id)

    withdrawn = consents.withdraw(given.id or 0, TODAY, "Ringte og trakk samtykket.")
    assert withdrawn.withdrawn_on == TODAY
    detail = register.parent_detail(parent.id or 0)
    assert detail.consents == ((withdrawn, "NAV Fjellvik"),)
    card = parent_detail.render(detail, TODAY)
    assert "<b>NAV Fjellvik</b>: Økonomi og bolig – Søknad om bostøtte" in card
    assert "trukket tilbake 15.06.2026" in card
    assert not consents.gate(parent.id or 0, nav.id or 0, [HOUSING]).open
    assert not [d for d in register.deadlines() if d.kind is DeadlineKind.CONSENT_EXPIRES]
    with pytest.raises(ValidationFailed):
        consents.withdraw(given.id or 0, TODAY, "igjen")


def test_a_consent_cannot_be_withdrawn_before_it_was_given(
    register: RegisterService, consents: ConsentService
) -> None:
    parent = add_parent(register, "Kari")
    given = consents.save(
        Consent(
            parent.id or 0,
            "Bolig",
            (HOUSING,),
            TODAY,
            ConsentForm.ORAL,
            service_type=ServiceType.HOUSING,
        )
    )
    with pytest.raises(ValidationFailed) as caught:
        consents.withdraw(given.id or 0, TODAY - timedelta(days=1), "")
    assert caught.value.for_field("withdrawn_on") == [
        "Samtykket kan ikke trekkes før det ble gitt."
    ]


@pytest.mark.parametrize("count", [3, 12])
def test_all_consents_are_read_in_the_same_few_statements_however_many(
    vault: Vault, register: RegisterService, directory: DirectoryService, count: int
) -> None:
    """Issue 18: the parent list read each consent's categories with a SELECT of its own."""
    from sqlalchemy import event

    from bufapp.storage.consent_repository import ConsentRepository

    nav = directory.save(Service("NAV Fjellvik", ServiceType.NAV))
    consents = ConsentService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    for number in range(count):
        parent = add_parent(register, f"Forelder {number}")
        consents.save(
            Consent(parent.id or 0, "Bolig", (HOUSING, HEALTH), TODAY, ConsentForm.WRITTEN,
                    service_id=nav.id, signed_declaration=True)
        )  # fmt: skip
    statements: list[str] = []

    def listen(_connection: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    event.listen(vault.engine, "before_cursor_execute", listen)
    try:
        with UnitOfWork(vault.session_factory) as uow:
            found = ConsentRepository(uow.session).all()
    finally:
        event.remove(vault.engine, "before_cursor_execute", listen)
    assert len(found) == count
    assert all(set(c.categories) == {HOUSING, HEALTH} for c in found)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 2, selects
