"""Tables of familieråd: the conference (changed as it goes: planned, held, approved), the people
invited and whether they came, and the family's plan's items, each with the follow-up task it
became."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.domain.enums import ConferencePurpose, ConferenceStatus, PlanApproval
from bufapp.storage.models.base import Base, Timestamped, stored_enum


class FamilyConferenceRow(Timestamped, Base):
    __tablename__ = "family_conference"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    question: Mapped[str] = mapped_column(Text)
    planned_for: Mapped[date] = mapped_column(Date, index=True)  # Oversikt: what lies ahead
    purpose: Mapped[ConferencePurpose] = mapped_column(stored_enum(ConferencePurpose))
    purpose_note: Mapped[str] = mapped_column(Text, default="")
    parent_consented: Mapped[bool] = mapped_column(Boolean, default=True)
    coordinator_name: Mapped[str] = mapped_column(String(200), default="")
    coordinator_org: Mapped[str] = mapped_column(String(200), default="")
    coordinator_in_service: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[ConferenceStatus] = mapped_column(stored_enum(ConferenceStatus))
    held_on: Mapped[date | None] = mapped_column(Date)
    cancelled_reason: Mapped[str] = mapped_column(Text, default="")
    approval: Mapped[PlanApproval | None] = mapped_column(stored_enum(PlanApproval))
    reservations: Mapped[str] = mapped_column(Text, default="")
    approved_on: Mapped[date | None] = mapped_column(Date)
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ConferencePersonRow(Base):
    __tablename__ = "family_conference_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("family_conference.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(200), default="")
    invited: Mapped[bool] = mapped_column(Boolean, default=True)
    came: Mapped[bool] = mapped_column(Boolean, default=False)
    member_key: Mapped[str] = mapped_column(String(100), default="")


class ConferencePlanItemRow(Base):
    __tablename__ = "family_conference_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("family_conference.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(200), default="")
    by_when: Mapped[date | None] = mapped_column(Date)
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("follow_up_task.id", ondelete="SET NULL"), unique=True
    )
