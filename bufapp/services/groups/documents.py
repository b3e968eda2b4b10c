"""The documents of a responsibility group: the invitation with its agenda (to the parent or a
member), the minutes, and the action list. Names, addresses and labels are resolved from the
vault into the builders' plain data objects. Sending the minutes records who got them and keeps
the minutes as PDF/A, in one transaction, so what was sent can be shown again exactly.

Each document is made for one reader, and says only what that reader may know (issue 16):

- the parent's copy (``Audience.PARENT``): everything about the meeting, and who gets the
  minutes; never where a child with hidden whereabouts lives;
- a member's copy (``Audience.THIRD_PARTY``): only the sections (forms/ ``[sections]``) whose
  category the parent's consent covers for that member's service; not who else gets the
  minutes or who lacks consent; no hidden whereabouts and no confidential address;
- the office's own copy of the minutes (``Audience.INTERNAL``): everything, including who does
  not get the minutes and why. It is the copy kept when the minutes are sent.

A foster home or institution in the group is named by its role only («Fosterhjemmet»), without
name or contact details, while a placement's whereabouts are hidden from the reader.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bufapp.documents.disclosure_check import require_discreet
from bufapp.documents.groups.action_list import ActionList, ActionRow, build_action_list
from bufapp.documents.groups.meeting_invitation import MeetingInvitation, build_meeting_invitation
from bufapp.documents.groups.meeting_minutes import MeetingMinutes, build_meeting_minutes
from bufapp.documents.groups.meeting_minutes import MinutesItem as MinutesText
from bufapp.documents.groups.meeting_parts import ActionLine, AgendaLine, MemberLine
from bufapp.documents.recipe import Recipe
from bufapp.domain.enums import (
    Attendance,
    Audience,
    DocumentKind,
    MeetingStatus,
    MemberRole,
)
from bufapp.domain.group_rules import (
    Coverage,
)
from bufapp.domain.groups import (
    GroupMember,
    Meeting,
    MeetingAction,
    ResponsibilityGroup,
)
from bufapp.domain.interpreting import categories_text
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import oslo_date
from bufapp.services.disclosure import disclosure_of
from bufapp.services.document_base import FeatureDocuments
from bufapp.services.documents import (
    case_numbers,
    keep_in,
    letterhead,
    parent_address,
    service_address,
)
from bufapp.services.groups.minutes import action_text, distribution_in, minutes_fields
from bufapp.services.groups.readers import (
    CopyPlan,
    Reader,
    as_seen,
    check_copy,
    left_out_labels,
    reader_for,
    seen_by,
)
from bufapp.storage.uow import UnitOfWork

INVITATION = "Innkallingen"
MINUTES = "Referatet"
ACTION_LIST = "Tiltakslista"


def _action_line(action: MeetingAction, view: ResponsibilityGroup) -> ActionLine:
    return ActionLine(action.what, view.name_of(action.responsible), action.due,
                      action.status.label)  # fmt: skip


def _address(uow: UnitOfWork, member: GroupMember) -> tuple[str, ...]:
    """The member by name, at their service's address when they come from one."""
    if member.service_id is None:
        return (member.name,)
    return (member.name, *service_address(uow.services.get(member.service_id)))[:5]


class GroupDocuments(FeatureDocuments):
    def _common(self, uow: UnitOfWork, parent_id: int) -> tuple[object, str, str]:
        caseworker = uow.office.caseworker()
        reference = case_numbers(uow.children.of_parent(parent_id))
        return (
            letterhead(uow.office.office(), caseworker),
            caseworker.name if caseworker else "",
            reference,
        )

    # --- the invitation -----------------------------------------------------------------------

    def invitation(
        self, meeting_id: int, member_key: str | None = None, *, reveal_reason: str = ""
    ) -> bytes:
        """The invitation to the parent (``member_key`` None) or to one member, holding only
        what that member's consent covers."""
        wording = self._form("meeting_invitation")
        label = self._domain_labels()
        hidden_carer = wording.text("invited.hidden_carer")
        with self._uow() as uow:
            meeting = uow.meetings.get(meeting_id)
            group = uow.groups.get(meeting.group_id)
            parent = uow.parents.get(group.parent_id)
            member = group.member(member_key) if member_key else None
            if member_key and member is None:
                raise ValidationFailed(
                    [FieldProblem("member", "Mottakeren er ikke medlem av gruppen.")]
                )
            sections = wording.values.get("sections", {})
            reader = reader_for(uow, group, member, sections, self._today(), reveal_reason)
            to_parent = member is None or member.role is MemberRole.PARENT
            recipient = parent_address(parent) if to_parent else _address(uow, member)  # type: ignore[arg-type]
            every_action = {a.id: a for a in uow.actions.of_group(group.id or 0)}
            services = {m.service_id: uow.services.get(m.service_id).name
                        for m in group.members if m.service_id is not None}  # fmt: skip
            head, caseworker, reference = self._common(uow, group.parent_id)
        view = seen_by(group, reader, hidden_carer)
        shows = reader.coverage.shows
        agenda = [
            as_seen(item, view, every_action)
            for item in meeting.agenda
            if shows(_agenda_section(item.origin.value))
        ]
        carried = [a for a in every_action.values() if a.is_open] if shows("carried") else []
        fields = {"place": (meeting.place, "Sted")}
        if shows("purpose"):
            fields["purpose"] = (group.purpose, "Hva gruppen er til for")
        for n, item in enumerate(meeting.agenda, start=1):
            if shows(_agenda_section(item.origin.value)):
                # A carried action's detail (who, by when) is made here, not written.
                written = item.title if item.action_id else f"{item.title}\n{item.detail}"
                fields[f"agenda.{n}"] = (written, f"Sakslista, punkt {n}")
        for n, action in enumerate(carried, start=1):
            fields[f"actions.{n}"] = (action_text(action, group), f"Åpent tiltak {n}")
        check_copy(reader, fields)
        coordinator = view.member(group.coordinator)
        contact = (coordinator.phone, coordinator.email) if coordinator else ()
        data = MeetingInvitation(
            recipient=recipient,
            to_parent=to_parent,
            parent_name=parent.full_name,
            group_purpose=group.purpose,
            starts_at=meeting.starts_at,
            place=meeting.place,
            agenda=tuple(AgendaLine(i.title, i.origin.value, i.detail) for i in agenda),
            carried_actions=tuple(_action_line(a, view) for a in carried),
            invited=tuple(
                MemberLine(
                    m.name, m.position or label(m.role.label), services.get(m.service_id, "")
                )
                for m in view.members
            ),
            coordinator=coordinator.name if coordinator else "",
            coordinator_contact=" · ".join(x for x in contact if x),
            caseworker=caseworker,
            dated=self._today(),
            our_reference=reference,
            left_out=frozenset(s for s, _why in reader.coverage.left_out),
            interpreter_language=parent.interpreter_language or "",
            interpreter_categories=categories_text(parent.interpreter_level),
        )
        pdf = build_meeting_invitation(data, head, self._form("common"), wording)  # type: ignore[arg-type]
        return require_discreet(pdf, reader.rules, INVITATION)

    def invitation_languages(
        self, meeting_id: int, member_key: str | None = None
    ) -> tuple[tuple[str, ...], str]:
        """The languages the invitation to ``member_key`` can be made in, and the one to offer
        first: the parent's (None, or the member who is the parent) in any language the form
        exists in, their written language first; a member's in the office's standard."""
        with self._uow() as uow:
            group = uow.groups.get(uow.meetings.get(meeting_id).group_id)
        member = group.member(member_key) if member_key else None
        if member is None or member.role is MemberRole.PARENT:
            return self.offered_language(group.parent_id, "meeting_invitation")
        return (self._office_standard,), self._office_standard

    def invitation_plan(self, meeting_id: int) -> list[CopyPlan]:
        """For each member, what their invitation leaves out and why."""
        sections = self._form("meeting_invitation").values.get("sections", {})
        with self._uow() as uow:
            group = uow.groups.get(uow.meetings.get(meeting_id).group_id)
            return [
                CopyPlan(
                    m.key,
                    m.name,
                    left_out_labels(reader_for(uow, group, m, sections, self._today())),
                )
                for m in group.members
            ]

    # --- the minutes --------------------------------------------------------------------------

    def minutes(
        self, meeting_id: int, reader_key: str | None = None, *, reveal_reason: str = ""
    ) -> bytes:
        """The office's own copy of the minutes (``reader_key`` None), or the copy for one
        member: the parent's, or a member's with only what their consent covers."""
        with self._uow() as uow:
            meeting = uow.meetings.get(meeting_id)
            group = uow.groups.get(meeting.group_id)
            member = group.member(reader_key) if reader_key else None
            if reader_key and member is None:
                raise ValidationFailed(
                    [FieldProblem("member", "Mottakeren er ikke medlem av gruppen.")]
                )
            return self._minutes(uow, meeting, member, reveal_reason)

    def minutes_plan(self, meeting_id: int) -> list[CopyPlan]:
        """For each member, whether they get the minutes and what their copy leaves out."""
        sections = self._form("meeting_minutes").values.get("sections", {})
        with self._uow() as uow:
            meeting = uow.meetings.get(meeting_id)
            group = uow.groups.get(meeting.group_id)
            refused = dict(distribution_in(uow, meeting, self._today()).not_covered)
            plans = []
            for m in group.members:
                left_out = left_out_labels(reader_for(uow, group, m, sections, self._today()))
                if m.key in refused:
                    left_out = (("hele referatet", refused[m.key]),)
                plans.append(CopyPlan(m.key, m.name, left_out, m.key not in refused))
            return plans

    def minutes_recipe(self, meeting_id: int) -> Recipe:
        """The office's own copy of the minutes, ready to build (the archive export builds it
        in another process)."""
        with self._uow() as uow:
            return self._minutes_recipe(uow, uow.meetings.get(meeting_id))

    def _minutes(
        self,
        uow: UnitOfWork,
        meeting: Meeting,
        member: GroupMember | None = None,
        reveal_reason: str = "",
    ) -> bytes:
        return self._minutes_recipe(uow, meeting, member, reveal_reason).pdf()

    def _minutes_recipe(
        self,
        uow: UnitOfWork,
        meeting: Meeting,
        member: GroupMember | None = None,
        reveal_reason: str = "",
    ) -> Recipe:
        wording = self._form("meeting_minutes")
        hidden_carer = wording.text("meeting.hidden_carer")
        group = uow.groups.get(meeting.group_id)
        parent = uow.parents.get(group.parent_id)
        sections = wording.values.get("sections", {})
        reader = reader_for(uow, group, member, sections, self._today(), reveal_reason, True)
        shared = distribution_in(uow, meeting, self._today())
        if member is not None and member.key in dict(shared.not_covered):
            why = dict(shared.not_covered)[member.key]
            raise ValidationFailed(
                [FieldProblem("member", f"{member.name} får ikke referatet: {why}")]
            )
        decided = [a for a in uow.actions.of_group(group.id or 0) if a.meeting_id == meeting.id]
        fields = minutes_fields(meeting, decided, group)
        shows = reader.coverage.shows
        check_copy(
            reader, {k: v for k, v in fields.items() if shows(k.split(".")[0]) or k == "place"}
        )
        versions = uow.meetings.versions(meeting.id or 0)
        # Each kept version was replaced by the next one, whose reason says why.
        later = [m for m, _when in versions[1:]] + [meeting] if versions else []
        changed = tuple(
            (oslo_date(when), after.change_reason)
            for (_before, when), after in zip(versions, later, strict=True)
        )
        sent_to = meeting.distributed_to or shared.covered
        head, caseworker, reference = self._common(uow, group.parent_id)
        minutes = meeting.minutes
        view = seen_by(group, reader, hidden_carer)

        def names(keys: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(view.name_of(k) for k in keys)

        office_copy = reader.rules.audience is Audience.INTERNAL
        data = MeetingMinutes(
            parent_name=parent.full_name,
            starts_at=meeting.starts_at,
            place=meeting.place,
            present=names(minutes.attending(Attendance.PRESENT)),
            apologies=names(minutes.attending(Attendance.APOLOGIES)),
            absent=names(minutes.attending(Attendance.ABSENT)),
            chair=view.name_of(minutes.chair),
            minute_taker=view.name_of(minutes.minute_taker),
            items=tuple(
                MinutesText(i.title, i.summary, i.parent_views, i.conclusion, i.decisions)
                for i in minutes.items
            )
            if shows("items")
            else (),
            actions=tuple(_action_line(a, view) for a in decided) if shows("actions") else (),
            next_meeting=minutes.next_meeting_on,
            version=meeting.version,
            changed=changed,
            distributed_to=() if reader.to_member else names(sent_to),
            # Who lacks consent is for the office only (the parent knows their own consents).
            not_covered=names(tuple(k for k, _why in shared.not_covered)) if office_copy else (),
            caseworker=caseworker,
            dated=meeting.distributed_on or self._today(),
            our_reference=reference,
            left_out=frozenset(s for s, _why in reader.coverage.left_out),
            copy_for=view.name_of(member.key) if reader.to_member and member else "",
            office_copy=office_copy,
        )
        common = self._form("common")
        return Recipe(build_meeting_minutes, data, head, common, wording, reader.rules, MINUTES)  # type: ignore[arg-type]

    def send_minutes(
        self, meeting_id: int, on: date | None = None, *, reveal_reason: str = ""
    ) -> Meeting:
        """Record who gets the final minutes (only members consent covers) and keep the
        office's copy as PDF/A, in one transaction. Every copy that goes out (the parent's and
        each covered member's) is made first, so a copy that would say too much stops it."""
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
            for key in covered:
                self._minutes(uow, sent, group.member(key), reveal_reason)
            title = f"Referat fra ansvarsgruppemøte {oslo_date(meeting.starts_at):%d.%m.%Y}"
            pdf = self._minutes(uow, sent)
            rules = disclosure_of(uow, group.parent_id, Audience.THIRD_PARTY, reveal_reason)
            keep_in(uow, DocumentKind.MINUTES, group.parent_id, title, pdf, self._now(),
                    meeting_id=meeting.id, disclosure=rules)  # fmt: skip
            uow.commit()
        return sent

    # --- the action list ----------------------------------------------------------------------

    def action_list(self, group_id: int, *, reveal_reason: str = "") -> bytes:
        """The group's action list, for the parent and the members: no hidden whereabouts, no
        confidential address."""
        today = self._today()
        wording = self._form("action_list")
        hidden_carer = wording.text("members.hidden_carer")
        with self._uow() as uow:
            group = uow.groups.get(group_id)
            parent = uow.parents.get(group.parent_id)
            meetings = {m.id: oslo_date(m.starts_at) for m in uow.meetings.of_group(group_id)}
            actions = uow.actions.of_group(group_id)
            head, caseworker, reference = self._common(uow, group.parent_id)
            rules = disclosure_of(uow, group.parent_id, Audience.THIRD_PARTY, reveal_reason)
        reader = Reader(None, rules, Coverage("", frozenset()), rules.hides_a_placement)
        view = seen_by(group, reader, hidden_carer)
        fields = {}
        for n, a in enumerate(actions, start=1):
            fields[f"actions.{n}"] = (action_text(a, group), f"Tiltak {n}")
        check_copy(reader, fields)
        rows = tuple(
            ActionRow(
                a.what,
                view.name_of(a.responsible),
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
        common = self._form("common")
        pdf = build_action_list(data, head, common, wording)  # type: ignore[arg-type]
        return require_discreet(pdf, rules, ACTION_LIST)


def _agenda_section(origin: str) -> str:
    return {"parent": "parent_points", "carried": "carried"}.get(origin, "other")
