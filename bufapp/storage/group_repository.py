"""Responsibility groups and their meetings: the whole record as JSON (inside the encrypted
vault) with the columns that lists and deadlines query beside it. Earlier versions of final
minutes are kept whole. Actions are plain columns: Oversikt and the next agenda select the
open ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from bufapp.domain import codec
from bufapp.domain.enums import MeetingStatus, TaskStatus
from bufapp.domain.groups import Meeting, MeetingAction, ResponsibilityGroup
from bufapp.storage.mapping import copy_into, get_row, to_entity
from bufapp.storage.models import (
    GroupMeetingRow,
    GroupMeetingVersionRow,
    MeetingActionRow,
    ResponsibilityGroupRow,
)

_HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_FINAL)


def _group(row: ResponsibilityGroupRow) -> ResponsibilityGroup:
    return replace(codec.decode(ResponsibilityGroup, row.body), id=row.id)


def _meeting(row: GroupMeetingRow) -> Meeting:
    return replace(codec.decode(Meeting, row.body), id=row.id)


def _active_ids() -> Select[tuple[int]]:
    return select(ResponsibilityGroupRow.id).where(ResponsibilityGroupRow.ended_on.is_(None))


class GroupRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, group_id: int) -> ResponsibilityGroup:
        return _group(get_row(self.session, ResponsibilityGroupRow, group_id))

    def save(self, group: ResponsibilityGroup) -> ResponsibilityGroup:
        row = (
            get_row(self.session, ResponsibilityGroupRow, group.id)
            if group.id is not None
            else None
        )
        row = row or ResponsibilityGroupRow()
        row.parent_id = group.parent_id
        row.started_on = group.started_on
        row.ended_on = group.ended_on
        row.body = codec.encode(replace(group, id=None))
        self.session.add(row)
        self.session.flush()
        return _group(row)

    def of_parent(self, parent_id: int) -> list[ResponsibilityGroup]:
        """Newest first."""
        rows = self.session.scalars(
            select(ResponsibilityGroupRow)
            .where(ResponsibilityGroupRow.parent_id == parent_id)
            .order_by(ResponsibilityGroupRow.started_on.desc(), ResponsibilityGroupRow.id.desc())
        )
        return [_group(row) for row in rows]

    def active(self) -> list[ResponsibilityGroup]:
        rows = self.session.scalars(
            select(ResponsibilityGroupRow)
            .where(ResponsibilityGroupRow.ended_on.is_(None))
            .order_by(ResponsibilityGroupRow.id)
        )
        return [_group(row) for row in rows]


class MeetingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, meeting_id: int) -> Meeting:
        return _meeting(get_row(self.session, GroupMeetingRow, meeting_id))

    def save(self, meeting: Meeting) -> Meeting:
        row = get_row(self.session, GroupMeetingRow, meeting.id) if meeting.id is not None else None
        row = row or GroupMeetingRow()
        row.group_id = meeting.group_id
        row.starts_at = meeting.starts_at
        row.status = meeting.status
        row.body = codec.encode(replace(meeting, id=None))
        self.session.add(row)
        self.session.flush()
        return _meeting(row)

    def of_group(self, group_id: int) -> list[Meeting]:
        """In time order."""
        rows = self.session.scalars(
            select(GroupMeetingRow)
            .where(GroupMeetingRow.group_id == group_id)
            .order_by(GroupMeetingRow.starts_at, GroupMeetingRow.id)
        )
        return [_meeting(row) for row in rows]

    def for_deadlines(self) -> list[Meeting]:
        """What the group deadlines read, and no more (Oversikt asks often): the planned
        meetings of active groups and each active group's latest held meeting."""
        held = (
            select(GroupMeetingRow.group_id, func.max(GroupMeetingRow.starts_at).label("latest"))
            .where(GroupMeetingRow.group_id.in_(_active_ids()), GroupMeetingRow.status.in_(_HELD))
            .group_by(GroupMeetingRow.group_id)
            .subquery()
        )
        latest = select(GroupMeetingRow).join(
            held,
            (GroupMeetingRow.group_id == held.c.group_id)
            & (GroupMeetingRow.starts_at == held.c.latest),
        )
        planned = select(GroupMeetingRow).where(
            GroupMeetingRow.group_id.in_(_active_ids()),
            GroupMeetingRow.status == MeetingStatus.PLANNED,
        )
        rows = [*self.session.scalars(planned), *self.session.scalars(latest)]
        return [_meeting(row) for row in sorted(set(rows), key=lambda r: r.id)]

    # --- earlier versions of final minutes -----------------------------------------------------

    def add_version(self, meeting: Meeting, when: datetime) -> None:
        """Keep ``meeting`` (as stored before a change) whole."""
        assert meeting.id is not None
        self.session.add(
            GroupMeetingVersionRow(
                meeting_id=meeting.id,
                version=meeting.version,
                body=codec.encode(meeting),
                changed_at=when,
            )
        )
        self.session.flush()

    def versions(self, meeting_id: int) -> list[tuple[Meeting, datetime]]:
        """(the meeting as it was, when it was replaced), oldest first."""
        rows = self.session.scalars(
            select(GroupMeetingVersionRow)
            .where(GroupMeetingVersionRow.meeting_id == meeting_id)
            .order_by(GroupMeetingVersionRow.version)
        )
        return [(codec.decode(Meeting, row.body), row.changed_at) for row in rows]


class ActionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, action_id: int) -> MeetingAction:
        return to_entity(get_row(self.session, MeetingActionRow, action_id), MeetingAction)

    def save(self, action: MeetingAction) -> MeetingAction:
        row = get_row(self.session, MeetingActionRow, action.id) if action.id is not None else None
        row = row or MeetingActionRow()
        copy_into(row, action)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, MeetingAction)

    def of_group(self, group_id: int, open_only: bool = False) -> list[MeetingAction]:
        query = select(MeetingActionRow).where(MeetingActionRow.group_id == group_id)
        if open_only:
            query = query.where(MeetingActionRow.status == TaskStatus.OPEN)
        return self._listed(query)

    def open(self) -> list[MeetingAction]:
        """Open actions of active groups (an ended group's leftovers are not Oversikt's)."""
        return self._listed(
            select(MeetingActionRow).where(
                MeetingActionRow.status == TaskStatus.OPEN,
                MeetingActionRow.group_id.in_(_active_ids()),
            )
        )

    def _listed(self, query: Select[tuple[MeetingActionRow]]) -> list[MeetingAction]:
        """Due first, undated last."""
        rows = self.session.scalars(
            query.order_by(
                MeetingActionRow.due.is_(None), MeetingActionRow.due, MeetingActionRow.id
            )
        )
        return [to_entity(row, MeetingAction) for row in rows]
