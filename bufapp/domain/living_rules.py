"""Levekår's rules: when the parent is asked again, the areas as series over time (the chart and
its table), the change since last time, the service a wish for help goes to, and Oversikt's
deadlines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import DeadlineKind, InformationCategory, LivingArea, ServiceType
from bufapp.domain.living import (
    DEFAULT_INTERVAL_MONTHS,
    FIRST_ASSESSMENT_DAYS,
    FIRST_ASSESSMENT_LOOKBACK_DAYS,
    SHOWN_AHEAD_DAYS,
    LivingAssessment,
)
from bufapp.domain.visit_rules import add_months
from bufapp.domain.words import N_

# Where help with an area is asked for, in the order tried: the first type the office has a
# service of in its address book. Finances and education/work go to NAV (the social services
# and work); housing to the municipality's housing office; health to the GP (fastlegen), the
# door to the rest of the health services. Social contact to a voluntary organisation first
# (visiting friends, meeting places, peer groups: what builds a network is meeting people),
# then the family counselling office, which runs groups for parents whose children are placed.
SERVICE_TYPES: dict[LivingArea, tuple[ServiceType, ...]] = {
    LivingArea.FINANCES: (ServiceType.NAV,),
    LivingArea.EDUCATION_WORK: (ServiceType.NAV,),
    LivingArea.HOUSING: (ServiceType.HOUSING, ServiceType.NAV),
    LivingArea.HEALTH: (ServiceType.GP,),
    LivingArea.SOCIAL_CONTACT: (ServiceType.VOLUNTARY, ServiceType.FAMILY_COUNSELLING),
}
# What a referral about the area shares, besides who the parent is.
CATEGORIES: dict[LivingArea, InformationCategory] = {
    LivingArea.FINANCES: InformationCategory.FINANCES_AND_HOUSING,
    LivingArea.EDUCATION_WORK: InformationCategory.SITUATION_AFTER_PLACEMENT,
    LivingArea.HOUSING: InformationCategory.FINANCES_AND_HOUSING,
    LivingArea.HEALTH: InformationCategory.SITUATION_AFTER_PLACEMENT,
    LivingArea.SOCIAL_CONTACT: InformationCategory.SITUATION_AFTER_PLACEMENT,
}


@dataclass(frozen=True)
class Point:
    """One assessment's numbers for one area (None: not answered)."""

    on: date
    parent: int | None
    worker: int | None


@dataclass(frozen=True)
class Change:
    """The change in an area since the assessment before (None: not comparable)."""

    parent: int | None
    worker: int | None


def newest_first(assessments: Iterable[LivingAssessment]) -> list[LivingAssessment]:
    return sorted(assessments, key=lambda a: (a.assessed_on, a.id or 0), reverse=True)


def next_due(
    assessments: Sequence[LivingAssessment],
    interval_months: int | None,
    placed_since: date | None,
) -> date | None:
    """The last assessment and the parent's interval; never assessed: a month after the
    placement (``placed_since``: the start of the placement going on; None: no child placed)."""
    months = interval_months or DEFAULT_INTERVAL_MONTHS
    if assessments:
        last = max(a.assessed_on for a in assessments)
        return add_months(last, months)
    if placed_since is not None:
        return placed_since + timedelta(days=FIRST_ASSESSMENT_DAYS)
    return None


def series(assessments: Iterable[LivingAssessment]) -> dict[LivingArea, list[Point]]:
    """Per area, its points oldest first; an assessment that left the area out has no point."""
    found: dict[LivingArea, list[Point]] = {area: [] for area in LivingArea}
    for assessment in reversed(newest_first(assessments)):
        for rating in assessment.areas:
            if rating.parent_score is None and rating.worker_score is None:
                continue
            found[rating.area].append(
                Point(assessment.assessed_on, rating.parent_score, rating.worker_score)
            )
    return found


def _difference(now: int | None, before: int | None) -> int | None:
    return None if now is None or before is None else now - before


def changes(assessments: Iterable[LivingAssessment]) -> dict[LivingArea, Change]:
    """The newest assessment against the one before it, area by area."""
    ordered = newest_first(assessments)
    if len(ordered) < 2:
        return {}
    latest, before = ordered[0], ordered[1]
    found = {}
    for area in LivingArea:
        now, then = latest.rating(area), before.rating(area)
        if now is None or then is None:
            continue
        found[area] = Change(
            _difference(now.parent_score, then.parent_score),
            _difference(now.worker_score, then.worker_score),
        )
    return found


def change_text(delta: int | None) -> str:
    if delta is None:
        return ""
    if delta == 0:
        return N_("uendret")
    return f"+{delta}" if delta > 0 else f"−{-delta}"


def living_deadlines(
    placed_since: Mapping[int, date],
    last_assessed: Mapping[int, date],
    intervals: Mapping[int, int],
    today: date,
) -> list[Deadline]:
    """Per parent with a child placed now (``placed_since``: the parent's earliest start of a
    placement going on), the next assessment: the last one and the interval, or a month after
    the placement when there has been none (placements begun within the last year only); each
    only when it is due within ``SHOWN_AHEAD_DAYS`` or overdue."""
    found = []
    for parent_id, since in placed_since.items():
        last = last_assessed.get(parent_id)
        if last is None:
            if since < today - timedelta(days=FIRST_ASSESSMENT_LOOKBACK_DAYS):
                continue
            due = since + timedelta(days=FIRST_ASSESSMENT_DAYS)
            title = N_("Levekår er ikke vurdert ennå")
        else:
            due = add_months(last, intervals.get(parent_id) or DEFAULT_INTERVAL_MONTHS)
            title = DeadlineKind.LIVING_CONDITIONS.label
        if due <= today + timedelta(days=SHOWN_AHEAD_DAYS):
            found.append(Deadline(DeadlineKind.LIVING_CONDITIONS, parent_id, due, title))
    return found
