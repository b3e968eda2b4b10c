"""Tables of samvær: the visit plan's versions, the visits as they went, the plan's evaluations
and travel support. A plan is never updated in place once replaced; a new row replaces it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.domain.enums import (
    CancelledBy,
    Supervision,
    VisitBasis,
    VisitForm,
    VisitOutcome,
    VisitPeriod,
    VisitPlace,
)
from bufapp.storage.models.base import Base, Timestamped, stored_enum


class VisitPlanRow(Timestamped, Base):
    __tablename__ = "visit_plan"
    __table_args__ = (Index("ix_visit_plan_parent_child", "parent_id", "child_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="RESTRICT"), index=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"))
    valid_from: Mapped[date] = mapped_column(Date)
    basis: Mapped[VisitBasis] = mapped_column(stored_enum(VisitBasis))
    times: Mapped[int] = mapped_column(Integer)
    period: Mapped[VisitPeriod] = mapped_column(stored_enum(VisitPeriod))
    hours: Mapped[float | None] = mapped_column(Float)
    decided_by: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date)
    decision_text: Mapped[str] = mapped_column(Text, default="")
    minimum_times: Mapped[int | None] = mapped_column(Integer)
    minimum_period: Mapped[VisitPeriod | None] = mapped_column(
        stored_enum(VisitPeriod, name="minimumperiod")
    )
    minimum_hours: Mapped[float | None] = mapped_column(Float)
    supervision_decided: Mapped[bool] = mapped_column(Boolean, default=False)
    agreed_with_parent: Mapped[bool] = mapped_column(Boolean, default=False)
    agreed_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[VisitPlace] = mapped_column(stored_enum(VisitPlace))
    place_note: Mapped[str] = mapped_column(Text, default="")
    supervision: Mapped[Supervision] = mapped_column(stored_enum(Supervision))
    supervisor: Mapped[str] = mapped_column(Text, default="")
    others_with_rights: Mapped[str] = mapped_column(Text, default="")
    between_visits: Mapped[str] = mapped_column(Text, default="")
    transport: Mapped[str] = mapped_column(Text, default="")
    transport_paid_by: Mapped[str] = mapped_column(Text, default="")
    purposes: Mapped[str] = mapped_column(String(200), default="")  # the keys, comma-separated
    purpose_note: Mapped[str] = mapped_column(Text, default="")
    first_visit_on: Mapped[date | None] = mapped_column(Date)
    evaluate_every_months: Mapped[int | None] = mapped_column(Integer)
    change_reason: Mapped[str] = mapped_column(Text, default="")
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit_plan.id", ondelete="RESTRICT"), unique=True
    )


def _entry() -> Mapped[int | None]:
    return mapped_column(ForeignKey("contact_entry.id", ondelete="SET NULL"), index=True)


class VisitRow(Timestamped, Base):
    __tablename__ = "visit"
    # A pair's visits by day (the page, what follows a day), and its last held one (Oversikt).
    __table_args__ = (
        Index("ix_visit_pair_planned", "parent_id", "child_id", "planned_for"),
        Index("ix_visit_pair_outcome", "parent_id", "child_id", "outcome", "planned_for"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("visit_plan.id", ondelete="RESTRICT"), index=True
    )
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"))
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="RESTRICT"))
    planned_for: Mapped[date] = mapped_column(Date, index=True)  # what lies ahead, for Oversikt
    outcome: Mapped[VisitOutcome] = mapped_column(stored_enum(VisitOutcome))
    form: Mapped[VisitForm] = mapped_column(stored_enum(VisitForm))
    held_on: Mapped[date | None] = mapped_column(Date)
    hours: Mapped[float | None] = mapped_column(Float)
    cancelled_by: Mapped[CancelledBy | None] = mapped_column(stored_enum(CancelledBy))
    reason: Mapped[str] = mapped_column(Text, default="")
    supervisor_note: Mapped[str] = mapped_column(Text, default="")
    mostly_talk_with_adult: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    before_entry_id: Mapped[int | None] = _entry()
    after_entry_id: Mapped[int | None] = _entry()


class VisitEvaluationRow(Timestamped, Base):
    __tablename__ = "visit_evaluation"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("visit_plan.id", ondelete="RESTRICT"), index=True
    )
    evaluated_on: Mapped[date] = mapped_column(Date)
    child_view: Mapped[str] = mapped_column(Text, default="")
    parent_view: Mapped[str] = mapped_column(Text, default="")
    carers_view: Mapped[str] = mapped_column(Text, default="")
    supervisor_view: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    plan_changed: Mapped[bool] = mapped_column(Boolean, default=False)


class TravelSupportRow(Timestamped, Base):
    __tablename__ = "travel_support"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    applied_on: Mapped[date] = mapped_column(Date)
    applied_amount: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(Text, default="")
    visit_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit.id", ondelete="SET NULL"), index=True
    )
    decided_on: Mapped[date | None] = mapped_column(Date)
    granted: Mapped[bool | None] = mapped_column(Boolean)
    granted_amount: Mapped[int | None] = mapped_column(Integer)
    decision_note: Mapped[str] = mapped_column(Text, default="")
