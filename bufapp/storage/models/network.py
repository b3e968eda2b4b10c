"""Tables of network maps: the maps, and the office's own sectors for new ones."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.storage.models.base import Base, Timestamped, UTCDateTime, utc_now


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
