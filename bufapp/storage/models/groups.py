"""Tables of responsibility groups: the groups, their meetings (with earlier versions) and the
actions agreed at them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bufapp.domain.enums import MeetingStatus, TaskStatus
from bufapp.storage.models.base import Base, Timestamped, UTCDateTime, stored_enum, utc_now


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
    status: Mapped[MeetingStatus] = mapped_column(stored_enum(MeetingStatus))
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
    status: Mapped[TaskStatus] = mapped_column(stored_enum(TaskStatus), default=TaskStatus.OPEN)
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
