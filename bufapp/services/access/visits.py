"""Samvær (issue 21) in the parent's access pack: every version of the parent's own visit plans
with what changed and why, each visit, the plans' evaluations and travel support, laid out by
``services.access.visit_events`` in the words of ``forms/access_pack.toml`` [visits].

What the parent is given (innsyn): a party has access to the documents of their own case, so
the evaluations go with every view in them (the child's, the foster parents', the supervisor's),
as the rest of the pack does. A plan concerns one child and one parent: only this parent's
plans, their visits and evaluations are read. What can reveal where a child with hidden
whereabouts lives is withheld part by part and listed (``withholding.discreet_parts``), and so
is the meeting place of visits at such a child's foster home, whatever its text says: an
address or a description of the house names no secret the disclosure rules know of.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bufapp.documents.access.pack import PackEvent
from bufapp.documents.forms import Form
from bufapp.domain.access import WHEREABOUTS, Reader
from bufapp.domain.visits import TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.services.access.visit_events import (
    at_carers,
    evaluation_event,
    numbered,
    plan_event,
    travel_event,
    visit_day,
    visit_event,
)
from bufapp.services.access.withholding import discreet_parts, withheld_row

if TYPE_CHECKING:
    from bufapp.documents.access.contact_extract import LeftOut
    from bufapp.domain.disclosure import Disclosure
    from bufapp.storage.uow import UnitOfWork


@dataclass(frozen=True)
class VisitsOf:
    """Every samvær record of one parent, read in one unit of work."""

    plans: tuple[VisitPlan, ...]  # every version, oldest first
    visits: tuple[Visit, ...]
    evaluations: tuple[VisitEvaluation, ...]
    travel: tuple[TravelSupport, ...]
    children: Mapping[int, str]  # the plans' children by id, named


def visits_of(uow: UnitOfWork, parent_id: int) -> VisitsOf:
    """The parent's own plans (never another parent's plan for the same child), the visits
    and evaluations under them, and the parent's travel support."""
    plans = tuple(uow.visits.plans_of_parent(parent_id))
    ids = [p.id for p in plans if p.id is not None]
    children = {cid: uow.children.get(cid).full_name for cid in {p.child_id for p in plans}}
    return VisitsOf(
        plans=plans,
        visits=tuple(v for v in uow.visits.visits_of_parent(parent_id) if v.plan_id in ids),
        evaluations=tuple(uow.visits.evaluations(ids)) if ids else (),
        travel=tuple(uow.visits.travel_of_parent(parent_id)),
        children=children,
    )


def hidden_children(rules: Disclosure) -> frozenset[int]:
    """The children of the family of whom a placement may not be shown to this reader."""
    return frozenset(p.child_id for p in rules.placements if not rules.shows_placement(p))


def pack_items(
    found: VisitsOf, reader: Reader, words: Form, talks: Mapping[int, datetime] | None = None
) -> tuple[list[PackEvent], list[LeftOut]]:
    """Every samvær record as a dated item of the pack, as ``reader`` may be given it, and a
    row under "Dette er unntatt innsyn" for each part withheld; ``talks``: the contacts shown
    in the pack, by id, when they were (a visit says when its talks were)."""
    hidden = hidden_children(reader.disclosure)
    note = words.text("register.withheld_value")
    events: list[PackEvent] = []
    rows: list[LeftOut] = []
    for version in numbered(found.plans):
        plan, before = version.plan, version.before
        child = found.children[plan.child_id]
        hide = plan.child_id in hidden
        event = plan_event(version, child, words, note if hide else "")
        place_said = any(at_carers(p) and p.place_note.strip() for p in (plan, before) if p)
        if hide and place_said:
            what = words.text("exempt.event_part").format(kind=event.kind, title=event.title)
            rows.append(withheld_row(plan.valid_from, what, WHEREABOUTS, words))
        events.append(event)
    by_plan = {p.id: p for p in found.plans}
    events += [visit_event(v, found.children[v.child_id], words, talks) for v in found.visits]
    for evaluation in found.evaluations:
        child = found.children[by_plan[evaluation.plan_id].child_id]
        events.append(evaluation_event(evaluation, child, words))
    days = {v.id: visit_day(v) for v in found.visits}
    events += [travel_event(t, days.get(t.visit_id), words) for t in found.travel]
    kept: list[PackEvent] = []
    for event in events:
        shown, withheld = discreet_parts(event, reader, words)
        kept += [shown] if shown is not None else []
        rows += withheld
    # A part withheld for the meeting place and another for the same reason: one row.
    return kept, list(dict.fromkeys(rows))
