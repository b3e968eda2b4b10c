"""The parent's feedback (``domain.feedback``): KOR scores and simple feedback, per parent.

The office report reads across parents without loading every score: ``ors_first_and_last``
gives each parent's first and last ORS total, ``srs_below_counts`` how many SRS totals lay below
a cut-off (passed in, in tenths: the cut-off is the office's, from ``forms/feedback.toml``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from bufapp.domain.enums import KorScale
from bufapp.domain.feedback import KorScore, SimpleFeedback
from bufapp.storage.mapping import copy_into, get_row, to_entity
from bufapp.storage.models import KorScoreRow, SimpleFeedbackRow

E = TypeVar("E", KorScore, SimpleFeedback)
_MARKS = ("score_1", "score_2", "score_3", "score_4")
_TOTAL = KorScoreRow.score_1 + KorScoreRow.score_2 + KorScoreRow.score_3 + KorScoreRow.score_4


def _score(row: Any) -> KorScore:
    return to_entity(row, KorScore, tenths=tuple(getattr(row, name) for name in _MARKS))


def _ids(parent_ids: Iterable[int] | None, column: Any) -> Any:
    return True if parent_ids is None else column.in_(list(parent_ids))


def _days(since: date | None, until: date | None) -> Any:
    """Scores given from ``since`` to ``until`` (both inclusive; None: no bound)."""
    return and_(
        True if since is None else KorScoreRow.given_on >= since,
        True if until is None else KorScoreRow.given_on <= until,
    )


class FeedbackRecords:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- KOR scores ---------------------------------------------------------------------------

    def save_score(self, score: KorScore) -> KorScore:
        """A new score, or a correction of one (the audit trail notes the change)."""
        row = (
            get_row(self.session, KorScoreRow, score.id) if score.id is not None else KorScoreRow()
        )
        copy_into(row, score, skip=("tenths",))
        for name, tenths in zip(_MARKS, score.tenths, strict=True):
            setattr(row, name, tenths)
        self.session.add(row)
        self.session.flush()
        return _score(row)

    def score(self, score_id: int) -> KorScore:
        return _score(get_row(self.session, KorScoreRow, score_id))

    def scores_of_parent(self, parent_id: int) -> list[KorScore]:
        """Every ORS and SRS score of the parent, oldest first."""
        rows = self.session.scalars(
            select(KorScoreRow)
            .where(KorScoreRow.parent_id == parent_id)
            .order_by(KorScoreRow.given_on, KorScoreRow.id)
        )
        return [_score(row) for row in rows]

    # --- simple feedback ----------------------------------------------------------------------

    def save_simple(self, feedback: SimpleFeedback) -> SimpleFeedback:
        row = (
            get_row(self.session, SimpleFeedbackRow, feedback.id)
            if feedback.id is not None
            else SimpleFeedbackRow()
        )
        copy_into(row, feedback)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, SimpleFeedback)

    def simple(self, feedback_id: int) -> SimpleFeedback:
        return to_entity(get_row(self.session, SimpleFeedbackRow, feedback_id), SimpleFeedback)

    def simple_of_parent(self, parent_id: int) -> list[SimpleFeedback]:
        """The parent's answers, newest first."""
        rows = self.session.scalars(
            select(SimpleFeedbackRow)
            .where(SimpleFeedbackRow.parent_id == parent_id)
            .order_by(SimpleFeedbackRow.given_on.desc(), SimpleFeedbackRow.id.desc())
        )
        return [to_entity(row, SimpleFeedback) for row in rows]

    # --- across parents (the office report) ---------------------------------------------------

    def ors_first_and_last(
        self,
        parent_ids: Iterable[int] | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> dict[int, tuple[int, int, int]]:
        """Per parent with an ORS score (given from ``since`` to ``until``, if bounded): (first
        total, last total, how many), in tenths, by the day given (ties by id). One query, on
        the (parent, scale, day) index."""
        ranked = (
            select(
                KorScoreRow.parent_id.label("parent_id"),
                _TOTAL.label("total"),
                func.row_number()
                .over(
                    partition_by=KorScoreRow.parent_id,
                    order_by=(KorScoreRow.given_on, KorScoreRow.id),
                )
                .label("asc"),
                func.row_number()
                .over(
                    partition_by=KorScoreRow.parent_id,
                    order_by=(KorScoreRow.given_on.desc(), KorScoreRow.id.desc()),
                )
                .label("desc"),
                func.count().over(partition_by=KorScoreRow.parent_id).label("n"),
            )
            .where(
                KorScoreRow.scale == KorScale.ORS,
                _ids(parent_ids, KorScoreRow.parent_id),
                _days(since, until),
            )
            .subquery()
        )
        first, last = aliased(ranked), aliased(ranked)
        rows = self.session.execute(
            select(first.c.parent_id, first.c.total, last.c.total, first.c.n)
            .join(last, and_(last.c.parent_id == first.c.parent_id, last.c.desc == 1))
            .where(first.c.asc == 1)
        )
        return {parent: (start, end, count) for parent, start, end, count in rows}

    def srs_below_counts(
        self,
        cutoff_tenths: int,
        parent_ids: Iterable[int] | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> dict[int, tuple[int, int]]:
        """Per parent with an SRS score (given from ``since`` to ``until``, if bounded): (how
        many below ``cutoff_tenths``, how many in all)."""
        below = func.sum(case((cutoff_tenths > _TOTAL, 1), else_=0))
        rows = self.session.execute(
            select(KorScoreRow.parent_id, func.coalesce(below, 0), func.count())
            .where(
                KorScoreRow.scale == KorScale.SRS,
                _ids(parent_ids, KorScoreRow.parent_id),
                _days(since, until),
            )
            .group_by(KorScoreRow.parent_id)
        )
        return {parent: (int(n_below), int(n)) for parent, n_below, n in rows}
