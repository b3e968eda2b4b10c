"""Typed SQLAlchemy 2 models of the vault.

These mirror the entities of ``bufapp.domain`` but are storage's own; repositories translate.
A change here needs an alembic migration (``tests/storage/test_migrations.py`` checks they agree).
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bufapp.domain.enums import (
    AddressProtection,
    ConsentForm,
    ContactForm,
    ContactTopic,
    DocumentKind,
    EntryStatus,
    InformationCategory,
    Initiative,
    MeetingStatus,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
    ReferralState,
    ServiceType,
    TaskResponsible,
    TaskStatus,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Moments are stored as UTC and come back timezone-aware; naive datetimes are refused."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: moments must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


def _enum(kind: type[enum.Enum], checked: bool = True) -> Enum:
    return Enum(
        kind,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=checked,
        validate_strings=True,
        length=40,
        name=kind.__name__.lower(),
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


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
    interpreter_language: Mapped[str | None] = mapped_column(String(100))
    support_person: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # No CHECK constraint (the value is validated on the way in): SQLite can add and drop a
    # plain column in place, but one with a CHECK only by rebuilding the table every record
    # references.
    address_protection: Mapped[AddressProtection] = mapped_column(
        _enum(AddressProtection, checked=False),
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
    role: Mapped[ParentRole] = mapped_column(_enum(ParentRole))
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
    basis: Mapped[PlacementBasis] = mapped_column(_enum(PlacementBasis))
    place_type: Mapped[PlaceType] = mapped_column(_enum(PlaceType))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[PlacementEndReason | None] = mapped_column(_enum(PlacementEndReason))
    place_name: Mapped[str] = mapped_column(Text, default="")
    carer_names: Mapped[str] = mapped_column(Text, default="", server_default="")
    place_address: Mapped[str] = mapped_column(Text, default="", server_default="")
    place_municipality: Mapped[str] = mapped_column(String(100), default="", server_default="")
    place_phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    whereabouts_hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    hidden_decided_on: Mapped[date | None] = mapped_column(Date)
    hidden_basis: Mapped[str] = mapped_column(Text, default="", server_default="")

    child: Mapped[ChildRow] = relationship(back_populates="placements")


class DraftRow(Base):
    """An unfinished edit, kept (encrypted, like everything here) so a lock or crash loses nothing."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("kind", "record_key", name="kind_record"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    record_key: Mapped[str] = mapped_column(String(40))  # the record's id, or "new:<context>"
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


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
    form: Mapped[ContactForm] = mapped_column(_enum(ContactForm))
    initiative: Mapped[Initiative] = mapped_column(_enum(Initiative), default=Initiative.CASEWORKER)
    place: Mapped[str] = mapped_column(Text, default="")
    support_person: Mapped[str] = mapped_column(Text, default="")
    interpreter_language: Mapped[str] = mapped_column(String(100), default="")
    interpreter_name: Mapped[str] = mapped_column(String(200), default="")
    carers: Mapped[str] = mapped_column(Text, default="")
    others: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    parent_words: Mapped[str] = mapped_column(Text, default="")
    agreed: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[EntryStatus] = mapped_column(_enum(EntryStatus), default=EntryStatus.OPEN)
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
    topic: Mapped[ContactTopic] = mapped_column(_enum(ContactTopic), primary_key=True)


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
    responsible: Mapped[TaskResponsible] = mapped_column(_enum(TaskResponsible))
    responsible_name: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[TaskStatus] = mapped_column(_enum(TaskStatus), default=TaskStatus.OPEN)
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


# The full-text index of entries (FTS5, created by migration 0003, kept by ContactRepository).
# It holds folded text (bufapp.domain.folding) so that "samvaer" finds "samvær"; SQLAlchemy
# does not model virtual tables, so alembic's comparison skips these names.
SEARCH_TABLE = "contact_search"
# The terms of the full-text index, with the entries they are in (fts5vocab, migration 0012).
SEARCH_VOCABULARY = "contact_search_vocab"


def include_in_comparison(name: str | None, type_: str, parent_names: object) -> bool:
    """For alembic: leave the full-text table and its shadow tables out of model comparison."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


class ServiceRow(Timestamped, Base):
    """A service in the office's directory (adressebok)."""

    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[ServiceType] = mapped_column(_enum(ServiceType))
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
    how: Mapped[ConsentForm] = mapped_column(_enum(ConsentForm))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id", ondelete="RESTRICT"))
    service_type: Mapped[ServiceType | None] = mapped_column(_enum(ServiceType))
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
        _enum(InformationCategory), primary_key=True
    )


class ReferralRow(Timestamped, Base):
    """A referral: the columns its lists and deadlines need, and the whole referral as JSON."""

    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="RESTRICT"))
    state: Mapped[ReferralState] = mapped_column(_enum(ReferralState))
    reply_expected_by: Mapped[date | None] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text)


class StoredDocumentRow(Base):
    """A finished document's PDF/A bytes. Triggers (migration 0006) refuse updates and deletes:
    what was sent can always be shown again exactly."""

    __tablename__ = "stored_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DocumentKind] = mapped_column(_enum(DocumentKind))
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    referral_id: Mapped[int | None] = mapped_column(
        ForeignKey("referral.id", ondelete="RESTRICT"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("group_meeting.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    # Why this one document says where a child with hidden whereabouts lives (empty: it does
    # not); the caseworker's written reason, kept with what was sent.
    disclosure_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class ResponsibilityGroupRow(Timestamped, Base):
    """A responsibility group: the whole group (members included) as JSON, with the columns
    that a parent's card and the deadlines query beside it."""

    __tablename__ = "responsibility_group"
    __table_args__ = (
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="ended_after_started"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text)


class GroupMeetingRow(Timestamped, Base):
    """A meeting of a group (agenda, minutes, evaluation) as JSON; its time and status beside."""

    __tablename__ = "group_meeting"
    # A group's meetings in time order, and its latest held one for the next-meeting deadline.
    __table_args__ = (Index("ix_group_meeting_group_when", "group_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("responsibility_group.id", ondelete="RESTRICT")
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[MeetingStatus] = mapped_column(_enum(MeetingStatus))
    body: Mapped[str] = mapped_column(Text)


class GroupMeetingVersionRow(Base):
    """An earlier version of final minutes: the whole meeting as it was. Triggers (migration
    0007) refuse updates and deletes, like the archive law asks of journal text."""

    __tablename__ = "group_meeting_version"
    __table_args__ = (UniqueConstraint("meeting_id", "version", name="meeting_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("group_meeting.id", ondelete="RESTRICT"), index=True
    )
    version: Mapped[int] = mapped_column()
    body: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class MeetingActionRow(Timestamped, Base):
    """An action agreed in a group (who, what, by when): columns, since Oversikt and the next
    agenda select the open ones."""

    __tablename__ = "meeting_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("responsibility_group.id", ondelete="RESTRICT"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("group_meeting.id", ondelete="RESTRICT"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200))
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[TaskStatus] = mapped_column(_enum(TaskStatus), default=TaskStatus.OPEN)
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)


class NetworkMapRow(Timestamped, Base):
    """A network map: the whole map (sectors, members, ties) as JSON, with what a parent's list
    of maps shows beside it, so listing never decodes a body."""

    __tablename__ = "network_map"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    drawn_on: Mapped[date] = mapped_column(Date)
    member_count: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)


class NetworkSectorsRow(Base):
    """The office's own sectors for new maps, as JSON; no row means the defaults. One row at
    most: the check keeps a second from ever being added."""

    __tablename__ = "network_sectors"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


# The audit trail and archive exports live in their own module; importing it here puts their
# tables in the metadata wherever the models are used.
from bufapp.storage import models_audit  # noqa: E402, F401
