"""Samvær's records (``domain.visits``): the plan's versions, the visits, the plan's evaluations
and travel support. Oversikt reads only what can still be open: the plans in force, the last
visits of each child and parent, and the visits still ahead."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from bufapp.domain.enums import VisitOutcome, VisitPurpose
from bufapp.domain.visits import Frequency, TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.storage.mapping import copy_into, get_row, to_entity
from bufapp.storage.models import TravelSupportRow, VisitEvaluationRow, VisitPlanRow, VisitRow

E = TypeVar("E", Visit, VisitEvaluation, TravelSupport)
_ROWS: dict[type, type] = {
    Visit: VisitRow,
    VisitEvaluation: VisitEvaluationRow,
    TravelSupport: TravelSupportRow,
}
_PLAN_OWN = ("frequency", "minimum", "purposes")  # stored in columns of their own


def _plan(row: Any) -> VisitPlan:
    """The plan from its row: a tracked one, or a plain one (same names)."""
    minimum = None
    if row.minimum_times is not None and row.minimum_period is not None:
        minimum = Frequency(row.minimum_times, row.minimum_period, row.minimum_hours)
    return to_entity(
        row,
        VisitPlan,
        frequency=Frequency(row.times, row.period, row.hours),
        minimum=minimum,
        purposes=frozenset(VisitPurpose(key) for key in row.purposes.split(",") if key),
    )


def _plan_into(row: VisitPlanRow, plan: VisitPlan) -> None:
    copy_into(row, plan, skip=_PLAN_OWN)
    row.times, row.period, row.hours = (
        plan.frequency.times,
        plan.frequency.period,
        plan.frequency.hours,
    )
    minimum = plan.minimum
    row.minimum_times = minimum.times if minimum else None
    row.minimum_period = minimum.period if minimum else None
    row.minimum_hours = minimum.hours if minimum else None
    row.purposes = ",".join(sorted(p.value for p in plan.purposes))


def _in_force() -> Any:
    """The plans no later version replaced."""
    replaced = select(VisitPlanRow.replaces_id).where(VisitPlanRow.replaces_id.is_not(None))
    return VisitPlanRow.id.not_in(replaced)


class VisitRecords:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- plans ----------------------------------------------------------------------------

    def save_plan(self, plan: VisitPlan) -> VisitPlan:
        row = (
            get_row(self.session, VisitPlanRow, plan.id) if plan.id is not None else VisitPlanRow()
        )
        _plan_into(row, plan)
        self.session.add(row)
        self.session.flush()
        return _plan(row)

    def plan(self, plan_id: int) -> VisitPlan:
        return _plan(get_row(self.session, VisitPlanRow, plan_id))

    def plans_of_parent(self, parent_id: int) -> list[VisitPlan]:
        """Every version of the parent's plans, oldest first."""
        rows = self.session.scalars(
            select(VisitPlanRow)
            .where(VisitPlanRow.parent_id == parent_id)
            .order_by(VisitPlanRow.valid_from, VisitPlanRow.id)
        )
        return [_plan(row) for row in rows]

    def plans_in_force(self, parent_ids: Iterable[int] | None = None) -> list[VisitPlan]:
        """Read as plain rows, not tracked objects: Oversikt reads every plan of the office."""
        query = select(VisitPlanRow.__table__).where(_in_force())
        if parent_ids is not None:
            query = query.where(VisitPlanRow.parent_id.in_(list(parent_ids)))
        rows = self.session.execute(query.order_by(VisitPlanRow.parent_id, VisitPlanRow.id))
        return [_plan(row) for row in rows]

    def is_replaced(self, plan_id: int) -> bool:
        found = self.session.scalar(
            select(VisitPlanRow.id).where(VisitPlanRow.replaces_id == plan_id).limit(1)
        )
        return found is not None

    # --- visits, evaluations, travel --------------------------------------------------------

    def save(self, record: E) -> E:
        row_type = _ROWS[type(record)]
        row = get_row(self.session, row_type, record.id) if record.id is not None else row_type()
        copy_into(row, record)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, type(record))

    def get(self, kind: type[E], record_id: int) -> E:
        return to_entity(get_row(self.session, _ROWS[kind], record_id), kind)

    def visits_of_parent(self, parent_id: int) -> list[Visit]:
        rows = self.session.scalars(
            select(VisitRow)
            .where(VisitRow.parent_id == parent_id)
            .order_by(VisitRow.planned_for, VisitRow.id)
        )
        return [to_entity(row, Visit) for row in rows]

    def visit_on(self, plan_id: int, day: date) -> Visit | None:
        row = self.session.scalars(
            select(VisitRow)
            .where(VisitRow.plan_id == plan_id, VisitRow.planned_for == day)
            .order_by(VisitRow.id)
            .limit(1)
        ).first()
        return None if row is None else to_entity(row, Visit)

    def visit_of_entry(self, entry_id: int) -> Visit | None:
        row = self.session.scalars(
            select(VisitRow)
            .where(or_(VisitRow.before_entry_id == entry_id, VisitRow.after_entry_id == entry_id))
            .limit(1)
        ).first()
        return None if row is None else to_entity(row, Visit)

    def since_last_held(self, plan_ids: Iterable[int]) -> list[Visit]:
        """Per child and parent of the plans ``plan_ids``, the visits after the last one held:
        a row not held is among them, and they are few. Each pair's last held day is one index
        seek, and what follows it one range; years of visits are never read."""
        pairs = (
            select(VisitPlanRow.parent_id, VisitPlanRow.child_id)
            .where(VisitPlanRow.id.in_(list(plan_ids)))
            .distinct()
            .subquery()
        )
        held = aliased(VisitRow)
        last_held = (
            select(func.max(held.planned_for))
            .where(
                held.parent_id == pairs.c.parent_id,
                held.child_id == pairs.c.child_id,
                held.outcome == VisitOutcome.HELD,
            )
            .scalar_subquery()
        )
        rows = self.session.scalars(
            select(VisitRow)
            .join(
                pairs,
                (VisitRow.parent_id == pairs.c.parent_id) & (VisitRow.child_id == pairs.c.child_id),
            )
            .where(VisitRow.planned_for > func.coalesce(last_held, date.min))
            .order_by(VisitRow.parent_id, VisitRow.planned_for, VisitRow.id)
        )
        return [to_entity(row, Visit) for row in rows]

    def visits_from(self, day: date, plan_ids: Iterable[int]) -> list[Visit]:
        """The visits recorded for ``day`` or later (few: recorded ahead), of these plans."""
        wanted = set(plan_ids)
        rows = self.session.scalars(select(VisitRow).where(VisitRow.planned_for >= day))
        return [to_entity(row, Visit) for row in rows if row.plan_id in wanted]

    def evaluations(self, plan_ids: Iterable[int]) -> list[VisitEvaluation]:
        rows = self.session.scalars(
            select(VisitEvaluationRow)
            .where(VisitEvaluationRow.plan_id.in_(list(plan_ids)))
            .order_by(VisitEvaluationRow.evaluated_on, VisitEvaluationRow.id)
        )
        return [to_entity(row, VisitEvaluation) for row in rows]

    def latest_evaluations(self, plan_ids: Iterable[int]) -> list[VisitEvaluation]:
        """Per plan, its latest evaluation only (Oversikt needs no more)."""
        latest = (
            select(func.max(VisitEvaluationRow.id))
            .where(VisitEvaluationRow.plan_id.in_(list(plan_ids)))
            .group_by(VisitEvaluationRow.plan_id)
        )
        rows = self.session.scalars(
            select(VisitEvaluationRow).where(VisitEvaluationRow.id.in_(latest))
        )
        return [to_entity(row, VisitEvaluation) for row in rows]

    def travel_of_parent(self, parent_id: int) -> list[TravelSupport]:
        rows = self.session.scalars(
            select(TravelSupportRow)
            .where(TravelSupportRow.parent_id == parent_id)
            .order_by(TravelSupportRow.applied_on, TravelSupportRow.id)
        )
        return [to_entity(row, TravelSupport) for row in rows]
