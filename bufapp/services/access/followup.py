"""The follow-up's records (issue 20) as dated items of the access pack and as the archive's
documents: the purpose with the cooperation agreement, the child's plans, each item of
information given, the service's assessments, the parent's own evaluations and wishes with
their answers. The same items in both, so a record reads the same to the parent and in the
archive; only the wording differs, from the ``[followup]`` section of the form given
(``forms/access_pack.toml`` speaks to the parent, ``forms/archive_record.toml`` about them).
Program labels (enums) are the program's own."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bufapp.documents.access.pack import PackBlock, PackEvent
from bufapp.documents.forms import Form
from bufapp.domain.contact_log import ContactPlan
from bufapp.domain.followup import (
    Assessment,
    ChildPlan,
    FollowUpPurpose,
    InformationGiven,
    ParentEvaluation,
    Wish,
)
from bufapp.domain.followup_rules import wish_answer_due
from bufapp.services.access.events import at_midnight
from bufapp.services.access.wording import day
from bufapp.services.access.wording import label as in_words

if TYPE_CHECKING:
    from bufapp.storage.uow import UnitOfWork


def _day(on: date | None, words: Form) -> str:
    return day(on, words)


def _say(words: Form, key: str) -> str:
    return words.text(f"followup.{key}")


def _kind(words: Form, key: str) -> str:
    return words.text(f"followup.kind.{key}")


def has_agreement(plan: ContactPlan) -> bool:
    return bool(
        plan.every_days or plan.how or plan.preferred_place or plan.support_person
        or plan.note.strip() or plan.refused_on
    )  # fmt: skip


def has_purpose(purpose: FollowUpPurpose) -> bool:
    return bool(purpose.parent_words.strip() or purpose.caseworker_words.strip())


def purpose_day(purpose: FollowUpPurpose, plan: ContactPlan, today: date) -> date:
    """The day the purpose and agreement are dated: when agreed; today if never dated (they
    are the current ones: one of each per parent, changed in place)."""
    return purpose.agreed_on or plan.agreed_on or plan.refused_on or today


def _frequency(plan: ContactPlan, words: Form) -> str:
    if plan.every_days is None:
        return ""
    if plan.every_days == 1:
        return _say(words, "every_day")
    return _say(words, "every_days_value").format(days=plan.every_days)


def purpose_event(
    purpose: FollowUpPurpose, plan: ContactPlan, today: date, words: Form
) -> PackEvent | None:
    """The purpose of the follow-up (the parent's words and the caseworker's) and the
    cooperation agreement, as one item; None if neither is recorded."""
    if not (has_purpose(purpose) or has_agreement(plan)):
        return None
    blocks = []
    if purpose.parent_words.strip():
        blocks.append(PackBlock(_say(words, "purpose_parent"), "", purpose.parent_words))
    if purpose.caseworker_words.strip():
        blocks.append(PackBlock(_say(words, "purpose_caseworker"), purpose.caseworker_words))
    facts = (
        (
            _say(words, "purpose_agreed"),
            _day(purpose.agreed_on, words) if has_purpose(purpose) else "",
        ),
        (_say(words, "every_days"), _frequency(plan, words)),
        (_say(words, "agreement_agreed"), _day(plan.agreed_on, words)),
        (_say(words, "how"), plan.how),
        (_say(words, "preferred_place"), plan.preferred_place),
        (_say(words, "support_person"), plan.support_person),
        (_say(words, "refused"), _day(plan.refused_on, words)),
        (_say(words, "next_offer"), _day(plan.next_offer_on, words) if plan.refused_on else ""),
        (_say(words, "agreement_note"), plan.note),
    )
    return PackEvent(
        at=at_midnight(purpose_day(purpose, plan, today)),
        kind=_kind(words, "purpose"),
        title=_say(words, "purpose_title"),
        facts=facts,
        blocks=tuple(blocks),
    )


def child_plan_event(plan: ChildPlan, child_name: str, words: Form) -> PackEvent:
    blocks = (PackBlock(_say(words, "goal"), plan.goal),) if plan.goal.strip() else ()
    return PackEvent(
        at=at_midnight(plan.dated),
        kind=_kind(words, "child_plan"),
        title=_say(words, "plan_title").format(
            plan=in_words(plan.kind.label, words), child=child_name
        ),
        facts=((_say(words, "time_frame"), plan.time_frame),),
        blocks=blocks,
    )


def _manner(given: InformationGiven, words: Form) -> str:
    parts = [in_words(given.manner.label, words)]
    if given.with_interpreter:
        parts.append(_say(words, "with_interpreter"))
    if given.with_support_person:
        parts.append(_say(words, "with_support_person"))
    return ", ".join(parts)


def information_event(given: InformationGiven, item_label: str, words: Form) -> PackEvent:
    """One time an item of the checklist was given: how, whether it was understood, when it
    is to be given again."""
    return PackEvent(
        at=at_midnight(given.given_on),
        kind=_kind(words, "information"),
        title=item_label,
        facts=(
            (_say(words, "manner"), _manner(given, words)),
            (_say(words, "understood"), in_words(given.understood.label, words)),
            (_say(words, "repeat_on"), _day(given.repeat_on, words)),
            (_say(words, "information_note"), given.note),
        ),
    )


def assessment_event(assessment: Assessment, words: Form) -> PackEvent:
    return PackEvent(
        at=at_midnight(assessment.written_on),
        kind=_kind(words, "assessment"),
        title=in_words(assessment.outlook.label, words),
        facts=((_say(words, "reassess_on"), _day(assessment.reassess_on, words)),),
        blocks=(PackBlock(_say(words, "assessment_text"), assessment.text),),
    )


def evaluation_event(evaluation: ParentEvaluation, words: Form) -> PackEvent:
    return PackEvent(
        at=at_midnight(evaluation.on),
        kind=_kind(words, "evaluation"),
        title=_say(words, "evaluation_title"),
        blocks=(PackBlock(_say(words, "evaluation_words"), "", evaluation.words),),
    )


def wish_event(wish: Wish, words: Form) -> PackEvent:
    """A wish in the parent's words, with its answer and, when refused, the reason."""
    blocks = [PackBlock(_say(words, "wish_words"), "", wish.words)]
    if wish.is_open:
        blocks.append(PackBlock(_say(words, "not_answered")))
    else:
        outcome = in_words(wish.outcome.label, words) if wish.outcome else ""
        heading = _say(words, "answer").format(date=_day(wish.answered_on, words), outcome=outcome)
        blocks.append(PackBlock(heading, wish.answer))
        if wish.reason.strip():
            blocks.append(PackBlock(_say(words, "reason"), wish.reason))
    # The wish in the parent's words first, then the answer: no facts above them but the
    # answer's deadline while it is open.
    return PackEvent(
        at=at_midnight(wish.wished_on),
        kind=_kind(words, "wish"),
        title=in_words(wish.kind.label, words),
        facts=(
            (_say(words, "answer_by"), _day(wish_answer_due(wish), words) if wish.is_open else ""),
        ),
        blocks=tuple(blocks),
    )


@dataclass(frozen=True)
class FollowUpOf:
    """Every follow-up record of one parent, read in one unit of work."""

    purpose: FollowUpPurpose
    agreement: ContactPlan
    plans: tuple[tuple[ChildPlan, str], ...]  # each of this parent's children's plans, named
    information: tuple[InformationGiven, ...]
    assessments: tuple[Assessment, ...]
    evaluations: tuple[ParentEvaluation, ...]
    wishes: tuple[Wish, ...]


def followup_of(uow: UnitOfWork, parent_id: int) -> FollowUpOf:
    """The parent's follow-up: the plans of their own children only (a child of the other
    parent alone is not theirs to see)."""
    children = {c.id: c.full_name for c in uow.children.of_parent(parent_id) if c.id is not None}
    return FollowUpOf(
        purpose=uow.followup.purpose(parent_id),
        agreement=uow.plans.get(parent_id),
        plans=tuple((p, children[p.child_id]) for p in uow.followup.child_plans(children)),
        information=tuple(uow.followup.information([parent_id])),
        assessments=tuple(uow.followup.assessments([parent_id])),
        evaluations=tuple(uow.followup.evaluations(parent_id)),
        wishes=tuple(uow.followup.wishes([parent_id])),
    )


def followup_events(
    found: FollowUpOf, items: Mapping[str, str], today: date, words: Form
) -> list[PackEvent]:
    """Every follow-up record as a dated item; ``items`` names the checklist's items (a key
    no longer in the form is shown as it is)."""
    events: list[PackEvent] = []
    purpose = purpose_event(found.purpose, found.agreement, today, words)
    events += [purpose] if purpose is not None else []
    events += [child_plan_event(plan, child, words) for plan, child in found.plans]
    events += [information_event(g, items.get(g.item, g.item), words) for g in found.information]
    events += [assessment_event(a, words) for a in found.assessments]
    events += [evaluation_event(e, words) for e in found.evaluations]
    events += [wish_event(w, words) for w in found.wishes]
    return events
