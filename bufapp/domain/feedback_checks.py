"""What a valid feedback record is: each KOR mark 0.0–10.0 with at most one decimal, the day
not in the future, the contact it was given at one about this parent. Each problem names its
field, in Norwegian."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from bufapp.domain.feedback import (
    DIMENSIONS,
    MAX_TENTHS,
    NOT_TYPED,
    KorScore,
    SimpleFeedback,
    to_tenths,
)
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem

MAX_TEXT = 20_000


def score_field(index: int) -> str:
    """The field of the ``index``-th mark (0–3): «score_1» … «score_4»."""
    return f"score_{index + 1}"


def read_marks(
    values: Sequence[Decimal | str | float | int],
) -> tuple[tuple[int, ...], list[FieldProblem]]:
    """Typed or read marks as tenths, with a problem under each one that is not 0–10 with at
    most one decimal."""
    tenths: list[int] = []
    problems: list[FieldProblem] = []
    if len(values) != DIMENSIONS:
        return (), [FieldProblem("score_1", N_("Skåren har fire tall, ett for hver dimensjon."))]
    for index, value in enumerate(values):
        found = to_tenths(value)
        if found is None:
            problems.append(
                FieldProblem(
                    score_field(index), N_("Skriv et tall fra 0 til 10 med høyst én desimal.")
                )
            )
            tenths.append(0)
        else:
            tenths.append(found)
    problems += _in_range(tenths, skip={p.field for p in problems})
    return tuple(tenths), problems


def _in_range(
    tenths: Sequence[int], skip: frozenset[str] | set[str] = frozenset()
) -> list[FieldProblem]:
    return [
        FieldProblem(
            score_field(i),
            N_("Skriv inn tallet forelderen merket (0–10).")
            if value == NOT_TYPED
            else N_("Tallet må være fra 0 til 10."),
        )
        for i, value in enumerate(tenths)
        if score_field(i) not in skip and not 0 <= value <= MAX_TENTHS
    ]


def _not_future(field: str, day: date, today: date) -> list[FieldProblem]:
    if day > today:
        return [FieldProblem(field, N_("Datoen kan ikke være fram i tid."))]
    return []


def _text_fits(field: str, text: str) -> list[FieldProblem]:
    if len(text) > MAX_TEXT:
        return [FieldProblem(field, f"Teksten er for lang (over {MAX_TEXT} tegn).")]
    return []


def _entry_of_parent(
    field: str, entry_id: int | None, entry_parents: Sequence[int] | None, parent_id: int
) -> list[FieldProblem]:
    """``entry_parents``: the parents the linked contact concerns (``None``: no such contact)."""
    if entry_id is None:
        return []
    if entry_parents is None:
        return [FieldProblem(field, N_("Kontakten finnes ikke lenger."))]
    if parent_id not in entry_parents:
        return [FieldProblem(field, N_("Kontakten gjelder ikke denne forelderen."))]
    return []


def check_score(
    score: KorScore, today: date, entry_parents: Sequence[int] | None = None
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if len(score.tenths) != DIMENSIONS:
        problems.append(
            FieldProblem("score_1", N_("Skåren har fire tall, ett for hver dimensjon."))
        )
    else:
        problems += _in_range(score.tenths)
    problems += _not_future("given_on", score.given_on, today)
    problems += _entry_of_parent("entry_id", score.entry_id, entry_parents, score.parent_id)
    problems += _text_fits("note", score.note)
    return problems


def check_simple(
    feedback: SimpleFeedback, today: date, entry_parents: Sequence[int] | None = None
) -> list[FieldProblem]:
    problems = _not_future("given_on", feedback.given_on, today)
    if feedback.entry_id <= 0:
        return [*problems, FieldProblem("entry_id", N_("Velg samtalen tilbakemeldingen gjelder."))]
    problems += _entry_of_parent("entry_id", feedback.entry_id, entry_parents, feedback.parent_id)
    problems += _text_fits("words", feedback.words)
    return problems
