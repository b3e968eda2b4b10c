"""Tables of the follow-up: the child's plans, the purpose, the information checklist's record,
the service's assessments, the parent's evaluations and wishes. Each kept record is a row of its
own, so the history stays; the newest is the current one."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.domain.enums import (
    ChildPlanKind,
    HomeOutlook,
    InformationManner,
    Understanding,
    WishKind,
    WishOutcome,
)
from bufapp.storage.models.base import Base, Timestamped, stored_enum


def _parent() -> Mapped[int]:
    return mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)


def _entry() -> Mapped[int | None]:
    return mapped_column(ForeignKey("contact_entry.id", ondelete="SET NULL"), index=True)


class ChildPlanRow(Timestamped, Base):
    __tablename__ = "child_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[ChildPlanKind] = mapped_column(stored_enum(ChildPlanKind))
    dated: Mapped[date] = mapped_column(Date)
    goal: Mapped[str] = mapped_column(Text, default="")
    time_frame: Mapped[str] = mapped_column(Text, default="")


class FollowUpPurposeRow(Timestamped, Base):
    __tablename__ = "follow_up_purpose"

    parent_id: Mapped[int] = mapped_column(
        ForeignKey("parent.id", ondelete="RESTRICT"), primary_key=True
    )
    parent_words: Mapped[str] = mapped_column(Text, default="")
    caseworker_words: Mapped[str] = mapped_column(Text, default="")
    agreed_on: Mapped[date | None] = mapped_column(Date)


class InformationGivenRow(Timestamped, Base):
    __tablename__ = "information_given"
    __table_args__ = (Index("ix_information_given_parent_item", "parent_id", "item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"))
    item: Mapped[str] = mapped_column(String(60))
    given_on: Mapped[date] = mapped_column(Date)
    manner: Mapped[InformationManner] = mapped_column(stored_enum(InformationManner))
    with_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    with_support_person: Mapped[bool] = mapped_column(Boolean, default=False)
    understood: Mapped[Understanding] = mapped_column(stored_enum(Understanding))
    repeat_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    entry_id: Mapped[int | None] = _entry()


class AssessmentRow(Timestamped, Base):
    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = _parent()
    written_on: Mapped[date] = mapped_column(Date)
    outlook: Mapped[HomeOutlook] = mapped_column(stored_enum(HomeOutlook))
    text: Mapped[str] = mapped_column(Text, default="")
    reassess_on: Mapped[date | None] = mapped_column(Date)


class ParentEvaluationRow(Timestamped, Base):
    __tablename__ = "parent_evaluation"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = _parent()
    # "on" is an SQL keyword: the column has a plain name, the attribute the entity's.
    on: Mapped[date] = mapped_column("evaluated_on", Date)
    words: Mapped[str] = mapped_column(Text, default="")
    entry_id: Mapped[int | None] = _entry()


class WishRow(Timestamped, Base):
    __tablename__ = "parent_wish"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = _parent()
    kind: Mapped[WishKind] = mapped_column(stored_enum(WishKind))
    words: Mapped[str] = mapped_column(Text, default="")
    wished_on: Mapped[date] = mapped_column(Date)
    answer_by: Mapped[date | None] = mapped_column(Date)
    answered_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[WishOutcome | None] = mapped_column(stored_enum(WishOutcome))
    answer: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
