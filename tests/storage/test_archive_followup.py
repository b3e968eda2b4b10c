"""The follow-up's records in the export to the archive (issue 20), on a real vault: each record
goes as its own PDF/A-2b internal document with its metadata, as a contact entry does; a record
changed or answered after it went goes again and one saved unchanged does not; a child's case
number chooses the plans of that case's children and every record of its parents."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from bufapp.documents import pdfa
from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letter, Letterhead, build_letter
from bufapp.domain.contact_log import ContactPlan
from bufapp.domain.enums import (
    ChildPlanKind,
    DocumentKind,
    HomeOutlook,
    InformationManner,
    Understanding,
    WishKind,
    WishOutcome,
)
from bufapp.domain.followup import (
    Assessment,
    ChildPlan,
    FollowUpPurpose,
    InformationGiven,
    ParentEvaluation,
    Wish,
)
from bufapp.services.archive.export import ExportResult
from bufapp.services.archive.model import ExportScope, ItemKind, JournalType
from bufapp.services.documents import DocumentService
from bufapp.services.followup.service import FollowUpService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.documents.pdf_checks import assert_in_order, flat
from tests.storage.test_archive_export import OWN_CASE, SHARED_CASE, Case, make_case

PURPOSE = "Jeg vil vite hva som skal til for at Áilu kan bo hjemme."
HOW = "Samtale på kontoret, med tolk"
SHARED_GOAL = "Áilu skal bo trygt og ha samvær med begge foreldrene."
OWN_GOAL = "Biret skal fullføre skoleåret i fosterhjemmet."
NOTE = "Máret ba om å få det skriftlig også."
ASSESSMENT = "Når boligen er på plass og samværene går godt, kan Áilu flytte hjem i løpet av 2027."
EVALUATION = "Jeg får for lite vite om hvordan Áilu har det på skolen."
WISH = "Jeg vil ha samvær hver helg."
ANSWER = "Samvær annenhver helg."
REASON = "Áilu trenger ro mellom samværene; vi ser på det igjen i august."
FATHERS = "Ánde har fått fast jobb og kan ha Áilu hver tredje helg."


def day(days_ago: int) -> date:
    return TODAY - timedelta(days=days_ago)


@dataclass
class FollowedUp:
    case: Case
    followup: FollowUpService
    ids: dict[ItemKind, int]  # the mother's record of each kind
    own_plan: int
    fathers: int  # the father's assessment


@pytest.fixture
def followed(vault: Vault, register: RegisterService, tmp_path: Path) -> FollowedUp:
    forms = tmp_path / "forms"
    forms.mkdir()
    case = make_case(vault, register, forms)
    followup = FollowUpService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    mother = case.mother
    followup.save_purpose(FollowUpPurpose(mother, PURPOSE, "", day(90)))
    case.log.save_plan(ContactPlan(mother, 14, day(90), how=HOW, support_person="Elle"))
    shared = followup.save_child_plan(
        ChildPlan(case.shared_child, ChildPlanKind.CARE_PLAN, day(100), SHARED_GOAL, "Ett år")
    )
    own = followup.save_child_plan(
        ChildPlan(case.own_child, ChildPlanKind.MEASURE_PLAN, day(95), OWN_GOAL)
    )
    given = followup.record_information(
        InformationGiven(mother, "grounds", day(80), InformationManner.MEETING,
                         understood=Understanding.UNDERSTOOD, note=NOTE)
    )  # fmt: skip
    assessment = followup.save_assessment(
        Assessment(mother, day(60), HomeOutlook.HOME_POSSIBLE, ASSESSMENT, day(-30))
    )
    evaluation = followup.save_evaluation(ParentEvaluation(mother, day(40), EVALUATION))
    wish = followup.save_wish(Wish(mother, WishKind.MORE_VISITS, WISH, day(30)))
    fathers = followup.save_assessment(
        Assessment(case.father, day(20), HomeOutlook.NOT_NOW, FATHERS)
    )
    ids = {
        ItemKind.FOLLOW_UP_PURPOSE: mother,
        ItemKind.CHILD_PLAN: shared.id or 0,
        ItemKind.INFORMATION_GIVEN: given.id or 0,
        ItemKind.ASSESSMENT: assessment.id or 0,
        ItemKind.PARENT_EVALUATION: evaluation.id or 0,
        ItemKind.PARENT_WISH: wish.id or 0,
    }
    return FollowedUp(case, followup, ids, own.id or 0, fathers.id or 0)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    return folder


def followup_keys(result: ExportResult) -> set[tuple[ItemKind, int]]:
    new = {ItemKind.CONTACT_ENTRY, ItemKind.MINUTES, ItemKind.REFERRAL, ItemKind.NETWORK_MAP}
    return {(i.kind, i.item_id) for i in result.items if i.kind not in new}


def test_each_follow_up_record_goes_as_its_own_archival_document(
    followed: FollowedUp, target: Path
) -> None:
    result = followed.case.archive.export(ExportScope(followed.case.mother), target)
    assert followup_keys(result) == {
        *followed.ids.items(),
        (ItemKind.CHILD_PLAN, followed.own_plan),
    }  # fmt: skip  (not the father's assessment)
    assert result.folder is not None
    expected = {
        ItemKind.FOLLOW_UP_PURPOSE: ["Oppfølgingen: formålet og samarbeidet",
                                    "Hvor ofte Hver 14. dag", HOW,
                                    "Formålet med forelderens ord", PURPOSE],
        ItemKind.INFORMATION_GIVEN: ["Informasjon gitt: Grunnlaget for plasseringen",
                                     "Hvordan I møte", "Forståelse Forstått", NOTE],
        ItemKind.ASSESSMENT: ["Barnevernstjenestens vurdering: Tilbakeføring kan bli aktuelt",
                              f"Ny vurdering {day(-30):%d.%m.%Y}", ASSESSMENT],
        ItemKind.PARENT_EVALUATION: ["Forelderens vurdering: hvordan plasseringen gjennomføres",
                                     "Forelderens ord", EVALUATION],
        ItemKind.PARENT_WISH: ["Forelderens ønske: Mer samvær", "Ønsket med forelderens ord",
                               WISH, "Ønsket er ikke besvart ennå."],
    }  # fmt: skip
    files = {(i.kind, i.item_id): i.file_name for i in result.items}
    for kind, (heading, *parts) in expected.items():
        pdf = (result.folder / files[kind, followed.ids[kind]]).read_bytes()
        assert pdfa.findings(pdf) == [], kind
        on = next(i.document_date for i in result.items if i.kind is kind)
        assert_in_order(flat(pdf), [heading, "Forelder Máret Čuđe", f"{on:%d.%m.%Y}", *parts,
                                    "Slutt på dokumentet."])  # fmt: skip
    shared = flat((result.folder / files[ItemKind.CHILD_PLAN, followed.ids[ItemKind.CHILD_PLAN]])
                  .read_bytes())  # fmt: skip
    assert "Omsorgsplan for Áilu Čuđe" in shared and SHARED_GOAL in shared
    assert OWN_GOAL not in shared and PURPOSE not in shared  # one record per document
    assert files[ItemKind.ASSESSMENT, followed.ids[ItemKind.ASSESSMENT]] == (
        f"{day(60)}_vurdering_{followed.ids[ItemKind.ASSESSMENT]}.pdf"
    )
    assert followed.case.archive.pending(ExportScope(followed.case.mother)).items == ()


def test_the_metadata_describes_each_record_as_an_internal_document(
    followed: FollowedUp, target: Path
) -> None:
    result = followed.case.archive.export(ExportScope(followed.case.mother), target)
    assert result.folder is not None
    meta = json.loads((result.folder / result.metadata_file).read_text(encoding="utf-8"))
    by_source = {(d["source"]["kind"], d["source"]["id"]): d for d in meta["documents"]}
    plan = by_source["child_plan", followed.ids[ItemKind.CHILD_PLAN]]
    assert plan["title"] == f"Barnets plan {day(100):%d.%m.%Y} – Omsorgsplan"
    assert plan["case_numbers"] == [SHARED_CASE] and plan["document_date"] == f"{day(100)}"
    assert {"role": "Barn", "name": "Áilu Čuđe"} in plan["parties"]
    assert {"role": "Forelder", "name": "Ánde Šimo"} in plan["parties"]  # the child's father
    assessment = by_source["assessment", followed.ids[ItemKind.ASSESSMENT]]
    assert assessment["title"] == (
        f"Barnevernstjenestens vurdering {day(60):%d.%m.%Y} – Tilbakeføring kan bli aktuelt"
    )
    assert assessment["case_numbers"] == [SHARED_CASE, OWN_CASE]  # the parent's, like minutes
    assert assessment["parties"] == [{"role": "Forelder", "name": "Máret Čuđe"}]
    ours = [d for d in meta["documents"] if d["source"]["kind"] in {k.value for k in followed.ids}]
    assert len(ours) == 7
    assert {(d["journal_type"], d["document_kind_label"]) for d in ours} == {
        (JournalType.INTERNAL.value, kind.label) for kind in followed.ids
    }


def test_a_record_changed_or_answered_goes_again_and_one_saved_unchanged_does_not(
    followed: FollowedUp, target: Path
) -> None:
    case, followup, ids = followed.case, followed.followup, followed.ids
    scope = ExportScope(case.mother)
    case.archive.export(scope, target)
    page = followup.page(case.mother)
    followup.save_assessment(page.assessments[0])  # saved again as it was
    followup.save_evaluation(page.evaluations[0])
    assert case.archive.pending(scope).items == ()
    wish = page.wishes[0]
    followup.save_wish(replace(wish, answered_on=day(25), outcome=WishOutcome.PARTLY,
                               answer=ANSWER, reason=REASON))  # fmt: skip
    case.log.save_plan(replace(case.log.plan(case.mother), preferred_place="Biblioteket"))
    pending = case.archive.pending(scope)
    assert [(i.kind, i.item_id) for i in pending.items] == [
        (ItemKind.FOLLOW_UP_PURPOSE, case.mother), (ItemKind.PARENT_WISH, ids[ItemKind.PARENT_WISH]),
    ]  # fmt: skip
    second = case.archive.export(scope, target)
    assert second.folder is not None
    answered = next(i for i in second.items if i.kind is ItemKind.PARENT_WISH)
    assert_in_order(flat((second.folder / answered.file_name).read_bytes()), [
        WISH, f"Svaret forelderen fikk {day(25):%d.%m.%Y}: Delvis innfridd", ANSWER,
        "Begrunnelsen", REASON,
    ])  # fmt: skip


def test_a_case_export_holds_that_cases_plans_and_every_record_of_its_parents(
    followed: FollowedUp, target: Path
) -> None:
    case = followed.case
    scopes = {s.case_number: s for s in case.archive.scopes(case.mother)}
    result = case.archive.export(scopes[SHARED_CASE], target)
    assert followup_keys(result) == {
        *followed.ids.items(),
        (ItemKind.ASSESSMENT, followed.fathers),
    }  # fmt: skip  (not Biret's plan)
    own = case.archive.pending(scopes[OWN_CASE])
    assert [(i.kind, i.item_id) for i in own.items if i.kind is ItemKind.CHILD_PLAN] == [
        (ItemKind.CHILD_PLAN, followed.own_plan)
    ]


def test_an_information_sheet_goes_as_it_was_kept_as_a_letter_to_the_parent(
    followed: FollowedUp, target: Path, vault: Vault
) -> None:
    case = followed.case
    documents = DocumentService(lambda: UnitOfWork(vault.session_factory), now=lambda: NOW)
    sheet = documents.keep(
        DocumentKind.INFORMATION_SHEET, case.mother, "Informasjonsark – omsorgsovertakelse",
        _letter("Dette arket forteller hva omsorgsovertakelsen betyr for deg."),
    )  # fmt: skip
    documents.keep(DocumentKind.CONTACT_EXTRACT, case.mother, "Utdrag", _letter("Utdrag."))
    result = case.archive.export(ExportScope(case.mother), target)
    sent = [i for i in result.items if i.kind is ItemKind.INFORMATION_SHEET]
    assert [i.item_id for i in sent] == [sheet.id]  # not the extract: only sheets go
    assert result.folder is not None
    _, kept = documents.stored(sheet.id or 0)
    assert (result.folder / sent[0].file_name).read_bytes() == kept
    assert sent[0].file_name == f"{TODAY}_informasjonsark_{sheet.id}.pdf"
    meta = json.loads((result.folder / result.metadata_file).read_text(encoding="utf-8"))
    described = next(d for d in meta["documents"] if d["file"] == sent[0].file_name)
    assert described["journal_type"] == JournalType.OUTGOING.value
    assert described["recipients"] == ["Máret Čuđe"] and described["dispatched_on"] == f"{TODAY}"
    assert described["title"] == "Informasjonsark – omsorgsovertakelse"
    assert described["source"] == {"kind": "stored_document", "id": sheet.id, "version": 1}
    assert case.archive.pending(ExportScope(case.mother)).items == ()


def _letter(text: str) -> bytes:
    letter = Letter(recipient=(), heading="Informasjon", paragraphs=(text,), caseworker="",
                    dated=TODAY)  # fmt: skip
    return build_letter(letter, Letterhead("Fjellvik kommune"), load_form("common"))
