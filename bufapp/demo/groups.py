"""Demo responsibility groups: a few parents with consents get a group with several meetings
over five months, written day by day through the real service. Each has the parent's own points
first, actions carried over (some closed, one overdue), minutes sent only to the members a
consent covers (the foster home is not in the directory and is flagged), evaluations that get
better over time, and a next meeting planned without an invitation sent yet."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from bufapp.demo.data import CASEWORKER
from bufapp.domain.enums import Attendance, MeetingStatus, MemberRole, ServiceType, TaskStatus
from bufapp.domain.groups import (
    Evaluation,
    GroupMember,
    MeetingAction,
    Minutes,
    MinutesItem,
    ResponsibilityGroup,
)
from bufapp.services.clock import OSLO
from bufapp.services.groups.service import GroupService
from bufapp.storage.uow import UnitOfWork

MEETING_DAYS_AGO = (120, 70, 20)
NEXT_MEETING_IN = 12
PARENT_POINTS = (
    ("Jeg vil vite mer om hvordan barna har det på skolen.",),
    ("Jeg vil ha samvær hjemme hos meg i jula.", "Hjelp til å betale strømregningen."),
    ("Jeg vil snakke om mer samvær når jeg har fått større leilighet.",),
)
ACTIONS = (
    (("Søke bostøtte", "n", 14), ("Time hos fastlegen om søvn", "p", 10)),
    (
        ("Finne større leilighet, boligkontoret kontaktes", "n", 30),
        ("Samværsplan for jula", "c", 7),
    ),
    (("Budsjettveiledning", "n", 17), ("Melde på foreldrekurs (ICDP)", "c", 40)),
)
VIEWS = (
    "«Det var mange folk. Jeg skjønte ikke alt som ble sagt.»",
    "«Bedre i dag, dere hørte på det jeg ville ta opp.»",
    "«Jeg følte meg som en del av gruppen denne gangen.»",
)
PARENT_VIEWS = (
    "«Jeg vil at barna skal vite at jeg tenker på dem hver dag.»",
    "«Jula er viktig for oss. Jeg vil ha dem hjemme i alle fall én dag.»",
    "«Med en større leilighet kan barna overnatte hos meg.»",
)
SCORES = ((2, 2, 3), (3, 4, 4), (4, 5, 5))


def _workday(day: date) -> date:
    """Meetings are held on weekdays: a Saturday or Sunday moves to the Monday after."""
    return day + timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)


class _Calendar:
    def __init__(self, day: date) -> None:
        self.day = day

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        return datetime.combine(self.day, time(15, 0), OSLO)


def fill_demo_groups(
    unit_of_work: Callable[[], UnitOfWork], parent_ids: Sequence[int], today: date, count: int = 3
) -> int:
    """A group for the first ``count`` parents whose consent to NAV is in force (so one helper
    gets the minutes and one does not); returns how many meetings were made."""
    calendar = _Calendar(today)
    groups = GroupService(unit_of_work, today=calendar.today, now=calendar.now)
    with unit_of_work() as uow:
        services = {s.type: s for s in uow.services.list()}
        nav = services[ServiceType.NAV].id
        chosen = [
            pid
            for pid in parent_ids
            if any(c.service_id == nav and c.in_force(today) for c in uow.consents.of_parent(pid))
        ][:count]
        parents = {pid: uow.parents.get(pid) for pid in chosen}
    meetings = 0
    for parent_id, parent in parents.items():
        members = (
            GroupMember("p", parent.full_name, MemberRole.PARENT),
            GroupMember("c", CASEWORKER.name, MemberRole.CASEWORKER, "saksbehandler"),
            GroupMember("n", "Siri Haugen", MemberRole.SERVICE, "veileder",
                        services[ServiceType.NAV].id),
            GroupMember("g", "Elle Somby", MemberRole.SERVICE, "fastlege",
                        services[ServiceType.GP].id),
            GroupMember("f", "Fosterhjemmet Ŋuolla", MemberRole.CARER, "fosterforeldre"),
        )  # fmt: skip
        calendar.day = today - timedelta(days=150)
        group = groups.save_group(
            ResponsibilityGroup(parent_id, "Bolig, økonomi og mer samvær med barna",
                                calendar.day, members, coordinator="n",
                                coordinator_agreed_with_parent=True)
        )  # fmt: skip
        days = [_workday(today - timedelta(days=d)) for d in MEETING_DAYS_AGO]
        days.append(_workday(today + timedelta(days=NEXT_MEETING_IN)))
        for number, (day, next_day) in enumerate(pairwise(days)):
            _meeting(groups, calendar, group, number, day, next_day)
            meetings += 1
        calendar.day = today
        groups.plan_meeting(
            group.id or 0,
            datetime.combine(days[-1], time(10, 0), OSLO),
            "Rådhuset, møterom 2",
            parent_points=("Hvordan gikk jula for barna?",),
        )
        meetings += 1
    return meetings


def _meeting(
    groups: GroupService,
    calendar: _Calendar,
    group: ResponsibilityGroup,
    n: int,
    day: date,
    next_day: date,
) -> None:
    group_id = group.id or 0
    calendar.day = day - timedelta(days=10)
    planned = groups.plan_meeting(
        group_id, datetime.combine(day, time(10, 0), OSLO), "Rådhuset, møterom 2",
        parent_points=PARENT_POINTS[n], other_items=("Hvordan har barna det?",),
    )  # fmt: skip
    groups.mark_invitation_sent(planned.id or 0, calendar.day)
    calendar.day = day
    _close_earlier_actions(groups, group_id, n)
    items = tuple(
        MinutesItem(
            item.title,
            summary=f"Vi gikk gjennom saken: {item.title}",
            parent_views=PARENT_VIEWS[n] if i == 0 else "",
            conclusion="Følges opp til neste møte.",
        )
        for i, item in enumerate(planned.agenda)
    )
    attendance = tuple(
        (m.key, Attendance.APOLOGIES if (m.key == "g" and n == 1) else Attendance.PRESENT)
        for m in group.members
    )
    minutes = Minutes(attendance, chair="n", minute_taker="c", items=items,
                      next_meeting_on=next_day)  # fmt: skip
    held = groups.save_meeting(replace(planned, minutes=minutes, status=MeetingStatus.HELD))
    for what, who, due_in in ACTIONS[n]:
        groups.add_action(
            MeetingAction(group_id, what, who, day + timedelta(days=due_in), meeting_id=held.id)
        )
    groups.finalise_minutes(held.id or 0)
    how, understood, heard = SCORES[n]
    groups.record_evaluation(held.id or 0, Evaluation(day, how, understood, heard, VIEWS[n]))
    groups.record_distribution(held.id or 0, day)


def _close_earlier_actions(groups: GroupService, group_id: int, n: int) -> None:
    """Before a meeting, what was done since the last one is closed; one is left overdue."""
    for action in groups.actions_of(group_id):
        if action.is_open and not (n == 2 and action.what.startswith("Finne")):
            groups.close_action(action.id or 0, TaskStatus.DONE, "Gjort, se referatet.")
