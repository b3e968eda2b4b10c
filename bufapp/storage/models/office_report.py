"""The table of what the office learns: the parents' words the caseworker chose, and edited to
be unrecognisable, for a year's report. The figures themselves are computed, never stored."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.domain.office_report import QuoteSource
from bufapp.storage.models.base import Base, Timestamped, stored_enum


class ReportQuoteRow(Timestamped, Base):
    __tablename__ = "report_quote"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    words: Mapped[str] = mapped_column(Text)
    source: Mapped[QuoteSource] = mapped_column(stored_enum(QuoteSource))
    # The record the words were first written in (a contact, an evaluation); no foreign key,
    # since it names one of several tables by ``source``.
    source_id: Mapped[int | None] = mapped_column(Integer)
    # Whose words they were: kept in the vault for the parent's right of access, never printed.
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("parent.id", ondelete="RESTRICT"), index=True
    )
    chosen_on: Mapped[date] = mapped_column(Date)
