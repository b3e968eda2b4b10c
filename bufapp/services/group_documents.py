"""The documents of a responsibility group: the invitation with its agenda (to the parent or a
member), the minutes, and the action list. Names, addresses and labels are resolved from the
vault into the builders' plain data objects. Sending the minutes records who got them and keeps
the minutes as PDF/A, in one transaction, so what was sent can be shown again exactly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from bufapp.documents.action_list import ActionList, ActionRow, build_action_list
from bufapp.documents.forms import load_form
from bufapp.documents.meeting_invitation import MeetingInvitation, build_meeting_invitation
from bufapp.documents.meeting_minutes import MeetingMinutes, build_meeting_minutes
from bufapp.documents.meeting_minutes import MinutesItem as MinutesText
from bufapp.documents.meeting_parts import ActionLine, AgendaLine, MemberLine
from bufapp.domain.enums import Attendance, DocumentKind, MeetingStatus, MemberRole
from bufapp.domain.groups import GroupMember, Meeting, MeetingAction, ResponsibilityGroup
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import now_utc, oslo_date, today_oslo
from bufapp.services.documents import (
    case_numbers,
    keep_in,
    letterhead,
    parent_address,
    service_address,
)
from bufapp.services.groups import distribution_in
from bufapp.storage.uow import UnitOfWork


def _action_line(action: MeetingAction, group: ResponsibilityGroup) -> ActionLine:
    return ActionLine(action.what, group.name_of(action.responsible), action.due,
                      action.status.label)  # fmt: skip


def _address(uow: UnitOfWork, member: GroupMember) -> tuple[str, ...]:
    """The member by name, at their service's address when they come from one."""
    if member.service_id is None:
        return (member.name,)
    return (member.name, *service_address(uow.services.get(member.service_id)))[:5]


class GroupDocuments:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        now: Callable[[], datetime] = now_utc,
        forms_override: Path | None = None,
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._now = now
        self._forms = forms_override

    def _common(self, uow: UnitOfWork, parent_id: int) -> tuple[object, str, str]:
        caseworker = uow.office.caseworker()
        reference = case_numbers(uow.children.of_parent(parent_id))
        return (
            letterhead(uow.office.office(), caseworker),
            caseworker.name if caseworker else "",
            reference,
        )

    def invitation(self, meeting_id: int, member_key: str | None = None) -> bytes:
        """The invitation to the parent (``member_key`` None) or to one member."""
        with self._uow() as uow:
            meeting = uow.meetings.get(meeting_id)
            group = uow.groups.get(meeting.group_id)
            parent = uow.parents.get(group.parent_id)
            member = group.member(member_key) if member_key else None
            to_parent = member is None or member.role is MemberRole.PARENT
            recipient = parent_address(parent) if to_parent else _address(uow, member)  # type: ignore[arg-type]
            actions = [a for a in uow.actions.of_group(group.id or 0, True)]
            services = {m.service_id: uow.services.get(m.service_id).name
                        for m in group.members if m.service_id is not None}  # fmt: skip
            head, caseworker, reference = self._common(uow, group.parent_id)
        coordinator = group.member(group.coordinator)
        data = MeetingInvitation(
            recipient=recipient,
            to_parent=to_parent,
            parent_name=parent.full_name,
            group_purpose=group.purpose,
            starts_at=meeting.starts_at,
            place=meeting.place,
            agenda=tuple(AgendaLine(i.title, i.origin.value, i.detail) for i in meeting.agenda),
            carried_actions=tuple(_action_line(a, group) for a in actions),
            invited=tuple(
                MemberLine(m.name, m.position or m.role.label, services.get(m.service_id, ""))
                for m in group.members
            ),
            coordinator=coordinator.name if coordinator else "",
            coordinator_contact=" · ".join(
                x for x in ((coordinator.phone, coordinator.email) if coordinator else ()) if x
            ),
            caseworker=caseworker,
            dated=self._today(),
            our_reference=reference,
        )
        wording = load_form("meeting_invitation", overrides=self._forms)
        return build_meeting_invitation(data, head, load_form("common", overrides=self._forms),
                                        wording)  # type: ignore[arg-type]  # fmt: skip

    def minutes(self, meeting_id: int) -> bytes:
        with self._uow() as uow:
            return self._minutes(uow, uow.meetings.get(meeting_id))

    def _minutes(self, uow: UnitOfWork, meeting: Meeting) -> bytes:
        group = uow.groups.get(meeting.group_id)
        parent = uow.parents.get(group.parent_id)
        decided = [a for a in uow.actions.of_group(group.id or 0) if a.meeting_id == meeting.id]
        versions = uow.meetings.versions(meeting.id or 0)
        # Each kept version was replaced by the next one, whose reason says why.
        later = [m for m, _when in versions[1:]] + [meeting] if versions else []
        changed = tuple(
            (oslo_date(when), after.change_reason)
            for (_before, when), after in zip(versions, later, strict=True)
        )
        shared = distribution_in(uow, meeting, self._today())
        sent_to = meeting.distributed_to or shared.covered
        head, caseworker, reference = self._common(uow, group.parent_id)
        minutes = meeting.minutes
        data = MeetingMinutes(
            parent_name=parent.full_name,
            starts_at=meeting.starts_at,
            place=meeting.place,
            present=tuple(group.name_of(k) for k in minutes.attending(Attendance.PRESENT)),
            apologies=tuple(group.name_of(k) for k in minutes.attending(Attendance.APOLOGIES)),
            absent=tuple(group.name_of(k) for k in minutes.attending(Attendance.ABSENT)),
            chair=group.name_of(minutes.chair),
            minute_taker=group.name_of(minutes.minute_taker),
            items=tuple(
                MinutesText(i.title, i.summary, i.parent_views, i.conclusion, i.decisions)
                for i in minutes.items
            ),
            actions=tuple(_action_line(a, group) for a in decided),
            next_meeting=minutes.next_meeting_on,
            version=meeting.version,
            changed=changed,
            distributed_to=tuple(group.name_of(k) for k in sent_to),
            not_covered=tuple(group.name_of(k) for k, _why in shared.not_covered),
            caseworker=caseworker,
            dated=meeting.distributed_on or self._today(),
            our_reference=reference,
        )
        wording = load_form("meeting_minutes", overrides=self._forms)
        common = load_form("common", overrides=self._forms)
        return build_meeting_minutes(data, head, common, wording)  # type: ignore[arg-type]

    def send_minutes(self, meeting_id: int, on: date | None = None) -> Meeting:
        """Record who gets the final minutes (only members consent covers) and keep them as
        PDF/A, in one transaction."""
        day = on or self._today()
        with self._uow() as uow:
            meeting = uow.meetings.get(meeting_id)
            if meeting.status is not MeetingStatus.MINUTES_FINAL:
                raise ValidationFailed(
                    [FieldProblem("status", "Referatet må være ferdig før det sendes ut.")]
                )
            covered = distribution_in(uow, meeting, day).covered
            sent = uow.meetings.save(replace(meeting, distributed_to=covered, distributed_on=day))
            group = uow.groups.get(meeting.group_id)
            title = f"Referat fra ansvarsgruppemøte {oslo_date(meeting.starts_at):%d.%m.%Y}"
            pdf = self._minutes(uow, sent)
            keep_in(uow, DocumentKind.MINUTES, group.parent_id, title, pdf, self._now(),
                    meeting_id=meeting.id)  # fmt: skip
            uow.commit()
        return sent

    def action_list(self, group_id: int) -> bytes:
        today = self._today()
        with self._uow() as uow:
            group = uow.groups.get(group_id)
            parent = uow.parents.get(group.parent_id)
            meetings = {m.id: oslo_date(m.starts_at) for m in uow.meetings.of_group(group_id)}
            actions = uow.actions.of_group(group_id)
            head, caseworker, reference = self._common(uow, group.parent_id)
        rows = tuple(
            ActionRow(
                a.what,
                group.name_of(a.responsible),
                a.due,
                a.status.label,
                overdue=a.is_open and a.due is not None and a.due < today,
                outcome=a.outcome,
                closed_on=a.closed_on,
                from_meeting=meetings.get(a.meeting_id),
            )
            for a in actions
        )
        data = ActionList(parent.full_name, today, rows, caseworker, today, reference)
        wording = load_form("action_list", overrides=self._forms)
        common = load_form("common", overrides=self._forms)
        return build_action_list(data, head, common, wording)  # type: ignore[arg-type]
