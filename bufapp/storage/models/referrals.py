"""Tables of referrals and what they rest on: the office's directory of services and the
parents' consents with their information categories."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bufapp.domain.enums import ConsentForm, InformationCategory, ReferralState, ServiceType
from bufapp.storage.models.base import Base, Timestamped, stored_enum


class ServiceRow(Timestamped, Base):
    """A service in the office's directory (adressebok)."""

    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[ServiceType] = mapped_column(stored_enum(ServiceType))
    postal_address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")


class ConsentRow(Timestamped, Base):
    __tablename__ = "consent"
    __table_args__ = (
        CheckConstraint(
            "(service_id IS NULL) != (service_type IS NULL)", name="one_kind_of_recipient"
        ),
        CheckConstraint("valid_until IS NULL OR valid_until >= given_on", name="valid_after_given"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    purpose: Mapped[str] = mapped_column(Text)
    given_on: Mapped[date] = mapped_column(Date)
    how: Mapped[ConsentForm] = mapped_column(stored_enum(ConsentForm))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id", ondelete="RESTRICT"))
    service_type: Mapped[ServiceType | None] = mapped_column(stored_enum(ServiceType))
    signed_declaration: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_until: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawal_note: Mapped[str] = mapped_column(Text, default="")

    category_rows: Mapped[list[ConsentCategoryRow]] = relationship(cascade="all, delete-orphan")


class ConsentCategoryRow(Base):
    __tablename__ = "consent_category"

    consent_id: Mapped[int] = mapped_column(
        ForeignKey("consent.id", ondelete="CASCADE"), primary_key=True
    )
    category: Mapped[InformationCategory] = mapped_column(
        stored_enum(InformationCategory), primary_key=True
    )


class ReferralRow(Timestamped, Base):
    """A referral: the columns its lists and deadlines need, and the whole referral as JSON."""

    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="RESTRICT"))
    state: Mapped[ReferralState] = mapped_column(stored_enum(ReferralState))
    reply_expected_by: Mapped[date | None] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text)
