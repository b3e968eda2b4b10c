"""The follow-up's records (``domain.followup``): the child's plans, the purpose, the information
given, assessments, the parent's evaluations and wishes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bufapp.domain.followup import (
    Assessment,
    ChildPlan,
    FollowUpPurpose,
    InformationGiven,
    ParentEvaluation,
    Wish,
)
from bufapp.storage.mapping import copy_into, get_row, to_entity
from bufapp.storage.models import (
    AssessmentRow,
    ChildPlanRow,
    FollowUpPurposeRow,
    InformationGivenRow,
    ParentEvaluationRow,
    WishRow,
)

E = TypeVar("E")
_ROWS: dict[type, type] = {
    ChildPlan: ChildPlanRow,
    InformationGiven: InformationGivenRow,
    Assessment: AssessmentRow,
    ParentEvaluation: ParentEvaluationRow,
    Wish: WishRow,
}


class FollowUpRecords:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, record: E) -> E:
        """A new record, or a change to one, of any kind but the purpose."""
        row_type = _ROWS[type(record)]
        record_id = getattr(record, "id", None)
        row = get_row(self.session, row_type, record_id) if record_id is not None else row_type()
        copy_into(row, record)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, type(record))

    def get(self, kind: type[E], record_id: int) -> E:
        return to_entity(get_row(self.session, _ROWS[kind], record_id), kind)

    def _of(self, kind: type[E], column: Any, ids: Iterable[int], *order: Any) -> list[E]:
        wanted = list(ids)
        if not wanted:
            return []
        rows = self.session.scalars(
            select(_ROWS[kind]).where(column.in_(wanted)).order_by(*order, _ROWS[kind].id)
        )
        return [to_entity(row, kind) for row in rows]

    def child_plans(self, child_ids: Iterable[int]) -> list[ChildPlan]:
        return self._of(ChildPlan, ChildPlanRow.child_id, child_ids, ChildPlanRow.dated)

    def information(self, parent_ids: Iterable[int] | None = None) -> list[InformationGiven]:
        if parent_ids is None:
            rows = self.session.scalars(select(InformationGivenRow))
            return [to_entity(row, InformationGiven) for row in rows]
        return self._of(
            InformationGiven,
            InformationGivenRow.parent_id,
            parent_ids,
            InformationGivenRow.given_on,
        )

    def information_of_entry(self, entry_id: int) -> list[InformationGiven]:
        return self._of(InformationGiven, InformationGivenRow.entry_id, [entry_id])

    def assessments(self, parent_ids: Iterable[int] | None = None) -> list[Assessment]:
        if parent_ids is None:
            return [
                to_entity(row, Assessment) for row in self.session.scalars(select(AssessmentRow))
            ]
        return self._of(Assessment, AssessmentRow.parent_id, parent_ids, AssessmentRow.written_on)

    def evaluations(self, parent_id: int) -> list[ParentEvaluation]:
        return self._of(
            ParentEvaluation, ParentEvaluationRow.parent_id, [parent_id], ParentEvaluationRow.on
        )

    def wishes(self, parent_ids: Iterable[int] | None = None) -> list[Wish]:
        if parent_ids is None:
            rows = self.session.scalars(select(WishRow).where(WishRow.answered_on.is_(None)))
            return [to_entity(row, Wish) for row in rows]
        return self._of(Wish, WishRow.parent_id, parent_ids, WishRow.wished_on)

    def aftercare_raised(self, item: str) -> dict[int, list[date]]:
        rows = self.session.execute(
            select(InformationGivenRow.parent_id, InformationGivenRow.given_on).where(
                InformationGivenRow.item == item
            )
        )
        found: dict[int, list[date]] = {}
        for parent_id, given_on in rows:
            found.setdefault(parent_id, []).append(given_on)
        return found

    def purpose(self, parent_id: int) -> FollowUpPurpose:
        row = self.session.get(FollowUpPurposeRow, parent_id)
        return FollowUpPurpose(parent_id) if row is None else to_entity(row, FollowUpPurpose)

    def save_purpose(self, purpose: FollowUpPurpose) -> FollowUpPurpose:
        row = self.session.get(FollowUpPurposeRow, purpose.parent_id) or FollowUpPurposeRow()
        copy_into(row, purpose)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, FollowUpPurpose)
