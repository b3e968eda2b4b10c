"""Tables of the register: the office and its caseworker, parents, children, the links between
them and the children's placements."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bufapp.domain.enums import (
    AddressProtection,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
)
from bufapp.storage.models.base import Base, Timestamped, stored_enum


class OfficeRow(Base):
    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    org_number: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")


class CaseworkerRow(Base):
    __tablename__ = "caseworker"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="Saksbehandler")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class ParentRow(Timestamped, Base):
    __tablename__ = "parent"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_names: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    national_id: Mapped[str | None] = mapped_column(String(11), unique=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    address_line: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    postal_town: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    preferred_language: Mapped[str] = mapped_column(String(100), default="norsk")
    # A language code (bufapp.languages); empty: the office's written standard.
    written_language: Mapped[str] = mapped_column(String(10), default="", server_default="")
    interpreter_language: Mapped[str | None] = mapped_column(String(100))
    # A category of Nasjonalt tolkeregister («A»–«E»); empty: not said.
    interpreter_level: Mapped[str] = mapped_column(String(2), default="", server_default="")
    support_person: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # No CHECK constraint (the value is validated on the way in): SQLite can add and drop a
    # plain column in place, but one with a CHECK only by rebuilding the table every record
    # references.
    address_protection: Mapped[AddressProtection] = mapped_column(
        stored_enum(AddressProtection, checked=False),
        default=AddressProtection.NONE,
        server_default=AddressProtection.NONE.value,
    )

    child_links: Mapped[list[ChildParentRow]] = relationship(back_populates="parent")


class ChildRow(Timestamped, Base):
    __tablename__ = "child"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_names: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[date] = mapped_column(Date)
    national_id: Mapped[str | None] = mapped_column(String(11), unique=True)
    case_number: Mapped[str] = mapped_column(String(40), index=True)

    parent_links: Mapped[list[ChildParentRow]] = relationship(
        back_populates="child", cascade="all, delete-orphan", order_by="ChildParentRow.parent_id"
    )
    placements: Mapped[list[PlacementRow]] = relationship(
        back_populates="child", order_by="PlacementRow.start_date"
    )


class ChildParentRow(Base):
    __tablename__ = "child_parent"

    child_id: Mapped[int] = mapped_column(
        ForeignKey("child.id", ondelete="CASCADE"), primary_key=True
    )
    parent_id: Mapped[int] = mapped_column(
        ForeignKey("parent.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    role: Mapped[ParentRole] = mapped_column(stored_enum(ParentRole))
    parental_responsibility: Mapped[bool] = mapped_column(Boolean, default=True)

    child: Mapped[ChildRow] = relationship(back_populates="parent_links")
    parent: Mapped[ParentRow] = relationship(back_populates="child_links")


class PlacementRow(Timestamped, Base):
    __tablename__ = "placement"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="RESTRICT"), index=True)
    basis: Mapped[PlacementBasis] = mapped_column(stored_enum(PlacementBasis))
    place_type: Mapped[PlaceType] = mapped_column(stored_enum(PlaceType))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[PlacementEndReason | None] = mapped_column(stored_enum(PlacementEndReason))
    place_name: Mapped[str] = mapped_column(Text, default="")
    carer_names: Mapped[str] = mapped_column(Text, default="", server_default="")
    place_address: Mapped[str] = mapped_column(Text, default="", server_default="")
    place_municipality: Mapped[str] = mapped_column(String(100), default="", server_default="")
    place_phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    whereabouts_hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    hidden_decided_on: Mapped[date | None] = mapped_column(Date)
    hidden_basis: Mapped[str] = mapped_column(Text, default="", server_default="")

    child: Mapped[ChildRow] = relationship(back_populates="placements")
