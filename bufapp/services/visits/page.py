"""The samvær page of one parent, as the view shows it: per child the plan in force with its
history, the visit list, the evaluations; the parent's travel support; the deadlines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bufapp.documents.forms import Form
from bufapp.domain.deadlines import Deadline
from bufapp.domain.entities import Child, Placement
from bufapp.domain.enums import PlacementBasis
from bufapp.domain.visit_rules import (
    ScheduledVisit,
    evaluation_due,
    next_planned,
    plan_changes,
    schedule,
    versions_of,
)
from bufapp.domain.visits import TravelSupport, Visit, VisitEvaluation, VisitPlan


@dataclass(frozen=True)
class PlanVersion:
    plan: VisitPlan
    number: int  # 1 for the first
    changes: tuple[str, ...]  # what it changed from the version before


@dataclass(frozen=True)
class ChildVisits:
    child: Child
    placement: Placement | None  # the placement today, where the child is placed
    plan: VisitPlan | None  # the version in force
    history: tuple[PlanVersion, ...]  # newest first
    schedule: tuple[ScheduledVisit, ...]
    evaluations: tuple[VisitEvaluation, ...]  # newest first, of every version
    next_visit: date | None
    evaluation_due: date | None

    @property
    def basis(self) -> PlacementBasis | None:
        return None if self.placement is None else self.placement.basis


@dataclass(frozen=True)
class TalkPrompts:
    before: tuple[str, ...]
    after: tuple[str, ...]
    difficult: tuple[str, ...]
    meeting: tuple[str, ...] = ()  # the regular meetings with the foster parents (samværsmøte)


@dataclass(frozen=True)
class TalkFrame:
    """What a talk before or after a visit starts from: the form's questions and the names of
    the parent's children (no visits, no plans)."""

    prompts: TalkPrompts
    child_names: dict[int, str]


@dataclass(frozen=True)
class VisitPage:
    parent_id: int
    children: tuple[ChildVisits, ...]
    travel: tuple[TravelSupport, ...]  # newest first
    travel_granted_this_year: int
    deadlines: tuple[Deadline, ...]
    prompts: TalkPrompts
    frame_texts: dict[str, str]


def placement_on(placements: Sequence[Placement], day: date) -> Placement | None:
    """The child's placement on ``day``; of two (a move), the one that started last."""
    ongoing = [p for p in placements if p.is_ongoing(day)]
    return max(ongoing, key=lambda p: p.start_date) if ongoing else None


def child_visits(
    child: Child,
    placements: Sequence[Placement],
    plans: Sequence[VisitPlan],
    visits: Sequence[Visit],
    evaluations: Sequence[VisitEvaluation],
    today: date,
) -> ChildVisits:
    own = [p for p in plans if p.child_id == child.id]
    replaced = {p.replaces_id for p in own}
    in_force = [p for p in own if p.id not in replaced]
    current = max(in_force, key=lambda p: (p.valid_from, p.id or 0)) if in_force else None
    chain = versions_of(own, current) if current is not None else []
    history = tuple(
        PlanVersion(
            plan,
            len(chain) - n,
            tuple(plan_changes(chain[n + 1], plan)) if n + 1 < len(chain) else (),
        )
        for n, plan in enumerate(chain)
    )
    own_visits = [v for v in visits if v.child_id == child.id]
    plan_ids = {p.id for p in chain}
    own_evaluations = [e for e in evaluations if e.plan_id in plan_ids]
    return ChildVisits(
        child=child,
        placement=placement_on(placements, today),
        plan=current,
        history=history,
        schedule=tuple(schedule(chain, own_visits, today)),
        evaluations=tuple(
            sorted(own_evaluations, key=lambda e: (e.evaluated_on, e.id or 0), reverse=True)
        ),
        next_visit=next_planned(current, own_visits, today) if current else None,
        evaluation_due=evaluation_due(current, own_evaluations) if current else None,
    )


def talk_prompts(form: Form) -> TalkPrompts:
    values = form.values

    def prompts(*path: str) -> tuple[str, ...]:
        section = values
        for part in path:
            section = section.get(part, {})
        found = section.get("prompts", []) if isinstance(section, dict) else []
        return tuple(str(p) for p in found)

    return TalkPrompts(
        prompts("talk", "before"),
        prompts("talk", "after"),
        prompts("difficult"),
        prompts("meeting"),
    )


def granted_in_year(travel: Sequence[TravelSupport], year: int) -> int:
    """The travel support granted in ``year`` (by the decision's date), in kroner."""
    return sum(
        t.granted_amount or 0
        for t in travel
        if t.granted and t.decided_on is not None and t.decided_on.year == year
    )
