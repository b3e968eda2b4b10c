"""The demo parents' samvær, written through ``VisitService`` only: a plan per child placed by a
care order (the board's decision with its minimum, the service allowing more) or voluntarily
(agreed with the parent); supervised at a family house or unsupervised; a grandparent with
contact rights; the purposes (one plan without, so Oversikt warns); the visits since the plan
began, most held, some cancelled (by whom, why), a row of two not attended for one parent; the
talks before and after a series of visits, contact-log entries linked to them (``visit_talks``);
evaluations, one with every party heard that led to a new version; travel support.

A child whose whereabouts the board has hidden meets the parent at the family house under
protective supervision: no plan of theirs names the foster home.

Deterministic: its own random stream from the demo's seed, and the same ``today``."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from bufapp.demo import visit_texts as texts
from bufapp.demo.followup_people import Situation, situations
from bufapp.demo.rhythm import next_weekday
from bufapp.demo.visit_people import (
    Pair,
    Roles,
    VisitTally,
    choose_roles,
    of_child,
    pairs_of,
    words_of,
)
from bufapp.demo.visit_talks import TalkWriter, evaluations_back_from
from bufapp.domain.enums import (
    PlacementBasis,
    Supervision,
    VisitBasis,
    VisitPeriod,
    VisitPlace,
    VisitPurpose,
)
from bufapp.domain.visit_rules import add_months
from bufapp.domain.visits import Frequency, TravelSupport, VisitEvaluation, VisitPlan
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.services.visits.service import VisitService

DECIDED = Frequency(4, VisitPeriod.YEAR, 2.0)  # «fire ganger i året, to timer»


def fill_demo_visits(
    register: RegisterService,
    contact_log: ContactLogService,
    service: VisitService,
    parent_ids: Sequence[int],
    seed: int,
    today: date,
) -> VisitTally:
    rng = random.Random(f"samvær {seed}")
    people = situations(register.unit_of_work, contact_log, parent_ids, today)
    pairs = {w.id: pairs_of(w, today) for w in people}
    roles = choose_roles(people, pairs, today)
    writer = _Writer(service, contact_log, rng, today, roles)
    for who in people:
        if pairs[who.id]:
            writer.parent(who, pairs[who.id])
    return writer.tally


class _Writer:
    def __init__(
        self,
        service: VisitService,
        contact_log: ContactLogService,
        rng: random.Random,
        today: date,
        roles: Roles,
    ) -> None:
        self.service = service
        self.rng = rng
        self.today = today
        self.roles = roles
        self.tally = VisitTally()
        self.talks = TalkWriter(service, contact_log, rng, today, self.tally)

    def parent(self, who: Situation, pairs: list[Pair]) -> None:
        words = words_of(who, self.rng)
        for pair in pairs:
            plan = self.service.save_plan(self._first_plan(pair, of_child(words, pair.child)))
            pair.plans.append(plan)
            self.tally.plans += 1
        if who.id == self.roles.rich:
            self._changed_after_evaluation(pairs[0], of_child(words, pairs[0].child))
        records = self.talks.visits(who, pairs, missed=who.id == self.roles.missed, words=words)
        for pair in pairs:
            self._evaluations(pair, of_child(words, pair.child))
        if who.engaged:
            self.talks.talk_series(who, records, words, rich=who.id == self.roles.rich)
        if pairs[0].plans[-1].transport_paid_by.endswith("etter søknad."):
            self._travel(who, records, rich=who.id == self.roles.rich)

    # --- the plan ----------------------------------------------------------------------------

    def _first_plan(self, pair: Pair, words: dict[str, str]) -> VisitPlan:
        who, rng, start = pair.who, self.rng, pair.placement.start_date
        care = pair.placement.basis is PlacementBasis.CARE_ORDER
        first = start + timedelta(days=rng.randint(5, 12))
        plan = VisitPlan(
            child_id=pair.child.id or 0,
            parent_id=who.id,
            valid_from=start,
            basis=VisitBasis.DECISION if care else VisitBasis.AGREEMENT,
            frequency=Frequency(1, VisitPeriod.MONTH, 2.0),
            first_visit_on=min(first, self.today + timedelta(days=7)),
            evaluate_every_months=6 if care else 3,
            between_visits=rng.choice(texts.BETWEEN_VISITS).format(**words),
        )
        plan = self._frame(plan, pair, words) if care else self._agreed(plan, words)
        purposes, note = self._purposes(pair, care)
        if who.id == self.roles.no_purpose:
            purposes, note = frozenset(), ""
        transport, paid = texts.TRANSPORT_HIDDEN if pair.hidden else rng.choice(texts.TRANSPORT)
        if plan.place is VisitPlace.PARENT_HOME:
            transport, paid = texts.TRANSPORT[1]
        return replace(
            plan,
            purposes=purposes,
            purpose_note=note.format(**words),
            transport=transport.format(**words),
            transport_paid_by=paid.format(**words),
        )

    def _frame(self, plan: VisitPlan, pair: Pair, words: dict[str, str]) -> VisitPlan:
        """A care order: the board's minimum, the service allowing more for a parent with
        parental responsibility; supervised at the family house, or not."""
        who = pair.who
        decision = texts.DECISION if who.responsibility else texts.DECISION_FATHER
        plan = replace(
            plan,
            decided_by=texts.BOARD,
            decided_on=plan.valid_from,
            decision_text=(texts.DECISION_SUPERVISED if pair.hidden else decision).format(**words),
            minimum=DECIDED,
            supervision_decided=pair.hidden,
        )
        rich = who.id == self.roles.rich
        if not who.responsibility:  # the board's minimum, at a neutral place
            plan = replace(plan, frequency=Frequency(1, VisitPeriod.QUARTER, 2.0),
                           place=VisitPlace.NEUTRAL, place_note="Biblioteket i Fjellvik")  # fmt: skip
        # A hidden placement: protective supervision at the family house, for either parent.
        if pair.hidden or (who.responsibility and (rich or self.rng.random() < 0.5)):
            protective = pair.hidden
            plan = replace(
                plan,
                place=VisitPlace.MEETING_PLACE,
                place_note=texts.MEETING_PLACE,
                supervision=Supervision.PROTECTIVE if protective else Supervision.SUPPORTED,
                supervisor=texts.SUPERVISOR_PROTECTIVE if protective else texts.SUPERVISOR,
            )
        if rich:
            grandparent = texts.GRANDPARENT if words["sami"] else texts.GRANDPARENT_NORWEGIAN
            plan = replace(plan, others_with_rights=grandparent.format(**words))
        return plan

    def _agreed(self, plan: VisitPlan, words: dict[str, str]) -> VisitPlan:
        """A voluntary placement: agreed with the parent, at home or in the foster home."""
        at_home = self.rng.random() < 0.6
        return replace(
            plan,
            agreed_with_parent=True,
            agreed_on=plan.valid_from,
            frequency=Frequency(1, VisitPeriod.TWO_WEEKS, 6.0 if at_home else 3.0),
            place=VisitPlace.PARENT_HOME if at_home else VisitPlace.FOSTER_HOME,
            between_visits=texts.BETWEEN_VOLUNTARY.format(**words),
        )

    def _purposes(self, pair: Pair, care: bool) -> tuple[frozenset[VisitPurpose], str]:
        if not care:
            both = {VisitPurpose.ASSESS_REUNIFICATION, VisitPurpose.ATTACHMENT_REUNIFICATION}
            return frozenset(both), texts.PURPOSE_NOTES["reunification"]
        if self.rng.random() < 0.25:
            both = {VisitPurpose.FAMILY_TIES, VisitPurpose.LOSS_AND_GRIEF}
            return frozenset(both), texts.PURPOSE_NOTES["loss"]
        return frozenset({VisitPurpose.FAMILY_TIES}), texts.PURPOSE_NOTES["care_order"]

    def _changed_after_evaluation(self, pair: Pair, words: dict[str, str]) -> None:
        """Evaluated with every party heard, and the plan widened from two weeks after."""
        first = pair.plans[0]
        evaluated = next_weekday(self.today - timedelta(days=self.rng.randint(70, 110)))
        for day in evaluations_back_from(evaluated, first, self.today)[:-1]:
            self._routine_evaluation(first, day, words)
        changed = texts.CHANGED_HIDDEN if pair.hidden else texts.CHANGED
        views = {k: v.format(**words) for k, v in changed.items()}
        self.service.save_evaluation(
            VisitEvaluation(first.id or 0, evaluated, plan_changed=True, **views)
        )
        self.tally.evaluations += 1
        draft = self.service.new_version(first.id or 0, evaluated + timedelta(days=14))
        reason = texts.CHANGE_REASON_HIDDEN if pair.hidden else texts.CHANGE_REASON
        widened = replace(draft, frequency=Frequency(2, VisitPeriod.MONTH, 3.0),
                          change_reason=reason)  # fmt: skip
        if not pair.hidden:
            widened = replace(widened, supervision=Supervision.NONE, supervisor="",
                              place=VisitPlace.FOSTER_HOME, place_note="")  # fmt: skip
        pair.plans.append(self.service.save_plan(widened))
        self.tally.plans += 1
        self.tally.versions += 1
        self.talks.evaluation_talk(pair, evaluated, words)

    # --- evaluations and travel -------------------------------------------------------------

    def _evaluations(self, pair: Pair, words: dict[str, str]) -> None:
        """The version in force evaluated at its interval, the next one still ahead; one parent
        is due within a week, one a few weeks overdue."""
        plan = pair.plans[-1]
        months = plan.evaluate_every_months or 6
        if pair.who.id == self.roles.due_soon:
            due = self.today + timedelta(days=5)
        elif pair.who.id == self.roles.overdue:
            due = self.today - timedelta(days=20)
        else:
            due = self.today + timedelta(days=self.rng.randint(20, 30 * months - 5))
        last = add_months(due, -months)
        for day in evaluations_back_from(last, plan, self.today):
            self._routine_evaluation(plan, day, words)

    def _routine_evaluation(self, plan: VisitPlan, day: date, words: dict[str, str]) -> None:
        rng = self.rng
        views = {k: rng.choice(v).format(**words) for k, v in texts.ROUTINE.items()}
        if rng.random() < 0.5:
            views["child_view"] = ""
        if plan.supervision is Supervision.NONE:
            views["supervisor_view"] = ""
        self.service.save_evaluation(VisitEvaluation(plan.id or 0, day, **views))
        self.tally.evaluations += 1

    def _travel(self, who: Situation, visits: list, rich: bool) -> None:
        """Travel support: for the chosen parent two granted and one refused, for another one
        granted. Applied after a held visit, decided within a week."""
        held = [v for v in visits if v.happened and v.held_on and v.held_on < self.today]
        wanted = texts.TRAVEL if rich else texts.TRAVEL[:1]
        for n, (purpose, amount) in enumerate(wanted):
            if len(held) <= 3 * n:
                return
            visit = held[-1 - 3 * n]
            applied = min(visit.held_on + timedelta(days=2), self.today - timedelta(days=8))
            refused = n == 2
            self.service.save_travel(
                TravelSupport(
                    who.id, applied, amount, purpose, visit_id=visit.id,
                    decided_on=applied + timedelta(days=7), granted=not refused,
                    granted_amount=None if refused else amount,
                    decision_note=texts.TRAVEL_REFUSED if refused else texts.TRAVEL_GRANTED,
                )
            )  # fmt: skip
            self.tally.travel += 1
