"""What a valid follow-up record is: each rule names the field it concerns, in Norwegian.

Dates are Oslo calendar dates; the service converts before calling.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bufapp.domain.enums import WishOutcome
from bufapp.domain.followup import (
    Assessment,
    ChildPlan,
    FollowUpPurpose,
    InformationGiven,
    ParentEvaluation,
    Wish,
)
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem

MAX_TEXT = 20_000


def _too_long(field: str, text: str, label: str) -> list[FieldProblem]:
    if len(text) > MAX_TEXT:
        return [FieldProblem(field, f"{label} er for langt (over {MAX_TEXT} tegn).")]
    return []


def _not_future(field: str, day: date | None, today: date) -> list[FieldProblem]:
    if day is not None and day > today:
        return [FieldProblem(field, N_("Datoen kan ikke være fram i tid."))]
    return []


def check_child_plan(plan: ChildPlan, today: date) -> list[FieldProblem]:
    problems = _not_future("dated", plan.dated, today)
    if not plan.goal.strip():
        problems.append(FieldProblem("goal", N_("Skriv planens mål, slik det står i planen.")))
    problems += _too_long("goal", plan.goal, "Målet")
    problems += _too_long("time_frame", plan.time_frame, "Tidsperspektivet")
    return problems


def check_purpose(purpose: FollowUpPurpose, today: date) -> list[FieldProblem]:
    problems = _not_future("agreed_on", purpose.agreed_on, today)
    if not (purpose.parent_words.strip() or purpose.caseworker_words.strip()):
        problems.append(
            FieldProblem(
                "parent_words", N_("Skriv formålet – med forelderens ord, dine, eller begge.")
            )
        )
    problems += _too_long("parent_words", purpose.parent_words, "Forelderens ord")
    problems += _too_long("caseworker_words", purpose.caseworker_words, "Saksbehandlerens ord")
    return problems


def check_information(
    given: InformationGiven, known_items: Iterable[str], today: date
) -> list[FieldProblem]:
    problems = _not_future("given_on", given.given_on, today)
    if given.item not in set(known_items):
        problems.append(FieldProblem("item", N_("Velg et punkt fra sjekklisten.")))
    if given.repeat_on is not None and given.repeat_on <= given.given_on:
        problems.append(
            FieldProblem(
                "repeat_on", N_("Datoen for å gi informasjonen igjen må være etter i dag.")
            )
        )
    problems += _too_long("note", given.note, "Merknaden")
    return problems


def check_assessment(assessment: Assessment, today: date) -> list[FieldProblem]:
    problems = _not_future("written_on", assessment.written_on, today)
    if not assessment.text.strip():
        problems.append(
            FieldProblem(
                "text",
                N_(
                    "Skriv vurderingen til forelderen: hva som skal til for at barnet kan flytte "
                    "hjem, eller hvorfor det ikke er forventet nå."
                ),
            )
        )
    if assessment.reassess_on is not None and assessment.reassess_on <= assessment.written_on:
        problems.append(
            FieldProblem("reassess_on", N_("Ny vurdering må være etter datoen for denne."))
        )
    problems += _too_long("text", assessment.text, "Vurderingen")
    return problems


def check_evaluation(evaluation: ParentEvaluation, today: date) -> list[FieldProblem]:
    problems = _not_future("on", evaluation.on, today)
    if not evaluation.words.strip():
        problems.append(FieldProblem("words", N_("Skriv forelderens vurdering med egne ord.")))
    problems += _too_long("words", evaluation.words, "Vurderingen")
    return problems


def check_wish(wish: Wish, today: date) -> list[FieldProblem]:
    problems = _not_future("wished_on", wish.wished_on, today)
    if not wish.words.strip():
        problems.append(FieldProblem("words", N_("Skriv ønsket med forelderens egne ord.")))
    if wish.answer_by is not None and wish.answer_by < wish.wished_on:
        problems.append(FieldProblem("answer_by", N_("Svarfristen kan ikke være før ønsket.")))
    problems += _too_long("words", wish.words, "Ønsket")
    if wish.answered_on is None:
        return problems
    problems += _not_future("answered_on", wish.answered_on, today)
    if wish.answered_on < wish.wished_on:
        problems.append(FieldProblem("answered_on", N_("Svaret kan ikke være før ønsket.")))
    if wish.outcome is None:
        problems.append(FieldProblem("outcome", N_("Velg om ønsket er innfridd eller ikke.")))
    if not wish.answer.strip():
        problems.append(FieldProblem("answer", N_("Skriv svaret forelderen fikk.")))
    if wish.outcome in (WishOutcome.REFUSED, WishOutcome.PARTLY) and not wish.reason.strip():
        problems.append(
            FieldProblem(
                "reason",
                N_(
                    "Skriv den faglige begrunnelsen forelderen fikk for at ønsket ikke kan innfris."
                ),
            )
        )
    problems += _too_long("answer", wish.answer, "Svaret")
    problems += _too_long("reason", wish.reason, "Begrunnelsen")
    return problems
