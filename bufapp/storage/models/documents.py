"""The table of finished documents: the PDF/A bytes of what was sent, never changed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.domain.enums import DocumentKind
from bufapp.storage.models.base import Base, UTCDateTime, stored_enum


class StoredDocumentRow(Base):
    """A finished document's PDF/A bytes. Triggers (migration 0006) refuse updates and deletes:
    what was sent can always be shown again exactly."""

    __tablename__ = "stored_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DocumentKind] = mapped_column(stored_enum(DocumentKind))
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="RESTRICT"), index=True)
    referral_id: Mapped[int | None] = mapped_column(
        ForeignKey("referral.id", ondelete="RESTRICT"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("group_meeting.id", ondelete="RESTRICT"), index=True
    )
    visit_plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit_plan.id", ondelete="RESTRICT"), index=True
    )
    family_conference_id: Mapped[int | None] = mapped_column(
        ForeignKey("family_conference.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    # Why this one document says where a child with hidden whereabouts lives (empty: it does
    # not); the caseworker's written reason, kept with what was sent.
    disclosure_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
