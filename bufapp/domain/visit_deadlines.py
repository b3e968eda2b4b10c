"""Samvær's deadlines for Oversikt: the next visit, visits not held in a row, the evaluation
due, a plan without a purpose — siblings met together on one line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import DeadlineKind
from bufapp.domain.visit_rules import evaluation_due, next_planned
from bufapp.domain.visits import Visit, VisitEvaluation, VisitPlan
from bufapp.domain.words import N_

MISSED_IN_A_ROW = 2  # two visits in a row not held is a signal, not bad luck
NEXT_VISIT_AHEAD_DAYS = 14  # Oversikt shows the next visit when it is this close


def missed_in_a_row(visits: Iterable[Visit]) -> list[Visit]:
    """The visits at the end of the record that were not held, when there are enough of them in
    a row to be a signal; one held breaks the row, also when it was a call or a video."""
    ordered = sorted((v for v in visits if v.is_recorded), key=lambda v: (v.planned_for, v.id or 0))
    row: list[Visit] = []
    for visit in reversed(ordered):
        if visit.happened:
            break
        row.append(visit)
    return list(reversed(row)) if len(row) >= MISSED_IN_A_ROW else []


def visit_deadlines(
    plans: Sequence[VisitPlan],
    visits: Sequence[Visit],
    evaluations: Sequence[VisitEvaluation],
    today: date,
) -> list[Deadline]:
    """Deadlines from the plans in force (``plans``: current versions only) and their visits."""
    found: list[Deadline] = []
    # Grouped once: filtering every plan's own from all the visits would grow with the square
    # of the office (Oversikt reads every plan in force).
    visits_of: dict[int | None, list[Visit]] = {}
    for visit in visits:
        visits_of.setdefault(visit.plan_id, []).append(visit)
    evaluations_of: dict[int | None, list[VisitEvaluation]] = {}
    for evaluation in evaluations:
        evaluations_of.setdefault(evaluation.plan_id, []).append(evaluation)
    for plan in plans:
        own = visits_of.get(plan.id, [])
        found += _plan_deadlines(plan, own, evaluations_of.get(plan.id, []), today)
    for (parent_id, child_id), row in _rows_missed(plans, visits).items():
        found.append(
            Deadline(
                DeadlineKind.VISITS_MISSED,
                parent_id,
                row[-1].planned_for,
                f"{len(row)} samvær på rad ikke gjennomført – snakk med forelderen om hvorfor",
                child_ids=(child_id,),
                ref=row[-1].id,
            )
        )
    return siblings_together(found)


def siblings_together(deadlines: Iterable[Deadline]) -> list[Deadline]:
    """Siblings with a visit, a row not held or an evaluation on the same day are one line with
    both children: each has a plan of its own, but the parent meets them together."""
    merged: dict[tuple[DeadlineKind, int, date, str], Deadline] = {}
    for deadline in deadlines:
        key = (deadline.kind, deadline.parent_id, deadline.due, deadline.title)
        before = merged.get(key)
        if before is None:
            merged[key] = deadline
        else:
            children = tuple(sorted({*before.child_ids, *deadline.child_ids}))
            merged[key] = replace(before, child_ids=children)
    return list(merged.values())


def _plan_deadlines(
    plan: VisitPlan, visits: list[Visit], evaluations: Sequence[VisitEvaluation], today: date
) -> list[Deadline]:
    found = []
    children = (plan.child_id,)
    upcoming = next_planned(plan, visits, today)
    if upcoming is not None and upcoming <= today + timedelta(days=NEXT_VISIT_AHEAD_DAYS):
        found.append(
            Deadline(
                DeadlineKind.NEXT_VISIT,
                plan.parent_id,
                upcoming,
                N_("Neste samvær"),
                children,
                ref=plan.id,
            )
        )
    due = evaluation_due(plan, evaluations)
    if due is not None:
        found.append(
            Deadline(
                DeadlineKind.VISIT_EVALUATION,
                plan.parent_id,
                due,
                N_("Evaluer samværsplanen med barnet, forelderen, fosterhjemmet og tilsynsfører"),
                children,
                ref=plan.id,
            )
        )
    if not plan.purposes:
        found.append(
            Deadline(
                DeadlineKind.VISIT_PLAN_PURPOSE,
                plan.parent_id,
                plan.valid_from,
                N_("Samværsplanen har ikke noe formål – samværet vurderes ut fra formålet"),
                children,
                ref=plan.id,
            )
        )
    return found


def _rows_missed(
    plans: Sequence[VisitPlan], visits: Sequence[Visit]
) -> dict[tuple[int, int], list[Visit]]:
    """Per child and parent with a plan in force, a row of visits not held at the end."""
    pairs = {(p.parent_id, p.child_id) for p in plans}
    of_pair: dict[tuple[int, int], list[Visit]] = {}
    for visit in visits:
        if (visit.parent_id, visit.child_id) in pairs:
            of_pair.setdefault((visit.parent_id, visit.child_id), []).append(visit)
    rows = {}
    for pair, own in of_pair.items():
        row = missed_in_a_row(own)
        if row:
            rows[pair] = row
    return rows
