"""``planned_dates`` starts at the period before the asked window (Oversikt asks it for every plan
in force, some of them years old): the days are the same as walking every period from the first
visit, for every period kind, at month ends, and for windows before the first visit."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from bufapp.domain import visit_rules
from bufapp.domain.enums import VisitBasis, VisitPeriod
from bufapp.domain.visits import Frequency, VisitPlan


def _plan(first: date, times: int, period: VisitPeriod) -> VisitPlan:
    frequency = Frequency(times, period)
    return VisitPlan(1, 1, first, VisitBasis.AGREEMENT, frequency, first_visit_on=first)


@pytest.mark.parametrize("period", list(VisitPeriod))
def test_the_days_are_those_of_a_walk_from_the_first_visit(
    period: VisitPeriod, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(period.value)
    cases = []
    for _ in range(200):
        first = date(2020, 1, 31) + timedelta(days=rng.randint(0, 1500))
        start = first + timedelta(days=rng.randint(-60, 2000))
        cases.append(
            (_plan(first, rng.randint(1, 4), period), start, start + timedelta(rng.randint(0, 400)))
        )
    skipping = [visit_rules.planned_dates(*case) for case in cases]
    monkeypatch.setattr(visit_rules, "_period_before", lambda *_: 0)
    walked = [visit_rules.planned_dates(*case) for case in cases]
    assert skipping == walked
    assert sum(bool(days) for days in walked) > 150  # most windows hold visits
