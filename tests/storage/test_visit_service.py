"""Samvær on real encrypted vaults: the decided minimum and the agreement, versions kept with
what changed, visits and the talks before and after them (which are contacts), evaluations,
travel support, and Oversikt's deadlines at the Oslo day boundary. Today is ``TODAY``
(15 June 2026)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Child, ParentLink, Placement
from bufapp.domain.enums import (
    CancelledBy,
    ContactForm,
    ContactTopic,
    DeadlineKind,
    ParentRole,
    PlacementBasis,
    PlaceType,
    Supervision,
    TalkMoment,
    VisitBasis,
    VisitOutcome,
    VisitPeriod,
    VisitPurpose,
)
from bufapp.domain.visits import Frequency, TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.errors import ValidationFailed
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.services.visits.service import VisitService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.unit.test_register_service import add_parent

DECIDED = Frequency(4, VisitPeriod.YEAR, 2.0)


def _placed_child(register: RegisterService, parent_id: int, basis: PlacementBasis) -> Child:
    link = ParentLink(parent_id, ParentRole.MOTHER)
    child = register.save_child(
        Child("Ánde", "Testesen", date(2016, 3, 4), "2026/7", parents=(link,))
    )
    register.save_placement(
        Placement(
            child.id or 0,
            basis,
            PlaceType.FOSTER_HOME,
            date(2026, 1, 5),
            place_name="Fosterhjem i Kautokeino",
        )
    )
    return child


def _care_plan(parent_id: int, child: Child, **changes: object) -> VisitPlan:
    plan = VisitPlan(
        child_id=child.id or 0,
        parent_id=parent_id,
        valid_from=date(2026, 1, 5),
        basis=VisitBasis.DECISION,
        frequency=Frequency(1, VisitPeriod.MONTH, 3.0),
        decided_by="Barneverns- og helsenemnda i Troms og Finnmark",
        decided_on=date(2025, 12, 10),
        decision_text="Mor gis samvær minst fire ganger i året, to timer, med tilsyn.",
        minimum=DECIDED,
        supervision=Supervision.SUPPORTED,
        supervisor="Familiens hus, Alta",
        purposes=frozenset({VisitPurpose.FAMILY_TIES}),
        first_visit_on=date(2026, 1, 17),
    )
    return replace(plan, **changes)


@pytest.fixture
def mother(register: RegisterService) -> int:
    return add_parent(register, "Siv").id or 0


def test_a_care_order_plan_below_the_minimum_is_refused_and_nothing_is_stored(
    register: RegisterService, visits: VisitService, mother: int
) -> None:
    child = _placed_child(register, mother, PlacementBasis.CARE_ORDER)
    too_little = _care_plan(mother, child, frequency=Frequency(1, VisitPeriod.HALF_YEAR, 4.0))
    with pytest.raises(ValidationFailed) as refused:
        visits.save_plan(too_little)
    assert "nytt vedtak" in " ".join(refused.value.for_field("frequency"))
    assert visits.page(mother).children[0].plan is None
    saved = visits.save_plan(_care_plan(mother, child))
    shown = visits.page(mother).children[0]
    assert shown.plan == saved and saved.minimum == DECIDED
    assert saved.purposes == frozenset({VisitPurpose.FAMILY_TIES})


def test_a_voluntary_plan_must_be_agreed_with_the_parent(
    register: RegisterService, visits: VisitService, mother: int
) -> None:
    child = _placed_child(register, mother, PlacementBasis.VOLUNTARY)
    plan = _care_plan(
        mother, child, basis=VisitBasis.AGREEMENT, minimum=None, decided_by="", decided_on=None
    )
    with pytest.raises(ValidationFailed) as refused:
        visits.save_plan(plan)
    assert refused.value.for_field("agreed_with_parent")
    with pytest.raises(ValidationFailed) as wrong_basis:
        visits.save_plan(_care_plan(mother, child))
    assert wrong_basis.value.for_field("basis")
    agreed = visits.save_plan(replace(plan, agreed_with_parent=True, agreed_on=date(2026, 1, 5)))
    assert agreed.basis == VisitBasis.AGREEMENT and agreed.agreed_with_parent


def test_a_new_version_replaces_the_old_which_stays_with_what_changed_and_why(
    register: RegisterService, visits: VisitService, mother: int
) -> None:
    child = _placed_child(register, mother, PlacementBasis.CARE_ORDER)
    first = visits.save_plan(_care_plan(mother, child))
    with pytest.raises(ValidationFailed) as second_plan:
        visits.save_plan(_care_plan(mother, child))
    assert second_plan.value.for_field("replaces_id")
    draft = visits.new_version(first.id or 0, valid_from=date(2026, 6, 1))
    with pytest.raises(ValidationFailed):
        visits.save_plan(draft)  # no reason given
    second = visits.save_plan(
        replace(
            draft,
            frequency=Frequency(2, VisitPeriod.MONTH, 3.0),
            supervision=Supervision.NONE,
            supervisor="",
            change_reason="Evalueringen i mai: samværene går godt, tilsyn ikke lenger nødvendig.",
        )
    )
    shown = visits.page(mother).children[0]
    assert shown.plan == second
    assert [v.number for v in shown.history] == [2, 1]
    assert shown.history[0].changes == (
        "Hyppighet: 1 gang i måneden, 3 timer → 2 ganger i måneden, 3 timer",
        "Tilsyn: Støttet tilsyn → Uten tilsyn",
        "Tilsynsfører: Familiens hus, Alta → –",
    )
    with pytest.raises(ValidationFailed):
        visits.save_plan(replace(first, place_note="endret i ettertid"))  # an old version stays
    with pytest.raises(ValidationFailed):
        visits.new_version(first.id or 0)


def test_the_talks_before_and_after_a_visit_are_contacts_linked_to_it(
    vault: Vault, register: RegisterService, visits: VisitService, mother: int
) -> None:
    log = ContactLogService(
        lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY, now=lambda: NOW
    )
    child = _placed_child(register, mother, PlacementBasis.CARE_ORDER)
    plan = visits.save_plan(_care_plan(mother, child))
    held = visits.record_visit(
        Visit(
            plan.id or 0,
            mother,
            child.id or 0,
            date(2026, 5, 17),
            VisitOutcome.HELD,
            held_on=date(2026, 5, 17),
            hours=3.0,
            supervisor_note="Rolig samvær.",
        )
    )
    talk = log.save(
        ContactEntry(
            mother,
            datetime(2026, 5, 18, 8, 0, tzinfo=UTC),
            ContactForm.PHONE,
            topics=(ContactTopic.VISITS,),
            summary="Snakket om samværet.",
            parent_words="Det var godt å se ham.",
        ),
        final=True,
    )
    linked = visits.link_talk(held.id or 0, TalkMoment.AFTER, talk.id)
    assert linked.after_entry_id == talk.id
    assert visits.visit_of_entry(talk.id or 0) == linked
    # A talk is a contact: the parent's last held conversation is its day.
    with UnitOfWork(vault.session_factory) as uow:
        last = {pid: held_at for pid, held_at, _any in uow.contacts.last_contacts()}
    assert last[mother].date() == date(2026, 5, 18)
    other = add_parent(register, "Per").id or 0
    foreign = log.save(ContactEntry(other, NOW, ContactForm.PHONE, summary="Annen."), final=True)
    with pytest.raises(ValidationFailed):
        visits.link_talk(held.id or 0, TalkMoment.BEFORE, foreign.id)


def test_a_cancelled_visit_needs_who_and_why(
    register: RegisterService, visits: VisitService, mother: int
) -> None:
    child = _placed_child(register, mother, PlacementBasis.CARE_ORDER)
    plan = visits.save_plan(_care_plan(mother, child))
    cancelled = Visit(
        plan.id or 0, mother, child.id or 0, date(2026, 2, 17), VisitOutcome.CANCELLED
    )
    with pytest.raises(ValidationFailed) as refused:
        visits.record_visit(cancelled)
    assert {p.field for p in refused.value.problems} == {"cancelled_by", "reason"}
    saved = visits.record_visit(
        replace(cancelled, cancelled_by=CancelledBy.CHILD, reason="Barnet var sykt.")
    )
    assert visits.page(mother).children[0].schedule[1].visit == saved


def _kinds(register: RegisterService, parent_id: int) -> dict[DeadlineKind, list]:
    found: dict[DeadlineKind, list] = {}
    for d in register.open_deadlines():
        if d.parent_id == parent_id:
            found.setdefault(d.kind, []).append(d)
    return found


def test_oversikt_shows_the_next_visit_a_row_not_held_the_evaluation_and_a_missing_purpose(
    register: RegisterService, visits: VisitService, mother: int
) -> None:
    child = _placed_child(register, mother, PlacementBasis.CARE_ORDER)
    plan = visits.save_plan(
        _care_plan(mother, child, purposes=frozenset(), evaluate_every_months=3)
    )
    for day in (date(2026, 4, 17), date(2026, 5, 17)):
        visits.record_visit(
            Visit(plan.id or 0, mother, child.id or 0, day, VisitOutcome.NOT_ATTENDED)
        )
    found = _kinds(register, mother)
    assert [d.due for d in found[DeadlineKind.NEXT_VISIT]] == [date(2026, 6, 17)]
    assert found[DeadlineKind.VISITS_MISSED][0].due == date(2026, 5, 17)
    assert found[DeadlineKind.VISIT_EVALUATION][0].due == date(2026, 4, 5)
    assert DeadlineKind.VISIT_PLAN_PURPOSE in found
    visits.save_evaluation(
        VisitEvaluation(plan.id or 0, TODAY, parent_view="Vil gjerne ha samvær hjemme.")
    )
    visits.record_visit(
        Visit(
            plan.id or 0,
            mother,
            child.id or 0,
            date(2026, 6, 13),
            VisitOutcome.HELD,
            held_on=date(2026, 6, 13),
        )
    )
    found = _kinds(register, mother)
    assert DeadlineKind.VISITS_MISSED not in found
    assert found[DeadlineKind.VISIT_EVALUATION][0].due == date(2026, 9, 15)
    # Oversikt and the page come to the same deadlines.
    assert sorted(visits.page(mother).deadlines, key=repr) == sorted(
        (d for ds in found.values() for d in ds if d.kind in _VISIT_KINDS), key=repr
    )


_VISIT_KINDS = {
    DeadlineKind.NEXT_VISIT,
    DeadlineKind.VISITS_MISSED,
    DeadlineKind.VISIT_EVALUATION,
    DeadlineKind.VISIT_PLAN_PURPOSE,
}


@pytest.mark.parametrize(
    ("utc_moment", "oslo_day"),
    [
        (datetime(2026, 6, 16, 21, 59, tzinfo=UTC), date(2026, 6, 16)),  # 23:59 in Oslo
        (datetime(2026, 6, 16, 22, 0, tzinfo=UTC), date(2026, 6, 17)),  # midnight in Oslo
    ],
)
def test_the_next_visit_is_judged_by_the_oslo_calendar(
    vault: Vault, register: RegisterService, mother: int, utc_moment: datetime, oslo_day: date
) -> None:
    from bufapp.services.clock import oslo_date

    child = _placed_child(register, mother, PlacementBasis.CARE_ORDER)
    service = VisitService(
        lambda: UnitOfWork(vault.session_factory), today=lambda: oslo_date(utc_moment)
    )
    plan = service.save_plan(_care_plan(mother, child, first_visit_on=date(2026, 1, 17)))
    page = service.page(mother)
    # The visit on the 17th is the next one until midnight in Oslo, then it is today's.
    assert page.children[0].next_visit == date(2026, 6, 17)
    with UnitOfWork(vault.session_factory) as uow:
        found = service.deadline_provider(uow, oslo_day)
    due = [d for d in found if d.kind == DeadlineKind.NEXT_VISIT]
    assert [d.due for d in due] == [date(2026, 6, 17)] and due[0].ref == plan.id
    assert due[0].urgency(oslo_day).name in {"SOON"} or oslo_day == date(2026, 6, 17)


def test_travel_support_is_decided_and_summed_per_year(
    register: RegisterService, visits: VisitService, mother: int
) -> None:
    child = _placed_child(register, mother, PlacementBasis.CARE_ORDER)
    plan = visits.save_plan(_care_plan(mother, child))
    held = visits.record_visit(
        Visit(
            plan.id or 0,
            mother,
            child.id or 0,
            date(2026, 5, 17),
            VisitOutcome.HELD,
            held_on=date(2026, 5, 17),
        )
    )
    applied = TravelSupport(
        mother, date(2026, 5, 20), 840, "Buss Alta–Kautokeino t/r", visit_id=held.id
    )
    saved = visits.save_travel(applied)
    with pytest.raises(ValidationFailed) as undecided:
        visits.save_travel(replace(saved, decided_on=date(2026, 5, 25)))
    assert undecided.value.for_field("granted")
    visits.save_travel(
        replace(saved, decided_on=date(2026, 5, 25), granted=True, granted_amount=840)
    )
    visits.save_travel(
        TravelSupport(
            mother, date(2026, 6, 1), 300, "Ferge", decided_on=date(2026, 6, 2), granted=False
        )
    )
    page = visits.page(mother)
    assert page.travel_granted_this_year == 840
    assert [t.applied_amount for t in page.travel] == [300, 840]


def test_a_talk_before_a_visit_not_yet_recorded_holds_it_as_planned_until_it_is(
    vault: Vault, register: RegisterService, visits: VisitService, mother: int
) -> None:
    log = ContactLogService(
        lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY, now=lambda: NOW
    )
    child = _placed_child(register, mother, PlacementBasis.CARE_ORDER)
    plan = visits.save_plan(_care_plan(mother, child))
    talk = log.save(ContactEntry(mother, NOW, ContactForm.PHONE, summary="Før samværet."))
    ahead = visits.link_talk_on_day(plan.id or 0, date(2026, 6, 17), TalkMoment.BEFORE, talk.id)
    assert ahead.outcome == VisitOutcome.PLANNED and ahead.before_entry_id == talk.id
    shown = visits.page(mother).children[0]
    assert shown.next_visit == date(2026, 6, 17)  # planned ahead is not yet held
    day = next(s for s in shown.schedule if s.day == date(2026, 6, 17))
    assert day.visit == ahead and day.outcome(TODAY) == "Planlagt"
    held = visits.record_visit(  # another day: a record of its own
        Visit(
            plan.id or 0,
            mother,
            child.id or 0,
            date(2026, 6, 14),
            VisitOutcome.HELD,
            held_on=date(2026, 6, 14),
        )
    )
    assert held.id != ahead.id
    done = visits.record_visit(
        Visit(
            plan.id or 0,
            mother,
            child.id or 0,
            date(2026, 6, 17),
            VisitOutcome.CANCELLED,
            cancelled_by=CancelledBy.CARERS,
            reason="Barnet på leirskole.",
        )
    )
    assert done.id == ahead.id and done.before_entry_id == talk.id


def test_the_card_reads_the_plan_in_force_and_its_next_visit_as_the_page_does(
    register: RegisterService, visits: VisitService, mother: int
) -> None:
    assert visits.card_lines(mother) == []
    child = _placed_child(register, mother, PlacementBasis.CARE_ORDER)
    first = visits.save_plan(_care_plan(mother, child))
    draft = visits.new_version(first.id or 0, valid_from=date(2026, 6, 1))
    second = visits.save_plan(
        replace(draft, frequency=Frequency(2, VisitPeriod.MONTH, 3.0), change_reason="Bedre.")
    )
    page = visits.page(mother).children[0]
    (line,) = visits.card_lines(mother)
    assert page.plan == second and page.next_visit is not None
    assert line.startswith("Ánde: 2 ganger i måneden")
    assert line.endswith(f" · neste {page.next_visit:%d.%m.%Y}")
