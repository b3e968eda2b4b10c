"""The rules of samvær over time: which plan version is in force, the visits that follow from
it, how a plan reads in one line and what changed between versions. Oversikt's deadlines are in
``visit_deadlines``."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bufapp.domain.enums import VisitBasis, VisitPeriod
from bufapp.domain.visits import Frequency, Visit, VisitEvaluation, VisitPlan
from bufapp.domain.words import N_

_MONTHS = {
    VisitPeriod.MONTH: 1,
    VisitPeriod.QUARTER: 3,
    VisitPeriod.HALF_YEAR: 6,
    VisitPeriod.YEAR: 12,
}
_WEEKS = {VisitPeriod.WEEK: 1, VisitPeriod.TWO_WEEKS: 2}


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, at the month's last day where it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _period_start(first: date, period: VisitPeriod, index: int) -> date:
    if period in _WEEKS:
        return first + timedelta(weeks=_WEEKS[period] * index)
    return add_months(first, _MONTHS[period] * index)


def _period_before(first: date, period: VisitPeriod, start: date) -> int:
    """The index of a period that begins on or before ``start``, one before the period holding
    it: years of a plan's periods need not be walked to reach today (Oversikt asks per plan)."""
    if start <= first:
        return 0
    if period in _WEEKS:
        return max(0, (start - first).days // (7 * _WEEKS[period]) - 1)
    months = (start.year - first.year) * 12 + start.month - first.month
    return max(0, months // _MONTHS[period] - 1)


def planned_dates(plan: VisitPlan, start: date, end: date) -> list[date]:
    """The days the plan gives visits on, from ``start`` to ``end`` inclusive: each period
    from the first visit holds ``times`` visits spread evenly over it."""
    days = []
    for day in _days_from(plan, start):
        if day > end:
            break
        days.append(day)
    return days


def _days_from(plan: VisitPlan, start: date) -> Iterator[date]:
    """The plan's days from ``start`` on, in order, as long as they are asked for."""
    first, times = plan.first_visit_on, plan.frequency.times
    if first is None or times <= 0:
        return
    index = _period_before(first, plan.frequency.period, start)
    period_start = _period_start(first, plan.frequency.period, index)
    while True:
        following = _period_start(first, plan.frequency.period, index + 1)
        length = (following - period_start).days
        for n in range(times):
            day = period_start + timedelta(days=length * n // times)
            if day >= start:
                yield day
        index, period_start = index + 1, following


def current_plans(plans: Iterable[VisitPlan]) -> list[VisitPlan]:
    """Per child and parent, the version no later version replaced."""
    plans = list(plans)
    replaced = {p.replaces_id for p in plans if p.replaces_id is not None}
    return [p for p in plans if p.id not in replaced]


def versions_of(plans: Iterable[VisitPlan], plan: VisitPlan) -> list[VisitPlan]:
    """``plan`` and the versions before it, newest first."""
    by_id = {p.id: p for p in plans}
    chain = [plan]
    while chain[-1].replaces_id is not None and chain[-1].replaces_id in by_id:
        chain.append(by_id[chain[-1].replaces_id])
    return chain


@dataclass(frozen=True)
class ScheduledVisit:
    """A day of the visit list: planned by the plan, recorded as it went, or both."""

    day: date
    plan_id: int
    child_id: int
    visit: Visit | None = None

    def outcome(self, today: date) -> str:
        if self.visit is not None and self.visit.is_recorded:
            return self.visit.outcome.label
        return N_("Planlagt") if self.day >= today else N_("Ikke registrert")


def schedule(
    versions: Sequence[VisitPlan], visits: Iterable[Visit], today: date, ahead_days: int = 90
) -> list[ScheduledVisit]:
    """The visit list of one child and parent: each version's planned days while it was in force
    (until the next version's start), up to ``ahead_days`` ahead, with the recorded visits put
    on their planned days; a visit recorded on a day no plan gave is listed too."""
    ordered = sorted(versions, key=lambda p: (p.valid_from, p.id or 0))
    horizon = today + timedelta(days=ahead_days)
    recorded = {(v.plan_id, v.planned_for): v for v in visits}
    days: list[ScheduledVisit] = []
    for n, plan in enumerate(ordered):
        until = horizon
        if n + 1 < len(ordered):
            until = min(horizon, ordered[n + 1].valid_from - timedelta(days=1))
        for day in planned_dates(plan, plan.valid_from, until):
            visit = recorded.pop((plan.id or 0, day), None)
            days.append(ScheduledVisit(day, plan.id or 0, plan.child_id, visit))
    days += [ScheduledVisit(v.planned_for, v.plan_id, v.child_id, v) for v in recorded.values()]
    return sorted(days, key=lambda s: (s.day, s.child_id))


def next_planned(plan: VisitPlan, recorded: Iterable[Visit], today: date) -> date | None:
    """The next day from ``today`` the plan gives a visit that is not yet recorded."""
    done = {v.planned_for for v in recorded if v.plan_id == plan.id and v.is_recorded}
    last = today + timedelta(days=400)
    for day in _days_from(plan, today):
        if day > last:
            return None
        if day not in done:
            return day
    return None


# --- how a plan reads ---------------------------------------------------------------------


def describe_frequency(frequency: Frequency) -> str:
    """«2 ganger i måneden, 3 timer», «1 gang annen uke», «ingen samvær»."""
    if frequency.times == 0:
        return "ingen samvær"
    times = "1 gang" if frequency.times == 1 else f"{frequency.times} ganger"
    period = frequency.period
    if period == VisitPeriod.TWO_WEEKS:
        text = f"{times} annen hver uke"
    elif period == VisitPeriod.WEEK:
        text = f"{times} i uka"
    else:
        text = f"{times} i {'året' if period == VisitPeriod.YEAR else period.label + 'en'}"
    if frequency.hours is not None:
        hours = f"{frequency.hours:g}".replace(".", ",")
        text += f", {hours} {'time' if frequency.hours == 1 else 'timer'}"
    return text


def one_line(plan: VisitPlan) -> str:
    """The plan on the card: how often, supervised or not, and its frame."""
    parts = [describe_frequency(plan.frequency).capitalize()]
    parts.append(plan.supervision.label.lower())
    if plan.basis == VisitBasis.DECISION and plan.minimum is not None:
        supervised = " med tilsyn" if plan.supervision_decided else ""
        parts.append(f"vedtak: minst {describe_frequency(plan.minimum)}{supervised}")
    elif plan.basis == VisitBasis.AGREEMENT:
        parts.append("avtalt med forelderen")
    return " · ".join(parts)


_COMPARED: tuple[tuple[str, str], ...] = (
    ("frequency", "Hyppighet"),
    ("minimum", "Minimum i vedtaket"),
    ("supervision_decided", "Tilsyn etter vedtaket"),
    ("decided_on", "Vedtaksdato"),
    ("decided_by", "Vedtatt av"),
    ("place", "Sted"),
    ("place_note", "Møtested"),
    ("supervision", "Tilsyn"),
    ("supervisor", "Tilsynsfører"),
    ("others_with_rights", "Andre med samværsrett"),
    ("between_visits", "Kontakt mellom samværene"),
    ("transport", "Transport"),
    ("transport_paid_by", "Hvem betaler"),
    ("purposes", "Formål"),
    ("evaluate_every_months", "Evalueres hver … måned"),
)


def _shown(value: object) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, Frequency):
        return describe_frequency(value)
    if isinstance(value, frozenset):
        return ", ".join(sorted(p.label for p in value)) or "–"
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    label = getattr(value, "label", None)
    return label if isinstance(label, str) else str(value)


def plan_changes(old: VisitPlan, new: VisitPlan) -> list[str]:
    """What ``new`` changed from ``old``, a line each: «Hyppighet: 1 gang i måneden → …»."""
    changes = []
    for name, label in _COMPARED:
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            changes.append(f"{label}: {_shown(before)} → {_shown(after)}")
    return changes


def evaluation_due(plan: VisitPlan, evaluations: Iterable[VisitEvaluation]) -> date | None:
    """The day the plan is next to be evaluated: its interval from the latest evaluation of this
    version, or from the day it took effect."""
    if plan.evaluate_every_months is None:
        return None
    own = [e.evaluated_on for e in evaluations if e.plan_id == plan.id]
    since = max([plan.valid_from, *own])
    return add_months(since, plan.evaluate_every_months)
