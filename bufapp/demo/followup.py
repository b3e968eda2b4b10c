"""The demo parents' follow-up at different stages, written through the services only
(``FollowUpService``, and ``ContactLogService.save_plan`` for the agreement): each placed child's
tiltaksplan or omsorgsplan; the purpose in the parent's words and the caseworker's; the agreement
(how, where, the support person) beside the frequency the log already set; what each parent has
been told (``information``); the service's assessments with their history, one with its way home
and a reassessment due soon; the parent's own evaluations over time; and wishes: answered, one
refused with its reason, one for a new caseworker still open, one open past its answer date.

Deterministic: its own random stream from the demo's seed, and the same ``today``."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bufapp.demo import followup_texts as texts
from bufapp.demo.assessments import AssessmentWriter
from bufapp.demo.followup_people import (
    CARE_ORDER,
    EMERGENCY,
    REUNIFIED,
    VOLUNTARY,
    Situation,
    day_of,
    situations,
)
from bufapp.demo.information import InformationWriter
from bufapp.domain.enums import ChildPlanKind, ParentRole, PlacementBasis
from bufapp.domain.followup import ChildPlan, FollowUpPurpose
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.followup.service import FollowUpService
from bufapp.services.register import RegisterService

ASSESSED_AFTER_DAYS = 90  # placed this long, the service has an assessment to give


@dataclass(frozen=True)
class FollowUpTally:
    child_plans: int
    purposes: int
    agreements: int
    information: int
    assessments: int
    evaluations: int
    wishes: int
    open_wishes: int
    contacts: int  # home visits after a child moved home, added to the contact log


@dataclass(frozen=True)
class Roles:
    """The parents chosen to show a state the demo must have."""

    home_possible: int | None
    rich: int | None  # the busy parent (or the one talked with most): the most to show
    new_caseworker: int | None
    overdue_wish: int | None


def fill_demo_followup(
    register: RegisterService,
    contact_log: ContactLogService,
    followup: FollowUpService,
    parent_ids: Sequence[int],
    seed: int,
    today: date,
) -> FollowUpTally:
    rng = random.Random(f"follow-up {seed}")
    people = situations(register.unit_of_work, contact_log, parent_ids, today)
    writer = _Writer(contact_log, followup, rng, today)
    writer.child_plans(people)
    roles = _roles(people, today)
    for who in people:
        writer.parent(who, roles)
    return writer.tally()


def _roles(people: list[Situation], today: date) -> Roles:
    def settled(who: Situation) -> bool:
        placed = who.placed_on
        return placed is not None and (today - placed).days >= ASSESSED_AFTER_DAYS

    engaged = [w for w in people if w.engaged and settled(w)]
    voluntary = [w for w in engaged if w.kind == VOLUNTARY and w.responsibility and not w.busy]
    home = max(voluntary, key=lambda w: len(w.held), default=None)
    placed = [w for w in engaged if w.kind in (CARE_ORDER, VOLUNTARY) and w is not home]
    # The busy parent has the most to show; a demo without one, the parent talked with most.
    rich = next((w for w in placed if w.busy), None) or max(
        placed, key=lambda w: len(w.held), default=None
    )
    others = [w for w in placed if w is not rich]
    care = [w for w in others if w.kind == CARE_ORDER]
    new_caseworker = (care or others or [None])[0]
    rest = [w for w in others if w is not new_caseworker]
    overdue = rest[-1] if rest else None
    return Roles(*(w.id if w is not None else None for w in (home, rich, new_caseworker, overdue)))


class _Writer:
    def __init__(
        self,
        contact_log: ContactLogService,
        followup: FollowUpService,
        rng: random.Random,
        today: date,
    ) -> None:
        self.contact_log = contact_log
        self.followup = followup
        self.rng = rng
        self.today = today
        self.information = InformationWriter(followup, contact_log, rng, today)
        self.said = AssessmentWriter(followup, rng, today)
        self.counts = dict.fromkeys(("plans", "purposes", "agreements"), 0)
        self.aftercare_raised = False

    def tally(self) -> FollowUpTally:
        c, said = self.counts, self.said
        return FollowUpTally(
            c["plans"], c["purposes"], c["agreements"], self.information.tally.records,
            said.assessments, said.evaluations, said.wishes, said.open_wishes,
            self.information.tally.after_move_visits,
        )  # fmt: skip

    # --- the children's plans ----------------------------------------------------------------

    def child_plans(self, people: list[Situation]) -> None:
        """One plan per child (siblings' parents share it): a tiltaksplan for a voluntary
        placement, an omsorgsplan under a care order, and for a long one the first as history."""
        done: set[int] = set()
        for who in people:
            for child in who.children:
                if child.id is None or child.id in done:
                    continue
                done.add(child.id)
                own = [p for p in who.placements if p.child_id == child.id]
                words = who.words(barn=child.given_names.split()[0])
                for plan in self._plans_of(child.id, own, words):
                    self.followup.save_child_plan(plan)
                    self.counts["plans"] += 1

    def _plans_of(self, child_id: int, placements: list, words: dict[str, str]) -> list[ChildPlan]:
        words = {**words, "Barn": words["barn"], "de": words["barn"], "dem": words["barn"]}
        plans = []
        for placement in placements:
            start = placement.start_date
            # A plan is made as the placement begins; written up within weeks, by today.
            if placement.basis is PlacementBasis.VOLUNTARY:
                goal, frame = self.rng.choice(texts.MEASURE_PLANS)
                dated = min(start + timedelta(days=self.rng.randint(3, 30)), self.today)
                kind = ChildPlanKind.MEASURE_PLAN
                plans.append((kind, dated, goal, frame))
            elif placement.basis is PlacementBasis.CARE_ORDER:
                goal, frame = texts.CARE_PLANS_FIRST[0]
                dated = min(start + timedelta(days=self.rng.randint(14, 45)), self.today)
                plans.append((ChildPlanKind.CARE_PLAN, dated, goal, frame))
                revised = dated + timedelta(days=self.rng.randint(330, 400))
                goal, frame = self.rng.choice(texts.CARE_PLANS_LATER)
                plans.append((ChildPlanKind.CARE_PLAN, revised, goal, frame))
        return [
            ChildPlan(child_id, kind, dated, goal.format(**words), frame.format(**words))
            for kind, dated, goal, frame in plans
            if dated <= self.today
        ]

    # --- one parent --------------------------------------------------------------------------

    def parent(self, who: Situation, roles: Roles) -> None:
        self.information.parent(who)
        if who.kind == REUNIFIED and who.role is ParentRole.MOTHER:
            # The mother first (the demo's families are planned so); the other parent may
            # still be owed the conversation after the move.
            self.information.after_move(who)
        if not who.engaged:
            return
        self._purpose(who)
        self._agreement(who)
        if who.kind in (CARE_ORDER, VOLUNTARY, EMERGENCY) and not self.aftercare_raised:
            self.aftercare_raised = self.information.aftercare(who)
        placed = who.placed_on
        if who.kind not in (CARE_ORDER, VOLUNTARY) or placed is None:
            return
        if (self.today - placed).days < ASSESSED_AFTER_DAYS:
            return
        said = self.said
        if who.id == roles.home_possible:
            said.home_possible(who, placed)
            self.information.due_today(who)
            said.partly(who)
            said.answered(who, 1, more_visits=False)
        else:
            if who.responsibility:  # the way home is the question of a parent who has it
                said.current(who, placed)
            if who.id == roles.rich:
                said.refused_and_partly(who)
                said.answered(who, 2, more_visits=False)
            elif who.id == roles.new_caseworker:
                said.new_caseworker(who)
            elif who.id == roles.overdue_wish:
                said.overdue(who)
            elif self.rng.random() < 0.5:
                said.answered(who, 1)
        said.evaluate(who)

    def _purpose(self, who: Situation) -> None:
        if self.rng.random() < 0.15:  # not yet talked through
            return
        key, words = who.text_key, who.words()
        parent = self.rng.choice(texts.PURPOSE_PARENT[key]) if self.rng.random() < 0.85 else ""
        caseworker = texts.PURPOSE_CASEWORKER[key]
        agreed = day_of(who.held[min(1, len(who.held) - 1)])
        self.followup.save_purpose(
            FollowUpPurpose(
                who.id, parent.format(**words), caseworker.format(**words), agreed_on=agreed
            )
        )
        self.counts["purposes"] += 1

    def _agreement(self, who: Situation) -> None:
        """How, where and with whom, beside the frequency the log already agreed."""
        plan, parent, words = who.plan, who.parent, who.words()
        if plan.every_days is None:
            return
        notes = parent.notes.lower()
        channel = next((c for c in texts.HOW_BY_CHANNEL if c in plan.note), "")
        how = texts.HOW_BY_CHANNEL.get(channel, texts.HOW)
        if "skriftlig oppsummering" in notes:
            how += texts.IN_WRITING
        if "sms" in notes and "SMS" not in how:
            how += texts.BY_SMS
        if parent.interpreter_language:
            how += f" Med tolk ({parent.interpreter_language})."
        place = texts.PLACE_BY_CHANNEL.get(channel) or self.rng.choice(texts.PLACES)
        if "kafé" in notes and channel in ("", "på telefon", "på kafé"):
            place = texts.PLACES[1]
        support = parent.support_person or self.rng.choice(texts.SUPPORT_OFFERED)
        self.contact_log.save_plan(
            replace(
                plan,
                how=how.format(**words),
                preferred_place=place.format(**words),
                support_person=support,
            )
        )
        self.counts["agreements"] += 1
