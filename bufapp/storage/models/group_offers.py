"""Tables of the group offers: the catalogue of offers in the area, and each parent's way
through them. An offer with participants is ended, never deleted (its key refuses it)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.domain.enums import GroupOfferType, OfferAnswer
from bufapp.storage.models.base import Base, Timestamped, stored_enum


class GroupOfferRow(Timestamped, Base):
    __tablename__ = "group_offer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    offer_type: Mapped[GroupOfferType] = mapped_column(stored_enum(GroupOfferType))
    provider_id: Mapped[int | None] = mapped_column(
        ForeignKey("service.id", ondelete="RESTRICT"), index=True
    )
    provider_name: Mapped[str] = mapped_column(String(200), default="")
    own_office: Mapped[bool] = mapped_column(Boolean, default=False)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    schedule: Mapped[str] = mapped_column(Text, default="")
    sessions: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    sign_up: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class GroupParticipationRow(Timestamped, Base):
    __tablename__ = "group_participation"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    offer_id: Mapped[int | None] = mapped_column(
        ForeignKey("group_offer.id", ondelete="RESTRICT"), index=True
    )
    informed_on: Mapped[date | None] = mapped_column(Date)
    answer: Mapped[OfferAnswer | None] = mapped_column(stored_enum(OfferAnswer))
    referred_on: Mapped[date | None] = mapped_column(Date)
    started_on: Mapped[date | None] = mapped_column(Date)
    sessions_attended: Mapped[int | None] = mapped_column(Integer)
    completed_on: Mapped[date | None] = mapped_column(Date)
    stopped_on: Mapped[date | None] = mapped_column(Date)
    stopped_reason: Mapped[str] = mapped_column(Text, default="")
    evaluation: Mapped[str] = mapped_column(Text, default="")
    usefulness: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
