"""The register service on a real encrypted vault (the ``register`` fixture, today = TODAY)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.deadlines import Urgency
from bufapp.domain.entities import Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
)
from bufapp.domain.national_id import make_synthetic
from bufapp.errors import NotFound, ValidationFailed
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from tests.conftest import TODAY


def synthetic_id(born: date, skip: int = 0) -> str:
    """The ``skip``-th synthetic number for ``born`` (month + 80: never a real person)."""
    numbers = (make_synthetic(born, i) for i in range(1000))
    return [n for n in numbers if n is not None][skip]


def spaced(number: str) -> str:
    return f"{number[:6]} {number[6:]}"


def add_parent(
    register: RegisterService, given: str, family: str = "Testesen", **kw: object
) -> Parent:
    return register.save_parent(Parent(given, family, **kw))  # type: ignore[arg-type]


def add_child(
    register: RegisterService, given: str, *parents: Parent, born: date = date(2018, 3, 4)
) -> Child:
    roles = [ParentRole.MOTHER, ParentRole.FATHER]
    links = tuple(ParentLink(p.id or 0, roles[i % 2]) for i, p in enumerate(parents))
    return register.save_child(Child(given, "Testesen", born, "2026/1234", parents=links))


def place(
    register: RegisterService,
    child: Child,
    start: date,
    place_type: PlaceType = PlaceType.FOSTER_HOME,
    end: date | None = None,
) -> Placement:
    return register.save_placement(
        Placement(
            child_id=child.id or 0,
            basis=PlacementBasis.CARE_ORDER,
            place_type=place_type,
            start_date=start,
            end_date=end,
            end_reason=None if end is None else PlacementEndReason.MOVED,
        )
    )


def oslo_noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)  # 12:00 in Oslo (summer)


# --- parents ------------------------------------------------------------------------------------


def test_invalid_parent_lists_every_problem_and_saves_nothing(register: RegisterService) -> None:
    before = len(register.parent_summaries())
    bad = Parent(
        "  ",
        "",
        national_id="123",
        postal_code="12",
        phone="12",
        email="kari-at-example",
        birth_date=TODAY + timedelta(days=1),
    )
    with pytest.raises(ValidationFailed) as caught:
        register.save_parent(bad)
    assert {p.field for p in caught.value.problems} == {
        "given_names",
        "national_id",
        "birth_date",
        "postal_code",
        "phone",
        "email",
    }
    assert len(register.parent_summaries()) == before == 0


def test_birth_date_is_filled_from_the_national_id(register: RegisterService) -> None:
    born = date(1991, 7, 3)
    number = synthetic_id(born)
    saved = add_parent(register, "  Kari ", " Testesen ", national_id=spaced(number))
    assert saved.id is not None
    assert saved.birth_date == born
    assert saved.national_id == number  # stored without the space
    assert (saved.given_names, saved.family_name) == ("Kari", "Testesen")
    assert register.parent(saved.id) == saved


def test_blank_national_id_is_stored_as_none(register: RegisterService) -> None:
    assert add_parent(register, "Kari", national_id="  ").national_id is None


def test_duplicate_national_id_is_rejected_naming_the_field(register: RegisterService) -> None:
    number = synthetic_id(date(1991, 7, 3))
    add_parent(register, "Kari", national_id=number)
    with pytest.raises(ValidationFailed) as caught:
        add_parent(register, "Per", "Annensen", national_id=spaced(number))
    (message,) = caught.value.for_field("national_id")
    assert message.startswith("Fødselsnummeret er allerede registrert")
    assert len(register.parent_summaries()) == 1


def test_birth_date_contradicting_the_national_id_is_rejected(register: RegisterService) -> None:
    number = synthetic_id(date(1991, 7, 3))
    with pytest.raises(ValidationFailed) as caught:
        add_parent(register, "Kari", national_id=number, birth_date=date(1991, 7, 4))
    assert [p.field for p in caught.value.problems] == ["birth_date"]
    assert register.parent_summaries() == []


def test_update_changes_the_parent_and_keeps_its_own_national_id(
    register: RegisterService,
) -> None:
    saved = add_parent(register, "Kari", national_id=synthetic_id(date(1991, 7, 3)))
    # Saving the same person again must not trip over their own national ID.
    updated = register.save_parent(
        replace(saved, phone="912 34 567", interpreter_language="somali")
    )
    assert updated.id == saved.id
    assert register.parent(saved.id or 0).phone == "912 34 567"
    assert register.parent(saved.id or 0).needs_interpreter
    assert len(register.parent_summaries()) == 1


def test_update_cannot_take_another_parents_national_id(register: RegisterService) -> None:
    number = synthetic_id(date(1991, 7, 3))
    add_parent(register, "Kari", national_id=number)
    per = add_parent(register, "Per", "Annensen")
    with pytest.raises(ValidationFailed):
        register.save_parent(replace(per, national_id=number))
    assert register.parent(per.id or 0).national_id is None


def test_update_of_a_deleted_or_unknown_parent_is_not_found(register: RegisterService) -> None:
    with pytest.raises(NotFound):
        register.save_parent(Parent("Kari", "Testesen", id=999))
    with pytest.raises(NotFound):
        register.parent(999)


def test_duplicate_national_id_is_reported_together_with_other_problems(
    register: RegisterService,
) -> None:
    number = synthetic_id(date(1991, 7, 3))
    add_parent(register, "Kari", national_id=number)
    with pytest.raises(ValidationFailed) as caught:
        add_parent(register, "Per", "Annensen", national_id=number, postal_code="12")
    assert {p.field for p in caught.value.problems} == {"national_id", "postal_code"}


# --- office -------------------------------------------------------------------------------------


def test_office_is_saved_once_with_a_compact_org_number(register: RegisterService) -> None:
    assert register.office() is None
    register.save_office(Office("Testvik kommune", org_number="123 456 785"))
    saved = register.save_office(
        Office("Testvik kommune, barnevernstjenesten", org_number="123456785")
    )
    assert register.office() == saved
    assert saved.org_number == "123456785"
    with pytest.raises(ValidationFailed) as caught:
        register.save_office(Office("Testvik kommune", org_number="123456784"))
    assert caught.value.for_field("org_number")


# --- children and placements -------------------------------------------------------------------


def test_save_child_links_both_parents(register: RegisterService) -> None:
    kari = add_parent(register, "Kari")
    per = add_parent(register, "Per", "Annensen")
    lise = add_child(register, " Lise ", kari, per)
    assert lise.id is not None
    assert lise.given_names == "Lise"
    assert {(link.parent_id, link.role) for link in lise.parents} == {
        (kari.id, ParentRole.MOTHER),
        (per.id, ParentRole.FATHER),
    }
    assert register.child(lise.id) == lise


def test_save_child_rejects_a_parent_that_does_not_exist(register: RegisterService) -> None:
    kari = add_parent(register, "Kari")
    links = (ParentLink(kari.id or 0, ParentRole.MOTHER), ParentLink(999, ParentRole.FATHER))
    with pytest.raises(ValidationFailed) as caught:
        register.save_child(Child("Lise", "Testesen", date(2018, 3, 4), "2026/1", parents=links))
    assert caught.value.for_field("parents") == ["En av foreldrene finnes ikke lenger."]
    assert register.parent_detail(kari.id or 0).children == ()


def test_save_child_rejects_a_duplicate_child_national_id(register: RegisterService) -> None:
    born = date(2018, 3, 4)
    number = synthetic_id(born)
    register.save_child(Child("Lise", "Testesen", born, "2026/1", national_id=number))
    with pytest.raises(ValidationFailed) as caught:
        register.save_child(Child("Lise", "Testesen", born, "2026/2", national_id=spaced(number)))
    assert caught.value.for_field("national_id")


def test_update_child_keeping_and_changing_parents(register: RegisterService) -> None:
    kari = add_parent(register, "Kari")
    per = add_parent(register, "Per", "Annensen")
    lise = add_child(register, "Lise", kari)
    # Same parent link again (the form saves the whole child), then a second parent added.
    same = register.save_child(replace(lise, case_number="2026/99"))
    assert same.case_number == "2026/99"
    assert [link.parent_id for link in same.parents] == [kari.id]
    both = register.save_child(
        replace(same, parents=(*same.parents, ParentLink(per.id or 0, ParentRole.FATHER)))
    )
    assert {link.parent_id for link in register.child(both.id or 0).parents} == {kari.id, per.id}


def test_placement_cannot_start_before_the_child_was_born(register: RegisterService) -> None:
    lise = add_child(register, "Lise", add_parent(register, "Kari"), born=date(2018, 3, 4))
    with pytest.raises(ValidationFailed) as caught:
        place(register, lise, date(2018, 3, 3))
    assert caught.value.for_field("start_date") == [
        "Startdatoen kan ikke være før barnet ble født."
    ]
    assert register.placements_of(lise.id or 0) == []


def test_placement_problems_are_reported_together(register: RegisterService) -> None:
    lise = add_child(register, "Lise", add_parent(register, "Kari"), born=date(2018, 3, 4))
    bad = Placement(
        child_id=lise.id or 0,
        basis=PlacementBasis.VOLUNTARY,
        place_type=PlaceType.INSTITUTION,
        start_date=date(2018, 1, 1),
        end_reason=PlacementEndReason.OTHER,
    )
    with pytest.raises(ValidationFailed) as caught:
        register.save_placement(bad)
    assert {p.field for p in caught.value.problems} == {"end_date", "start_date"}


def test_placement_is_saved_updated_and_listed(register: RegisterService) -> None:
    lise = add_child(register, "Lise", add_parent(register, "Kari"))
    emergency = place(register, lise, date(2026, 1, 5), PlaceType.EMERGENCY_HOME)
    ended = register.save_placement(
        replace(emergency, end_date=date(2026, 2, 1), end_reason=PlacementEndReason.MOVED)
    )
    foster = place(register, lise, date(2026, 2, 1))
    assert register.placements_of(lise.id or 0) == [ended, foster]


def test_placement_for_an_unknown_child_is_not_found(register: RegisterService) -> None:
    with pytest.raises(NotFound):
        register.save_placement(
            Placement(999, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME, date(2026, 1, 1))
        )


# --- contacts -----------------------------------------------------------------------------------


def test_contact_in_the_future_is_rejected(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    tomorrow = ContactEntry(kari.id or 0, oslo_noon(TODAY + timedelta(days=1)), ContactForm.PHONE)
    with pytest.raises(ValidationFailed) as caught:
        contact_log.save(tomorrow)
    assert caught.value.for_field("occurred_at") == ["Tidspunktet kan ikke være fram i tid."]


def test_the_future_is_judged_by_the_oslo_calendar(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    # 22:30 UTC on TODAY is 00:30 the next day in Oslo (summer time): the future.
    just_after_midnight = datetime(TODAY.year, TODAY.month, TODAY.day, 22, 30, tzinfo=UTC)
    with pytest.raises(ValidationFailed):
        contact_log.save(ContactEntry(kari.id or 0, just_after_midnight, ContactForm.PHONE))
    # 23:30 UTC the day before is 01:30 today in Oslo: allowed.
    early_today = just_after_midnight - timedelta(days=1, hours=-1)
    saved = contact_log.save(ContactEntry(kari.id or 0, early_today, ContactForm.PHONE))
    assert saved.id is not None
    assert saved.occurred_at == early_today


def test_contact_needs_a_timezone_and_an_existing_parent(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    with pytest.raises(ValueError, match="timezone-aware"):
        contact_log.save(ContactEntry(kari.id or 0, datetime(2026, 6, 1, 12), ContactForm.PHONE))
    with pytest.raises(ValidationFailed) as caught:
        contact_log.save(ContactEntry(999, oslo_noon(TODAY), ContactForm.PHONE))
    assert caught.value.for_field("parent_id") == ["Forelderen finnes ikke lenger."]


def test_held_conversation_completes_the_first_conversation_deadline(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    lise = add_child(register, "Lise", kari)
    start = TODAY - timedelta(days=3)
    place(register, lise, start)
    register.first_conversation_any_held = True  # the office's setting: any held conversation
    (deadline,) = register.deadlines()
    assert (deadline.due, deadline.done_on) == (start + timedelta(days=14), None)
    # A letter or a failed attempt is not a conversation.
    contact_log.save(ContactEntry(kari.id or 0, oslo_noon(start), ContactForm.LETTER))
    contact_log.save(ContactEntry(kari.id or 0, oslo_noon(start), ContactForm.FAILED_ATTEMPT))
    assert register.deadlines()[0].done_on is None
    contact_log.save(ContactEntry(kari.id or 0, oslo_noon(TODAY), ContactForm.HOME_VISIT))
    assert register.deadlines()[0].done_on == TODAY


def test_first_conversation_days_is_configurable(register: RegisterService) -> None:
    lise = add_child(register, "Lise", add_parent(register, "Kari"))
    place(register, lise, TODAY)
    register.first_conversation_days = 7
    (deadline,) = register.deadlines()
    assert deadline.due == TODAY + timedelta(days=7)


# --- overview -----------------------------------------------------------------------------------


def test_parent_summaries_show_children_placement_and_next_deadline(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari", "Berg")
    per = add_parent(register, "Per", "Annensen")
    alone = add_parent(register, "Åse", "Ødegård")
    lise = add_child(register, "Lise", kari, per)
    ola = add_child(register, "Ola", kari, born=date(2020, 5, 1))
    place(register, lise, TODAY - timedelta(days=20), PlaceType.INSTITUTION)
    place(register, ola, TODAY - timedelta(days=2))
    register.first_conversation_any_held = True
    contact_log.save(
        ContactEntry(per.id or 0, oslo_noon(TODAY - timedelta(days=1)), ContactForm.PHONE)
    )

    rows = {row.id: row for row in register.parent_summaries()}
    assert [r.sort_name for r in register.parent_summaries()] == [
        "Annensen, Per",
        "Berg, Kari",
        "Ødegård, Åse",
    ]

    k = rows[kari.id or 0]
    assert k.name == "Kari Berg"
    assert sorted(k.children.split(", ")) == ["Lise", "Ola"]
    assert k.placement == "Barnevernsinstitusjon, Fosterhjem"
    # Lise's deadline (overdue) comes before Ola's.
    assert k.next_deadline is not None
    assert k.next_deadline.due == TODAY - timedelta(days=6)
    assert k.next_deadline.child_ids == (lise.id,)
    assert k.next_deadline.urgency(TODAY) is Urgency.OVERDUE

    p = rows[per.id or 0]
    assert p.children == "Lise"
    assert p.placement == "Barnevernsinstitusjon"
    assert p.next_deadline is None  # Per was talked with after Lise was placed

    a = rows[alone.id or 0]
    assert (a.children, a.placement, a.next_deadline) == ("", "Ingen pågående", None)


def test_ended_placement_is_not_shown_as_current(register: RegisterService) -> None:
    kari = add_parent(register, "Kari")
    lise = add_child(register, "Lise", kari)
    place(register, lise, date(2025, 1, 1), end=date(2025, 6, 1))
    (row,) = register.parent_summaries()
    assert row.placement == "Ingen pågående"
    assert row.next_deadline is None  # ended long ago without contact: no longer owed


def test_parent_detail_lists_children_placements_and_the_other_parent(
    register: RegisterService,
) -> None:
    kari = add_parent(register, "Kari")
    per = add_parent(register, "Per", "Annensen")
    lise = add_child(register, "Lise", kari, per)
    ola = add_child(register, "Ola", kari, born=date(2020, 5, 1))
    placed = place(register, lise, TODAY - timedelta(days=1))

    detail = register.parent_detail(kari.id or 0)
    assert detail.parent == kari
    assert [c.child.id for c in detail.children] == [lise.id, ola.id]  # oldest first
    assert detail.children[0].placements == (placed,)
    assert detail.children[1].placements == ()
    assert detail.other_parents == (per,)
    assert [d.parent_id for d in detail.deadlines] == [kari.id]

    per_detail = register.parent_detail(per.id or 0)
    assert per_detail.other_parents == (kari,)
    assert [c.child.id for c in per_detail.children] == [lise.id]


def test_parent_detail_of_unknown_parent_is_not_found(register: RegisterService) -> None:
    with pytest.raises(NotFound):
        register.parent_detail(999)


def test_the_first_conversation_status_reads_the_placement_still_going(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    # Ola was placed later but is home again; Lise is still placed: her episode is the one.
    kari = add_parent(register, "Kari")
    lise, ola = add_child(register, "Lise", kari), add_child(register, "Ola", kari)
    lise_placed = TODAY - timedelta(days=30)
    place(register, lise, lise_placed)
    place(register, ola, TODAY - timedelta(days=10), end=TODAY - timedelta(days=2))
    contact_log.save(
        ContactEntry(
            kari.id or 0,
            oslo_noon(lise_placed + timedelta(days=3)),
            ContactForm.OFFICE_MEETING,
            topics=(ContactTopic.FIRST_CONVERSATION,),
            place="Kontoret, etter Karis ønske",
        )
    )
    status = register.first_conversation_status(kari.id or 0)
    assert status is not None
    assert (status.placed_on, status.offer_due) == (lise_placed, lise_placed + timedelta(days=14))
    assert (status.held_on, status.held_form, status.held_place) == (
        lise_placed + timedelta(days=3),
        ContactForm.OFFICE_MEETING,
        "Kontoret, etter Karis ønske",
    )
