"""Responsibility-group rules on hand-made groups: the agenda starts with the parent's points
and carries over what is still open; only members a consent covers get the minutes; the
invitation is due a week ahead; actions and the next meeting reach Oversikt; final minutes
change only with a reason; evaluations are on a 1–5 scale."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from bufapp.domain.consent import Consent, Service
from bufapp.domain.enums import (
    AgendaOrigin,
    ConsentForm,
    DeadlineKind,
    InformationCategory,
    MeetingStatus,
    MemberRole,
    ServiceType,
    TaskStatus,
)
from bufapp.domain.group_rules import (
    arranged_agenda,
    check_evaluation,
    check_group,
    check_minutes_change,
    distribution,
    evaluations_over_time,
    group_deadlines,
)
from bufapp.domain.groups import (
    AgendaItem,
    Evaluation,
    GroupMember,
    Meeting,
    MeetingAction,
    Minutes,
    ResponsibilityGroup,
)

TODAY = date(2026, 11, 30)
NAV = Service("NAV Kárášjohka", ServiceType.NAV, id=1)
GP = Service("Fjellvik legekontor", ServiceType.GP, id=2)
GROUP = ResponsibilityGroup(
    parent_id=7,
    purpose="Bolig og samvær",
    started_on=TODAY - timedelta(days=90),
    members=(
        GroupMember("p", "Máret Čuđe", MemberRole.PARENT),
        GroupMember("s", "Áilu Gaup", MemberRole.SUPPORT),
        GroupMember("n", "Siri Haugen", MemberRole.SERVICE, "veileder", service_id=NAV.id),
        GroupMember("g", "Elle Somby", MemberRole.SERVICE, "fastlege", service_id=GP.id),
        GroupMember("f", "Fosterhjemmet Ŋuolla", MemberRole.CARER),
    ),
    coordinator="n",
    id=3,
)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


def _action(what: str, due: date | None, status: TaskStatus = TaskStatus.OPEN, id: int = 1):
    return MeetingAction(3, what, "n", due, status, id=id)


def test_the_parents_points_come_first_then_what_is_still_open_then_the_rest() -> None:
    agenda = (
        AgendaItem("Referat fra forrige møte"),
        AgendaItem("Gammelt tiltak", AgendaOrigin.CARRIED, action_id=99),
        AgendaItem("Jeg vil ha samvær i jula", AgendaOrigin.PARENT),
    )
    actions = [
        _action("Søke bostøtte", TODAY + timedelta(days=9), id=1),
        _action("Time hos fastlege", TODAY + timedelta(days=2), id=2),
        _action("Avsluttet tiltak", TODAY, TaskStatus.DONE, id=3),
        _action("Uten frist", None, id=4),
    ]
    arranged = arranged_agenda(agenda, actions, GROUP)
    assert [(i.title, i.origin) for i in arranged] == [
        ("Jeg vil ha samvær i jula", AgendaOrigin.PARENT),
        ("Time hos fastlege", AgendaOrigin.CARRIED),
        ("Søke bostøtte", AgendaOrigin.CARRIED),
        ("Uten frist", AgendaOrigin.CARRIED),
        ("Referat fra forrige møte", AgendaOrigin.OTHER),
    ]
    assert arranged[1].detail == f"Ansvar: Siri Haugen, frist {TODAY + timedelta(days=2):%d.%m.%Y}"
    assert arranged[1].action_id == 2


def _consent(service: Service, *categories: InformationCategory, **changes: object) -> Consent:
    return replace(
        Consent(7, "Samarbeid", categories, TODAY - timedelta(days=10), ConsentForm.WRITTEN,
                service_id=service.id, id=service.id),
        **changes,
    )  # fmt: skip


def test_only_members_a_consent_covers_get_the_minutes() -> None:
    covered = (InformationCategory.PERSONAL_DETAILS, InformationCategory.SITUATION_AFTER_PLACEMENT)
    consents = [_consent(NAV, *covered), _consent(GP, InformationCategory.PERSONAL_DETAILS)]
    result = distribution(GROUP, {1: NAV, 2: GP}, consents, TODAY)
    assert result.covered == ("p", "s", "n")
    assert [key for key, _why in result.not_covered] == ["g", "f"]
    assert "Situasjonen etter plasseringen" in dict(result.not_covered)["g"]
    assert "adresseboka" in dict(result.not_covered)["f"]

    withdrawn = [_consent(NAV, *covered, withdrawn_on=TODAY)]
    assert "n" not in distribution(GROUP, {1: NAV, 2: GP}, withdrawn, TODAY).covered


def test_the_invitation_is_due_a_week_before_and_done_when_sent() -> None:
    meeting = Meeting(3, _at(TODAY + timedelta(days=10)), id=5)
    (due,) = group_deadlines([GROUP], [meeting], [])
    assert (due.kind, due.due, due.parent_id, due.ref) == (
        DeadlineKind.MEETING_INVITATION, TODAY + timedelta(days=3), 7, 5,
    )  # fmt: skip
    (sent,) = group_deadlines([GROUP], [replace(meeting, invitation_sent_on=TODAY)], [])
    assert sent.done_on == TODAY
    assert group_deadlines([GROUP], [replace(meeting, status=MeetingStatus.CANCELLED)], []) == []
    assert group_deadlines([replace(GROUP, ended_on=TODAY)], [meeting], []) == []


def test_open_actions_and_the_agreed_next_meeting_reach_oversikt() -> None:
    held = Meeting(3, _at(TODAY - timedelta(days=20)), status=MeetingStatus.MINUTES_FINAL,
                   minutes=Minutes(next_meeting_on=TODAY + timedelta(days=40)), id=5)  # fmt: skip
    actions = [_action("Søke bostøtte", TODAY - timedelta(days=1)),
               _action("Ferdig", TODAY, TaskStatus.DONE, id=2), _action("Uten frist", None, id=3)]  # fmt: skip
    found = {(d.kind, d.title, d.due) for d in group_deadlines([GROUP], [held], actions)}
    assert found == {
        (DeadlineKind.MEETING_ACTION, "Søke bostøtte", TODAY - timedelta(days=1)),
        (DeadlineKind.NEXT_MEETING, "Planlegg neste ansvarsgruppemøte", TODAY + timedelta(days=40)),
    }
    planned = Meeting(3, _at(TODAY + timedelta(days=40)), id=6)
    kinds = [d.kind for d in group_deadlines([GROUP], [held, planned], [])]
    assert kinds == [DeadlineKind.MEETING_INVITATION]  # planned: no reminder to plan it


def test_final_minutes_change_only_with_a_new_reason() -> None:
    final = Meeting(3, _at(TODAY), status=MeetingStatus.MINUTES_FINAL, minutes=Minutes(chair="n"))
    changed = replace(final, minutes=Minutes(chair="p"))
    assert [p.field for p in check_minutes_change(final, changed)] == ["change_reason"]
    assert check_minutes_change(final, replace(changed, change_reason="Feil møteleder")) == []
    held = replace(final, status=MeetingStatus.HELD)
    assert check_minutes_change(held, replace(held, minutes=Minutes(chair="p"))) == []


def test_groups_and_evaluations_are_checked() -> None:
    assert check_group(GROUP) == []
    no_parent = replace(GROUP, purpose=" ", members=GROUP.members[1:], coordinator="x")
    assert {p.field for p in check_group(no_parent)} == {"purpose", "members", "coordinator"}
    bad = Evaluation(TODAY, 0, 3, 6)
    assert [p.field for p in check_evaluation(bad)] == ["how_it_was", "heard"]
    first = Meeting(3, _at(TODAY - timedelta(days=60)), evaluation=Evaluation(TODAY, 2, 3, 2))
    later = Meeting(3, _at(TODAY), evaluation=Evaluation(TODAY, 4, 4, 5, "Bedre nå."))
    series = evaluations_over_time([later, Meeting(3, _at(TODAY)), first])
    assert [e.how_it_was for _day, e in series] == [2, 4]
