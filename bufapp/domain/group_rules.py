"""The rules of responsibility groups: the agenda starts with the parent's own points and carries
over the open actions; who may get the minutes (consent); what is checked before saving; and the
deadlines the groups give Oversikt (invitation 7 days ahead, actions, the next meeting)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from uuid import uuid4

from bufapp.domain.consent import Consent, Service, consent_gate
from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import (
    AgendaOrigin,
    DeadlineKind,
    InformationCategory,
    MeetingStatus,
    MemberRole,
)
from bufapp.domain.groups import (
    AgendaItem,
    Evaluation,
    GroupMember,
    Meeting,
    MeetingAction,
    ResponsibilityGroup,
)
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem

INVITATION_DAYS = 7  # the invitation goes out at least a week before the meeting
SCALE = range(1, 6)
# The parent's own side never needs the parent's consent to be told what was said.
ALWAYS_COVERED = frozenset({MemberRole.PARENT, MemberRole.SUPPORT, MemberRole.CASEWORKER})


def carried_over(actions: Iterable[MeetingAction], group: ResponsibilityGroup) -> list[AgendaItem]:
    """One agenda item per open action, in due order (undated last)."""
    open_ones = sorted(
        (a for a in actions if a.is_open), key=lambda a: (a.due is None, a.due or date.min, a.id)
    )
    return [
        AgendaItem(a.what, AgendaOrigin.CARRIED, carried_detail(a, group), a.id) for a in open_ones
    ]


def carried_detail(action: MeetingAction, group: ResponsibilityGroup) -> str:
    """Who is responsible for a carried-over action, and by when."""
    return ", ".join(
        x
        for x in (
            f"Ansvar: {group.name_of(action.responsible)}" if action.responsible else "",
            f"frist {action.due:%d.%m.%Y}" if action.due else "",
        )
        if x
    )


def arranged_agenda(
    agenda: Sequence[AgendaItem], actions: Iterable[MeetingAction], group: ResponsibilityGroup
) -> tuple[AgendaItem, ...]:
    """The parent's points first, then the open actions as they stand now, then the rest.
    Carried items already on the agenda are replaced, so an action closed since drops off."""
    own = [item for item in agenda if item.origin is AgendaOrigin.PARENT]
    others = [item for item in agenda if item.origin is AgendaOrigin.OTHER]
    return (*own, *carried_over(actions, group), *others)


@dataclass(frozen=True)
class Distribution:
    covered: tuple[str, ...]  # member keys who may get the minutes
    not_covered: tuple[tuple[str, str], ...]  # (member key, why not)


def distribution(
    group: ResponsibilityGroup,
    services: Mapping[int, Service],
    consents: Sequence[Consent],
    on: date,
) -> Distribution:
    """Who may get the minutes: the parent's own side always; a helper only while a consent
    covers every category the group shares with that helper's service."""
    covered, refused = [], []
    for member in group.members:
        if member.role in ALWAYS_COVERED:
            covered.append(member.key)
            continue
        service = services.get(member.service_id) if member.service_id is not None else None
        if service is None:
            refused.append((member.key, N_("Ikke knyttet til en tjeneste i adresseboka, så "
                            "samtykket kan ikke kontrolleres.")))  # fmt: skip
            continue
        decision = consent_gate(service, group.shared_categories, consents, on)
        if decision.open:
            covered.append(member.key)
        else:
            refused.append((member.key, " ".join(b.why for b in decision.blocked)))
    return Distribution(tuple(covered), tuple(refused))


def check_group(group: ResponsibilityGroup) -> list[FieldProblem]:
    problems = []
    if not group.purpose.strip():
        problems.append(FieldProblem("purpose", N_("Skriv hva gruppen skal arbeide med.")))
    if not any(m.role is MemberRole.PARENT for m in group.members):
        problems.append(FieldProblem("members", N_("Forelderen skal være med i gruppen.")))
    if any(not m.name.strip() for m in group.members):
        problems.append(FieldProblem("members", N_("Hvert medlem må ha et navn.")))
    if group.coordinator and group.member(group.coordinator) is None:
        problems.append(FieldProblem("coordinator", N_("Koordinatoren må være medlem av gruppen.")))
    if group.ended_on is not None and group.ended_on < group.started_on:
        problems.append(FieldProblem("ended_on", N_("Gruppen kan ikke avsluttes før den startet.")))
    return problems


def check_minutes_change(before: Meeting, after: Meeting) -> list[FieldProblem]:
    """Final minutes are journal text: changing them needs a new reason (a new version)."""
    if before.status is not MeetingStatus.MINUTES_FINAL or before.minutes == after.minutes:
        return []
    if not after.change_reason.strip() or after.change_reason == before.change_reason:
        return [FieldProblem("change_reason", N_("Skriv hvorfor et ferdig referat endres."))]
    return []


def check_minutes_frame(before: Meeting, after: Meeting) -> list[FieldProblem]:
    """What final minutes are about (time, place, agenda, status) is fixed once they are final."""

    def frame(meeting: Meeting) -> tuple[object, ...]:
        return (meeting.starts_at, meeting.place, meeting.agenda, meeting.status)

    if frame(after) == frame(before):
        return []
    return [
        FieldProblem(
            "status",
            N_("Referatet er ferdig: bare referatet kan endres, og da med en begrunnelse."),
        )
    ]


def with_keys(members: Sequence[GroupMember]) -> tuple[GroupMember, ...]:
    """Every member with a key: attendance, the chair and actions refer to members by it."""
    taken = {m.key for m in members if m.key}
    keyed = []
    for member in members:
        if not member.key:
            key = uuid4().hex[:8]
            while key in taken:
                key = uuid4().hex[:8]
            taken.add(key)
            member = replace(member, key=key)
        keyed.append(member)
    return tuple(keyed)


def former_members(
    before: ResponsibilityGroup, after: ResponsibilityGroup
) -> tuple[GroupMember, ...]:
    """Everyone who has left the group by this save, as they were when they left."""
    staying = {m.key for m in after.members}
    left = (*before.former_members, *(m for m in before.members if m.key not in staying))
    return tuple({m.key: m for m in left if m.key not in staying}.values())


def check_evaluation(evaluation: Evaluation) -> list[FieldProblem]:
    return [
        FieldProblem(name, N_("Velg et svar fra 1 til 5."))
        for name in ("how_it_was", "understood", "heard")
        if getattr(evaluation, name) not in SCALE
    ]


def group_deadlines(
    groups: Iterable[ResponsibilityGroup],
    meetings: Iterable[Meeting],
    actions: Iterable[MeetingAction],
) -> list[Deadline]:
    """Invitations due a week before each planned meeting, open actions with a due date, and
    the next meeting agreed in the latest minutes when none is planned for it yet."""
    by_id = {g.id: g for g in groups if g.ended_on is None}
    meetings = list(meetings)
    found: list[Deadline] = []
    for m in meetings:
        group = by_id.get(m.group_id)
        if group is None or m.status is not MeetingStatus.PLANNED:
            continue
        due = m.starts_at.date() - timedelta(days=INVITATION_DAYS)
        found.append(
            Deadline(DeadlineKind.MEETING_INVITATION, group.parent_id, due,
                     N_("Send innkalling til ansvarsgruppemøte"), done_on=m.invitation_sent_on,
                     ref=m.id)
        )  # fmt: skip
    for a in actions:
        group = by_id.get(a.group_id)
        if group is not None and a.is_open and a.due is not None:
            found.append(
                Deadline(DeadlineKind.MEETING_ACTION, group.parent_id, a.due, a.what, ref=a.id)
            )
    found += _next_meetings(by_id, meetings)
    return found


def _next_meetings(
    groups: Mapping[int | None, ResponsibilityGroup], meetings: Sequence[Meeting]
) -> list[Deadline]:
    found = []
    for group_id, group in groups.items():
        own = [m for m in meetings if m.group_id == group_id]
        held = [m for m in own if m.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_FINAL)]
        if not held:
            continue
        latest = max(held, key=lambda m: m.starts_at)
        agreed = latest.minutes.next_meeting_on
        planned = any(
            m.status is MeetingStatus.PLANNED and m.starts_at > latest.starts_at for m in own
        )
        if agreed is not None and not planned:
            found.append(
                Deadline(DeadlineKind.NEXT_MEETING, group.parent_id, agreed,
                         N_("Planlegg neste ansvarsgruppemøte"), ref=group_id)
            )  # fmt: skip
    return found


def evaluations_over_time(meetings: Iterable[Meeting]) -> list[tuple[date, Evaluation]]:
    """The parent's evaluations in meeting order, for the view of how meetings have felt."""
    rated = [m for m in meetings if m.evaluation is not None]
    return [(m.starts_at.date(), m.evaluation) for m in sorted(rated, key=lambda m: m.starts_at)]  # type: ignore[misc]


# --- what each member's copy of a group document may hold ----------------------------------------


@dataclass(frozen=True)
class Coverage:
    """What one member's copy of an invitation or minutes may hold: the sections (named as in
    forms/) their consent covers, and for each one left out, why."""

    key: str
    shown: frozenset[str]
    left_out: tuple[tuple[str, str], ...] = ()  # (section, why)

    def shows(self, section: str) -> bool:
        return section in self.shown


def section_categories(raw: Mapping[str, str]) -> dict[str, InformationCategory]:
    """The category of each section, as a form names it. A name no category has (a typing
    error in a municipality's copy) counts as «Annet», which a consent rarely covers: a section
    is then left out rather than sent without consent."""
    known = {c.value: c for c in InformationCategory}
    return {
        section: known.get(str(value), InformationCategory.OTHER) for section, value in raw.items()
    }


def member_coverage(
    member: GroupMember,
    sections: Mapping[str, InformationCategory],
    services: Mapping[int, Service],
    consents: Sequence[Consent],
    on: date,
) -> Coverage:
    """Which ``sections`` the member's copy may hold on ``on``: all of them for the parent's own
    side; for anyone else, those whose category a consent to their service covers."""
    if member.role in ALWAYS_COVERED:
        return Coverage(member.key, frozenset(sections))
    service = services.get(member.service_id) if member.service_id is not None else None
    if service is None:
        why = N_("Ikke knyttet til en tjeneste i adresseboka, så samtykket kan ikke kontrolleres.")
        return Coverage(member.key, frozenset(), tuple((s, why) for s in sections))
    decision = consent_gate(service, sections.values(), consents, on)
    allowed = {a.category for a in decision.allowed}
    why_not = {b.category: b.why for b in decision.blocked}
    shown = frozenset(s for s, category in sections.items() if category in allowed)
    left_out = tuple((s, why_not[c]) for s, c in sections.items() if c not in allowed)
    return Coverage(member.key, shown, left_out)


def coverage_of(
    group: ResponsibilityGroup,
    sections: Mapping[str, InformationCategory],
    services: Mapping[int, Service],
    consents: Sequence[Consent],
    on: date,
) -> tuple[Coverage, ...]:
    """Every member's coverage, in the group's order."""
    return tuple(member_coverage(m, sections, services, consents, on) for m in group.members)


def carers_by_role(
    group: ResponsibilityGroup, role_name: str, except_key: str | None = None
) -> ResponsibilityGroup:
    """The group with each foster home or institution named only by its role (``role_name``)
    and without contact details: how a reader from whom a child's whereabouts are hidden may
    see it. ``except_key``: the member reading, who may see themselves."""

    def seen(member: GroupMember) -> GroupMember:
        if member.role is not MemberRole.CARER or member.key == except_key:
            return member
        return replace(member, name=role_name, phone="", email="", service_id=None)

    return replace(
        group,
        members=tuple(seen(m) for m in group.members),
        former_members=tuple(seen(m) for m in group.former_members),
    )
