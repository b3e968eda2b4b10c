"""Tables of the contact log: entries with their parents, topics, children and earlier versions,
follow-up tasks, contact plans, and the names of the full-text index beside them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    EntryStatus,
    Initiative,
    TaskResponsible,
    TaskStatus,
)
from bufapp.storage.models.base import Base, Timestamped, UTCDateTime, stored_enum, utc_now


class ContactEntryRow(Base):
    """One contact. Its parents, topics and children are rows of their own (filterable in SQL)."""

    __tablename__ = "contact_entry"
    __table_args__ = (
        Index("ix_contact_entry_parent_when", "parent_id", "occurred_at"),
        # Newest first across all parents. Search walked this before issue 18; it now pages
        # off the full-text index.
        Index("ix_contact_entry_when", "occurred_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    form: Mapped[ContactForm] = mapped_column(stored_enum(ContactForm))
    initiative: Mapped[Initiative] = mapped_column(
        stored_enum(Initiative), default=Initiative.CASEWORKER
    )
    place: Mapped[str] = mapped_column(Text, default="")
    support_person: Mapped[str] = mapped_column(Text, default="")
    interpreter_language: Mapped[str] = mapped_column(String(100), default="")
    interpreter_name: Mapped[str] = mapped_column(String(200), default="")
    carers: Mapped[str] = mapped_column(Text, default="")
    others: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    parent_words: Mapped[str] = mapped_column(Text, default="")
    agreed: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[EntryStatus] = mapped_column(stored_enum(EntryStatus), default=EntryStatus.OPEN)
    version: Mapped[int] = mapped_column(default=1)
    change_reason: Mapped[str] = mapped_column(Text, default="")
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    # Why the entry is left out of what the parent is shown on request (empty: not exempt).
    exempt_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    exempt_basis: Mapped[str] = mapped_column(String(60), default="", server_default="")
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime, default=utc_now, onupdate=utc_now
    )

    parent_links: Mapped[list[ContactEntryParentRow]] = relationship(
        cascade="all, delete-orphan", order_by="ContactEntryParentRow.position"
    )
    topic_rows: Mapped[list[ContactEntryTopicRow]] = relationship(cascade="all, delete-orphan")
    child_rows: Mapped[list[ContactEntryChildRow]] = relationship(
        cascade="all, delete-orphan", order_by="ContactEntryChildRow.child_id"
    )


class ContactEntryParentRow(Base):
    """Every parent an entry concerns: its own (position 0) and others who took part."""

    __tablename__ = "contact_entry_parent"
    # A parent's timeline, newest first, read straight off this index a page at a time (no
    # sort of every entry): the entry's moment is copied here for it (issue 18).
    __table_args__ = (
        Index("ix_contact_entry_parent_timeline", "parent_id", "occurred_at", "entry_id"),
    )

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("contact_entry.id", ondelete="CASCADE"), primary_key=True
    )
    parent_id: Mapped[int] = mapped_column(
        ForeignKey("parent.id", ondelete="RESTRICT"), primary_key=True
    )
    position: Mapped[int] = mapped_column(default=0)
    # A copy of the entry's occurred_at, written with it (the links are rewritten on every
    # save, and a trigger follows any other change of the entry's moment).
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ContactEntryTopicRow(Base):
    __tablename__ = "contact_entry_topic"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("contact_entry.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[ContactTopic] = mapped_column(stored_enum(ContactTopic), primary_key=True)


class ContactEntryChildRow(Base):
    __tablename__ = "contact_entry_child"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("contact_entry.id", ondelete="CASCADE"), primary_key=True
    )
    child_id: Mapped[int] = mapped_column(
        ForeignKey("child.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class ContactEntryVersionRow(Base):
    """An earlier text of a final entry (the whole entry as JSON), kept when it was changed."""

    __tablename__ = "contact_entry_version"
    __table_args__ = (UniqueConstraint("entry_id", "version", name="entry_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("contact_entry.id", ondelete="RESTRICT"), index=True
    )
    version: Mapped[int] = mapped_column()
    snapshot: Mapped[str] = mapped_column(Text)
    replaced_because: Mapped[str] = mapped_column(Text)
    replaced_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class FollowUpTaskRow(Timestamped, Base):
    __tablename__ = "follow_up_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_entry.id", ondelete="RESTRICT"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    responsible: Mapped[TaskResponsible] = mapped_column(stored_enum(TaskResponsible))
    responsible_name: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[TaskStatus] = mapped_column(stored_enum(TaskStatus), default=TaskStatus.OPEN)
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)


class ContactPlanRow(Base):
    """The agreed contact frequency with a parent, and a refusal with the next offer."""

    __tablename__ = "contact_plan"
    __table_args__ = (
        CheckConstraint("every_days IS NULL OR every_days BETWEEN 1 AND 365", name="every_days"),
    )

    parent_id: Mapped[int] = mapped_column(
        ForeignKey("parent.id", ondelete="RESTRICT"), primary_key=True
    )
    every_days: Mapped[int | None] = mapped_column()
    agreed_on: Mapped[date | None] = mapped_column(Date)
    refused_on: Mapped[date | None] = mapped_column(Date)
    next_offer_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    how: Mapped[str] = mapped_column(Text, default="", server_default="")
    preferred_place: Mapped[str] = mapped_column(Text, default="", server_default="")
    support_person: Mapped[str] = mapped_column(Text, default="", server_default="")


# The full-text index of entries (FTS5, created by migration 0003, kept by ContactRepository).
# It holds folded text (bufapp.domain.folding) so that "samvaer" finds "samvær"; SQLAlchemy
# does not model virtual tables, so alembic's comparison skips these names.
SEARCH_TABLE = "contact_search"
# The terms of the full-text index, with the entries they are in (fts5vocab, migration 0012).
SEARCH_VOCABULARY = "contact_search_vocab"


def include_in_comparison(name: str | None, type_: str, parent_names: object) -> bool:
    """For alembic: leave the full-text table and its shadow tables out of model comparison."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))
