"""One parent's first-conversation status: offered (when, how), held (when, form, place),
refused; read for the latest placement episode."""

from __future__ import annotations

from datetime import date, timedelta

from bufapp.domain.contact_rules import ContactFact
from bufapp.domain.enums import ContactForm
from bufapp.domain.first_conversation import first_conversation_status
from tests.conftest import TODAY

PARENT = 3
PLACED = TODAY - timedelta(days=10)


def fact(
    days_after: int, form: ContactForm, first: bool = True, place: str = "", entry: int = 0
) -> ContactFact:
    on = PLACED + timedelta(days=days_after)
    return ContactFact(PARENT, on, form, first, place=place, entry_id=entry or None)


def status(*facts: ContactFact, refused_on: date | None = None, any_held: bool = False):  # type: ignore[no-untyped-def]
    return first_conversation_status(facts, PLACED, 14, any_held, refused_on)


def test_nothing_recorded_is_due_but_not_offered() -> None:
    found = status()
    assert (found.placed_on, found.offer_due) == (PLACED, PLACED + timedelta(days=14))
    assert not found.is_offered and not found.is_held and found.held_due is None


def test_an_offer_by_letter_is_offered_not_held() -> None:
    found = status(fact(2, ContactForm.LETTER, entry=41))
    assert (found.offered_on, found.offered_how, found.offered_entry_id) == (
        PLACED + timedelta(days=2),
        ContactForm.LETTER,
        41,
    )
    assert not found.is_held
    assert found.held_due == PLACED + timedelta(days=16)


def test_held_in_a_neutral_place_gives_the_form_and_the_place_as_written() -> None:
    found = status(
        fact(1, ContactForm.MESSAGE, entry=1),
        fact(4, ContactForm.NEUTRAL_PLACE, place="Kafé Sentrum, etter ønske fra mor", entry=2),
    )
    assert (found.offered_on, found.offered_how) == (
        PLACED + timedelta(days=1),
        ContactForm.MESSAGE,
    )
    assert (found.held_on, found.held_form, found.held_place, found.held_entry_id) == (
        PLACED + timedelta(days=4),
        ContactForm.NEUTRAL_PLACE,
        "Kafé Sentrum, etter ønske fra mor",
        2,
    )


def test_a_conversation_without_the_topic_holds_it_only_with_the_offices_setting() -> None:
    visit = fact(3, ContactForm.HOME_VISIT, first=False, place="Hjemme hos far")
    assert not status(visit).is_offered
    found = status(visit, any_held=True)
    assert (found.offered_how, found.held_form, found.held_place) == (
        ContactForm.HOME_VISIT,
        ContactForm.HOME_VISIT,
        "Hjemme hos far",
    )


def test_a_refusal_is_an_offer_and_ends_what_is_owed() -> None:
    refused = PLACED + timedelta(days=5)
    found = status(fact(1, ContactForm.LETTER), refused_on=refused)
    assert found.is_offered and found.refused_on == refused
    assert found.held_due is None  # the re-offer rule carries the follow-up on
    alone = status(refused_on=refused)
    assert alone.is_offered and alone.offered_on is None


def test_entries_and_refusals_before_the_placement_do_not_count() -> None:
    found = status(fact(-3, ContactForm.OFFICE_MEETING), refused_on=PLACED - timedelta(days=1))
    assert not found.is_offered and found.refused_on is None


def test_a_failed_attempt_never_counts() -> None:
    assert not status(fact(1, ContactForm.FAILED_ATTEMPT), any_held=True).is_offered


def test_the_status_in_plain_norwegian() -> None:
    assert status().lines() == [f"Ikke tilbudt ennå – fristen er {PLACED + timedelta(14):%d.%m.%Y}"]
    offered = status(fact(1, ContactForm.LETTER))
    assert offered.lines() == [
        f"Tilbudt {PLACED + timedelta(1):%d.%m.%Y} (brev)",
        f"Ikke gjennomført ennå – fristen er {PLACED + timedelta(15):%d.%m.%Y}",
    ]
    held = status(
        fact(1, ContactForm.MESSAGE), fact(3, ContactForm.NEUTRAL_PLACE, place="Kafeen på torget")
    )
    assert held.lines() == [
        f"Tilbudt {PLACED + timedelta(1):%d.%m.%Y} (SMS/e-post)",
        f"Gjennomført {PLACED + timedelta(3):%d.%m.%Y}: nøytralt sted – Kafeen på torget",
    ]
    refused = status(refused_on=PLACED + timedelta(2))
    assert refused.lines() == [f"Takket nei {PLACED + timedelta(2):%d.%m.%Y}"]
