"""Tables of levekår: each dated assessment with one row per area asked about, and how often
each parent is asked again. Assessments are never changed or removed (triggers in the
migration refuse it): a new, dated assessment shows what changed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.domain.enums import LivingArea
from bufapp.storage.models.base import Base, Timestamped, stored_enum


class LivingAssessmentRow(Timestamped, Base):
    __tablename__ = "living_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class LivingAreaRow(Base):
    __tablename__ = "living_area"
    __table_args__ = (UniqueConstraint("assessment_id", "area"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("living_assessment.id", ondelete="RESTRICT")
    )
    area: Mapped[LivingArea] = mapped_column(stored_enum(LivingArea))
    parent_score: Mapped[int | None] = mapped_column(Integer)
    parent_words: Mapped[str] = mapped_column(Text, default="")
    worker_score: Mapped[int | None] = mapped_column(Integer)
    worker_words: Mapped[str] = mapped_column(Text, default="")
    wants_help: Mapped[bool] = mapped_column(Boolean, default=False)


class LivingIntervalRow(Timestamped, Base):
    """How many months after an assessment the parent is asked again (a setting per parent;
    no row: the default)."""

    __tablename__ = "living_interval"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(
        ForeignKey("parent.id", ondelete="RESTRICT"), unique=True
    )
    months: Mapped[int] = mapped_column(Integer)
