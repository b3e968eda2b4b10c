"""Levekår: the checks of an assessment and interval, and the rules (next due, series, change,
the service for help, Oversikt's deadlines)."""

from __future__ import annotations

from datetime import date

from bufapp.domain.enums import DeadlineKind, LivingArea, ServiceType
from bufapp.domain.living import (
    AreaRating,
    LivingAssessment,
    check_assessment,
    check_interval,
    scale_label,
    trimmed,
)
from bufapp.domain.living_rules import (
    SERVICE_TYPES,
    Change,
    Point,
    change_text,
    changes,
    living_deadlines,
    next_due,
    series,
)

TODAY = date(2026, 6, 15)


def _assessment(on: date, *ratings: AreaRating, id: int | None = None) -> LivingAssessment:
    return LivingAssessment(parent_id=1, assessed_on=on, areas=ratings, id=id)


def _fields(assessment: LivingAssessment) -> list[str]:
    return [p.field for p in check_assessment(assessment, TODAY)]


def test_the_labels_are_norwegian() -> None:
    assert [a.label for a in LivingArea] == [
        "Økonomi", "Utdanning og arbeid", "Bolig", "Helse", "Sosial kontakt",
    ]  # fmt: skip
    assert scale_label(1) == "1 – Svært vanskelig"
    assert scale_label(5) == "5 – Svært bra"
    assert scale_label(None) == "Ikke svart"


def test_a_good_assessment_passes() -> None:
    rating = AreaRating(LivingArea.FINANCES, 2, "Trangt", 2, "", wants_help=True)
    assert check_assessment(_assessment(TODAY, rating), TODAY) == []


def test_not_in_the_future() -> None:
    rating = AreaRating(LivingArea.HOUSING, 3)
    assert _fields(_assessment(date(2026, 6, 16), rating)) == ["assessed_on"]


def test_at_least_one_area_filled() -> None:
    assert _fields(_assessment(TODAY)) == ["areas"]
    assert _fields(_assessment(TODAY, AreaRating(LivingArea.HEALTH, parent_words="  "))) == [
        "areas"
    ]
    # Only a wish for help is enough.
    assert _fields(_assessment(TODAY, AreaRating(LivingArea.HEALTH, wants_help=True))) == []


def test_scale_in_range() -> None:
    bad = AreaRating(LivingArea.HEALTH, parent_score=0, worker_score=6)
    problems = check_assessment(_assessment(TODAY, bad), TODAY)
    assert [p.field for p in problems] == ["health.parent_score", "health.worker_score"]
    assert problems[0].message == "Velg et tall fra 1 til 5."


def test_an_area_only_once() -> None:
    twice = _assessment(TODAY, AreaRating(LivingArea.HEALTH, 3), AreaRating(LivingArea.HEALTH, 4))
    assert _fields(twice) == ["health"]


def test_trimmed_strips_words_drops_empty_areas_and_orders() -> None:
    assessment = _assessment(
        TODAY,
        AreaRating(LivingArea.SOCIAL_CONTACT, 2, "  Ensom  \n"),
        AreaRating(LivingArea.HOUSING),
        AreaRating(LivingArea.FINANCES, worker_words=" Gjeld "),
    )
    clean = trimmed(assessment)
    assert [r.area for r in clean.areas] == [LivingArea.FINANCES, LivingArea.SOCIAL_CONTACT]
    assert clean.areas[0].worker_words == "Gjeld"
    assert clean.areas[1].parent_words == "Ensom"


def test_interval_range() -> None:
    assert check_interval(6) == []
    assert [p.field for p in check_interval(0)] == ["interval_months"]
    assert check_interval(25)


def test_next_due_from_last_assessment_and_interval() -> None:
    assessments = [
        _assessment(date(2026, 1, 31), AreaRating(LivingArea.HEALTH, 3)),
        _assessment(date(2025, 6, 1), AreaRating(LivingArea.HEALTH, 2)),
    ]
    assert next_due(assessments, None, None) == date(2026, 7, 31)  # the default, 6 months
    assert next_due(assessments, 1, None) == date(2026, 2, 28)  # a shorter month
    assert next_due([], None, date(2026, 6, 1)) == date(2026, 7, 1)  # 30 days after placing
    assert next_due([], 3, None) is None  # no child placed


def test_series_per_area_oldest_first_and_change() -> None:
    first = _assessment(
        date(2025, 6, 1),
        AreaRating(LivingArea.FINANCES, 1, worker_score=2),
        AreaRating(LivingArea.HEALTH, 3),
        id=1,
    )
    second = _assessment(
        date(2026, 1, 10),
        AreaRating(LivingArea.FINANCES, 3, worker_score=2),
        AreaRating(LivingArea.HEALTH, parent_words="Vet ikke"),
        id=2,
    )
    found = series([second, first])
    assert found[LivingArea.FINANCES] == [
        Point(date(2025, 6, 1), 1, 2),
        Point(date(2026, 1, 10), 3, 2),
    ]
    assert found[LivingArea.HEALTH] == [Point(date(2025, 6, 1), 3, None)]
    assert found[LivingArea.HOUSING] == []
    delta = changes([first, second])
    assert delta[LivingArea.FINANCES] == Change(2, 0)
    assert delta[LivingArea.HEALTH] == Change(None, None)
    assert LivingArea.HOUSING not in delta
    assert changes([first]) == {}
    assert [change_text(d) for d in (2, 0, -1, None)] == ["+2", "uendret", "−1", ""]


def test_help_goes_to_the_right_service_type() -> None:
    assert SERVICE_TYPES[LivingArea.FINANCES][0] is ServiceType.NAV
    assert SERVICE_TYPES[LivingArea.EDUCATION_WORK][0] is ServiceType.NAV
    assert SERVICE_TYPES[LivingArea.HOUSING][0] is ServiceType.HOUSING
    assert SERVICE_TYPES[LivingArea.HEALTH][0] is ServiceType.GP
    assert SERVICE_TYPES[LivingArea.SOCIAL_CONTACT] == (
        ServiceType.VOLUNTARY, ServiceType.FAMILY_COUNSELLING,
    )  # fmt: skip


def test_deadlines_first_and_again() -> None:
    placed = {1: date(2026, 5, 1), 2: date(2024, 1, 1), 3: date(2025, 6, 14)}
    found = living_deadlines(placed, {2: date(2026, 3, 31)}, {2: 3}, TODAY)
    by_parent = {d.parent_id: d for d in found}
    assert {d.kind for d in found} == {DeadlineKind.LIVING_CONDITIONS}
    assert by_parent[1].due == date(2026, 5, 31)
    assert by_parent[1].title.startswith("Levekår er ikke vurdert")
    assert by_parent[2].due == date(2026, 6, 30)
    assert by_parent[2].title == "Levekår skal vurderes på nytt"
    # Never assessed, placed more than a year ago: not listed (the page still says so).
    assert 3 not in by_parent
    assert living_deadlines({3: date(2025, 6, 15)}, {}, {}, TODAY)[0].due == date(2025, 7, 15)
    # Listed only when due within 30 days (or overdue): the page says when, always.
    assert living_deadlines({2: date(2024, 1, 1)}, {2: date(2026, 1, 16)}, {}, TODAY) == []
    (near,) = living_deadlines({2: date(2024, 1, 1)}, {2: date(2026, 1, 15)}, {}, TODAY)
    assert near.due == date(2026, 7, 15)
