"""What the minutes editor holds, loads and saves: the meeting with its minutes and the actions
decided in it, kept together as one draft, loaded and saved on the database thread.

``MinutesDraft`` belongs in ``bufapp/domain/groups.py``: the drafts registry
(``services/drafts.py``, ``KINDS["minutes"]``) must decode it and may not import the ui. It is
here only until it moves; nothing in it depends on Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from bufapp.domain.enums import MeetingStatus
from bufapp.domain.groups import MinutesDraft, ResponsibilityGroup
from bufapp.services.groups.service import GroupService, MeetingVersion


@dataclass(frozen=True)
class MinutesContext:
    group: ResponsibilityGroup
    record: MinutesDraft
    versions: tuple[MeetingVersion, ...] = ()


def load_minutes(
    groups: GroupService, meeting_id: int, draft: MinutesDraft | None = None
) -> MinutesContext:
    """On the database thread: the meeting as stored, its group, the open actions decided in
    it and the earlier versions. A reopened ``draft`` keeps what was typed (the minutes, the
    reason, the actions) but takes the meeting's state as it is now, so it saves the right way
    (as a new version if the minutes were made final since)."""
    stored = groups.meeting(meeting_id)
    group = groups.group(stored.group_id)
    actions = groups.actions_of(stored.group_id)
    if draft is None:
        decided = tuple(a for a in actions if a.meeting_id == meeting_id and a.is_open)
        record = MinutesDraft(stored, decided)
    else:
        still_open = {a.id for a in actions if a.is_open}
        typed = draft.meeting
        record = MinutesDraft(
            replace(stored, minutes=typed.minutes, change_reason=typed.change_reason),
            tuple(a for a in draft.actions if a.id is None or a.id in still_open),
        )
    return MinutesContext(group, record, tuple(groups.versions(meeting_id)))


def store_minutes(
    groups: GroupService, now: Callable[[], datetime], finalise: bool, record: MinutesDraft
) -> MinutesDraft:
    """On the database thread: the minutes first (refused whole if they may not be saved or
    finalised), then the actions decided in this meeting that are new or changed."""
    meeting = record.meeting
    if meeting.status is MeetingStatus.PLANNED and meeting.starts_at <= now():
        meeting = replace(meeting, status=MeetingStatus.HELD)
    if finalise and meeting.status is not MeetingStatus.MINUTES_FINAL:
        # Refused whole (nothing saved) unless it is ready: held, attendance, items.
        meeting = replace(meeting, status=MeetingStatus.MINUTES_FINAL)
    saved = groups.save_meeting(meeting)
    stored = {a.id: a for a in groups.actions_of(saved.group_id)}
    actions = []
    for action in record.actions:
        action = replace(action, group_id=saved.group_id, meeting_id=action.meeting_id or saved.id)
        if action.id is None or stored.get(action.id) != action:
            action = groups.add_action(action)
        actions.append(action)
    return MinutesDraft(saved, tuple(actions))
