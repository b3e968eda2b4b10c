"""Samvær's service: the page of one parent, each record saved through the domain's rules (a
plan below the decided minimum is refused, a voluntary plan must be agreed), the talks before
and after a visit linked to it, and Oversikt's deadlines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from bufapp.documents.forms import Form, load_form
from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import TalkMoment, VisitOutcome
from bufapp.domain.validation import require_valid, texts_stripped
from bufapp.domain.visit_checks import check_evaluation, check_plan, check_travel, check_visit
from bufapp.domain.visit_deadlines import visit_deadlines
from bufapp.domain.visit_rules import (
    current_plans,
    next_planned,
    one_line,
    planned_dates,
)
from bufapp.domain.visits import TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.errors import FieldProblem, NotFound, ValidationFailed
from bufapp.services.clock import today_oslo
from bufapp.services.visits.page import (
    TalkFrame,
    VisitPage,
    child_visits,
    granted_in_year,
    placement_on,
    talk_prompts,
)
from bufapp.storage.uow import UnitOfWork

FORM = "visits"


class VisitService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        form: Callable[[], Form] = lambda: load_form(FORM),
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._form = form

    def today(self) -> date:
        return self._today()

    # --- reading ------------------------------------------------------------------------------

    def page(self, parent_id: int) -> VisitPage:
        today, form = self._today(), self._form()
        with self._uow() as uow:
            uow.parents.get(parent_id)
            children = uow.children.of_parent(parent_id)
            placements = {c.id: uow.placements.of_child(c.id) for c in children if c.id}
            plans = uow.visits.plans_of_parent(parent_id)
            visits = uow.visits.visits_of_parent(parent_id)
            evaluations = uow.visits.evaluations([p.id for p in plans if p.id is not None])
            travel = uow.visits.travel_of_parent(parent_id)
        in_force = current_plans(plans)
        deadlines = visit_deadlines(in_force, visits, evaluations, today)
        return VisitPage(
            parent_id=parent_id,
            children=tuple(
                child_visits(child, placements.get(child.id, []), plans, visits, evaluations, today)
                for child in children
            ),
            travel=tuple(sorted(travel, key=lambda t: (t.applied_on, t.id or 0), reverse=True)),
            travel_granted_this_year=granted_in_year(travel, today.year),
            deadlines=tuple(sorted(deadlines, key=lambda d: d.due)),
            prompts=talk_prompts(form),
            frame_texts={k: str(v) for k, v in form.values.get("frame", {}).items()},
        )

    def card_lines(self, parent_id: int) -> list[str]:
        """The parent's card: each child's plan in force in one line, and the next visit.

        Read narrowly (the card asks at every choice of a parent): the plans in force and the
        visits recorded from today on, not the page's years of visits and evaluations."""
        today = self._today()
        with self._uow() as uow:
            in_force = uow.visits.plans_in_force([parent_id])
            if not in_force:
                return []
            ahead = uow.visits.visits_from(today, [p.id for p in in_force if p.id is not None])
            names = {c.id: c.given_names for c in uow.children.of_parent(parent_id)}
        latest: dict[int, VisitPlan] = {}  # per child, as the page shows it
        for plan in in_force:
            known = latest.get(plan.child_id)
            if known is None or (plan.valid_from, plan.id or 0) > (known.valid_from, known.id or 0):
                latest[plan.child_id] = plan
        lines = []
        for child_id, name in names.items():
            plan = latest.get(child_id)
            if plan is None:
                continue
            line = f"{name}: {one_line(plan)}"
            next_visit = next_planned(plan, ahead, today)
            if next_visit is not None:
                line += f" · neste {next_visit.strftime('%d.%m.%Y')}"
            lines.append(line)
        return lines

    def talk_frame(self, parent_id: int) -> TalkFrame:
        """The questions for a talk and the children's names: what starting a talk needs."""
        with self._uow() as uow:
            uow.parents.get(parent_id)
            children = uow.children.of_parent(parent_id)
        names = {c.id: c.given_names for c in children if c.id is not None}
        return TalkFrame(talk_prompts(self._form()), names)

    def visit(self, visit_id: int) -> Visit:
        with self._uow() as uow:
            return uow.visits.get(Visit, visit_id)

    def plan(self, plan_id: int) -> VisitPlan:
        with self._uow() as uow:
            return uow.visits.plan(plan_id)

    def visit_of_entry(self, entry_id: int) -> Visit | None:
        """The visit a contact is the talk before or after, if it is one."""
        with self._uow() as uow:
            return uow.visits.visit_of_entry(entry_id)

    def new_version(self, plan_id: int, valid_from: date | None = None) -> VisitPlan:
        """A draft of the next version of a plan in force: the same content, to be changed,
        from ``valid_from`` (today), with the reason still to be written."""
        with self._uow() as uow:
            plan = uow.visits.plan(plan_id)
            if uow.visits.is_replaced(plan_id):
                raise ValidationFailed(
                    [FieldProblem("replaces_id", "Planen er allerede erstattet av en nyere.")]
                )
        start = valid_from or self._today()
        # The rhythm goes on: the first visit under the new version is the old one's next day.
        following = planned_dates(plan, start, start + timedelta(days=400))
        return replace(
            plan,
            id=None,
            replaces_id=plan_id,
            valid_from=start,
            first_visit_on=following[0] if following else None,
            change_reason="",
        )

    # --- saving -------------------------------------------------------------------------------

    def save_plan(self, plan: VisitPlan) -> VisitPlan:
        """A new plan, a new version of one (``replaces_id``), or a correction of the version
        in force. Refused below a decided minimum, and unless agreed where the placement is
        voluntary."""
        plan = texts_stripped(plan)
        with self._uow() as uow:
            parents = {link.parent_id for link in uow.children.get(plan.child_id).parents}
            if plan.parent_id not in parents:
                raise NotFound
            placement = placement_on(uow.placements.of_child(plan.child_id), plan.valid_from)
            problems = check_plan(plan, placement.basis if placement else None)
            problems += self._version_problems(uow, plan)
            require_valid(problems)
            saved = uow.visits.save_plan(plan)
            uow.commit()
        return saved

    @staticmethod
    def _version_problems(uow: UnitOfWork, plan: VisitPlan) -> list[FieldProblem]:
        if plan.id is not None and uow.visits.is_replaced(plan.id):
            return [FieldProblem("replaces_id", "En eldre versjon endres ikke. Lag en ny versjon.")]
        if plan.replaces_id is None:
            if plan.id is None and any(
                (p.child_id, p.parent_id) == (plan.child_id, plan.parent_id)
                for p in uow.visits.plans_in_force([plan.parent_id])
            ):
                return [
                    FieldProblem(
                        "replaces_id",
                        "Det finnes allerede en samværsplan for barnet og forelderen. "
                        "Lag en ny versjon av den, så den gamle blir stående i historikken.",
                    )
                ]
            return []
        before = uow.visits.plan(plan.replaces_id)
        if (before.child_id, before.parent_id) != (plan.child_id, plan.parent_id):
            return [
                FieldProblem("replaces_id", "Den nye versjonen må gjelde samme barn og forelder.")
            ]
        if plan.id is None and uow.visits.is_replaced(plan.replaces_id):
            return [FieldProblem("replaces_id", "Planen er allerede erstattet av en nyere.")]
        if plan.valid_from < before.valid_from:
            return [
                FieldProblem(
                    "valid_from", "En ny versjon kan ikke gjelde fra før den den erstatter."
                )
            ]
        return []

    def record_visit(self, visit: Visit) -> Visit:
        """A visit as it went (a new record, or a correction)."""
        return self.record_visits([visit])[0]

    def record_visits(self, visits: Sequence[Visit]) -> list[Visit]:
        """Several visits in one transaction (demo data, imports): all or nothing, each checked
        as ``record_visit`` checks it."""
        visits = [texts_stripped(v) for v in visits]
        today = self._today()
        require_valid([problem for v in visits for problem in check_visit(v, today)])
        with self._uow() as uow:
            plans: dict[int, VisitPlan] = {}
            saved = []
            for visit in visits:
                if visit.plan_id not in plans:
                    plans[visit.plan_id] = uow.visits.plan(visit.plan_id)
                plan = plans[visit.plan_id]
                if (plan.child_id, plan.parent_id) != (visit.child_id, visit.parent_id):
                    raise NotFound
                saved.append(uow.visits.save(_completing_ahead(uow, visit)))
            uow.commit()
        return saved

    def link_talk(self, visit_id: int, moment: TalkMoment, entry_id: int | None) -> Visit:
        """The contact that was the talk before or after the visit (``None``: no longer)."""
        with self._uow() as uow:
            visit = uow.visits.get(Visit, visit_id)
            if entry_id is not None:
                entry = uow.contacts.get(entry_id)
                if visit.parent_id not in entry.parent_ids:
                    raise ValidationFailed(
                        [FieldProblem("entry_id", "Kontakten gjelder ikke denne forelderen.")]
                    )
            field = "before_entry_id" if moment == TalkMoment.BEFORE else "after_entry_id"
            saved = uow.visits.save(replace(visit, **{field: entry_id}))
            uow.commit()
        return saved

    def link_talk_on_day(
        self, plan_id: int, day: date, moment: TalkMoment, entry_id: int | None
    ) -> Visit:
        """Link a talk to the plan's visit on ``day``; a visit not yet recorded is recorded as
        planned, so the talk before it has a visit to belong to."""
        with self._uow() as uow:
            plan = uow.visits.plan(plan_id)
            found = uow.visits.visit_on(plan_id, day)
            if found is None:
                planned = Visit(plan_id, plan.parent_id, plan.child_id, day, VisitOutcome.PLANNED)
                found = uow.visits.save(planned)
                uow.commit()
        return self.link_talk(found.id or 0, moment, entry_id)

    def save_evaluation(self, evaluation: VisitEvaluation) -> VisitEvaluation:
        evaluation = texts_stripped(evaluation)
        require_valid(check_evaluation(evaluation, self._today()))
        with self._uow() as uow:
            uow.visits.plan(evaluation.plan_id)
            saved = uow.visits.save(evaluation)
            uow.commit()
        return saved

    def save_travel(self, support: TravelSupport) -> TravelSupport:
        support = texts_stripped(support)
        require_valid(check_travel(support, self._today()))
        with self._uow() as uow:
            uow.parents.get(support.parent_id)
            if support.visit_id is not None:
                visit = uow.visits.get(Visit, support.visit_id)
                if visit.parent_id != support.parent_id:
                    raise NotFound
            saved = uow.visits.save(support)
            uow.commit()
        return saved

    # --- Oversikt -----------------------------------------------------------------------------

    def deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """The next visit when it is near, a row of visits not held, the evaluation due and a
        plan without a purpose: read from the plans in force and the last visits only."""
        plans = uow.visits.plans_in_force()
        ids = [p.id for p in plans if p.id is not None]
        if not ids:
            return []
        visits = {v.id: v for v in uow.visits.since_last_held(ids)}
        visits.update((v.id, v) for v in uow.visits.visits_from(today, ids))
        evaluations = uow.visits.latest_evaluations(ids)
        return visit_deadlines(plans, list(visits.values()), evaluations, today)


def _completing_ahead(uow: UnitOfWork, visit: Visit) -> Visit:
    """A new record of a day recorded ahead as planned (for the talk before it) completes that
    record, keeping its talks."""
    if visit.id is not None:
        return visit
    ahead = uow.visits.visit_on(visit.plan_id, visit.planned_for)
    if ahead is None or ahead.is_recorded:
        return visit
    return replace(
        visit,
        id=ahead.id,
        before_entry_id=visit.before_entry_id or ahead.before_entry_id,
        after_entry_id=visit.after_entry_id or ahead.after_entry_id,
    )
