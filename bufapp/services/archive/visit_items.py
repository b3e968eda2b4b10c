"""Samvær's records (issue 21) as documents for the archive, each an internal document (journal
type X), laid out as the access pack lays them out (``services.access.visit_events``), in the
archive's wording (``forms/archive_record.toml`` [visits]). The office's own copy: nothing is
withheld, the meeting place at a hidden foster home included.

- each version of a visit plan, with the visits recorded under it listed a line each: five years
  of fortnightly visits are one list of some 130 lines in the plan's document, not 130
  documents. A version's document goes again when a visit under it is recorded or corrected
  (its version is a fingerprint of the plan and its visits), so the archive's latest copy holds
  every visit; an old version, whose visits are all recorded, goes once;
- each evaluation of a plan, with every party's view;
- each application for travel support once it is decided (the decision with the application:
  an application still open is not yet a record to file, and would go twice).

With the child as a party and the child's case number; in a case's export only the records of
that case's children (travel support for no particular visit belongs to the parent, as minutes
do, and goes with every case of the parent's).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bufapp.documents.access.pack import PackBlock
from bufapp.domain.visits import TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.services.access.visit_events import (
    PlanVersion,
    evaluation_event,
    numbered,
    plan_event,
    travel_event,
    visit_day,
    visit_facts,
)
from bufapp.services.archive.followup_items import fingerprint_version
from bufapp.services.archive.model import ArchiveItem, ItemKind, JournalType

if TYPE_CHECKING:
    from bufapp.documents.access.pack import PackEvent
    from bufapp.documents.forms import Form
    from bufapp.services.archive.items import Candidates
    from bufapp.storage.uow import UnitOfWork

VISIT_KINDS = frozenset((ItemKind.VISIT_PLAN, ItemKind.VISIT_EVALUATION, ItemKind.TRAVEL_SUPPORT))


def _item(
    found: Candidates, kind: ItemKind, record: object, parent_id: int, child_ids: tuple[int, ...],
    on: date, about: str = "",
) -> ArchiveItem:  # fmt: skip
    title = f"{kind.label} {on:%d.%m.%Y}" + (f" – {about}" if about else "")
    return ArchiveItem(
        kind=kind,
        item_id=getattr(record, "id", None) or 0,
        version=fingerprint_version(record),
        parent_id=parent_id,
        title=title,
        document_date=on,
        journal_type=JournalType.INTERNAL,
        case_numbers=found.case_numbers(parent_id, child_ids),
        parties=found.parties((parent_id,), child_ids),
        sender=found.caseworker,
    )


def visit_items(found: Candidates) -> list[ArchiveItem]:
    """Every samvær record of the scope's parents, as documents (see the module)."""
    items: list[ArchiveItem] = []
    for parent_id in found.parent_ids:
        items += _parent_items(found, parent_id)
    return items


def _parent_items(found: Candidates, parent_id: int) -> Iterator[ArchiveItem]:
    records = found.uow.visits
    plans = records.plans_of_parent(parent_id)
    by_plan: dict[int | None, list[Visit]] = {}
    for visit in records.visits_of_parent(parent_id):
        by_plan.setdefault(visit.plan_id, []).append(visit)
    for version in numbered(plans):
        plan = version.plan
        if not found.concerns_case((plan.child_id,)):
            continue
        item = _item(found, ItemKind.VISIT_PLAN, plan, parent_id, (plan.child_id,),
                     plan.valid_from, f"versjon {version.number}")  # fmt: skip
        yield replace(item, version=fingerprint_version(plan, *by_plan.get(plan.id, [])))
    children = {p.id: p.child_id for p in plans}
    for evaluation in records.evaluations(list(children)) if children else ():
        child = children[evaluation.plan_id]
        if found.concerns_case((child,)):
            yield _item(found, ItemKind.VISIT_EVALUATION, evaluation, parent_id, (child,),
                        evaluation.evaluated_on)  # fmt: skip
    child_of_visit = {v.id: v.child_id for visits in by_plan.values() for v in visits}
    for support in records.travel_of_parent(parent_id):
        if support.granted is None:
            continue  # not decided yet: it goes with its decision
        linked = child_of_visit.get(support.visit_id)
        child_ids = (linked,) if linked is not None else ()
        if found.concerns_case(child_ids):
            outcome = "innvilget" if support.granted else "avslått"
            yield _item(found, ItemKind.TRAVEL_SUPPORT, support, parent_id, child_ids,
                        support.applied_on, outcome)  # fmt: skip


def visit_line(visit: Visit, words: Form) -> str:
    """A visit in one line, for the list under its plan version: its day, how it went, and
    each thing known of it («Varighet: 2 timer», «Avlyst av: Barnet», the notes)."""
    facts = visit_facts(visit, words)
    known = [facts[0], *facts[2:]]  # not the day it was held: the line starts with it
    known += [
        (words.text("visits.supervisor_note"), visit.supervisor_note),
        (words.text("visits.visit_note"), visit.note),
    ]
    said = [f"{label}: {value}" for label, value in known if value.strip()]
    if visit.mostly_talk_with_adult:
        said.append(words.text("visits.mostly_talk").rstrip("."))
    details = "; ".join(said)
    key = "visits.visit_line_details" if details else "visits.visit_line"
    return words.text(key).format(
        date=f"{visit_day(visit):%d.%m.%Y}", outcome=visit.outcome.label, details=details
    )


def _plan_record(uow: UnitOfWork, plan_id: int, words: Form) -> PackEvent:
    plan = uow.visits.plan(plan_id)
    version = next(
        (v for v in numbered(uow.visits.plans_of_parent(plan.parent_id)) if v.plan.id == plan_id),
        PlanVersion(plan, 1, None),
    )
    event = plan_event(version, uow.children.get(plan.child_id).full_name, words)
    own = [v for v in uow.visits.visits_of_parent(plan.parent_id) if v.plan_id == plan_id]
    heading = words.text("visits.visits")
    if own:
        listed = PackBlock(heading, lines=tuple(visit_line(v, words) for v in own))
    else:
        listed = PackBlock(heading, words.text("visits.no_visits"))
    return replace(event, blocks=(*event.blocks, listed))


def visit_record_event(uow: UnitOfWork, item: ArchiveItem, words: Form) -> PackEvent:
    """The record ``item`` stands for, read now, as the access pack lays it out."""
    if item.kind is ItemKind.VISIT_PLAN:
        return _plan_record(uow, item.item_id, words)
    if item.kind is ItemKind.VISIT_EVALUATION:
        evaluation = uow.visits.get(VisitEvaluation, item.item_id)
        plan: VisitPlan = uow.visits.plan(evaluation.plan_id)
        return evaluation_event(evaluation, uow.children.get(plan.child_id).full_name, words)
    support = uow.visits.get(TravelSupport, item.item_id)
    visit = uow.visits.get(Visit, support.visit_id) if support.visit_id is not None else None
    return travel_event(support, visit_day(visit) if visit else None, words)
