"""Tables of the audit trail and of exports to the archive (migration 0010).

Imported by the package's ``__init__`` with the other tables, so the metadata
(and alembic's comparison) always has them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.storage.models.base import Base, UTCDateTime


class AuditRecordRow(Base):
    """One record of the trail. Triggers refuse updates and deletes; ``mac`` chains it to the
    record before (see storage/audit_chain)."""

    __tablename__ = "audit_record"
    __table_args__ = (
        Index("ix_audit_record_parent", "parent_id", "seq"),
        Index("ix_audit_record_action", "action", "seq"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    subject_kind: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[int | None] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text)
    mac: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(Base):
    """The last record's number and MAC, MACed itself: a trail cut short is found."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    mac: Mapped[str] = mapped_column(String(64))
    head_mac: Mapped[str] = mapped_column(String(64))


class ArchiveExportRow(Base):
    """One export to the archive: when, for what (a case number or a parent), where it went."""

    __tablename__ = "archive_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)
    scope: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(Text)
    metadata_file: Mapped[str] = mapped_column(String(200))
    item_count: Mapped[int] = mapped_column(Integer)


class ArchiveExportItemRow(Base):
    """A document that went to the archive. A changed document (a new version of minutes) is a
    new item; the same version never goes twice."""

    __tablename__ = "archive_export_item"
    __table_args__ = (
        UniqueConstraint(
            "item_kind", "item_id", "item_version", name="uq_archive_export_item_once"
        ),
        Index("ix_archive_export_item_parent", "parent_id", "item_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    export_id: Mapped[int] = mapped_column(ForeignKey("archive_export.id", ondelete="RESTRICT"))
    item_kind: Mapped[str] = mapped_column(String(40))
    item_id: Mapped[int] = mapped_column(Integer)
    item_version: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"))
    file_name: Mapped[str] = mapped_column(String(200))
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime)
