"""What a valid samvær record is, and the legal frame of a visit plan: under a decision (a care
order, an emergency decision) the board's minimum may not be undercut by the service; with a
voluntary placement the plan is agreed with the parent. Each problem names its field, in
Norwegian. Dates are Oslo calendar dates."""

from __future__ import annotations

from datetime import date

from bufapp.domain.enums import PlacementBasis, Supervision, VisitBasis, VisitOutcome
from bufapp.domain.visits import Frequency, TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.domain.words import N_, translatable
from bufapp.errors import FieldProblem

MAX_TEXT = 20_000
MAX_HOURS = 72.0  # a weekend
MAX_AMOUNT = 1_000_000


def _not_future(field: str, day: date | None, today: date) -> list[FieldProblem]:
    if day is not None and day > today:
        return [FieldProblem(field, N_("Datoen kan ikke være fram i tid."))]
    return []


def _texts_fit(record: object) -> list[FieldProblem]:
    return [
        FieldProblem(name, f"Teksten er for lang (over {MAX_TEXT} tegn).")
        for name, value in vars(record).items()
        if isinstance(value, str) and len(value) > MAX_TEXT
    ]


def _times(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def basis_for(placement_basis: PlacementBasis) -> VisitBasis:
    """A voluntary placement's plan is agreed; a care order or an emergency decision sets it."""
    if placement_basis == PlacementBasis.VOLUNTARY:
        return VisitBasis.AGREEMENT
    return VisitBasis.DECISION


def below_minimum(frequency: Frequency, minimum: Frequency | None) -> str:
    """Why ``frequency`` gives the parent less contact than the decided ``minimum``, or ``""``.
    Less is fewer visits a year, or fewer hours a year where the minimum states hours."""
    if minimum is None:
        return ""
    fewer = frequency.per_year < minimum.per_year
    if fewer:
        what = translatable(
            "{plan} samvær i året, vedtaket gir minst {minimum}",
            plan=_times(frequency.per_year),
            minimum=_times(minimum.per_year),
        )
    elif minimum.hours_per_year is not None:
        if frequency.hours_per_year is None:
            return N_(
                "Vedtaket setter en minste varighet. Skriv hvor lenge hvert samvær varer, "
                "så det kan sjekkes mot vedtaket."
            )
        if frequency.hours_per_year >= minimum.hours_per_year - 1e-9:
            return ""
        what = translatable(
            "{plan} timer samvær i året, vedtaket gir minst {minimum}",
            plan=_times(frequency.hours_per_year),
            minimum=_times(minimum.hours_per_year),
        )
    else:
        return ""
    return translatable(
        "Planen gir mindre samvær enn vedtaket ({what}). Barnevernstjenesten kan gi mer samvær "
        "enn vedtaket, aldri mindre: å begrense samværet krever et nytt vedtak i barneverns- og "
        "helsenemnda. Registrer det nye vedtaket i planen når det foreligger.",
        what=what,
    )


def _frequency_problems(field: str, frequency: Frequency) -> list[FieldProblem]:
    problems = []
    if frequency.times < 0 or frequency.times > 31:
        problems.append(FieldProblem(field, N_("Antall samvær må være mellom 0 og 31.")))
    if frequency.hours is not None and not 0 < frequency.hours <= MAX_HOURS:
        problems.append(
            FieldProblem(field, f"Varigheten må være mer enn 0 og høyst {int(MAX_HOURS)} timer.")
        )
    return problems


def check_plan(plan: VisitPlan, placement_basis: PlacementBasis | None) -> list[FieldProblem]:
    """The plan against its legal frame; ``placement_basis`` is the child's placement when
    the plan takes effect (``None``: the child is not placed then)."""
    problems = _texts_fit(plan) + _frequency_problems("frequency", plan.frequency)
    if placement_basis is None:
        problems.append(
            FieldProblem(
                "valid_from",
                N_("Barnet er ikke plassert på denne datoen. Sjekk datoen planen gjelder fra."),
            )
        )
    elif plan.basis != basis_for(placement_basis):
        problems.append(FieldProblem("basis", _basis_mismatch(placement_basis)))
    if plan.basis == VisitBasis.DECISION:
        problems += _decision_problems(plan)
    else:
        problems += _agreement_problems(plan)
    if plan.first_visit_on is not None and plan.first_visit_on < plan.valid_from:
        problems.append(
            FieldProblem("first_visit_on", N_("Første samvær kan ikke være før planen gjelder."))
        )
    if plan.evaluate_every_months is not None and not 1 <= plan.evaluate_every_months <= 24:
        problems.append(
            FieldProblem(
                "evaluate_every_months", N_("Evaluer planen minst hvert andre år (1–24 måneder).")
            )
        )
    if plan.replaces_id is not None and not plan.change_reason.strip():
        problems.append(
            FieldProblem(
                "change_reason", N_("Skriv hvorfor planen endres – det blir stående i historikken.")
            )
        )
    return problems


def _basis_mismatch(placement_basis: PlacementBasis) -> str:
    if placement_basis == PlacementBasis.VOLUNTARY:
        return N_(
            "Barnet er frivillig plassert: da er det ikke noe vedtak om samvær. Planen avtales "
            "med foreldrene."
        )
    return N_(
        "Barnet er plassert etter vedtak: samværet bygger på vedtaket, og barnevernstjenesten "
        "kan ikke avtale mindre enn det."
    )


def _decision_problems(plan: VisitPlan) -> list[FieldProblem]:
    problems = []
    if plan.decided_on is None:
        problems.append(FieldProblem("decided_on", N_("Skriv datoen for vedtaket om samvær.")))
    if not plan.decided_by.strip():
        problems.append(FieldProblem("decided_by", N_("Skriv hvem som fattet vedtaket.")))
    if plan.minimum is None:
        problems.append(
            FieldProblem(
                "minimum", N_("Skriv minimumet vedtaket setter (0 hvis det ikke gir samvær).")
            )
        )
    else:
        problems += _frequency_problems("minimum", plan.minimum)
        refused = below_minimum(plan.frequency, plan.minimum)
        if refused:
            problems.append(FieldProblem("frequency", refused))
    if plan.supervision_decided and plan.supervision == Supervision.NONE:
        problems.append(
            FieldProblem(
                "supervision",
                N_(
                    "Vedtaket sier at samværet skal være med tilsyn. Barnevernstjenesten kan ikke ta "
                    "bort tilsynet på egen hånd: det krever et nytt vedtak i barneverns- og "
                    "helsenemnda."
                ),
            )
        )
    if plan.decided_on is not None and plan.decided_on > plan.valid_from:
        problems.append(
            FieldProblem(
                "decided_on", N_("Vedtaket kan ikke være fattet etter at planen gjelder fra.")
            )
        )
    return problems


def _agreement_problems(plan: VisitPlan) -> list[FieldProblem]:
    if plan.agreed_with_parent and plan.agreed_on is not None:
        return []
    return [
        FieldProblem(
            "agreed_with_parent",
            N_(
                "Ved frivillig plassering avtales samværet med foreldrene, og barnevernstjenesten kan "
                "ikke begrense det på egen hånd. Kryss av for at planen er avtalt med forelderen, og "
                "skriv datoen."
            ),
        )
    ]


def check_visit(visit: Visit, today: date) -> list[FieldProblem]:
    problems = _texts_fit(visit)
    if visit.outcome == VisitOutcome.HELD:
        if visit.held_on is None:
            problems.append(FieldProblem("held_on", N_("Skriv datoen samværet ble holdt.")))
        problems += _not_future("held_on", visit.held_on, today)
        if visit.hours is not None and not 0 < visit.hours <= MAX_HOURS:
            problems.append(FieldProblem("hours", N_("Varigheten må være mer enn 0 timer.")))
    elif visit.outcome == VisitOutcome.CANCELLED:
        if visit.cancelled_by is None:
            problems.append(FieldProblem("cancelled_by", N_("Velg hvem som avlyste.")))
        if not visit.reason.strip():
            problems.append(FieldProblem("reason", N_("Skriv hvorfor samværet ble avlyst.")))
    elif visit.outcome == VisitOutcome.NOT_ATTENDED:
        problems += _not_future("planned_for", visit.planned_for, today)
    return problems


def check_evaluation(evaluation: VisitEvaluation, today: date) -> list[FieldProblem]:
    problems = _texts_fit(evaluation) + _not_future("evaluated_on", evaluation.evaluated_on, today)
    views = (
        evaluation.child_view,
        evaluation.parent_view,
        evaluation.carers_view,
        evaluation.supervisor_view,
    )
    if not any(view.strip() for view in views):
        problems.append(
            FieldProblem(
                "parent_view",
                N_(
                    "Skriv hva minst én av partene mener – barnet, forelderen, fosterforeldrene eller "
                    "tilsynsføreren."
                ),
            )
        )
    return problems


def check_travel(support: TravelSupport, today: date) -> list[FieldProblem]:
    problems = _texts_fit(support) + _not_future("applied_on", support.applied_on, today)
    if not 0 < support.applied_amount <= MAX_AMOUNT:
        problems.append(
            FieldProblem("applied_amount", N_("Skriv beløpet det søkes om, i hele kroner."))
        )
    if support.decided_on is not None:
        problems += _not_future("decided_on", support.decided_on, today)
        if support.decided_on < support.applied_on:
            problems.append(FieldProblem("decided_on", N_("Vedtaket kan ikke være før søknaden.")))
        if support.granted is None:
            problems.append(
                FieldProblem("granted", N_("Velg om søknaden er innvilget eller avslått."))
            )
        elif support.granted and not 0 < (support.granted_amount or 0) <= MAX_AMOUNT:
            problems.append(FieldProblem("granted_amount", N_("Skriv beløpet som er innvilget.")))
    return problems
