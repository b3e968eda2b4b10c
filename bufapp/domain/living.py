"""Levekår (seed 002 § 4.5.6): how the parent's living conditions are, area by area, over time.

A dated assessment holds, for each of the five areas asked about, the parent's own judgement (a
scale of 1–5 and their words) beside the caseworker's, and whether the parent wants help there.
An assessment is never changed: the next, dated one shows what changed. How often the parent is
asked again is a setting per parent.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from bufapp.domain.enums import LivingArea
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem

# The scale both the parent and the caseworker use; None: not asked or not answered.
SCALE: dict[int, str] = {
    1: N_("Svært vanskelig"),
    2: N_("Vanskelig"),
    3: N_("Både og"),
    4: N_("Bra"),
    5: N_("Svært bra"),
}
SCALE_MIN, SCALE_MAX = min(SCALE), max(SCALE)
DEFAULT_INTERVAL_MONTHS = 6  # asked again half a year after the last assessment
INTERVAL_MONTHS_RANGE = (1, 24)
# A parent of a placed child never asked about living conditions: asked within a month of the
# placement, when the first conversations have been held and the economic consequences of the
# placement (lost benefits, tax class, maintenance) start to show.
FIRST_ASSESSMENT_DAYS = 30
# Oversikt asks for a first assessment only where the placement going on began within a year: a
# vault that gets levekår after years of use would otherwise list every placed parent at once.
# The page still says «ikke vurdert ennå» for the others.
FIRST_ASSESSMENT_LOOKBACK_DAYS = 365
# Oversikt lists the next assessment when it is this close (or overdue); the page always says it.
SHOWN_AHEAD_DAYS = 30
WORDS_MAX = 4000


def scale_label(score: int | None) -> str:
    if score is None:
        return N_("Ikke svart")
    return f"{score} – {SCALE.get(score, '?')}"


@dataclass(frozen=True)
class AreaRating:
    """One area of an assessment: the parent's judgement and words, the caseworker's, and
    whether the parent wants help with it."""

    area: LivingArea
    parent_score: int | None = None
    parent_words: str = ""
    worker_score: int | None = None
    worker_words: str = ""
    wants_help: bool = False

    @property
    def is_filled(self) -> bool:
        return (
            self.parent_score is not None
            or self.worker_score is not None
            or bool(self.parent_words.strip() or self.worker_words.strip())
            or self.wants_help
        )


@dataclass(frozen=True)
class LivingAssessment:
    parent_id: int
    assessed_on: date
    areas: tuple[AreaRating, ...] = ()
    note: str = ""  # what was talked about, in the caseworker's words
    id: int | None = None

    def rating(self, area: LivingArea) -> AreaRating | None:
        return next((r for r in self.areas if r.area is area), None)

    @property
    def wanted_help(self) -> tuple[LivingArea, ...]:
        return tuple(r.area for r in self.areas if r.wants_help)


def trimmed(assessment: LivingAssessment) -> LivingAssessment:
    """The words without the spaces typed around them, the empty areas left out, the areas in
    the guideline's order."""
    order = list(LivingArea)
    areas = sorted(
        (
            replace(r, parent_words=r.parent_words.strip(), worker_words=r.worker_words.strip())
            for r in assessment.areas
        ),
        key=lambda r: order.index(r.area),
    )
    return replace(
        assessment, note=assessment.note.strip(), areas=tuple(r for r in areas if r.is_filled)
    )


def check_assessment(assessment: LivingAssessment, today: date) -> list[FieldProblem]:
    """Every problem, in Norwegian, under its field (``<area>.<field>`` for an area's)."""
    problems: list[FieldProblem] = []
    if assessment.assessed_on > today:
        problems.append(FieldProblem("assessed_on", N_("Datoen kan ikke være fram i tid.")))
    seen: set[LivingArea] = set()
    for rating in assessment.areas:
        if rating.area in seen:
            problems.append(FieldProblem(rating.area.value, f"{rating.area.label} står to ganger."))
        seen.add(rating.area)
        for name in ("parent_score", "worker_score"):
            score = getattr(rating, name)
            if score is not None and not SCALE_MIN <= score <= SCALE_MAX:
                problems.append(
                    FieldProblem(
                        f"{rating.area.value}.{name}",
                        f"Velg et tall fra {SCALE_MIN} til {SCALE_MAX}.",
                    )
                )
        for name in ("parent_words", "worker_words"):
            if len(getattr(rating, name)) > WORDS_MAX:
                problems.append(
                    FieldProblem(
                        f"{rating.area.value}.{name}", f"Skriv kortere (høyst {WORDS_MAX} tegn)."
                    )
                )
    if not any(r.is_filled for r in assessment.areas):
        problems.append(
            FieldProblem(
                "areas", N_("Fyll ut minst ett område: en vurdering, ord eller ønske om hjelp.")
            )
        )
    return problems


def check_interval(months: int) -> list[FieldProblem]:
    low, high = INTERVAL_MONTHS_RANGE
    if not low <= months <= high:
        return [
            FieldProblem(
                "interval_months", f"Velg mellom {low} og {high} måneder mellom vurderingene."
            )
        ]
    return []
