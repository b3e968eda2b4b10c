"""Responsibility groups: the group and its members, meetings from agenda to final minutes (a
change after that is a new version with a reason, the earlier one kept whole), the parent's
evaluation, the actions that live across meetings, who may get the minutes (consent), and the
deadlines the groups give Oversikt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import AgendaOrigin, MeetingStatus, TaskStatus
from bufapp.domain.group_rules import (
    Distribution,
    arranged_agenda,
    check_evaluation,
    check_group,
    check_minutes_change,
    check_minutes_frame,
    evaluations_over_time,
    former_members,
    group_deadlines,
    with_keys,
)
from bufapp.domain.groups import (
    AgendaItem,
    Evaluation,
    Meeting,
    MeetingAction,
    ResponsibilityGroup,
)
from bufapp.domain.validation import require_valid
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import now_utc, today_oslo
from bufapp.services.groups.minutes import distribution_in, require_discreet_minutes
from bufapp.storage.uow import UnitOfWork

FINAL = MeetingStatus.MINUTES_FINAL
CLOSED = (TaskStatus.DONE, TaskStatus.CANCELLED)
NOT_AHEAD = "Datoen kan ikke være fram i tid."


@dataclass(frozen=True)
class MeetingVersion:
    """An earlier version of final minutes: the whole meeting as it was, and when it was
    replaced (the reason for the change is the next version's ``change_reason``)."""

    meeting: Meeting
    replaced_at: datetime


def _refused(field: str, message: str) -> ValidationFailed:
    return ValidationFailed([FieldProblem(field, message)])


class GroupService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        now: Callable[[], datetime] = now_utc,
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._now = now

    # --- groups -------------------------------------------------------------------------------

    def save_group(self, group: ResponsibilityGroup) -> ResponsibilityGroup:
        group = replace(group, purpose=group.purpose.strip(), members=with_keys(group.members))
        problems = check_group(group)
        keys = [m.key for m in group.members]
        if len(set(keys)) != len(keys):
            problems.append(FieldProblem("members", "To medlemmer har samme medlemsnøkkel."))
        with self._uow() as uow:
            uow.parents.get(group.parent_id)
            for member in group.members:
                if member.service_id is not None:
                    uow.services.get(member.service_id)
            if group.id is not None and uow.groups.get(group.id).parent_id != group.parent_id:
                problems.append(
                    FieldProblem("parent_id", "En gruppe kan ikke flyttes til en annen forelder.")
                )
            require_valid(problems)
            if group.id is not None:
                group = replace(
                    group, former_members=former_members(uow.groups.get(group.id), group)
                )
            saved = uow.groups.save(group)
            uow.commit()
        return saved

    def group(self, group_id: int) -> ResponsibilityGroup:
        with self._uow() as uow:
            return uow.groups.get(group_id)

    def groups_of(self, parent_id: int) -> list[ResponsibilityGroup]:
        with self._uow() as uow:
            return uow.groups.of_parent(parent_id)

    @staticmethod
    def _active_group(uow: UnitOfWork, group_id: int) -> ResponsibilityGroup:
        group = uow.groups.get(group_id)
        if group.ended_on is not None:
            raise _refused("group_id", "Gruppen er avsluttet.")
        return group

    # --- meetings -----------------------------------------------------------------------------

    def plan_meeting(
        self,
        group_id: int,
        starts_at: datetime,
        place: str = "",
        parent_points: Sequence[str] = (),
        other_items: Sequence[str] = (),
    ) -> Meeting:
        """A planned meeting whose agenda starts with the parent's own points, then the
        group's open actions, then the rest."""
        agenda = [AgendaItem(t.strip(), AgendaOrigin.PARENT) for t in parent_points if t.strip()]
        agenda += [AgendaItem(t.strip(), AgendaOrigin.OTHER) for t in other_items if t.strip()]
        with self._uow() as uow:
            group = self._active_group(uow, group_id)
            arranged = arranged_agenda(agenda, uow.actions.of_group(group_id, True), group)
            saved = uow.meetings.save(Meeting(group_id, starts_at, place.strip(), arranged))
            uow.commit()
        return saved

    def refresh_agenda(self, meeting_id: int) -> Meeting:
        """The carried-over items as the actions stand now (closed ones drop off)."""
        return self._change(meeting_id, self._rearranged)

    @staticmethod
    def _rearranged(uow: UnitOfWork, meeting: Meeting) -> Meeting:
        if meeting.status is not MeetingStatus.PLANNED:
            raise _refused("agenda", "Dagsordenen kan bare ordnes på nytt før møtet.")
        group = uow.groups.get(meeting.group_id)
        still_open = uow.actions.of_group(meeting.group_id, True)
        return replace(meeting, agenda=arranged_agenda(meeting.agenda, still_open, group))

    def _change(self, meeting_id: int, change: Callable[[UnitOfWork, Meeting], Meeting]) -> Meeting:
        """One unit of work: the meeting as stored, changed (or refused) by ``change``, saved."""
        with self._uow() as uow:
            saved = uow.meetings.save(change(uow, uow.meetings.get(meeting_id)))
            uow.commit()
        return saved

    def meeting(self, meeting_id: int) -> Meeting:
        with self._uow() as uow:
            return uow.meetings.get(meeting_id)

    def meetings_of(self, group_id: int) -> list[Meeting]:
        with self._uow() as uow:
            uow.groups.get(group_id)
            return uow.meetings.of_group(group_id)

    def save_meeting(self, meeting: Meeting) -> Meeting:
        """A changed meeting (``plan_meeting`` makes new ones). Until the minutes are final
        anything may change; after that only the minutes, with a reason, as a new version
        (the previous one is kept whole)."""
        with self._uow() as uow:
            before = uow.meetings.get(meeting.id or 0)
            # What other use cases record is kept as stored: a form loaded before the
            # distribution or the evaluation was recorded must not undo it.
            after = replace(
                meeting,
                group_id=before.group_id,
                version=before.version,
                distributed_to=before.distributed_to,
                distributed_on=before.distributed_on,
                evaluation=before.evaluation,
                invitation_sent_on=before.invitation_sent_on,
            )
            if before.status is FINAL:
                saved = self._new_version(uow, before, after, meeting.version)
            else:
                saved = self._store_open(uow, after)
            uow.commit()
        return saved

    def _store_open(self, uow: UnitOfWork, after: Meeting) -> Meeting:
        """Minutes not yet final: saved as they are (finalised too, when asked and ready)."""
        if after.status is FINAL:
            require_valid(self._finalise_problems(after))
            require_discreet_minutes(uow, after)
        return uow.meetings.save(replace(after, change_reason=""))

    def _new_version(self, uow: UnitOfWork, before: Meeting, after: Meeting, seen: int) -> Meeting:
        if seen != before.version:  # another window saved a version since this one was opened
            raise _refused(
                "change_reason",
                f"Referatet er endret (versjon {before.version}) etter at du åpnet det. "
                "Lukk og åpne referatet igjen; teksten din er tatt vare på som utkast.",
            )
        require_valid(check_minutes_change(before, after) + check_minutes_frame(before, after))
        require_discreet_minutes(uow, after)
        if after.minutes == before.minutes:
            return uow.meetings.save(replace(after, change_reason=before.change_reason))
        uow.meetings.add_version(before, self._now())
        # The new text has not been sent to anyone yet; the earlier sending stays with the
        # version that was sent.
        changed = replace(
            after,
            version=before.version + 1,
            change_reason=after.change_reason.strip(),
            distributed_to=(),
            distributed_on=None,
        )
        return uow.meetings.save(changed)

    def _finalise_problems(self, meeting: Meeting) -> list[FieldProblem]:
        """Final minutes are of a meeting that was held, and say who came and what was said."""
        checks = (
            (meeting.starts_at > self._now(), "status", "Møtet er ikke holdt ennå."),
            (not meeting.minutes.attendance, "attendance", "Før opp hvem som var til stede."),
            (not meeting.minutes.items, "items", "Referatet har ingen punkter."),
        )
        return [FieldProblem(field, message) for failed, field, message in checks if failed]

    def finalise_minutes(self, meeting_id: int) -> Meeting:
        return self._change(meeting_id, self._finalised)

    def _finalised(self, uow: UnitOfWork, meeting: Meeting) -> Meeting:
        if meeting.status in (FINAL, MeetingStatus.CANCELLED):
            raise _refused("status", f"Møtet er «{meeting.status.label}».")
        final = replace(meeting, status=FINAL)
        require_valid(self._finalise_problems(final))
        require_discreet_minutes(uow, final)
        return final

    def mark_invitation_sent(self, meeting_id: int, on: date | None = None) -> Meeting:
        day = self._not_ahead(on, "invitation_sent_on")
        return self._change(meeting_id, lambda _uow, m: replace(m, invitation_sent_on=day))

    def record_evaluation(self, meeting_id: int, evaluation: Evaluation) -> Meeting:
        """The parent's own view of the meeting (not part of the minutes: no new version)."""
        problems = check_evaluation(evaluation)
        if evaluation.given_on > self._today():
            problems.append(FieldProblem("given_on", NOT_AHEAD))
        with self._uow() as uow:
            meeting = uow.meetings.get(meeting_id)
            if meeting.status not in (MeetingStatus.HELD, FINAL):
                problems.append(FieldProblem("status", "Bare et holdt møte kan evalueres."))
            require_valid(problems)
            given = replace(evaluation, words=evaluation.words.strip())
            saved = uow.meetings.save(replace(meeting, evaluation=given))
            uow.commit()
        return saved

    def versions(self, meeting_id: int) -> list[MeetingVersion]:
        """The earlier versions of the meeting's final minutes, oldest first."""
        with self._uow() as uow:
            uow.meetings.get(meeting_id)
            return [MeetingVersion(m, when) for m, when in uow.meetings.versions(meeting_id)]

    def evaluations(self, group_id: int) -> list[tuple[date, Evaluation]]:
        with self._uow() as uow:
            uow.groups.get(group_id)
            return evaluations_over_time(uow.meetings.of_group(group_id))

    # --- who gets the minutes -----------------------------------------------------------------

    def distribution(self, meeting_id: int, on: date | None = None) -> Distribution:
        with self._uow() as uow:
            return distribution_in(uow, uow.meetings.get(meeting_id), on or self._today())

    def record_distribution(self, meeting_id: int, on: date | None = None) -> Meeting:
        """The minutes sent to the members consent covers on that day, and only to them."""
        day = self._not_ahead(on, "distributed_on")

        def sent(uow: UnitOfWork, meeting: Meeting) -> Meeting:
            if meeting.status is not FINAL:
                raise _refused("status", "Referatet må være ferdig før det sendes ut.")
            covered = distribution_in(uow, meeting, day).covered
            return replace(meeting, distributed_to=covered, distributed_on=day)

        return self._change(meeting_id, sent)

    # --- actions ------------------------------------------------------------------------------

    def add_action(self, action: MeetingAction) -> MeetingAction:
        """A new open action, or a correction of one still open."""
        action = replace(action, what=action.what.strip(), responsible=action.responsible.strip())
        problems = []
        if not action.what:
            problems.append(FieldProblem("what", "Skriv hva som skal gjøres."))
        if not action.responsible:
            problems.append(FieldProblem("responsible", "Skriv hvem som har ansvaret."))
        with self._uow() as uow:
            self._active_group(uow, action.group_id)
            decided_in = uow.meetings.get(action.meeting_id) if action.meeting_id else None
            if decided_in is not None and decided_in.group_id != action.group_id:
                problems.append(FieldProblem("meeting_id", "Møtet hører til en annen gruppe."))
            if action.id is not None and not uow.actions.get(action.id).is_open:
                problems.append(FieldProblem("status", "Tiltaket er lukket og kan ikke endres."))
            require_valid(problems)
            opened = replace(action, status=TaskStatus.OPEN, outcome="", closed_on=None)
            saved = uow.actions.save(opened)
            uow.commit()
        return saved

    def close_action(
        self, action_id: int, status: TaskStatus, outcome: str, on: date | None = None
    ) -> MeetingAction:
        problems = []
        if status not in CLOSED:
            problems.append(FieldProblem("status", "Velg «Utført» eller «Bortfalt»."))
        if not outcome.strip():
            problems.append(FieldProblem("outcome", "Skriv hva som ble resultatet."))
        day = self._not_ahead(on, "closed_on")
        with self._uow() as uow:
            action = uow.actions.get(action_id)
            if not action.is_open:
                problems.append(FieldProblem("status", "Tiltaket er allerede lukket."))
            require_valid(problems)
            closed = replace(action, status=status, outcome=outcome.strip(), closed_on=day)
            saved = uow.actions.save(closed)
            uow.commit()
        return saved

    def actions_of(self, group_id: int) -> list[MeetingAction]:
        """Due first, undated last; open and closed."""
        with self._uow() as uow:
            uow.groups.get(group_id)
            return uow.actions.of_group(group_id)

    # --- helpers and Oversikt -----------------------------------------------------------------

    def _not_ahead(self, on: date | None, field: str) -> date:
        day = on or self._today()
        if day > self._today():
            raise _refused(field, NOT_AHEAD)
        return day

    def deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """Oversikt's provider: invitations, open actions and next meetings of active groups."""
        return group_deadlines(
            uow.groups.active(), uow.meetings.for_deadlines(), uow.actions.open()
        )
