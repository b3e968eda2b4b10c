"""Tables of the parent's feedback (issue 22 § 2): KOR scores (ORS, SRS) as four whole-tenths
marks each, and the simple «was the conversation useful» answer. A score is corrected in
place; the audit trail records each change."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.domain.enums import KorScale, Usefulness
from bufapp.storage.models.base import Base, Timestamped, stored_enum


class KorScoreRow(Timestamped, Base):
    __tablename__ = "kor_score"
    # A parent's scores by scale and day (the page; the office report's first and last ORS).
    __table_args__ = (Index("ix_kor_score_parent_scale_day", "parent_id", "scale", "given_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"))
    scale: Mapped[KorScale] = mapped_column(stored_enum(KorScale))
    given_on: Mapped[date] = mapped_column(Date)
    # The four marks in tenths (0–100), in the order of the form's dimensions.
    score_1: Mapped[int] = mapped_column(Integer)
    score_2: Mapped[int] = mapped_column(Integer)
    score_3: Mapped[int] = mapped_column(Integer)
    score_4: Mapped[int] = mapped_column(Integer)
    entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_entry.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")


class SimpleFeedbackRow(Timestamped, Base):
    __tablename__ = "simple_feedback"
    __table_args__ = (Index("ix_simple_feedback_parent_day", "parent_id", "given_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"))
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("contact_entry.id", ondelete="RESTRICT"), index=True
    )
    given_on: Mapped[date] = mapped_column(Date)
    answer: Mapped[Usefulness] = mapped_column(stored_enum(Usefulness))
    words: Mapped[str] = mapped_column(Text, default="")
