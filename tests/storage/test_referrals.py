"""Referrals on a real vault: drafts, the consent gate at finishing (missing, withdrawn, an
exception with its reason), frozen after finishing, sent with a reply date into Oversikt."""

from __future__ import annotations

import hashlib
import io
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.exc import DatabaseError

from bufapp.documents import pdfa
from bufapp.domain.audit import AuditAction
from bufapp.domain.consent import Consent, LegalBasisException, Service
from bufapp.domain.entities import Caseworker, Office
from bufapp.domain.enums import (
    ConsentForm,
    DeadlineKind,
    DocumentKind,
    InformationCategory,
    ReferralState,
    SentBy,
    ServiceType,
)
from bufapp.domain.referral import Referral
from bufapp.errors import ValidationFailed
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.referrals.service import ReferralService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import TODAY
from tests.unit.test_register_service import add_parent

HOUSING = InformationCategory.FINANCES_AND_HOUSING
HEALTH = InformationCategory.MENTAL_HEALTH
PERSONAL = InformationCategory.PERSONAL_DETAILS


@pytest.fixture
def setup(
    vault: Vault, register: RegisterService, tmp_path: Path
) -> tuple[ReferralService, ConsentService, int, int]:
    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    referrals = ReferralService(uow, today=lambda: TODAY, forms_override=tmp_path)
    consents = ConsentService(uow, today=lambda: TODAY)
    register.add_provider(referrals.deadline_provider)
    parent = add_parent(register, "Máret")
    nav = DirectoryService(uow).save(Service("NAV Fjellvik", ServiceType.NAV))
    consents.save(
        Consent(parent.id or 0, "Bolig", (PERSONAL, HOUSING), TODAY - timedelta(days=5),
                ConsentForm.WRITTEN, service_id=nav.id)
    )  # fmt: skip
    return referrals, consents, parent.id or 0, nav.id or 0


def test_a_draft_round_trips_whole_and_finishes_through_an_open_gate(
    setup: tuple[ReferralService, ConsentService, int, int], register: RegisterService
) -> None:
    referrals, _consents, parent_id, nav_id = setup
    draft = referrals.save_draft(
        Referral(
            parent_id,
            nav_id,
            "Vi ber NAV vurdere bostøtte nå, fordi Máret skal ha Áilu på samvær hjemme.",
            categories=(HOUSING,),
            parent_words="«Jeg trenger et sted der Áilu kan sove.»",
            attachments=("Husleiekontrakt",),
        )
    )
    assert referrals.of_parent(parent_id) == [draft]
    finished = referrals.finish(draft.id or 0)
    assert (finished.state, finished.finished_on) == (ReferralState.FINISHED, TODAY)
    with pytest.raises(ValidationFailed):  # frozen
        referrals.save_draft(replace(finished, request="Endret."))
    sent = referrals.send(finished.id or 0, SentBy.POST, TODAY + timedelta(days=21))
    assert sent.history[-1] == (ReferralState.SENT, TODAY)
    (waiting,) = [d for d in register.deadlines() if d.kind is DeadlineKind.REFERRAL_REPLY]
    assert (waiting.due, waiting.ref) == (TODAY + timedelta(days=21), sent.id)
    referrals.close(sent.id or 0, ReferralState.ANSWERED, "Time hos NAV 3.12.")
    assert not [d for d in register.deadlines() if d.kind is DeadlineKind.REFERRAL_REPLY]


def test_a_category_without_consent_blocks_finishing_until_an_exception_is_reasoned(
    setup: tuple[ReferralService, ConsentService, int, int],
) -> None:
    referrals, _consents, parent_id, nav_id = setup
    draft = referrals.save_draft(
        Referral(parent_id, nav_id, "Vurdering.", categories=(HOUSING, HEALTH))
    )
    with pytest.raises(ValidationFailed) as caught:
        referrals.finish(draft.id or 0)
    assert caught.value.for_field("categories") == [
        "Forelderen har ikke samtykket til at «Psykisk helse» gis til NAV Fjellvik."
    ]
    reasoned = LegalBasisException(HEALTH, "barnevernsloven § 13-4", "Akutt fare for barnet.")
    draft = referrals.save_draft(replace(draft, exceptions=(reasoned,)))
    finished = referrals.finish(draft.id or 0)
    assert finished.exceptions == (reasoned,)  # the exception is stored with the referral


def test_withdrawing_a_consent_blocks_the_drafts_that_depend_on_it(
    setup: tuple[ReferralService, ConsentService, int, int],
) -> None:
    referrals, consents, parent_id, nav_id = setup
    draft = referrals.save_draft(Referral(parent_id, nav_id, "Bolig.", categories=(HOUSING,)))
    assert referrals.blocked_drafts(parent_id) == []
    (given,) = consents.of_parent(parent_id)
    consents.withdraw(given.id or 0, TODAY, "Trakk samtykket i telefonen.")
    ((blocked, decision),) = referrals.blocked_drafts(parent_id)
    assert blocked.id == draft.id
    assert "ble trukket tilbake 15.06.2026" in decision.blocked[0].why
    with pytest.raises(ValidationFailed):
        referrals.finish(draft.id or 0)


def test_illegal_moves_through_the_service_are_refused(
    setup: tuple[ReferralService, ConsentService, int, int],
) -> None:
    referrals, _consents, parent_id, nav_id = setup
    draft = referrals.save_draft(Referral(parent_id, nav_id, "Bolig.", categories=(HOUSING,)))
    with pytest.raises(ValidationFailed) as caught:
        referrals.send(draft.id or 0, SentBy.POST, None)
    assert caught.value.problems[0].message == (
        "En henvisning som er «Utkast» kan ikke bli «Sendt»."
    )


def test_the_referral_letter_is_built_from_the_vault_with_what_may_be_shared(
    setup: tuple[ReferralService, ConsentService, int, int],
    register: RegisterService,
    vault: Vault,
    tmp_path: Path,
) -> None:
    referrals, _consents, parent_id, nav_id = setup
    register.save_office(Office("Fjellvik kommune", "Rådhusveien 1, 9990 Fjellvik"))
    register.save_caseworker(Caseworker("Ingrid Løvås Nilsen"))
    exception = LegalBasisException(HEALTH, "barnevernsloven § 13-4", "Akutt fare.")
    draft = referrals.save_draft(
        Referral(
            parent_id,
            nav_id,
            "Vi ber om en samtale om bostøtte for Máret Čuđe.",
            categories=(HOUSING, HEALTH),
            exceptions=(exception,),
            parent_words="«Áilu må ha et rom.»",
        )
    )
    finished = referrals.finish(draft.id or 0)
    with UnitOfWork(vault.session_factory) as uow:  # sharing without consent is in the trail
        trail = uow.audit_records.of_parent(parent_id)
    assert [(r.subject_id, r.detail) for r in trail if r.action is AuditAction.GATE_EXCEPTION] == [
        (finished.id, "Psykisk helse: barnevernsloven § 13-4")
    ]
    text = "\n".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(referrals.letter(finished.id or 0))).pages
    )
    assert "\x00" not in text
    for part in (
        "Henvisning til NAV Fjellvik",
        "Vi ber om en samtale om bostøtte for Máret Čuđe.",
        "«Áilu må ha et rom.»",
        "Forelderen samtykket 10.06.2026 til at disse opplysningene gis til NAV Fjellvik: "
        "Personalia, Økonomi og bolig.",
        "Mottakeren har selv taushetsplikt",
        "Psykisk helse gis uten samtykke, med hjemmel i barnevernsloven § 13-4",
        "Ingrid Løvås Nilsen",
        "Rådhusveien 1",
        "15.06.2026",
    ):
        assert part in text.replace("\n", " "), part


def test_finishing_stores_the_letter_as_pdfa_and_shows_it_again_exactly(
    setup: tuple[ReferralService, ConsentService, int, int],
    register: RegisterService,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    referrals, _consents, parent_id, nav_id = setup
    watched = tmp_path / "tmp"
    watched.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    register.save_office(Office("Fjellvik kommune", "Rådhusveien 1, 9990 Fjellvik"))
    draft = referrals.save_draft(
        Referral(parent_id, nav_id, "Bostøtte for Máret Čuđe.", categories=(HOUSING,))
    )
    finished = referrals.finish(draft.id or 0)

    stored, copy = referrals.documents(finished.id or 0)
    assert (copy.kind, copy.title) == (
        DocumentKind.REFERRAL_COPY,
        "Kopi: Henvisning til NAV Fjellvik",
    )
    to_parent = referrals.letter(finished.id or 0, for_parent=True)
    assert (
        pdfa.findings(to_parent) == []
        and "Máret" in PdfReader(io.BytesIO(to_parent)).pages[0].extract_text()
    )
    sent = referrals.letter(finished.id or 0)
    assert (stored.kind, stored.parent_id, stored.size) == (
        DocumentKind.REFERRAL,
        parent_id,
        len(sent),
    )
    assert stored.sha256 == hashlib.sha256(sent).hexdigest()
    assert pdfa.findings(sent) == []
    assert list(watched.iterdir()) == []  # converted and validated in memory only

    # What was sent stays what was sent, whatever changes later.
    register.save_office(Office("Nye Fjellvik kommune", "Torget 2, 9990 Fjellvik"))
    assert referrals.letter(finished.id or 0) == sent
    with vault.engine.begin() as connection, pytest.raises(DatabaseError, match="never changed"):
        connection.exec_driver_sql("UPDATE stored_document SET title = 'x'")
    with vault.engine.begin() as connection, pytest.raises(DatabaseError, match="never changed"):
        connection.exec_driver_sql("DELETE FROM stored_document")


def test_a_refused_finish_stores_no_document(
    setup: tuple[ReferralService, ConsentService, int, int],
) -> None:
    referrals, _consents, parent_id, nav_id = setup
    draft = referrals.save_draft(Referral(parent_id, nav_id, "Samtale.", categories=(HEALTH,)))
    with pytest.raises(ValidationFailed):
        referrals.finish(draft.id or 0)
    assert referrals.documents(draft.id or 0) == []
    assert referrals.of_parent(parent_id)[0].state is ReferralState.DRAFT


def test_a_service_getting_a_copy_must_be_covered_too(
    setup: tuple[ReferralService, ConsentService, int, int], vault: Vault
) -> None:
    referrals, _consents, parent_id, nav_id = setup
    gp = DirectoryService(lambda: UnitOfWork(vault.session_factory)).save(
        Service("Fjellvik legekontor", ServiceType.GP)
    )
    draft = referrals.save_draft(
        Referral(parent_id, nav_id, "Bostøtte.", categories=(HOUSING,), copy_to=(gp.id or 0,))
    )
    with pytest.raises(ValidationFailed) as refused:
        referrals.finish(draft.id or 0)
    problems = refused.value.for_field("copy_to")
    assert problems and all(m.startswith("Kopi til Fjellvik legekontor:") for m in problems)
    assert referrals.get(draft.id or 0).state is ReferralState.DRAFT


def test_sending_and_answering_are_dated_in_order_and_never_ahead(
    setup: tuple[ReferralService, ConsentService, int, int],
) -> None:
    referrals, _consents, parent_id, nav_id = setup
    draft = referrals.save_draft(Referral(parent_id, nav_id, "Bostøtte.", categories=(HOUSING,)))
    finished = referrals.finish(draft.id or 0)
    with pytest.raises(ValidationFailed, match="før den ble ferdigstilt"):
        referrals.send(finished.id or 0, SentBy.POST, None, on=TODAY - timedelta(days=1))
    with pytest.raises(ValidationFailed, match="fram i tid"):
        referrals.send(finished.id or 0, SentBy.POST, None, on=TODAY + timedelta(days=1))
    sent = referrals.send(finished.id or 0, SentBy.BY_HAND, TODAY + timedelta(days=14))
    with pytest.raises(ValidationFailed, match="før henvisningen ble sendt"):
        referrals.close(sent.id or 0, ReferralState.ANSWERED, on=TODAY - timedelta(days=2))
    answered = referrals.close(sent.id or 0, ReferralState.ANSWERED, "Time avtalt.", on=TODAY)
    assert (answered.closed_on, answered.outcome_note) == (TODAY, "Time avtalt.")
