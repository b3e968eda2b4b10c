"""Samvær's rules without a vault: the decided minimum, the days a plan gives, the visit list
across versions, a row of visits not held, the evaluation due, and how a plan reads."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bufapp.domain.enums import (
    CancelledBy,
    PlacementBasis,
    Supervision,
    VisitBasis,
    VisitForm,
    VisitOutcome,
    VisitPeriod,
    VisitPurpose,
)
from bufapp.domain.visit_checks import below_minimum, check_plan
from bufapp.domain.visit_deadlines import missed_in_a_row
from bufapp.domain.visit_rules import (
    add_months,
    describe_frequency,
    evaluation_due,
    one_line,
    plan_changes,
    planned_dates,
    schedule,
)
from bufapp.domain.visits import Frequency, Visit, VisitEvaluation, VisitPlan

MONTHLY_3H = Frequency(1, VisitPeriod.MONTH, 3.0)


def care_order_plan(**changes: object) -> VisitPlan:
    plan = VisitPlan(
        child_id=1,
        parent_id=2,
        valid_from=date(2026, 1, 5),
        basis=VisitBasis.DECISION,
        frequency=MONTHLY_3H,
        decided_by="Barneverns- og helsenemnda i Troms og Finnmark",
        decided_on=date(2025, 12, 10),
        minimum=Frequency(4, VisitPeriod.YEAR, 2.0),
        purposes=frozenset({VisitPurpose.FAMILY_TIES}),
        first_visit_on=date(2026, 1, 10),
    )
    return replace(plan, **changes)


def visit(day: date, outcome: VisitOutcome = VisitOutcome.HELD, plan_id: int = 7) -> Visit:
    cancelled = CancelledBy.PARENT if outcome == VisitOutcome.CANCELLED else None
    return Visit(plan_id, 2, 1, day, outcome, held_on=day, cancelled_by=cancelled, reason="Syk")


@pytest.mark.parametrize(
    ("frequency", "refused"),
    [
        (Frequency(4, VisitPeriod.YEAR, 2.0), False),  # exactly the minimum
        (Frequency(1, VisitPeriod.MONTH, 1.0), False),  # more often, shorter: more hours in all
        (Frequency(1, VisitPeriod.HALF_YEAR, 8.0), True),  # longer but fewer visits
        (Frequency(4, VisitPeriod.YEAR, 1.5), True),  # as often, fewer hours
        (Frequency(1, VisitPeriod.QUARTER, None), True),  # no duration to check against
    ],
)
def test_a_plan_below_the_decided_minimum_is_refused_with_the_reason(
    frequency: Frequency, refused: bool
) -> None:
    reason = below_minimum(frequency, Frequency(4, VisitPeriod.YEAR, 2.0))
    assert bool(reason) is refused
    problems = check_plan(care_order_plan(frequency=frequency), PlacementBasis.CARE_ORDER)
    assert any(p.field == "frequency" for p in problems) is refused
    if refused and frequency.hours is not None:
        assert "nytt vedtak" in reason


def test_a_voluntary_plan_is_agreed_with_the_parent_and_has_no_minimum() -> None:
    plan = care_order_plan(basis=VisitBasis.AGREEMENT, minimum=None, decided_on=None, decided_by="")
    problems = check_plan(plan, PlacementBasis.VOLUNTARY)
    assert [p.field for p in problems] == ["agreed_with_parent"]
    assert "kan ikke begrense" in problems[0].message
    agreed = replace(plan, agreed_with_parent=True, agreed_on=date(2026, 1, 5))
    assert check_plan(agreed, PlacementBasis.VOLUNTARY) == []


def test_the_basis_must_follow_the_placement() -> None:
    problems = check_plan(care_order_plan(), PlacementBasis.VOLUNTARY)
    assert "basis" in {p.field for p in problems}
    assert check_plan(care_order_plan(), PlacementBasis.EMERGENCY) == []
    not_placed = check_plan(care_order_plan(), None)
    assert [p.field for p in not_placed] == ["valid_from"]


def test_a_new_version_must_say_why() -> None:
    problems = check_plan(care_order_plan(replaces_id=3), PlacementBasis.CARE_ORDER)
    assert [p.field for p in problems] == ["change_reason"]


def test_planned_days_spread_over_each_period_and_keep_the_month_end() -> None:
    fortnightly = care_order_plan(
        frequency=Frequency(1, VisitPeriod.TWO_WEEKS, 2.0), first_visit_on=date(2026, 1, 10)
    )
    days = planned_dates(fortnightly, date(2026, 1, 1), date(2026, 3, 1))
    assert days == [date(2026, 1, 10), date(2026, 1, 24), date(2026, 2, 7), date(2026, 2, 21)]
    month_end = care_order_plan(first_visit_on=date(2026, 1, 31))
    assert planned_dates(month_end, date(2026, 1, 1), date(2026, 4, 30)) == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]
    twice_a_month = care_order_plan(frequency=Frequency(2, VisitPeriod.MONTH, 2.0))
    assert (
        planned_dates(twice_a_month, date(2026, 1, 1), date(2026, 2, 9))
        == [date(2026, 1, 10), date(2026, 1, 25), date(2026, 2, 10)][:2]
    )
    assert (
        planned_dates(
            care_order_plan(frequency=Frequency(0, VisitPeriod.YEAR)),
            date(2026, 1, 1),
            date(2027, 1, 1),
        )
        == []
    )


def test_the_visit_list_follows_each_version_while_it_was_in_force() -> None:
    first = care_order_plan(id=7, first_visit_on=date(2026, 1, 10))
    second = care_order_plan(
        id=8,
        replaces_id=7,
        valid_from=date(2026, 3, 1),
        first_visit_on=date(2026, 3, 3),
        frequency=Frequency(1, VisitPeriod.TWO_WEEKS, 3.0),
        change_reason="Evaluering: oftere samvær",
    )
    held = visit(date(2026, 2, 10))
    off_plan = visit(date(2026, 2, 20))  # an extra visit the plan did not give
    days = schedule([second, first], [held, off_plan], today=date(2026, 3, 10), ahead_days=20)
    assert [(d.day, d.plan_id) for d in days] == [
        (date(2026, 1, 10), 7),
        (date(2026, 2, 10), 7),
        (date(2026, 2, 20), 7),
        (date(2026, 3, 3), 8),
        (date(2026, 3, 17), 8),  # the list reaches 20 days ahead: 30 March
    ]
    assert days[1].visit == held and days[0].visit is None
    assert days[0].outcome(date(2026, 3, 10)) == "Ikke registrert"
    assert days[4].outcome(date(2026, 3, 10)) == "Planlagt"


def test_two_visits_not_held_in_a_row_are_a_signal_and_one_held_breaks_the_row() -> None:
    cancelled = visit(date(2026, 3, 1), VisitOutcome.CANCELLED)
    absent = visit(date(2026, 4, 1), VisitOutcome.NOT_ATTENDED)
    assert missed_in_a_row([visit(date(2026, 2, 1)), cancelled]) == []
    assert missed_in_a_row([visit(date(2026, 2, 1)), cancelled, absent]) == [cancelled, absent]
    by_phone = replace(visit(date(2026, 5, 1)), form=VisitForm.PHONE)
    assert missed_in_a_row([cancelled, absent, by_phone]) == []


def test_the_evaluation_is_due_an_interval_after_the_last_one_or_the_start() -> None:
    plan = care_order_plan(id=7, evaluate_every_months=6)
    assert evaluation_due(plan, []) == date(2026, 7, 5)
    done = VisitEvaluation(7, date(2026, 8, 31), parent_view="Bra")
    assert evaluation_due(plan, [done]) == date(2027, 2, 28)
    assert evaluation_due(replace(plan, evaluate_every_months=None), [done]) is None
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


def test_a_plan_reads_in_one_line_and_its_changes_in_words() -> None:
    assert describe_frequency(MONTHLY_3H) == "1 gang i måneden, 3 timer"
    assert (
        describe_frequency(Frequency(1, VisitPeriod.TWO_WEEKS, 1.5))
        == "1 gang annen hver uke, 1,5 timer"
    )
    assert describe_frequency(Frequency(0, VisitPeriod.YEAR)) == "ingen samvær"
    line = one_line(care_order_plan(supervision=Supervision.SUPPORTED))
    assert (
        line
        == "1 gang i måneden, 3 timer · støttet tilsyn · vedtak: minst 4 ganger i året, 2 timer"
    )
    before = care_order_plan()
    after = replace(
        before, frequency=Frequency(2, VisitPeriod.MONTH, 3.0), supervision=Supervision.NONE
    )
    assert plan_changes(before, after) == [
        "Hyppighet: 1 gang i måneden, 3 timer → 2 ganger i måneden, 3 timer",
    ]
    supervised = replace(before, supervision=Supervision.PROTECTIVE)
    assert plan_changes(before, supervised) == ["Tilsyn: Uten tilsyn → Beskyttet tilsyn"]


def test_supervision_the_decision_requires_cannot_be_dropped_by_the_service() -> None:
    decided = care_order_plan(supervision_decided=True, supervision=Supervision.NONE)
    problems = check_plan(decided, PlacementBasis.CARE_ORDER)
    assert [p.field for p in problems] == ["supervision"]
    assert "nytt vedtak" in problems[0].message
    supervised = replace(decided, supervision=Supervision.PROTECTIVE)
    assert check_plan(supervised, PlacementBasis.CARE_ORDER) == []
    assert one_line(supervised).endswith("vedtak: minst 4 ganger i året, 2 timer med tilsyn")
    assert plan_changes(care_order_plan(), supervised)[:1] == ["Tilsyn etter vedtaket: nei → ja"]


def test_siblings_seen_together_are_one_line_in_oversikt() -> None:
    from bufapp.domain.enums import DeadlineKind
    from bufapp.domain.visit_deadlines import visit_deadlines

    first = care_order_plan(id=7, child_id=1, evaluate_every_months=None)
    second = care_order_plan(id=8, child_id=3, evaluate_every_months=None)
    missed = [
        replace(visit(day, VisitOutcome.NOT_ATTENDED, plan_id=plan.id or 0), child_id=plan.child_id)
        for plan in (first, second)
        for day in (date(2026, 4, 10), date(2026, 5, 10))
    ]
    found = visit_deadlines([first, second], missed, [], today=date(2026, 6, 1))
    rows = [d for d in found if d.kind == DeadlineKind.VISITS_MISSED]
    assert [(d.due, d.child_ids) for d in rows] == [(date(2026, 5, 10), (1, 3))]
    upcoming = [d for d in found if d.kind == DeadlineKind.NEXT_VISIT]
    assert [(d.due, d.child_ids) for d in upcoming] == [(date(2026, 6, 10), (1, 3))]
