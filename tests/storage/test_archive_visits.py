"""Samvær in the export to the archive (issue 21), on a real vault: each version of a visit plan
goes as one PDF/A-2b internal document listing the visits under it, each evaluation and each
decided travel application as its own; the office's copy withholds nothing. A version goes again
when a visit under it is recorded, an old one does not; a child's case number chooses that case's
plans; years of fortnightly visits stay one document per version."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from bufapp.domain.enums import VisitOutcome
from bufapp.domain.visits import TravelSupport, Visit
from bufapp.services.archive.export import ArchiveExportService, ExportResult
from bufapp.services.archive.model import ExportScope, ItemKind, JournalType
from bufapp.services.archive.visit_items import VISIT_KINDS
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.services.visits.service import VisitService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW
from tests.documents.pdf_checks import assert_in_order, flat
from tests.storage.test_access_visits import (
    AT_CARERS,
    CANCEL_REASON,
    CARERS_VIEW,
    CHANGE_REASON,
    CHILD_VIEW,
    NAMES_CARERS,
    PARENT_VIEW,
    PIERAS,
    SUPERVISOR_NOTE,
    TRANSPORT,
    TRAVEL_NOTE,
    WithVisits,
    add_visits,
)

ANDE_CASE = "2024/1201"
SARA_CASE = "2024/1202"  # Piera's daughter's: none of Ánde's plans are of her case


@pytest.fixture
def archive(vault: Vault, tmp_path: Path) -> ArchiveExportService:
    forms = tmp_path / "forms"
    forms.mkdir()
    uow = lambda: UnitOfWork(vault.session_factory)  # noqa: E731
    return ArchiveExportService(uow, now=lambda: NOW, forms_override=forms)


@pytest.fixture
def with_visits(
    register: RegisterService, contact_log: ContactLogService, visits: VisitService
) -> WithVisits:
    found = add_visits(register, contact_log, visits)
    # An application not decided yet: it goes with its decision, not before.
    visits.save_travel(TravelSupport(found.family.maret_id, date(2026, 6, 1), 400, "Drosje"))
    return found


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    return folder


def visit_keys(result: ExportResult) -> set[tuple[ItemKind, int]]:
    return {(i.kind, i.item_id) for i in result.items if i.kind in VISIT_KINDS}


def document(result: ExportResult, kind: ItemKind, item_id: int) -> str:
    assert result.folder is not None
    item = next(i for i in result.items if (i.kind, i.item_id) == (kind, item_id))
    return flat((result.folder / item.file_name).read_bytes())


def test_each_plan_version_evaluation_and_travel_decision_goes_as_its_own_document(
    archive: ArchiveExportService, with_visits: WithVisits, target: Path
) -> None:
    result = archive.export(ExportScope(with_visits.family.maret_id), target)
    assert visit_keys(result) == {
        (ItemKind.VISIT_PLAN, with_visits.first),
        (ItemKind.VISIT_PLAN, with_visits.second),
        (ItemKind.VISIT_EVALUATION, with_visits.evaluation),
        (ItemKind.TRAVEL_SUPPORT, with_visits.travel),
    }  # fmt: skip  (not Piera's plan, nor the application still open)


def test_the_plan_document_lists_its_visits_and_the_office_copy_withholds_nothing(
    archive: ArchiveExportService, with_visits: WithVisits, target: Path
) -> None:
    result = archive.export(ExportScope(with_visits.family.maret_id), target)
    first = document(result, ItemKind.VISIT_PLAN, with_visits.first)
    assert_in_order(first, [
        "Samværsplan: Ánde Somby, versjon 1", "Forelder Máret Čuđe", "01.02.2025",
        f"Møtested {AT_CARERS}", f"Transport {TRANSPORT}",
        "Samværene under denne versjonen",
        f"08.02.2025: Gjennomført – Varighet: 2 timer; Tilsynsførerens notat: {SUPERVISOR_NOTE}",
        f"08.03.2025: Avlyst – Planlagt: 08.03.2025; Avlyst av: Barnet; Hvorfor: {CANCEL_REASON}",
        f"12.04.2025: Gjennomført – Varighet: 1,5 timer; Merknad: {NAMES_CARERS}",
        "10.05.2025: Forelderen møtte ikke – Planlagt: 10.05.2025",
        "14.06.2025: Gjennomført – Form: Telefon; Varighet: 0,5 timer; Forelderen trengte mest å "
        "snakke med en voksen denne gangen",
        "Slutt på dokumentet.",
    ])  # fmt: skip
    second = document(result, ItemKind.VISIT_PLAN, with_visits.second)
    assert_in_order(second, [
        "Samværsplan: Ánde Somby, versjon 2", "Hvorfor planen ble endret", CHANGE_REASON,
        "Dette ble endret fra versjon 1", f"Møtested: {AT_CARERS} → Familiens hus, Karasjok",
        "Samværene under denne versjonen",
        "Ingen samvær er registrert under denne versjonen.",
    ])  # fmt: skip
    evaluation = document(result, ItemKind.VISIT_EVALUATION, with_visits.evaluation)
    assert_in_order(evaluation, [
        "Evaluering av samværsplanen: Ánde Somby", "Forelderens syn", PARENT_VIEW,
        "Barnets syn", CHILD_VIEW, "Fosterforeldrenes eller institusjonens syn", CARERS_VIEW,
    ])  # fmt: skip
    travel = document(result, ItemKind.TRAVEL_SUPPORT, with_visits.travel)
    assert_in_order(travel, [
        "Søkt om 1 200 kr", "Gjelder samværet 08.02.2025", "Utfall Innvilget", TRAVEL_NOTE,
    ])  # fmt: skip


def test_the_metadata_names_the_child_and_the_case_of_each_record(
    archive: ArchiveExportService, with_visits: WithVisits, target: Path
) -> None:
    result = archive.export(ExportScope(with_visits.family.maret_id), target)
    assert result.folder is not None
    meta = json.loads((result.folder / result.metadata_file).read_text(encoding="utf-8"))
    by_source = {(d["source"]["kind"], d["source"]["id"]): d for d in meta["documents"]}
    plan = by_source["visit_plan", with_visits.second]
    assert plan["title"] == "Samværsplan med samvær 01.08.2025 – versjon 2"
    assert plan["case_numbers"] == [ANDE_CASE] and plan["document_date"] == "2025-08-01"
    assert plan["parties"] == [
        {"role": "Forelder", "name": "Máret Čuđe"}, {"role": "Barn", "name": "Ánde Somby"},
    ]  # fmt: skip
    assert plan["journal_type"] == JournalType.INTERNAL.value
    travel = by_source["travel_support", with_visits.travel]
    assert travel["title"] == "Reisestøtte ved samvær 10.02.2025 – innvilget"
    assert travel["case_numbers"] == [ANDE_CASE]  # the visit it concerns is Ánde's
    assert f"2025-02-01_samvaersplan_{with_visits.first}.pdf" in {d["file"] for d in
                                                                   meta["documents"]}  # fmt: skip


def test_a_visit_recorded_sends_its_version_again_and_nothing_else(
    archive: ArchiveExportService, with_visits: WithVisits, target: Path, visits: VisitService
) -> None:
    maret, ande = with_visits.family.maret_id, with_visits.family.ande_id
    scope = ExportScope(maret)
    archive.export(scope, target)
    visits.save_plan(visits.plan(with_visits.second))  # saved again as it was
    assert [i for i in archive.pending(scope).items if i.kind in VISIT_KINDS] == []
    visits.record_visit(Visit(with_visits.second, maret, ande, date(2025, 8, 8),
                              VisitOutcome.HELD, held_on=date(2025, 8, 8), hours=2.0))  # fmt: skip
    pending = [(i.kind, i.item_id) for i in archive.pending(scope).items if i.kind in VISIT_KINDS]
    assert pending == [(ItemKind.VISIT_PLAN, with_visits.second)]
    again = archive.export(scope, target)
    assert "08.08.2025: Gjennomført – Varighet: 2 timer" in document(
        again, ItemKind.VISIT_PLAN, with_visits.second
    )


def test_a_case_export_holds_that_cases_plans_only(
    archive: ArchiveExportService, with_visits: WithVisits, target: Path
) -> None:
    scopes = {s.case_number: s for s in archive.scopes(with_visits.family.piera_id)}
    ande = visit_keys(archive.export(scopes[ANDE_CASE], target))
    assert (ItemKind.VISIT_PLAN, with_visits.piera_plan) in ande  # both parents' plans for Ánde
    assert (ItemKind.VISIT_PLAN, with_visits.first) in ande
    sara = [i for i in archive.pending(scopes[SARA_CASE]).items if i.kind in VISIT_KINDS]
    assert sara == []


def test_the_other_parents_plan_goes_under_him(
    archive: ArchiveExportService, with_visits: WithVisits, target: Path
) -> None:
    piera = with_visits.family.piera_id
    result = archive.export(ExportScope(piera), target)
    assert visit_keys(result) == {(ItemKind.VISIT_PLAN, with_visits.piera_plan)}
    text = document(result, ItemKind.VISIT_PLAN, with_visits.piera_plan)
    assert "Forelder Piera Somby" in text and PIERAS in text and PARENT_VIEW not in text


def test_five_years_of_fortnightly_visits_stay_one_document_per_version(
    archive: ArchiveExportService, with_visits: WithVisits, target: Path, vault: Vault
) -> None:
    maret, ande = with_visits.family.maret_id, with_visits.family.ande_id
    # Five years on under the version of 1 August 2025, every visit held.
    later = VisitService(lambda: UnitOfWork(vault.session_factory), today=lambda: date(2030, 8, 1))
    for n in range(130):
        day = date(2025, 8, 8) + timedelta(days=14 * n)
        later.record_visit(Visit(with_visits.second, maret, ande, day, VisitOutcome.HELD,
                                 held_on=day, hours=2.0))  # fmt: skip
    result = archive.export(ExportScope(maret), target)
    assert [i.item_id for i in result.items if i.kind is ItemKind.VISIT_PLAN] == [
        with_visits.first, with_visits.second
    ]  # fmt: skip
    text = document(result, ItemKind.VISIT_PLAN, with_visits.second)
    assert text.count("Gjennomført – Varighet: 2 timer") == 130
