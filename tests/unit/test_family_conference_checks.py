"""Familieråd's checks and deadlines: Norwegian messages under each field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bufapp.domain.enums import ConferenceStatus, DeadlineKind, PlanApproval
from bufapp.domain.family_conference import (
    Approval,
    ConferencePerson,
    FamilyConference,
    PlanItem,
    ordered,
)
from bufapp.domain.family_conference_checks import (
    check_approval,
    check_conference,
    conference_deadlines,
)

TODAY = date(2026, 6, 1)
PLANNED = FamilyConference(
    parent_id=1,
    question="Hvordan kan familien hjelpe mor å holde kontakten med Emma?",
    planned_for=date(2026, 6, 10),
    coordinator_name="Áile Čoarvi",
    coordinator_org="Koordinatorpoolen i Vest-Finnmark",
    people=(ConferencePerson("Mormor Ánne", "Mormor"), ConferencePerson("Ola", "Onkel")),
)
HELD = replace(
    PLANNED,
    status=ConferenceStatus.HELD,
    planned_for=date(2026, 5, 20),
    held_on=date(2026, 5, 20),
    people=(
        ConferencePerson("Mormor Ánne", "Mormor", came=True),
        ConferencePerson("Ola", "Onkel", came=False),
    ),
    items=(PlanItem("Kjøre mor til samvær", "Ola", date(2026, 7, 1)),),
)


def fields(problems: list) -> set[str]:
    return {p.field for p in problems}


def test_a_planned_and_a_held_conference_are_valid() -> None:
    assert check_conference(PLANNED, TODAY) == []
    assert check_conference(HELD, TODAY) == []


def test_the_question_is_required_and_the_coordinator_independent() -> None:
    problems = check_conference(replace(PLANNED, question="  ", coordinator_in_service=True), TODAY)
    assert fields(problems) == {"question", "coordinator_in_service"}
    assert all(p.message for p in problems)
    assert "uavhengig" in next(p for p in problems if p.field == "coordinator_in_service").message


def test_held_needs_its_day_and_who_came_and_not_in_the_future() -> None:
    assert "held_on" in fields(check_conference(replace(HELD, held_on=None), TODAY))
    assert "held_on" in fields(check_conference(replace(HELD, held_on=date(2026, 6, 2)), TODAY))
    nobody = tuple(replace(p, came=False) for p in HELD.people)
    assert "people" in fields(check_conference(replace(HELD, people=nobody), TODAY))


def test_a_plan_belongs_to_a_held_conference() -> None:
    problems = check_conference(replace(PLANNED, items=HELD.items), TODAY)
    assert "items" in fields(problems)
    assert "people" in fields(check_conference(replace(PLANNED, people=HELD.people), TODAY))


def test_items_need_what_and_who_and_a_day_after_the_conference() -> None:
    items = (PlanItem("", ""), PlanItem("Ringe", "Mormor", date(2026, 5, 1)))
    problems = check_conference(replace(HELD, items=items), TODAY)
    messages = [p.message for p in problems if p.field == "items"]
    assert len(messages) == 3
    assert any("fristen" in m for m in messages)


def test_reservations_are_required_unless_approved_outright() -> None:
    approval = Approval(1, PlanApproval.APPROVED_WITH_RESERVATIONS, date(2026, 5, 25))
    assert fields(check_approval(approval, HELD, TODAY)) == {"reservations"}
    ok = replace(approval, reservations="Samvær skjer fortsatt med tilsyn.")
    assert check_approval(ok, HELD, TODAY) == []
    assert check_approval(Approval(1, PlanApproval.APPROVED, date(2026, 5, 25)), HELD, TODAY) == []
    assert "approval" in fields(check_approval(ok, PLANNED, TODAY))
    early = replace(ok, approved_on=date(2026, 5, 1))
    assert "approved_on" in fields(check_approval(early, HELD, TODAY))
    back = replace(ok, follow_up_on=date(2026, 5, 1))
    assert "follow_up_on" in fields(check_approval(back, HELD, TODAY))


def test_cancelled_needs_a_reason() -> None:
    cancelled = replace(PLANNED, status=ConferenceStatus.CANCELLED)
    assert fields(check_conference(cancelled, TODAY)) == {"cancelled_reason"}


def test_planned_first_then_newest() -> None:
    older = replace(HELD, id=1, held_on=date(2025, 1, 1), planned_for=date(2025, 1, 1))
    newer = replace(HELD, id=2)
    plan = replace(PLANNED, id=3)
    assert [c.id for c in ordered([older, newer, plan])] == [3, 2, 1]


def test_deadlines_follow_up_and_planned() -> None:
    held = replace(HELD, id=1, follow_up_on=date(2026, 11, 20))
    found = conference_deadlines([held], TODAY)
    assert [(d.kind, d.due) for d in found] == [
        (DeadlineKind.FAMILY_CONFERENCE_FOLLOW_UP, date(2026, 11, 20))
    ]
    follow = replace(PLANNED, id=2, planned_for=date(2026, 11, 20))
    found = conference_deadlines([held, follow], TODAY)
    assert found == []  # the follow-up is planned, more than two weeks ahead
    found = conference_deadlines([held, follow], date(2026, 11, 10))
    assert [d.kind for d in found] == [DeadlineKind.FAMILY_CONFERENCE]
