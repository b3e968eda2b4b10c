"""Samvær (issue 21) as dated items of the access pack and as the archive's documents: each
version of a visit plan with what changed and why, each visit as it went, each evaluation of a
plan with every party's view, and travel support with its decision. The same items in both, so
a record reads the same to the parent and in the archive; only the wording differs, from the
``[visits]`` section of the form given (``forms/access_pack.toml`` speaks to the parent,
``forms/archive_record.toml`` about them). Program labels (enums, a frequency) are the
program's own.

What the parent is given (innsyn): a party has access to the documents of their own case, so
the evaluations go with every view in them (the child's, the foster parents', the supervisor's),
as the rest of the pack does. A plan concerns one child and one parent: only this parent's
plans, their visits and evaluations are read. What can reveal where a child with hidden
whereabouts lives is withheld part by part and listed (``withholding.discreet_parts``), and so
is the meeting place of visits at such a child's foster home, whatever its text says: an
address or a description of the house names no secret the disclosure rules know of.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from bufapp.documents.access.pack import PackBlock, PackEvent
from bufapp.documents.forms import Form
from bufapp.domain.access import WHEREABOUTS, Reader
from bufapp.domain.enums import VisitForm, VisitOutcome, VisitPlace, VisitPurpose
from bufapp.domain.visit_rules import describe_frequency, plan_changes, versions_of
from bufapp.domain.visits import TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.services.access.events import at_midnight
from bufapp.services.access.withholding import discreet_parts, withheld_row

if TYPE_CHECKING:
    from bufapp.documents.access.contact_extract import LeftOut
    from bufapp.domain.disclosure import Disclosure
    from bufapp.storage.uow import UnitOfWork


def _day(on: date | None) -> str:
    return f"{on:%d.%m.%Y}" if on else ""


def _say(words: Form, key: str) -> str:
    return words.text(f"visits.{key}")


def _kind(words: Form, key: str) -> str:
    return words.text(f"visits.kind.{key}")


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _kroner(amount: int | None, words: Form) -> str:
    if amount is None:
        return ""
    return _say(words, "amount").format(amount=f"{amount:,}".replace(",", " "))


@dataclass(frozen=True)
class PlanVersion:
    """A version of a plan with its number (1 for the first) and the version it replaced."""

    plan: VisitPlan
    number: int
    before: VisitPlan | None


def numbered(plans: Iterable[VisitPlan]) -> list[PlanVersion]:
    """Every plan of ``plans`` with its place in its own chain of versions."""
    every = list(plans)
    found = []
    for plan in every:
        chain = versions_of(every, plan)
        found.append(PlanVersion(plan, len(chain), chain[1] if len(chain) > 1 else None))
    return found


def _at_carers(plan: VisitPlan | None) -> bool:
    return plan is not None and plan.place is VisitPlace.FOSTER_HOME


def _evaluate_every(months: int | None, words: Form) -> str:
    if months is None:
        return ""
    if months == 1:
        return _say(words, "evaluate_every_month")
    return _say(words, "evaluate_every_value").format(months=months)


def _plan_blocks(version: PlanVersion, hidden: bool, words: Form) -> list[PackBlock]:
    plan, before = version.plan, version.before
    blocks = []
    if plan.decision_text.strip():
        blocks.append(PackBlock(_say(words, "decision"), plan.decision_text))
    others = tuple(line.strip() for line in plan.others_with_rights.splitlines() if line.strip())
    if others:
        blocks.append(PackBlock(_say(words, "others"), lines=others))
    purposes = tuple(p.label for p in VisitPurpose if p in plan.purposes)
    purpose_note = plan.purpose_note or ("" if purposes else _say(words, "no_purpose"))
    blocks.append(PackBlock(_say(words, "purposes"), purpose_note, lines=purposes))
    if before is not None:
        if plan.change_reason.strip():
            blocks.append(PackBlock(_say(words, "change_reason"), plan.change_reason))
        if hidden:  # the meeting place at the foster home is withheld on either side
            before, plan = replace(before, place_note=""), replace(plan, place_note="")
        changes = tuple(plan_changes(before, plan))
        if changes:
            heading = _say(words, "changes").format(number=version.number - 1)
            blocks.append(PackBlock(heading, lines=changes))
    return blocks


def plan_event(version: PlanVersion, child: str, words: Form, withheld: str = "") -> PackEvent:
    """A version of a plan: its frame, what, where, why, and what changed from the one before.
    ``withheld``: the text in place of a meeting place at a hidden foster home (empty: the
    place is shown, as in the office's own copy)."""
    plan = version.plan
    hidden = bool(withheld) and (_at_carers(plan) or _at_carers(version.before))
    place_note = withheld if hidden and _at_carers(plan) and plan.place_note else plan.place_note
    minimum = describe_frequency(plan.minimum) if plan.minimum is not None else ""
    facts = (
        (_say(words, "valid_from"), _day(plan.valid_from)),
        (_say(words, "basis"), plan.basis.label),
        (_say(words, "decided_by"), plan.decided_by),
        (_say(words, "decided_on"), _day(plan.decided_on)),
        (_say(words, "minimum"), minimum),
        (_say(words, "agreed_on"), _day(plan.agreed_on) if plan.agreed_with_parent else ""),
        (_say(words, "frequency"), describe_frequency(plan.frequency)),
        (_say(words, "first_visit"), _day(plan.first_visit_on)),
        (_say(words, "place"), plan.place.label),
        (_say(words, "place_note"), place_note),
        (_say(words, "supervision"), plan.supervision.label),
        (_say(words, "supervisor"), plan.supervisor),
        (_say(words, "between_visits"), plan.between_visits),
        (_say(words, "transport"), plan.transport),
        (_say(words, "transport_paid_by"), plan.transport_paid_by),
        (_say(words, "evaluate_every"), _evaluate_every(plan.evaluate_every_months, words)),
    )
    return PackEvent(
        at=at_midnight(plan.valid_from),
        kind=_kind(words, "plan"),
        title=_say(words, "plan_title").format(child=child, number=version.number),
        facts=facts,
        blocks=tuple(_plan_blocks(version, hidden, words)),
    )


def _hours(hours: float | None, words: Form) -> str:
    if hours is None:
        return ""
    if hours == 1:
        return _say(words, "hours_one")
    return _say(words, "hours_value").format(hours=_number(hours))


def visit_day(visit: Visit) -> date:
    return visit.held_on or visit.planned_for


def visit_facts(visit: Visit, words: Form) -> tuple[tuple[str, str], ...]:
    held = visit.outcome is VisitOutcome.HELD
    planned = "" if held and visit.held_on == visit.planned_for else _day(visit.planned_for)
    return (
        (_say(words, "planned_for"), planned),
        (_say(words, "held_on"), _day(visit.held_on) if held else ""),
        (_say(words, "form"), visit.form.label if visit.form is not VisitForm.VISIT else ""),
        (_say(words, "hours"), _hours(visit.hours, words) if held else ""),
        (_say(words, "cancelled_by"), visit.cancelled_by.label if visit.cancelled_by else ""),
        (_say(words, "reason"), visit.reason),
    )


def visit_event(visit: Visit, child: str, words: Form) -> PackEvent:
    """A visit as it went: held (how long, in what form), cancelled (by whom, why) or not
    attended, with the supervisor's note."""
    blocks = []
    if visit.mostly_talk_with_adult:
        blocks.append(PackBlock(_say(words, "mostly_talk")))
    if visit.supervisor_note.strip():
        blocks.append(PackBlock(_say(words, "supervisor_note"), visit.supervisor_note))
    if visit.note.strip():
        blocks.append(PackBlock(_say(words, "visit_note"), visit.note))
    return PackEvent(
        at=at_midnight(visit_day(visit)),
        kind=_kind(words, "visit"),
        title=_say(words, "visit_title").format(child=child, outcome=visit.outcome.label),
        facts=visit_facts(visit, words),
        blocks=tuple(blocks),
    )


def evaluation_event(evaluation: VisitEvaluation, child: str, words: Form) -> PackEvent:
    """The plan evaluated: the parent's own view (in their shade), then each other party's,
    each on its own as it was heard, and the conclusion."""
    blocks = []
    if evaluation.parent_view.strip():
        blocks.append(PackBlock(_say(words, "parent_view"), "", evaluation.parent_view))
    for key in ("child_view", "carers_view", "supervisor_view", "conclusion"):
        text = getattr(evaluation, key)
        if text.strip():
            blocks.append(PackBlock(_say(words, key), text))
    changed = _say(words, "yes") if evaluation.plan_changed else ""
    return PackEvent(
        at=at_midnight(evaluation.evaluated_on),
        kind=_kind(words, "evaluation"),
        title=_say(words, "evaluation_title").format(child=child),
        facts=((_say(words, "plan_changed"), changed),),
        blocks=tuple(blocks),
    )


def travel_event(support: TravelSupport, for_visit: date | None, words: Form) -> PackEvent:
    """An application for travel support with its decision; ``for_visit`` is the day of the
    visit it concerns."""
    if support.granted is None:
        outcome = _say(words, "undecided")
    else:
        outcome = _say(words, "granted" if support.granted else "refused")
    granted = _kroner(support.granted_amount, words) if support.granted else ""
    blocks = ()
    if support.decision_note.strip():
        blocks = (PackBlock(_say(words, "decision_note"), support.decision_note),)
    return PackEvent(
        at=at_midnight(support.applied_on),
        kind=_kind(words, "travel"),
        title=support.purpose.strip() or _say(words, "travel_title"),
        facts=(
            (_say(words, "applied_amount"), _kroner(support.applied_amount, words)),
            (_say(words, "for_visit"), _day(for_visit)),
            (_say(words, "decided"), _day(support.decided_on)),
            (_say(words, "outcome"), outcome),
            (_say(words, "granted_amount"), granted),
        ),
        blocks=blocks,
    )


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
    found: VisitsOf, reader: Reader, words: Form
) -> tuple[list[PackEvent], list[LeftOut]]:
    """Every samvær record as a dated item of the pack, as ``reader`` may be given it, and a
    row under "Dette er unntatt innsyn" for each part withheld."""
    hidden = hidden_children(reader.disclosure)
    note = words.text("register.withheld_value")
    events: list[PackEvent] = []
    rows: list[LeftOut] = []
    for version in numbered(found.plans):
        plan, before = version.plan, version.before
        child = found.children[plan.child_id]
        hide = plan.child_id in hidden
        event = plan_event(version, child, words, note if hide else "")
        place_said = any(_at_carers(p) and p.place_note.strip() for p in (plan, before) if p)
        if hide and place_said:
            what = words.text("exempt.event_part").format(kind=event.kind, title=event.title)
            rows.append(withheld_row(plan.valid_from, what, WHEREABOUTS, words))
        events.append(event)
    by_plan = {p.id: p for p in found.plans}
    events += [visit_event(v, found.children[v.child_id], words) for v in found.visits]
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
