"""The follow-up's records (``domain.followup``): the child's plans, the purpose, the information
given, assessments, the parent's evaluations and wishes."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from bufapp.domain.entities import Placement
from bufapp.domain.enums import PlacementEndReason, Understanding
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
    ChildRow,
    FollowUpPurposeRow,
    InformationGivenRow,
    ParentEvaluationRow,
    PlacementRow,
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

    def information(self, parent_ids: Iterable[int]) -> list[InformationGiven]:
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

    def wishes(self, parent_ids: Iterable[int]) -> list[Wish]:
        return self._of(Wish, WishRow.parent_id, parent_ids, WishRow.wished_on)

    # --- Oversikt: column queries of what can still be open, whatever the office's size ----------

    def _latest(self, row_type: Any, kind: type[E], partition: list[Any], order: list[Any]) -> Any:
        """The newest row per ``partition`` as a subquery with the entity's columns."""
        columns = [getattr(row_type, f.name) for f in dataclasses.fields(kind)]  # type: ignore[arg-type]
        newest = func.row_number().over(partition_by=partition, order_by=order).label("newest")
        return select(*columns, newest).subquery()

    def _entities(self, query: Any, kind: type[E]) -> list[E]:
        result = self.session.execute(query)
        names = list(result.keys())
        return [kind(**dict(zip(names, row, strict=True))) for row in result]

    def open_information(self) -> list[InformationGiven]:
        """Per parent and item, the latest giving, where it is to be repeated or was not
        understood: all that the checklist's deadlines read."""
        row = InformationGivenRow
        latest = self._latest(
            row, InformationGiven, [row.parent_id, row.item], [row.given_on.desc(), row.id.desc()]
        )
        fields = [latest.c[f.name] for f in dataclasses.fields(InformationGiven)]
        query = select(*fields).where(
            latest.c.newest == 1,
            or_(
                latest.c.repeat_on.is_not(None),
                latest.c.understood != Understanding.UNDERSTOOD.value,
            ),
        )
        return self._entities(query, InformationGiven)

    def current_assessments(self) -> list[Assessment]:
        """Each parent's newest assessment, where it names a day for the next one."""
        row = AssessmentRow
        latest = self._latest(
            row, Assessment, [row.parent_id], [row.written_on.desc(), row.id.desc()]
        )
        fields = [latest.c[f.name] for f in dataclasses.fields(Assessment)]
        query = select(*fields).where(latest.c.newest == 1, latest.c.reassess_on.is_not(None))
        return self._entities(query, Assessment)

    def open_wishes(self) -> list[Wish]:
        fields = [getattr(WishRow, f.name) for f in dataclasses.fields(Wish)]
        return self._entities(select(*fields).where(WishRow.answered_on.is_(None)), Wish)

    def _placements(self, *conditions: Any) -> list[Placement]:
        fields = [getattr(PlacementRow, f.name) for f in dataclasses.fields(Placement)]
        query = select(*fields).where(*conditions).order_by(PlacementRow.start_date)
        return self._entities(query, Placement)

    def reunified_since(self, since: date) -> list[Placement]:
        """The placements ended by the child moving home on or after ``since``: few, whatever
        the office's size."""
        return self._placements(
            PlacementRow.end_reason == PlacementEndReason.REUNIFICATION.value,
            PlacementRow.end_date >= since,
        )

    def placements_of_children_born(self, first: date, last: date) -> list[Placement]:
        """Every placement of the children born from ``first`` to ``last``."""
        born = select(ChildRow.id).where(ChildRow.birth_date.between(first, last))
        return self._placements(PlacementRow.child_id.in_(born))

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
