"""The demo's samvær (issue 21), read back through ``VisitService`` as the app reads it: care-order
plans under the board's minimum and voluntary plans agreed with the parent, supervised and not,
a grandparent with contact rights, purposes and one plan without, a year and more of visits
(most held, one cancelled with who and why, a row not attended), the talks before and after
visits as contacts, an evaluation with every party heard that led to a new version, the
next visit, the evaluation due, travel support; and a hidden placement kept hidden. One real
vault, filled once for the module."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest

from bufapp.demo.fill import DemoSummary, fill_demo
from bufapp.demo.visit_texts import SEND_PLAN_TASK
from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import (
    ContactTopic,
    DeadlineKind,
    PlacementBasis,
    Supervision,
    TaskStatus,
    VisitBasis,
    VisitOutcome,
    VisitPlace,
)
from bufapp.domain.visit_checks import below_minimum
from bufapp.domain.visits import Visit
from bufapp.services.clock import oslo_date
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.services.visits.page import ChildVisits, VisitPage
from bufapp.services.visits.service import VisitService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, PASSPHRASE, TODAY

PARENTS = 30


@dataclass(frozen=True)
class Demo:
    register: RegisterService
    log: ContactLogService
    visits: VisitService
    summary: DemoSummary
    pages: dict[int, VisitPage]

    def deadlines(self, kind: DeadlineKind) -> list[Deadline]:
        return [d for d in self.register.deadlines() if d.kind is kind]

    @property
    def children(self) -> list[ChildVisits]:
        return [c for page in self.pages.values() for c in page.children if c.plan is not None]

    def recorded(self) -> list[Visit]:
        return [s.visit for c in self.children for s in c.schedule if s.visit is not None]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """The demo vault with the deadline providers the app adds to Oversikt."""
    vault, _ = Vault.create(tmp_path_factory.mktemp("demo-visits") / "vault", PASSPHRASE)
    uow = lambda: UnitOfWork(vault.session_factory)  # noqa: E731
    register = RegisterService(uow, today=lambda: TODAY)
    log = ContactLogService(uow, today=lambda: TODAY, now=lambda: NOW)
    visits = VisitService(uow, today=lambda: TODAY)
    register.add_provider(log.deadline_provider)
    register.add_provider(visits.deadline_provider)
    summary = fill_demo(register, parents=PARENTS, seed=1, contact_log=log)
    pages = {s.id: visits.page(s.id) for s in register.parent_summaries()}
    yield Demo(register, log, visits, summary, pages)
    vault.lock()


def test_the_summary_counts_what_the_service_reads(demo: Demo) -> None:
    plans = [v.plan for c in demo.children for v in c.history]
    assert demo.summary.visit_plans == len(plans) >= 10
    assert demo.summary.visits == len(demo.recorded())
    assert demo.summary.visit_evaluations == sum(len(c.evaluations) for c in demo.children)
    assert demo.summary.travel_support == sum(len(p.travel) for p in demo.pages.values())


def test_every_child_placed_by_care_order_or_voluntarily_has_a_plan_in_its_frame(
    demo: Demo,
) -> None:
    bases = set()
    for page in demo.pages.values():
        for child in page.children:
            basis = child.basis
            if basis not in (PlacementBasis.CARE_ORDER, PlacementBasis.VOLUNTARY):
                continue
            plan = child.plan
            assert plan is not None, child.child.full_name
            bases.add(plan.basis)
            if basis is PlacementBasis.CARE_ORDER:
                assert plan.basis is VisitBasis.DECISION and plan.minimum is not None
                assert plan.decided_by and plan.decision_text and plan.decided_on
                assert not below_minimum(plan.frequency, plan.minimum)
            else:
                assert plan.basis is VisitBasis.AGREEMENT
                assert plan.agreed_with_parent and plan.agreed_on is not None
    assert bases == {VisitBasis.DECISION, VisitBasis.AGREEMENT}
    # The service allows more than the board's minimum for someone.
    assert any(
        c.plan.minimum and c.plan.frequency.per_year > c.plan.minimum.per_year
        for c in demo.children
        if c.plan
    )


def test_supervised_and_unsupervised_plans_a_grandparent_and_the_purposes(demo: Demo) -> None:
    plans = [c.plan for c in demo.children if c.plan]
    supervised = [p for p in plans if p.supervision is not Supervision.NONE]
    assert supervised and any(p.supervision is Supervision.NONE for p in plans)
    assert all(p.supervisor for p in supervised)
    assert any("Familiens hus" in p.supervisor for p in supervised)
    assert any("samvær fire ganger i året" in p.others_with_rights for p in plans)
    # One parent's plans (a plan per child) have no purpose yet, and Oversikt says so.
    without = [p for p in plans if not p.purposes]
    assert len({p.parent_id for p in without}) == 1
    assert len({frozenset(p.purposes) for p in plans if p.purposes}) >= 3
    warned = demo.deadlines(DeadlineKind.VISIT_PLAN_PURPOSE)  # siblings on one line
    assert len(warned) == 1
    assert sorted((d.parent_id, c) for d in warned for c in d.child_ids) == sorted(
        (p.parent_id, p.child_id) for p in without
    )


def test_a_year_and_more_of_visits_most_held_one_cancelled_and_a_row_not_attended(
    demo: Demo,
) -> None:
    visits = demo.recorded()
    held = [v for v in visits if v.outcome is VisitOutcome.HELD]
    assert len(held) > 0.85 * len(visits)
    assert all(v.held_on and v.held_on < TODAY for v in held)
    cancelled = [v for v in visits if v.outcome is VisitOutcome.CANCELLED]
    assert cancelled and all(v.cancelled_by and v.reason for v in cancelled)
    assert any(v.supervisor_note for v in held)
    assert any(v.form.value != "visit" for v in held)  # a call or video when a visit could not be
    days = [v.planned_for for v in visits]
    assert max(days) - min(days) >= timedelta(days=365)
    missed = demo.deadlines(DeadlineKind.VISITS_MISSED)
    assert len({d.parent_id for d in missed}) == 1


def test_talks_before_and_after_visits_are_contacts_in_the_parents_words(demo: Demo) -> None:
    visits = demo.recorded()
    before = [v for v in visits if v.before_entry_id]
    after = [v for v in visits if v.after_entry_id]
    assert len(before) >= 5 and len(after) >= 5
    entries = [demo.log.entry(v.before_entry_id or 0) for v in before] + [
        demo.log.entry(v.after_entry_id or 0) for v in after
    ]
    for visit, entry in zip(before + after, entries, strict=True):
        assert visit.parent_id in entry.parent_ids and entry.is_final
        assert ContactTopic.VISITS in entry.topics and entry.form.is_held_conversation
        assert "{" not in entry.summary + entry.parent_words + entry.agreed
        assert demo.visits.visit_of_entry(entry.id or 0) is not None
    for visit, entry in zip(before, entries[: len(before)], strict=True):
        assert oslo_date(entry.occurred_at) < visit.planned_for
    quoted = {e.parent_words for e in entries if e.parent_words}
    assert len(quoted) >= 5 and all(w.startswith("«") for w in quoted)
    # One parent has a series over a year.
    by_parent: dict[int, list] = {}
    for visit in before + after:
        by_parent.setdefault(visit.parent_id, []).append(visit.planned_for)
    longest = max(by_parent.values(), key=len)
    assert len(longest) >= 10 and max(longest) - min(longest) >= timedelta(days=300)


def test_an_evaluation_with_every_party_heard_led_to_a_new_version(demo: Demo) -> None:
    changed = [c for c in demo.children if len(c.history) > 1]
    assert len(changed) == 1
    child = changed[0]
    newest, first = child.history[0], child.history[-1]
    assert newest.plan.change_reason and newest.changes
    assert newest.plan.frequency.per_year > first.plan.frequency.per_year
    evaluation = next(e for e in child.evaluations if e.plan_changed)
    assert evaluation.plan_id == first.plan.id
    views = (evaluation.child_view, evaluation.parent_view, evaluation.carers_view)
    assert all(views) and evaluation.supervisor_view and evaluation.conclusion
    assert evaluation.evaluated_on < newest.plan.valid_from
    # The new plan was sent to every party: the task agreed in the evaluation meeting is done.
    tasks = demo.log.tasks_of(newest.plan.parent_id)
    sent = [t for t in tasks if t.what.startswith(SEND_PLAN_TASK.split(" {")[0])]
    assert sent and all(t.status is TaskStatus.DONE for t in sent)
    assert ContactTopic.VISITS in demo.log.entry(sent[0].entry_id or 0).topics


def test_oversikt_shows_next_visits_and_an_evaluation_due_and_overdue(demo: Demo) -> None:
    soon = [d for d in demo.deadlines(DeadlineKind.NEXT_VISIT) if d.due <= TODAY + timedelta(14)]
    assert len({d.parent_id for d in soon}) >= 2
    evaluations = demo.deadlines(DeadlineKind.VISIT_EVALUATION)
    assert any(TODAY <= d.due <= TODAY + timedelta(days=7) for d in evaluations)
    overdue = [d for d in evaluations if d.due < TODAY]
    assert 1 <= len({d.parent_id for d in overdue}) <= 2  # the demo's one, not the rule


def test_travel_support_applied_granted_and_refused(demo: Demo) -> None:
    travel = [t for page in demo.pages.values() for t in page.travel]
    assert any(t.granted for t in travel) and any(t.granted is False for t in travel)
    assert all(t.visit_id is not None for t in travel)
    assert any(page.travel_granted_this_year > 0 for page in demo.pages.values())


def test_a_hidden_placement_is_met_at_the_family_house_and_never_named(demo: Demo) -> None:
    hidden = [c for c in demo.children if c.placement and c.placement.whereabouts_hidden]
    assert hidden
    for child in hidden:
        placement = child.placement
        assert placement is not None
        for version in child.history:
            plan = version.plan
            assert plan.place is VisitPlace.MEETING_PLACE
            assert plan.supervision is Supervision.PROTECTIVE
            text = " ".join(str(v) for v in vars(plan).values())
            assert placement.place_municipality not in text
            assert placement.carer_names.split(" og ")[0] not in text
        talks = [
            demo.log.entry(i)
            for s in child.schedule
            if s.visit
            for i in (s.visit.before_entry_id, s.visit.after_entry_id)
            if i
        ]
        for entry in talks:
            assert placement.place_municipality not in entry.summary + entry.parent_words
