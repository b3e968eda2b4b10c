"""The table of drafts: unfinished edits of any record, kept so a lock or crash loses nothing."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.storage.models.base import Base, UTCDateTime, utc_now


class DraftRow(Base):
    """An unfinished edit, kept (encrypted, like everything here) so a lock or crash loses nothing."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("kind", "record_key", name="kind_record"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    record_key: Mapped[str] = mapped_column(String(40))  # the record's id, or "new:<context>"
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
