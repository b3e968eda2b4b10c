"""Levekår's records (``domain.living``): the assessments with their areas, and each parent's
interval. Oversikt reads only what it needs, in SQL: each placed parent's earliest placement
going on, their last assessment's day and their interval."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from bufapp.domain.living import AreaRating, LivingAssessment
from bufapp.storage.mapping import to_entity
from bufapp.storage.models import (
    ChildParentRow,
    LivingAreaRow,
    LivingAssessmentRow,
    LivingIntervalRow,
    PlacementRow,
)


class LivingRecords:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, assessment: LivingAssessment) -> LivingAssessment:
        """A new assessment (never a change: an assessment is kept as it was made)."""
        if assessment.id is not None:
            raise ValueError("a living conditions assessment is never changed")
        row = LivingAssessmentRow(
            parent_id=assessment.parent_id, assessed_on=assessment.assessed_on, note=assessment.note
        )
        self.session.add(row)
        self.session.flush()
        for rating in assessment.areas:
            self.session.add(
                LivingAreaRow(
                    assessment_id=row.id,
                    area=rating.area,
                    parent_score=rating.parent_score,
                    parent_words=rating.parent_words,
                    worker_score=rating.worker_score,
                    worker_words=rating.worker_words,
                    wants_help=rating.wants_help,
                )
            )
        self.session.flush()
        return self.of_parent(assessment.parent_id, only=row.id)[0]

    def of_parent(self, parent_id: int, only: int | None = None) -> list[LivingAssessment]:
        """The parent's assessments, oldest first, each with its areas."""
        query = select(LivingAssessmentRow).where(LivingAssessmentRow.parent_id == parent_id)
        if only is not None:
            query = query.where(LivingAssessmentRow.id == only)
        rows = list(
            self.session.scalars(
                query.order_by(LivingAssessmentRow.assessed_on, LivingAssessmentRow.id)
            )
        )
        return self._with_areas(rows)

    def _with_areas(self, rows: list[LivingAssessmentRow]) -> list[LivingAssessment]:
        ids = [row.id for row in rows]
        areas: dict[int, list[AreaRating]] = {i: [] for i in ids}
        if ids:
            for area in self.session.scalars(
                select(LivingAreaRow)
                .where(LivingAreaRow.assessment_id.in_(ids))
                .order_by(LivingAreaRow.id)
            ):
                areas[area.assessment_id].append(to_entity(area, AreaRating))
        return [
            LivingAssessment(
                parent_id=row.parent_id,
                assessed_on=row.assessed_on,
                areas=tuple(areas[row.id]),
                note=row.note,
                id=row.id,
            )
            for row in rows
        ]

    def interval(self, parent_id: int) -> int | None:
        """The parent's months between assessments (None: the default)."""
        return self.session.scalar(
            select(LivingIntervalRow.months).where(LivingIntervalRow.parent_id == parent_id)
        )

    def set_interval(self, parent_id: int, months: int) -> None:
        row = self.session.scalars(
            select(LivingIntervalRow).where(LivingIntervalRow.parent_id == parent_id)
        ).first()
        if row is None:
            row = LivingIntervalRow(parent_id=parent_id)
        row.months = months
        self.session.add(row)
        self.session.flush()

    # --- Oversikt --------------------------------------------------------------------------

    def placed_since(self, today: date, parent_ids: Iterable[int] | None = None) -> dict[int, date]:
        """Each parent with a child placed ``today``: the earliest start among the placements
        going on (a move between homes starts a new one, a little later: close enough here)."""
        query = (
            select(ChildParentRow.parent_id, func.min(PlacementRow.start_date))
            .join(PlacementRow, PlacementRow.child_id == ChildParentRow.child_id)
            .where(
                PlacementRow.start_date <= today,
                or_(PlacementRow.end_date.is_(None), PlacementRow.end_date >= today),
            )
            .group_by(ChildParentRow.parent_id)
        )
        if parent_ids is not None:
            query = query.where(ChildParentRow.parent_id.in_(list(parent_ids)))
        return {parent_id: start for parent_id, start in self.session.execute(query)}

    def last_assessed(self) -> dict[int, date]:
        query = select(
            LivingAssessmentRow.parent_id, func.max(LivingAssessmentRow.assessed_on)
        ).group_by(LivingAssessmentRow.parent_id)
        return {parent_id: day for parent_id, day in self.session.execute(query)}

    def intervals(self) -> dict[int, int]:
        query = select(LivingIntervalRow.parent_id, LivingIntervalRow.months)
        return {parent_id: months for parent_id, months in self.session.execute(query)}
