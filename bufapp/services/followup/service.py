"""The follow-up's service: the page of one parent, every record of it saved through the domain's
rules, and Oversikt's deadlines from it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TypeVar

from bufapp.documents.forms import Form, load_form
from bufapp.domain.deadlines import Deadline
from bufapp.domain.first_conversation import FirstConversationStatus
from bufapp.domain.followup import (
    Assessment,
    ChildPlan,
    FollowUpPurpose,
    InformationGiven,
    ParentEvaluation,
    Wish,
)
from bufapp.domain.followup_checks import (
    check_assessment,
    check_child_plan,
    check_evaluation,
    check_information,
    check_purpose,
    check_wish,
)
from bufapp.domain.followup_rules import (
    AFTER_REUNIFICATION_DAYS,
    AFTERCARE_ITEM,
    aftercare_birth_dates,
    aftercare_deadlines,
    grouped_for_oversikt,
    information_deadlines,
    reassessment_deadlines,
    reunification_deadlines,
    wish_deadlines,
)
from bufapp.domain.validation import require_valid, texts_stripped
from bufapp.services.clock import oslo_date, today_oslo
from bufapp.services.contacts.facts import last_contact_facts
from bufapp.services.followup.page import (
    FollowUpPage,
    assemble_checklist,
    checklist_items,
    child_situation,
)
from bufapp.storage.uow import UnitOfWork

R = TypeVar("R", ChildPlan, InformationGiven, Assessment, ParentEvaluation, Wish)
FORM = "followup"
# A reunification is followed up from the move; after this long without it, it is history.
REUNIFICATION_OWED_DAYS = 90


class FollowUpService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        form: Callable[[], Form] = lambda: load_form(FORM),
        first_conversation: Callable[[int], FirstConversationStatus | None] = lambda _id: None,
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._form = form
        self._first_conversation = first_conversation  # the register's rule and settings

    def today(self) -> date:
        return self._today()

    def checklist_items(self) -> list[tuple[str, str]]:
        return checklist_items(self._form())

    # --- reading ------------------------------------------------------------------------------

    def page(self, parent_id: int) -> FollowUpPage:
        today = self._today()
        form = self._form()
        with self._uow() as uow:
            parent = uow.parents.get(parent_id)
            children = uow.children.of_parent(parent_id)
            child_ids = [c.id for c in children if c.id is not None]
            placements = {cid: uow.placements.of_child(cid) for cid in child_ids}
            plans = uow.followup.child_plans(child_ids)
            given = uow.followup.information([parent_id])
            assessments = uow.followup.assessments([parent_id])
            evaluations = uow.followup.evaluations(parent_id)
            wishes = uow.followup.wishes([parent_id])
            deadlines = self._deadlines(uow, today, parent_id)
            purpose = uow.followup.purpose(parent_id)
            agreement = uow.plans.get(parent_id)
        first = self._first_conversation(parent_id)
        situations = tuple(
            child_situation(
                form,
                child,
                parent_id,
                placements.get(child.id or 0, []),
                [p for p in plans if p.child_id == child.id],
                today,
            )
            for child in children
        )
        return FollowUpPage(
            parent_id=parent_id,
            purpose=purpose,
            agreement=agreement,
            children=situations,
            checklist=assemble_checklist(form, given, today),
            information=tuple(sorted(given, key=lambda g: (g.given_on, g.id or 0), reverse=True)),
            assessments=tuple(
                sorted(assessments, key=lambda a: (a.written_on, a.id or 0), reverse=True)
            ),
            evaluations=tuple(sorted(evaluations, key=lambda e: (e.on, e.id or 0), reverse=True)),
            wishes=tuple(
                sorted(
                    sorted(wishes, key=lambda w: (w.wished_on, w.id or 0), reverse=True),
                    key=lambda w: not w.is_open,
                )
            ),
            deadlines=tuple(d for d in deadlines if d.done_on is None),
            form_problems=form.problems,
            first_conversation=tuple(first.lines()) if first is not None else (),
            parent=parent,
        )

    # --- saving -------------------------------------------------------------------------------

    def _save(self, record: R, problems: list) -> R:
        require_valid(problems)
        with self._uow() as uow:
            saved = uow.followup.save(texts_stripped(record, keep=("item",)))
            uow.commit()
        return saved

    def save_child_plan(self, plan: ChildPlan) -> ChildPlan:
        with self._uow() as uow:
            uow.children.get(plan.child_id)
        return self._save(plan, check_child_plan(plan, self._today()))

    def save_purpose(self, purpose: FollowUpPurpose) -> FollowUpPurpose:
        purpose = _stripped_purpose(purpose)
        require_valid(check_purpose(purpose, self._today()))
        with self._uow() as uow:
            uow.parents.get(purpose.parent_id)
            saved = uow.followup.save_purpose(purpose)
            uow.commit()
        return saved

    def record_information(self, given: InformationGiven) -> InformationGiven:
        problems = check_information(given, self._item_keys(), self._today())
        return self._save(given, problems)

    def record_information_in_entry(
        self, entry_id: int, items: Sequence[str], template: InformationGiven
    ) -> list[InformationGiven]:
        """Tick items as given in a contact: each gets the contact's date, and ``template``'s
        manner, understanding and repeat date. An item already recorded for this contact is
        not recorded twice."""
        with self._uow() as uow:
            entry = uow.contacts.get(entry_id)
            given_on = oslo_date(entry.occurred_at)
            already = {g.item for g in uow.followup.information_of_entry(entry_id)}
        wanted = [key for key in items if key not in already]
        records = [
            replace(template, item=key, given_on=given_on, entry_id=entry_id, id=None)
            for key in wanted
        ]
        known, today = self._item_keys(), self._today()
        require_valid([p for r in records for p in check_information(r, known, today)])
        with self._uow() as uow:
            saved = [uow.followup.save(texts_stripped(r, keep=("item",))) for r in records]
            uow.commit()
        return saved

    def information_of_entry(self, entry_id: int) -> list[InformationGiven]:
        with self._uow() as uow:
            return uow.followup.information_of_entry(entry_id)

    def save_assessment(self, assessment: Assessment) -> Assessment:
        return self._save(assessment, check_assessment(assessment, self._today()))

    def save_evaluation(self, evaluation: ParentEvaluation) -> ParentEvaluation:
        return self._save(evaluation, check_evaluation(evaluation, self._today()))

    def save_wish(self, wish: Wish) -> Wish:
        """A new wish, a change to it, or its answer (``answered_on`` set)."""
        return self._save(wish, check_wish(wish, self._today()))

    def _item_keys(self) -> list[str]:
        return [key for key, _ in self.checklist_items()]

    # --- Oversikt -----------------------------------------------------------------------------

    def deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """Oversikt's provider: information to repeat or to check, reassessments, unanswered
        wishes, the follow-up after a reunification and the question of ettervern."""
        return grouped_for_oversikt(d for d in self._deadlines(uow, today) if d.done_on is None)

    def _deadlines(
        self, uow: UnitOfWork, today: date, parent_id: int | None = None
    ) -> list[Deadline]:
        records = uow.followup
        if parent_id is None:  # the whole office: only what can still be open, in SQL
            found = (
                information_deadlines(records.open_information())
                + reassessment_deadlines(records.current_assessments())
                + wish_deadlines(records.open_wishes())
            )
        else:
            only = [parent_id]
            found = (
                information_deadlines(records.information(only))
                + reassessment_deadlines(records.assessments(only))
                + wish_deadlines(w for w in records.wishes(only) if w.is_open)
            )
        found += self._transitions(uow, today)
        if parent_id is not None:
            found = [d for d in found if d.parent_id == parent_id]
        return sorted(found, key=lambda d: (d.due, d.parent_id))

    @staticmethod
    def _transitions(uow: UnitOfWork, today: date) -> list[Deadline]:
        """Read narrowly, so that the cost follows the few it concerns, not the office: the
        placements ended by a move home lately, and the children who come of age soon."""
        since = today - timedelta(days=REUNIFICATION_OWED_DAYS + AFTER_REUNIFICATION_DAYS)
        reunified = uow.followup.reunified_since(since)
        first, last = aftercare_birth_dates(today)
        nearing_18 = uow.followup.placements_of_children_born(first, last)
        children = uow.reads.children_with_links({p.child_id for p in reunified + nearing_18})
        deadlines = []
        if reunified:
            held: dict[int, list[date]] = {}
            for fact in last_contact_facts(uow):
                if fact.form.is_held_conversation:
                    held.setdefault(fact.parent_id, []).append(fact.on)
            deadlines += reunification_deadlines(children, reunified, held)
        if nearing_18:
            raised = uow.followup.aftercare_raised(AFTERCARE_ITEM)
            deadlines += aftercare_deadlines(children, nearing_18, raised, today)
        return deadlines


def _stripped_purpose(purpose: FollowUpPurpose) -> FollowUpPurpose:
    return replace(
        purpose,
        parent_words=purpose.parent_words.strip(),
        caseworker_words=purpose.caseworker_words.strip(),
    )
