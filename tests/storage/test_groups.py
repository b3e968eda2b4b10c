"""Responsibility groups on a real vault: members round-trip whole, agendas carry the open
actions after the parent's points, final minutes change only as new versions, the minutes go
only where consent covers, and the groups' deadlines reach Oversikt."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.exc import DatabaseError

from bufapp.domain.consent import Consent, Service
from bufapp.domain.deadlines import Urgency
from bufapp.domain.enums import (
    AgendaOrigin,
    Attendance,
    ConsentForm,
    DeadlineKind,
    InformationCategory,
    MeetingStatus,
    MemberRole,
    ServiceType,
    TaskStatus,
)
from bufapp.domain.groups import (
    Evaluation,
    GroupMember,
    Meeting,
    MeetingAction,
    Minutes,
    MinutesItem,
    ResponsibilityGroup,
)
from bufapp.errors import NotFound, ValidationFailed
from bufapp.services.clock import OSLO
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.groups.service import GroupService, MeetingVersion
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.unit.test_register_service import add_parent


@dataclass
class Setup:
    groups: GroupService
    consents: ConsentService
    group: ResponsibilityGroup
    nav_consent_id: int

    @property
    def group_id(self) -> int:
        return self.group.id or 0

    def key_of(self, name: str) -> str:
        return next(m.key for m in self.group.members if m.name == name)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=OSLO)


@pytest.fixture
def setup(vault: Vault, register: RegisterService) -> Setup:
    return make_setup(vault, register)


def make_setup(vault: Vault, register: RegisterService) -> Setup:
    """A parent with a NAV consent, NAV and a GP in the directory, and a group of four."""

    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    groups = GroupService(uow, today=lambda: TODAY, now=lambda: NOW)
    consents = ConsentService(uow, today=lambda: TODAY)
    register.add_provider(groups.deadline_provider)
    parent = add_parent(register, "Máret", "Čuđe")
    directory = DirectoryService(uow)
    nav = directory.save(Service("NAV Fjellvik", ServiceType.NAV))
    gp = directory.save(Service("Fjellvik legekontor", ServiceType.GP))
    consent = consents.save(
        Consent(
            parent.id or 0,
            "Ansvarsgruppe",
            (InformationCategory.PERSONAL_DETAILS, InformationCategory.SITUATION_AFTER_PLACEMENT),
            TODAY - timedelta(days=30),
            ConsentForm.WRITTEN,
            service_id=nav.id,
        )
    )
    group = groups.save_group(
        ResponsibilityGroup(
            parent.id or 0,
            "Samarbeid om bolig og samvær etter plasseringen",
            TODAY - timedelta(days=60),
            members=(
                GroupMember("mor", "Máret Čuđe", MemberRole.PARENT, phone="900 00 001"),
                GroupMember("", "Nora Nilsen", MemberRole.SERVICE, "veileder", nav.id),
                GroupMember("lege", "Per Åsen", MemberRole.SERVICE, "fastlege", gp.id),
                GroupMember("bv", "Ingrid Løvås", MemberRole.CASEWORKER, email="il@x.no"),
            ),
            coordinator="bv",
            coordinator_agreed_with_parent=True,
        )
    )
    return Setup(groups, consents, group, consent.id or 0)


def held_minutes(s: Setup) -> Minutes:
    return Minutes(
        attendance=(
            ("mor", Attendance.PRESENT),
            (s.key_of("Nora Nilsen"), Attendance.PRESENT),
            ("lege", Attendance.APOLOGIES),
            ("bv", Attendance.PRESENT),
        ),
        chair="bv",
        minute_taker="bv",
        items=(
            MinutesItem(
                "Bolig",
                "NAV ser på bostøtte.",
                "«Jeg trenger et rom til Áilu.»",
                "Søknad sendes.",
                ("Máret søker bostøtte innen 1. juli.",),
            ),
        ),
        next_meeting_on=TODAY + timedelta(days=40),
    )


def final_meeting(s: Setup, day: date = TODAY - timedelta(days=5)) -> Meeting:
    planned = s.groups.plan_meeting(s.group_id, at(day), "Rådhuset", ["Samvær i sommer"])
    s.groups.save_meeting(replace(planned, status=MeetingStatus.HELD, minutes=held_minutes(s)))
    return s.groups.finalise_minutes(planned.id or 0)


def test_a_group_with_members_round_trips_whole(setup: Setup, register: RegisterService) -> None:
    s = setup
    nora = next(m for m in s.group.members if m.name == "Nora Nilsen")
    assert len(nora.key) == 8 and nora.key not in ("mor", "lege", "bv")  # a key was made
    assert [m.key for m in s.group.members] == ["mor", nora.key, "lege", "bv"]
    assert s.groups.group(s.group_id) == s.group
    assert s.groups.groups_of(s.group.parent_id) == [s.group]
    assert (nora.position, nora.role, s.group.name_of("bv")) == (
        "veileder",
        MemberRole.SERVICE,
        "Ingrid Løvås",
    )

    with pytest.raises(ValidationFailed) as twice:
        s.groups.save_group(replace(s.group, members=(*s.group.members, s.group.members[0])))
    assert twice.value.for_field("members") == ["To medlemmer har samme medlemsnøkkel."]
    with pytest.raises(ValidationFailed) as no_parent:
        s.groups.save_group(replace(s.group, members=s.group.members[1:], coordinator=""))
    assert no_parent.value.for_field("members") == ["Forelderen skal være med i gruppen."]
    other = add_parent(register, "Bjørn", "Åsen").id or 0
    with pytest.raises(ValidationFailed, match="annen forelder"):
        s.groups.save_group(replace(s.group, parent_id=other))
    with pytest.raises(NotFound):
        s.groups.group(9999)

    ended = s.groups.save_group(replace(s.group, ended_on=TODAY))
    assert s.groups.group(s.group_id).ended_on == TODAY and ended.members == s.group.members
    with pytest.raises(ValidationFailed, match="avsluttet"):
        s.groups.plan_meeting(s.group_id, at(TODAY + timedelta(days=9)))


def test_a_member_who_leaves_is_still_named_in_what_they_were_part_of(setup: Setup) -> None:
    s = setup
    action = s.groups.add_action(MeetingAction(s.group_id, "Skaffe legeerklæring", "lege"))
    staying = tuple(m for m in s.group.members if m.key != "lege")
    left = s.groups.save_group(replace(s.group, members=staying))
    assert [m.key for m in left.members] == [m.key for m in staying]
    assert [m.name for m in left.former_members] == ["Per Åsen"]
    assert left.name_of(action.responsible) == "Per Åsen"  # not the bare key
    # Saving again (a form that never saw the former members) keeps them; coming back
    # makes them a member again, not both.
    again = s.groups.save_group(replace(left, former_members=(), purpose="Ny formulering"))
    assert [m.key for m in again.former_members] == ["lege"]
    back = s.groups.save_group(replace(again, members=s.group.members))
    assert back.former_members == () and back.member("lege") == s.group.member("lege")


def test_planning_carries_over_open_actions_after_the_parents_points(setup: Setup) -> None:
    s = setup
    nora = s.key_of("Nora Nilsen")
    later = s.groups.add_action(
        MeetingAction(s.group_id, "Vurdere bostøtte", nora, TODAY + timedelta(days=5))
    )
    sooner = s.groups.add_action(
        MeetingAction(s.group_id, "Finne tid til samvær", "mor", TODAY + timedelta(days=1))
    )
    done = s.groups.add_action(MeetingAction(s.group_id, "Sende timeplan", "bv"))
    s.groups.close_action(done.id or 0, TaskStatus.DONE, "Sendt 10.06.")

    meeting = s.groups.plan_meeting(
        s.group_id,
        at(TODAY + timedelta(days=14)),
        " Rådhuset ",
        parent_points=["Samvær i sommer", "  "],
        other_items=["Eventuelt"],
    )
    assert [(i.title, i.origin, i.action_id) for i in meeting.agenda] == [
        ("Samvær i sommer", AgendaOrigin.PARENT, None),
        ("Finne tid til samvær", AgendaOrigin.CARRIED, sooner.id),
        ("Vurdere bostøtte", AgendaOrigin.CARRIED, later.id),
        ("Eventuelt", AgendaOrigin.OTHER, None),
    ]
    assert meeting.agenda[2].detail == "Ansvar: Nora Nilsen, frist 20.06.2026"
    assert meeting.place == "Rådhuset" and s.groups.meeting(meeting.id or 0) == meeting

    s.groups.close_action(sooner.id or 0, TaskStatus.CANCELLED, "Ikke aktuelt lenger.")
    refreshed = s.groups.refresh_agenda(meeting.id or 0)
    assert [i.title for i in refreshed.agenda] == [
        "Samvær i sommer",
        "Vurdere bostøtte",
        "Eventuelt",
    ]
    assert s.groups.meeting(meeting.id or 0).agenda == refreshed.agenda  # stored, not just shown
    assert [a.status for a in s.groups.actions_of(s.group_id)] == [
        TaskStatus.CANCELLED,
        TaskStatus.OPEN,
        TaskStatus.DONE,
    ]

    held = final_meeting(s)
    with pytest.raises(ValidationFailed, match="før møtet"):
        s.groups.refresh_agenda(held.id or 0)


def test_closing_an_action_needs_an_outcome_and_happens_once(setup: Setup) -> None:
    s = setup
    action = s.groups.add_action(MeetingAction(s.group_id, "  Ringe NAV ", " mor "))
    assert (action.what, action.responsible, action.status) == ("Ringe NAV", "mor", TaskStatus.OPEN)
    with pytest.raises(ValidationFailed) as refused:
        s.groups.close_action(action.id or 0, TaskStatus.OPEN, " ")
    assert {p.field for p in refused.value.problems} == {"status", "outcome"}
    with pytest.raises(ValidationFailed) as blank:
        s.groups.add_action(MeetingAction(s.group_id, "", ""))
    assert {p.field for p in blank.value.problems} == {"what", "responsible"}
    closed = s.groups.close_action(action.id or 0, TaskStatus.DONE, "Ringte 14.06.")
    assert (closed.status, closed.outcome, closed.closed_on) == (
        TaskStatus.DONE,
        "Ringte 14.06.",
        TODAY,
    )
    with pytest.raises(ValidationFailed, match="allerede lukket"):
        s.groups.close_action(action.id or 0, TaskStatus.DONE, "Igjen.")
    with pytest.raises(ValidationFailed, match="lukket og kan ikke endres"):
        s.groups.add_action(replace(closed, what="Endret"))


def test_final_minutes_change_only_as_a_new_version_with_a_reason(
    setup: Setup, vault: Vault
) -> None:
    s = setup
    planned = s.groups.plan_meeting(s.group_id, at(TODAY - timedelta(days=5)), "Rådhuset")
    with pytest.raises(ValidationFailed) as empty:
        s.groups.finalise_minutes(planned.id or 0)
    assert {p.field for p in empty.value.problems} == {"attendance", "items"}
    s.groups.save_meeting(replace(planned, status=MeetingStatus.HELD, minutes=held_minutes(s)))
    final = s.groups.finalise_minutes(planned.id or 0)
    assert (final.status, final.version, final.minutes) == (
        MeetingStatus.MINUTES_FINAL,
        1,
        held_minutes(s),
    )

    changed = replace(final.minutes, chair="mor")
    with pytest.raises(ValidationFailed) as no_reason:
        s.groups.save_meeting(replace(final, minutes=changed))
    assert no_reason.value.for_field("change_reason") == ["Skriv hvorfor et ferdig referat endres."]
    with pytest.raises(ValidationFailed, match="bare referatet kan endres"):
        s.groups.save_meeting(replace(final, place="Et annet sted"))
    assert s.groups.save_meeting(final) == final  # nothing changed: no new version
    assert s.groups.versions(final.id or 0) == []

    second = s.groups.save_meeting(replace(final, minutes=changed, change_reason="Feil møteleder."))
    assert (second.version, second.change_reason, second.minutes.chair) == (
        2,
        "Feil møteleder.",
        "mor",
    )
    assert s.groups.meeting(final.id or 0) == second
    assert s.groups.versions(final.id or 0) == [MeetingVersion(final, NOW)]  # version 1, whole

    # The kept version is never changed or deleted, not even by SQL past the program.
    for statement in (
        "UPDATE group_meeting_version SET body = '{}'",
        "DELETE FROM group_meeting_version",
    ):
        with (
            vault.engine.begin() as connection,
            pytest.raises(DatabaseError, match="never changed"),
        ):
            connection.exec_driver_sql(statement)
    assert s.groups.versions(final.id or 0)[0].meeting == final

    # A second window still showing version 1 cannot overwrite version 2 unseen.
    stale = replace(final, minutes=replace(changed, chair="lege"), change_reason="Rettet.")
    with pytest.raises(ValidationFailed, match="endret \\(versjon 2\\) etter at du åpnet"):
        s.groups.save_meeting(stale)
    assert s.groups.meeting(final.id or 0) == second


def test_the_minutes_go_only_where_the_parents_consent_covers(setup: Setup) -> None:
    s = setup
    nora, per = s.key_of("Nora Nilsen"), "lege"
    planned = s.groups.plan_meeting(s.group_id, at(TODAY - timedelta(days=5)))
    with pytest.raises(ValidationFailed, match="må være ferdig"):
        s.groups.record_distribution(planned.id or 0)
    meeting = final_meeting(s)

    shared = s.groups.distribution(meeting.id or 0)
    assert shared.covered == ("mor", nora, "bv")
    ((refused, why),) = shared.not_covered
    assert refused == per and "Fjellvik legekontor" in why
    sent = s.groups.record_distribution(meeting.id or 0)
    assert (sent.distributed_to, sent.distributed_on) == (("mor", nora, "bv"), TODAY)

    s.consents.withdraw(s.nav_consent_id, TODAY, "Vil ikke at NAV får referatet.")
    after = s.groups.distribution(meeting.id or 0)
    assert after.covered == ("mor", "bv")
    assert {key for key, _why in after.not_covered} == {nora, per}
    assert s.groups.record_distribution(meeting.id or 0).distributed_to == ("mor", "bv")
    # Yesterday the consent still held: what may be shared depends on the day.
    assert nora in s.groups.distribution(meeting.id or 0, TODAY - timedelta(days=1)).covered
    with pytest.raises(ValidationFailed, match="fram i tid"):
        s.groups.record_distribution(meeting.id or 0, TODAY + timedelta(days=1))


def _of(register: RegisterService, kind: DeadlineKind) -> list:  # type: ignore[type-arg]
    return [d for d in register.deadlines() if d.kind is kind]


def test_group_deadlines_reach_oversikt_and_go_when_done(
    setup: Setup, register: RegisterService
) -> None:
    s = setup
    parent_id = s.group.parent_id
    held = final_meeting(s)  # agreed: next meeting in 40 days, none planned yet
    (next_one,) = _of(register, DeadlineKind.NEXT_MEETING)
    assert (next_one.due, next_one.parent_id, next_one.ref) == (
        TODAY + timedelta(days=40),
        parent_id,
        s.group_id,
    )

    starts = at(TODAY + timedelta(days=10))
    meeting = s.groups.plan_meeting(s.group_id, starts)
    assert _of(register, DeadlineKind.NEXT_MEETING) == []  # it is planned now
    (invite,) = _of(register, DeadlineKind.MEETING_INVITATION)
    assert (invite.due, invite.ref, invite.done_on) == (TODAY + timedelta(days=3), meeting.id, None)
    assert invite.urgency(TODAY) is Urgency.SOON

    action = s.groups.add_action(
        MeetingAction(
            s.group_id, "Søke bostøtte", "mor", TODAY - timedelta(days=2), meeting_id=held.id
        )
    )
    (overdue,) = _of(register, DeadlineKind.MEETING_ACTION)
    assert (overdue.ref, overdue.title, overdue.urgency(TODAY)) == (
        action.id,
        "Søke bostøtte",
        Urgency.OVERDUE,
    )

    s.groups.mark_invitation_sent(meeting.id or 0)
    (sent,) = _of(register, DeadlineKind.MEETING_INVITATION)
    assert (sent.done_on, sent.urgency(TODAY)) == (TODAY, Urgency.DONE)
    s.groups.close_action(action.id or 0, TaskStatus.DONE, "Søknaden er sendt.")
    assert _of(register, DeadlineKind.MEETING_ACTION) == []

    s.groups.add_action(MeetingAction(s.group_id, "Nytt tiltak", "bv", TODAY))
    s.groups.save_group(replace(s.group, ended_on=TODAY))  # an ended group owes nothing
    kinds = {
        DeadlineKind.MEETING_INVITATION,
        DeadlineKind.MEETING_ACTION,
        DeadlineKind.NEXT_MEETING,
    }
    assert [d for d in register.deadlines() if d.kind in kinds] == []


def test_the_parents_evaluations_over_time_in_meeting_order(setup: Setup) -> None:
    s = setup
    first = final_meeting(s, TODAY - timedelta(days=40))
    second = final_meeting(s, TODAY - timedelta(days=5))
    later = Evaluation(TODAY, 4, 5, 4, "  Bedre denne gangen. ")
    earlier = Evaluation(TODAY - timedelta(days=39), 2, 3, 1, "Føltes som kjeft.")
    recorded = s.groups.record_evaluation(second.id or 0, later)  # recorded out of order
    s.groups.record_evaluation(first.id or 0, earlier)
    assert (recorded.version, recorded.evaluation) == (
        1,
        replace(later, words="Bedre denne gangen."),
    )
    assert s.groups.evaluations(s.group_id) == [
        (first.starts_at.date(), earlier),
        (second.starts_at.date(), replace(later, words="Bedre denne gangen.")),
    ]

    with pytest.raises(ValidationFailed) as scale:
        s.groups.record_evaluation(second.id or 0, Evaluation(TODAY, 0, 6, 3))
    assert {p.field for p in scale.value.problems} == {"how_it_was", "understood"}
    planned = s.groups.plan_meeting(s.group_id, at(TODAY + timedelta(days=20)))
    with pytest.raises(ValidationFailed, match="holdt møte"):
        s.groups.record_evaluation(planned.id or 0, later)
    # A form loaded before the evaluation was given does not undo it when saved.
    assert second.evaluation is None
    assert s.groups.save_meeting(second).evaluation == recorded.evaluation
    assert s.groups.meeting(second.id or 0).evaluation == recorded.evaluation
