"""Samvær's records (issue 21) as dated items laid out as the access pack lays them out: each
version of a visit plan with what changed and why, each visit as it went, each evaluation of a
plan with every party's view, and travel support with its decision. Shared by the access pack
(``services.access.visits``, which withholds what the parent may not know) and the archive's
documents (``services.archive.visit_items``, the office's own copy); only the wording differs,
from the ``[visits]`` section of the form given (``forms/access_pack.toml`` speaks to the
parent, ``forms/archive_record.toml`` about them). Program labels (enums, a frequency) are the
program's own."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from bufapp.documents.access.pack import PackBlock, PackEvent
from bufapp.documents.forms import Form
from bufapp.domain.enums import VisitForm, VisitOutcome, VisitPlace, VisitPurpose
from bufapp.domain.visit_rules import describe_frequency, plan_changes, versions_of
from bufapp.domain.visits import TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.services.access.events import at_midnight
from bufapp.services.access.wording import clock, day, decimal_sign
from bufapp.services.access.wording import label as in_words
from bufapp.services.clock import OSLO


def _day(on: date | None, words: Form) -> str:
    return day(on, words)


def _say(words: Form, key: str) -> str:
    return words.text(f"visits.{key}")


def _kind(words: Form, key: str) -> str:
    return words.text(f"visits.kind.{key}")


def _number(value: float, words: Form) -> str:
    """«1,5» in Norwegian, «1.5» in English: common.toml's ``words.decimal_sign``."""
    return f"{value:g}".replace(".", decimal_sign(words))


def _kroner(amount: int | None, words: Form) -> str:
    if amount is None:
        return ""
    return _say(words, "amount").format(amount=f"{amount:,}".replace(",", " "))


@dataclass(frozen=True)
class PlanVersion:
    """A version of a plan with its number (1 for the first) and the version it replaced."""

    plan: VisitPlan
    number: int
    before: VisitPlan | None


def numbered(plans: Iterable[VisitPlan]) -> list[PlanVersion]:
    """Every plan of ``plans`` with its place in its own chain of versions."""
    every = list(plans)
    found = []
    for plan in every:
        chain = versions_of(every, plan)
        found.append(PlanVersion(plan, len(chain), chain[1] if len(chain) > 1 else None))
    return found


def at_carers(plan: VisitPlan | None) -> bool:
    return plan is not None and plan.place is VisitPlace.FOSTER_HOME


def _evaluate_every(months: int | None, words: Form) -> str:
    if months is None:
        return ""
    if months == 1:
        return _say(words, "evaluate_every_month")
    return _say(words, "evaluate_every_value").format(months=months)


def _plan_blocks(version: PlanVersion, hidden: bool, words: Form) -> list[PackBlock]:
    plan, before = version.plan, version.before
    blocks = []
    if plan.decision_text.strip():
        blocks.append(PackBlock(_say(words, "decision"), plan.decision_text))
    others = tuple(line.strip() for line in plan.others_with_rights.splitlines() if line.strip())
    if others:
        blocks.append(PackBlock(_say(words, "others"), lines=others))
    purposes = tuple(in_words(p.label, words) for p in VisitPurpose if p in plan.purposes)
    purpose_note = plan.purpose_note or ("" if purposes else _say(words, "no_purpose"))
    blocks.append(PackBlock(_say(words, "purposes"), purpose_note, lines=purposes))
    if before is not None:
        if plan.change_reason.strip():
            blocks.append(PackBlock(_say(words, "change_reason"), plan.change_reason))
        if hidden:  # the meeting place at the foster home is withheld on either side
            before, plan = replace(before, place_note=""), replace(plan, place_note="")
        changes = tuple(plan_changes(before, plan))
        if changes:
            heading = _say(words, "changes").format(number=version.number - 1)
            blocks.append(PackBlock(heading, lines=changes))
    return blocks


def plan_event(version: PlanVersion, child: str, words: Form, withheld: str = "") -> PackEvent:
    """A version of a plan: its frame, what, where, why, and what changed from the one before.
    ``withheld``: the text in place of a meeting place at a hidden foster home (empty: the
    place is shown, as in the office's own copy)."""
    plan = version.plan
    hidden = bool(withheld) and (at_carers(plan) or at_carers(version.before))
    place_note = withheld if hidden and at_carers(plan) and plan.place_note else plan.place_note
    minimum = describe_frequency(plan.minimum) if plan.minimum is not None else ""
    facts = (
        (_say(words, "valid_from"), _day(plan.valid_from, words)),
        (_say(words, "basis"), in_words(plan.basis.label, words)),
        (_say(words, "decided_by"), plan.decided_by),
        (_say(words, "decided_on"), _day(plan.decided_on, words)),
        (_say(words, "minimum"), minimum),
        (_say(words, "agreed_on"), _day(plan.agreed_on, words) if plan.agreed_with_parent else ""),
        (_say(words, "frequency"), describe_frequency(plan.frequency)),
        (_say(words, "first_visit"), _day(plan.first_visit_on, words)),
        (_say(words, "place"), in_words(plan.place.label, words)),
        (_say(words, "place_note"), place_note),
        (_say(words, "supervision"), in_words(plan.supervision.label, words)),
        (_say(words, "supervisor"), plan.supervisor),
        (_say(words, "between_visits"), plan.between_visits),
        (_say(words, "transport"), plan.transport),
        (_say(words, "transport_paid_by"), plan.transport_paid_by),
        (_say(words, "evaluate_every"), _evaluate_every(plan.evaluate_every_months, words)),
    )
    return PackEvent(
        at=at_midnight(plan.valid_from),
        kind=_kind(words, "plan"),
        title=_say(words, "plan_title").format(child=child, number=version.number),
        facts=facts,
        blocks=tuple(_plan_blocks(version, hidden, words)),
    )


def _hours(hours: float | None, words: Form) -> str:
    if hours is None:
        return ""
    if hours == 1:
        return _say(words, "hours_one")
    return _say(words, "hours_value").format(hours=_number(hours, words))


def visit_day(visit: Visit) -> date:
    return visit.held_on or visit.planned_for


def visit_facts(visit: Visit, words: Form) -> tuple[tuple[str, str], ...]:
    held = visit.outcome is VisitOutcome.HELD
    planned = "" if held and visit.held_on == visit.planned_for else _day(visit.planned_for, words)
    return (
        (_say(words, "planned_for"), planned),
        (_say(words, "held_on"), _day(visit.held_on, words) if held else ""),
        (
            _say(words, "form"),
            in_words(visit.form.label, words) if visit.form is not VisitForm.VISIT else "",
        ),
        (_say(words, "hours"), _hours(visit.hours, words) if held else ""),
        (
            _say(words, "cancelled_by"),
            in_words(visit.cancelled_by.label, words) if visit.cancelled_by else "",
        ),
        (_say(words, "reason"), visit.reason),
    )


def _talks(visit: Visit, talks: Mapping[int, datetime], words: Form) -> list[tuple[str, str]]:
    """When the talks before and after the visit were, of those shown as contacts."""
    said = []
    for key, entry_id in (("talk_before", visit.before_entry_id),
                          ("talk_after", visit.after_entry_id)):  # fmt: skip
        at = talks.get(entry_id) if entry_id is not None else None
        if at is not None:
            when = at.astimezone(OSLO)
            said.append((_say(words, key), _say(words, "talk_at").format(
                date=_day(when, words), time=clock(when, words))))  # fmt: skip
    return said


def visit_event(
    visit: Visit, child: str, words: Form, talks: Mapping[int, datetime] | None = None
) -> PackEvent:
    """A visit as it went: held (how long, in what form), cancelled (by whom, why) or not
    attended, with the supervisor's note; when the talks before and after it were, of those
    in ``talks`` (the contacts shown, by id: each is in the pack on its own)."""
    blocks = []
    if visit.mostly_talk_with_adult:
        blocks.append(PackBlock(_say(words, "mostly_talk")))
    if visit.supervisor_note.strip():
        blocks.append(PackBlock(_say(words, "supervisor_note"), visit.supervisor_note))
    if visit.note.strip():
        blocks.append(PackBlock(_say(words, "visit_note"), visit.note))
    return PackEvent(
        at=at_midnight(visit_day(visit)),
        kind=_kind(words, "visit"),
        title=_say(words, "visit_title").format(
            child=child, outcome=in_words(visit.outcome.label, words)
        ),
        facts=(*visit_facts(visit, words), *_talks(visit, talks or {}, words)),
        blocks=tuple(blocks),
    )


def evaluation_event(evaluation: VisitEvaluation, child: str, words: Form) -> PackEvent:
    """The plan evaluated: the parent's own view (in their shade), then each other party's,
    each on its own as it was heard, and the conclusion."""
    blocks = []
    if evaluation.parent_view.strip():
        blocks.append(PackBlock(_say(words, "parent_view"), "", evaluation.parent_view))
    for key in ("child_view", "carers_view", "supervisor_view", "conclusion"):
        text = getattr(evaluation, key)
        if text.strip():
            blocks.append(PackBlock(_say(words, key), text))
    changed = _say(words, "yes") if evaluation.plan_changed else ""
    return PackEvent(
        at=at_midnight(evaluation.evaluated_on),
        kind=_kind(words, "evaluation"),
        title=_say(words, "evaluation_title").format(child=child),
        facts=((_say(words, "plan_changed"), changed),),
        blocks=tuple(blocks),
    )


def travel_event(support: TravelSupport, for_visit: date | None, words: Form) -> PackEvent:
    """An application for travel support with its decision; ``for_visit`` is the day of the
    visit it concerns."""
    if support.granted is None:
        outcome = _say(words, "undecided")
    else:
        outcome = _say(words, "granted" if support.granted else "refused")
    granted = _kroner(support.granted_amount, words) if support.granted else ""
    blocks = ()
    if support.decision_note.strip():
        blocks = (PackBlock(_say(words, "decision_note"), support.decision_note),)
    return PackEvent(
        at=at_midnight(support.applied_on),
        kind=_kind(words, "travel"),
        title=support.purpose.strip() or _say(words, "travel_title"),
        facts=(
            (_say(words, "applied_amount"), _kroner(support.applied_amount, words)),
            (_say(words, "for_visit"), _day(for_visit, words)),
            (_say(words, "decided"), _day(support.decided_on, words)),
            (_say(words, "outcome"), outcome),
            (_say(words, "granted_amount"), granted),
        ),
        blocks=blocks,
    )
