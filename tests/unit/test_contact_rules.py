"""Rules of the contact log, pure: what a valid entry, change and plan are, and the deadlines
contacts create (first conversation, agreed frequency, refusal with new offers, follow-up tasks).

Dates handed to the rules are Oslo dates; the tests that start from a moment convert it with the
same function the service uses (``oslo_date``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bufapp.domain.contact_log import ContactEntry, ContactPlan, FollowUpTask, Participants
from bufapp.domain.contact_rules import (
    DEFAULT_REOFFER_DAYS,
    EARLIEST_YEAR,
    MAX_TEXT,
    ContactFact,
    check_change,
    check_entry,
    check_plan,
    check_task,
    counts_as_first_conversation_held,
    counts_as_first_conversation_offer,
    first_conversation_offers,
    first_conversations_held,
    plan_deadline,
    plan_deadlines,
    task_deadlines,
)
from bufapp.domain.deadlines import Deadline, Urgency
from bufapp.domain.enums import (
    HELD_CONVERSATION_FORMS,
    ContactForm,
    DeadlineKind,
    EntryStatus,
    TaskResponsible,
    TaskStatus,
)
from bufapp.services.clock import oslo_date
from tests.conftest import TODAY

PARENT = 7
OTHER_PARENT = 8
DAY = TODAY - timedelta(days=3)


def entry(**changes: object) -> ContactEntry:
    """A valid entry for ``PARENT`` on ``DAY`` (a home visit with a summary)."""
    base = ContactEntry(
        parent_id=PARENT,
        occurred_at=datetime(DAY.year, DAY.month, DAY.day, 10, 0, tzinfo=UTC),
        form=ContactForm.HOME_VISIT,
        summary="Vi snakket om samværet.",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def fields(problems: list) -> list[str]:  # type: ignore[type-arg]
    return [p.field for p in problems]


def fact(
    on: date,
    form: ContactForm = ContactForm.PHONE,
    first: bool = False,
    parent_id: int = PARENT,
) -> ContactFact:
    return ContactFact(parent_id, on, form, first)


# --- entries --------------------------------------------------------------------------------------


def test_a_complete_entry_has_no_problems_open_or_final() -> None:
    assert check_entry(entry(), DAY, TODAY, final=False) == []
    assert check_entry(entry(), DAY, TODAY, final=True) == []


def test_the_future_is_judged_by_the_oslo_calendar() -> None:
    # 22:30 UTC on 15 June is 00:30 on 16 June in Oslo (summer time): the future.
    late = datetime(2026, 6, 15, 22, 30, tzinfo=UTC)
    assert oslo_date(late) == date(2026, 6, 16)
    problems = check_entry(entry(occurred_at=late), oslo_date(late), TODAY, final=False)
    assert fields(problems) == ["occurred_at"]
    assert "fram i tid" in problems[0].message
    # 23:30 UTC on 14 June is 01:30 on 15 June in Oslo: today, allowed.
    early = datetime(2026, 6, 14, 23, 30, tzinfo=UTC)
    assert oslo_date(early) == TODAY
    assert check_entry(entry(occurred_at=early), oslo_date(early), TODAY, final=True) == []


@given(offset=st.integers(min_value=1, max_value=3000))
@settings(max_examples=50)
def test_every_day_after_today_is_the_future_and_every_day_up_to_today_is_not(
    offset: int,
) -> None:
    future = TODAY + timedelta(days=offset)
    past = TODAY - timedelta(days=offset - 1)  # today included
    assert fields(check_entry(entry(), future, TODAY, final=True)) == ["occurred_at"]
    assert check_entry(entry(), past, TODAY, final=True) == []


def test_a_year_before_2000_is_rejected() -> None:
    last_bad = date(EARLIEST_YEAR - 1, 12, 31)
    problems = check_entry(entry(), last_bad, TODAY, final=False)
    assert fields(problems) == ["occurred_at"]
    assert "året" in problems[0].message
    assert check_entry(entry(), date(EARLIEST_YEAR, 1, 1), TODAY, final=False) == []


@pytest.mark.parametrize("summary", ["", "   \n\t "])
def test_a_final_entry_needs_a_summary_an_open_one_does_not(summary: str) -> None:
    empty = entry(summary=summary)
    assert check_entry(empty, DAY, TODAY, final=False) == []
    problems = check_entry(empty, DAY, TODAY, final=True)
    assert fields(problems) == ["summary"]
    assert "sammendrag" in problems[0].message


def test_a_failed_attempt_cannot_carry_the_parents_own_words() -> None:
    words = "«Jeg vil ikke snakke nå»"
    failed = entry(form=ContactForm.FAILED_ATTEMPT, parent_words=words)
    problems = check_entry(failed, DAY, TODAY, final=True)
    assert fields(problems) == ["parent_words"]
    # The same words on a held conversation, or a failed attempt without them, are fine.
    assert check_entry(entry(parent_words=words), DAY, TODAY, final=True) == []
    assert check_entry(replace(failed, parent_words="  "), DAY, TODAY, final=True) == []


def test_an_interpreter_name_needs_the_language() -> None:
    named = entry(participants=Participants(interpreter_name="Ánde Gaup"))
    problems = check_entry(named, DAY, TODAY, final=False)
    assert fields(problems) == ["interpreter"]
    only_language = entry(participants=Participants(interpreter_language="nordsamisk"))
    assert check_entry(only_language, DAY, TODAY, final=False) == []
    both = entry(participants=Participants("", "", "nordsamisk", "Ánde Gaup"))
    assert both.participants.has_interpreter
    assert check_entry(both, DAY, TODAY, final=False) == []


def test_a_task_needs_what_is_to_be_done_and_is_named_by_its_position() -> None:
    tasks = (FollowUpTask("Ring fosterhjemmet"), FollowUpTask("   ", due=DAY))
    problems = check_entry(entry(tasks=tasks), DAY, TODAY, final=False)
    assert fields(problems) == ["tasks.1"]
    assert problems[0].message.startswith("Oppgave 2:")
    # A wholly empty new row is an unused line of the form, not a task: no problem.
    blank = (FollowUpTask("   "), FollowUpTask("Ring fosterhjemmet"))
    assert check_entry(entry(tasks=blank), DAY, TODAY, final=False) == []


def test_a_task_for_someone_else_needs_their_name() -> None:
    other = FollowUpTask("Sende rapport", responsible=TaskResponsible.OTHER)
    assert fields(check_task(other, 0)) == ["tasks.0"]
    named = replace(other, responsible_name="Helsesøster")
    assert check_task(named, 0) == []
    assert named.who == "Helsesøster"
    assert FollowUpTask("Ringe").who == TaskResponsible.CASEWORKER.label


def test_a_new_task_cannot_be_due_before_the_contact_but_a_saved_one_may() -> None:
    before = DAY - timedelta(days=1)
    new = FollowUpTask("Ringe tilbake", due=before)
    problems = check_entry(entry(tasks=(new,)), DAY, TODAY, final=False)
    assert fields(problems) == ["tasks.0"]
    assert "før kontakten" in problems[0].message
    # Due on the day of the contact is fine.
    same_day = replace(new, due=DAY)
    assert check_entry(entry(tasks=(same_day,)), DAY, TODAY, final=False) == []
    # A task saved earlier keeps its date when the entry's date is corrected later.
    saved = replace(new, id=41, parent_id=PARENT, entry_id=3)
    assert check_entry(entry(tasks=(saved,)), DAY, TODAY, final=False) == []


@pytest.mark.parametrize("name", ["summary", "parent_words", "agreed"])
def test_text_over_the_limit_is_rejected_on_its_field(name: str) -> None:
    at_limit = entry(**{name: "æ" * MAX_TEXT})
    assert check_entry(at_limit, DAY, TODAY, final=True) == []
    over = entry(**{name: "æ" * (MAX_TEXT + 1)})
    problems = check_entry(over, DAY, TODAY, final=True)
    assert fields(problems) == [name]
    assert f"{MAX_TEXT}" in problems[0].message


def test_every_problem_is_reported_at_once_with_its_field() -> None:
    bad = entry(
        form=ContactForm.FAILED_ATTEMPT,
        summary=" ",
        parent_words="ord",
        agreed="x" * (MAX_TEXT + 1),
        participants=Participants(interpreter_name="Tolk Tolkesen"),
        tasks=(
            FollowUpTask("", due=TODAY + timedelta(days=2)),
            FollowUpTask("Møte", responsible=TaskResponsible.OTHER),
            FollowUpTask("Brev", due=TODAY - timedelta(days=30)),
        ),
    )
    problems = check_entry(bad, TODAY + timedelta(days=1), TODAY, final=True)
    assert sorted(fields(problems)) == sorted(
        [
            "occurred_at",
            "agreed",
            "summary",
            "parent_words",
            "interpreter",
            "tasks.0",
            "tasks.1",
            "tasks.2",
        ]
    )
    assert all(p.message for p in problems)


# --- changes ----------------------------------------------------------------------------------


def test_an_open_entry_changes_without_a_reason() -> None:
    before = entry(id=1)
    assert check_change(before, replace(before, summary="Ny tekst")) == []


def test_a_final_entry_changes_only_with_a_reason() -> None:
    before = entry(id=1, status=EntryStatus.FINAL)
    after = replace(before, summary="Rettet tekst", change_reason="  ")
    assert fields(check_change(before, after)) == ["change_reason"]
    assert check_change(before, replace(after, change_reason="Feil dato")) == []


def test_a_withdrawn_entry_does_not_change_at_all() -> None:
    before = entry(id=1, status=EntryStatus.WITHDRAWN, withdrawn_reason="Feil forelder")
    problems = check_change(before, replace(before, change_reason="Likevel"))
    assert len(problems) == 1
    assert "trukket tilbake" in problems[0].message


# --- plans ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "field"),
    [
        (ContactPlan(PARENT, every_days=0, agreed_on=TODAY), "every_days"),
        (ContactPlan(PARENT, every_days=400, agreed_on=TODAY), "every_days"),
        (ContactPlan(PARENT, every_days=-14, agreed_on=TODAY), "every_days"),
        (ContactPlan(PARENT, refused_on=TODAY - timedelta(days=5)), "next_offer_on"),
        (
            ContactPlan(PARENT, refused_on=TODAY, next_offer_on=TODAY - timedelta(days=1)),
            "next_offer_on",
        ),
        (
            ContactPlan(
                PARENT,
                refused_on=TODAY + timedelta(days=1),
                next_offer_on=TODAY + timedelta(days=20),
            ),
            "refused_on",
        ),
    ],
    ids=["every-0", "every-400", "every-negative", "no-next-offer", "offer-before", "future"],
)
def test_check_plan_rejects(plan: ContactPlan, field: str) -> None:
    assert fields(check_plan(plan, TODAY)) == [field]


@pytest.mark.parametrize(
    "plan",
    [
        ContactPlan(PARENT),
        ContactPlan(PARENT, every_days=1, agreed_on=TODAY),
        ContactPlan(PARENT, every_days=365, agreed_on=TODAY),
        ContactPlan(PARENT, refused_on=TODAY, next_offer_on=TODAY),
        ContactPlan(PARENT, every_days=14, refused_on=TODAY, next_offer_on=TODAY, note="Nei"),
    ],
)
def test_check_plan_accepts(plan: ContactPlan) -> None:
    assert check_plan(plan, TODAY) == []


# --- first conversation -----------------------------------------------------------------------


@pytest.mark.parametrize("form", list(ContactForm))
def test_the_topic_first_conversation_counts_unless_the_attempt_failed(form: ContactForm) -> None:
    with_topic = fact(DAY, form, first=True)
    expected = form is not ContactForm.FAILED_ATTEMPT
    assert counts_as_first_conversation_offer(with_topic, any_held_conversation=False) is expected
    assert counts_as_first_conversation_offer(with_topic, any_held_conversation=True) is expected


@pytest.mark.parametrize("form", list(ContactForm))
def test_without_the_topic_only_a_held_conversation_counts_and_only_if_the_office_chose_so(
    form: ContactForm,
) -> None:
    plain = fact(DAY, form)
    assert counts_as_first_conversation_offer(plain, any_held_conversation=False) is False
    held = form in {
        ContactForm.PHONE,
        ContactForm.OFFICE_MEETING,
        ContactForm.HOME_VISIT,
        ContactForm.NEUTRAL_PLACE,
        ContactForm.VIDEO,
    }
    assert counts_as_first_conversation_offer(plain, any_held_conversation=True) is held


def test_first_conversation_dates_are_per_parent_and_sorted() -> None:
    facts = [
        fact(DAY, first=True),
        fact(DAY - timedelta(days=9), first=True),
        fact(DAY - timedelta(days=2), ContactForm.FAILED_ATTEMPT, first=True),
        fact(DAY - timedelta(days=4), first=True, parent_id=OTHER_PARENT),
        fact(DAY - timedelta(days=1), ContactForm.VIDEO),
    ]
    assert first_conversation_offers(facts, any_held_conversation=False) == {
        PARENT: [DAY - timedelta(days=9), DAY],
        OTHER_PARENT: [DAY - timedelta(days=4)],
    }
    assert first_conversation_offers(facts, any_held_conversation=True)[PARENT] == [
        DAY - timedelta(days=9),
        DAY - timedelta(days=1),
        DAY,
    ]


@pytest.mark.parametrize("form", list(ContactForm))
def test_only_a_held_conversation_with_the_topic_holds_the_first_conversation(
    form: ContactForm,
) -> None:
    # A letter or SMS offering the conversation is an offer, not the conversation itself.
    held = form in HELD_CONVERSATION_FORMS
    with_topic, plain = fact(DAY, form, first=True), fact(DAY, form)
    assert counts_as_first_conversation_held(with_topic, any_held_conversation=False) is held
    assert counts_as_first_conversation_held(plain, any_held_conversation=False) is False
    # The office's setting: any held conversation holds it (and offers it).
    assert counts_as_first_conversation_held(plain, any_held_conversation=True) is held
    assert counts_as_first_conversation_offer(plain, any_held_conversation=True) is held


def test_an_sms_offering_the_conversation_is_an_offer_and_not_a_held_one() -> None:
    facts = [
        fact(DAY - timedelta(days=5), ContactForm.MESSAGE, first=True),
        fact(DAY, ContactForm.NEUTRAL_PLACE, first=True),
    ]
    assert first_conversation_offers(facts, any_held_conversation=False) == {
        PARENT: [DAY - timedelta(days=5), DAY]
    }
    assert first_conversations_held(facts, any_held_conversation=False) == {PARENT: [DAY]}


# --- the agreed frequency ---------------------------------------------------------------------


def test_frequency_is_due_that_many_days_after_the_last_held_conversation() -> None:
    plan = ContactPlan(PARENT, every_days=14, agreed_on=date(2026, 3, 1))
    last_held = date(2026, 6, 1)
    facts = [
        fact(date(2026, 5, 10), ContactForm.HOME_VISIT),
        fact(last_held, ContactForm.VIDEO),
        # Neither a letter, an SMS nor a failed attempt is a held conversation.
        fact(date(2026, 6, 5), ContactForm.LETTER),
        fact(date(2026, 6, 6), ContactForm.MESSAGE),
        fact(date(2026, 6, 7), ContactForm.FAILED_ATTEMPT),
        # Another parent's conversation does not count for this one.
        fact(date(2026, 6, 10), ContactForm.PHONE, parent_id=OTHER_PARENT),
    ]
    deadline = plan_deadline(plan, facts)
    assert deadline is not None
    assert deadline.kind is DeadlineKind.CONTACT_FREQUENCY
    assert deadline.parent_id == PARENT
    assert deadline.due == last_held + timedelta(days=14)
    assert "14" in deadline.title


def test_frequency_counts_from_the_day_it_was_agreed_until_a_conversation_is_held() -> None:
    agreed = date(2026, 6, 3)
    plan = ContactPlan(PARENT, every_days=30, agreed_on=agreed)
    assert plan_deadline(plan, []).due == agreed + timedelta(days=30)  # type: ignore[union-attr]
    # A conversation held before the agreement does not move it earlier.
    before = [fact(agreed - timedelta(days=10))]
    assert plan_deadline(plan, before).due == agreed + timedelta(days=30)  # type: ignore[union-attr]
    after = [fact(agreed + timedelta(days=4))]
    assert plan_deadline(plan, after).due == agreed + timedelta(days=34)  # type: ignore[union-attr]


def test_no_frequency_and_no_refusal_is_no_deadline() -> None:
    assert plan_deadline(ContactPlan(PARENT, note="Ingen avtale ennå"), [fact(DAY)]) is None


# --- refusal and new offers -------------------------------------------------------------------


def test_refusal_replaces_the_frequency_with_a_new_offer_on_the_chosen_day() -> None:
    refused = date(2026, 5, 20)
    plan = ContactPlan(
        PARENT, every_days=14, agreed_on=date(2026, 1, 1), refused_on=refused, next_offer_on=TODAY
    )
    # The conversation in which the parent said no (on the refusal day) is not an offer.
    deadline = plan_deadline(plan, [fact(refused, ContactForm.HOME_VISIT)])
    assert deadline is not None
    assert deadline.kind is DeadlineKind.NEW_OFFER
    assert deadline.due == TODAY
    assert "20.05.2026" in deadline.title


@pytest.mark.parametrize(
    "form", [ContactForm.LETTER, ContactForm.MESSAGE, ContactForm.FAILED_ATTEMPT]
)
def test_after_an_offer_the_next_one_is_due_one_interval_later(form: ContactForm) -> None:
    refused = date(2026, 4, 1)
    offer_day = date(2026, 5, 1)
    plan = ContactPlan(PARENT, refused_on=refused, next_offer_on=offer_day)
    deadline = plan_deadline(plan, [fact(offer_day, form)])
    assert deadline is not None
    assert deadline.due == offer_day + timedelta(days=DEFAULT_REOFFER_DAYS)
    # With an agreed frequency, that is the interval.
    weekly = replace(plan, every_days=7)
    assert plan_deadline(weekly, [fact(offer_day, form)]).due == offer_day + timedelta(days=7)  # type: ignore[union-attr]


def test_a_refusal_without_an_offer_day_is_offered_again_one_interval_later() -> None:
    refused = date(2026, 4, 1)
    plan = ContactPlan(PARENT, every_days=21, refused_on=refused)
    assert plan_deadline(plan, []).due == refused + timedelta(days=21)  # type: ignore[union-attr]


def test_plan_deadlines_gives_one_per_plan_that_has_one() -> None:
    plans = [
        ContactPlan(PARENT, every_days=14, agreed_on=DAY),
        ContactPlan(OTHER_PARENT),
        ContactPlan(9, refused_on=DAY, next_offer_on=TODAY),
    ]
    found = plan_deadlines(plans, iter([fact(DAY)]))
    assert [(d.parent_id, d.kind) for d in found] == [
        (PARENT, DeadlineKind.CONTACT_FREQUENCY),
        (9, DeadlineKind.NEW_OFFER),
    ]


# --- follow-up tasks --------------------------------------------------------------------------


def test_task_deadlines_are_the_open_tasks_with_a_due_date() -> None:
    tasks = [
        FollowUpTask("Ring skolen", due=TODAY, parent_id=PARENT, entry_id=3, id=1),
        FollowUpTask("Uten frist", parent_id=PARENT, entry_id=3, id=2),
        FollowUpTask("Ferdig", due=TODAY, status=TaskStatus.DONE, parent_id=PARENT, id=3),
        FollowUpTask("Bortfalt", due=TODAY, status=TaskStatus.CANCELLED, parent_id=PARENT, id=4),
        FollowUpTask(
            "Sende brev",
            responsible=TaskResponsible.OTHER,
            responsible_name="Advokaten",
            due=TODAY + timedelta(days=9),
            parent_id=OTHER_PARENT,
            id=5,
        ),
    ]
    found = task_deadlines(tasks, {3: (11, 12)})
    assert [(d.ref, d.parent_id, d.due, d.child_ids) for d in found] == [
        (1, PARENT, TODAY, (11, 12)),
        (5, OTHER_PARENT, TODAY + timedelta(days=9), ()),
    ]
    assert all(d.kind is DeadlineKind.FOLLOW_UP for d in found)
    assert found[0].title == "Ring skolen (Saksbehandler)"
    assert found[1].title == "Sende brev (Advokaten)"


@pytest.mark.parametrize(
    ("due", "urgency"),
    [
        (TODAY - timedelta(days=1), Urgency.OVERDUE),
        (TODAY, Urgency.SOON),
        (TODAY + timedelta(days=7), Urgency.SOON),
        (TODAY + timedelta(days=8), Urgency.LATER),
    ],
)
def test_urgency_overdue_from_the_day_after_due_soon_within_seven_days(
    due: date, urgency: Urgency
) -> None:
    deadline = Deadline(DeadlineKind.FOLLOW_UP, PARENT, due, "x")
    assert deadline.urgency(TODAY) is urgency
    assert replace(deadline, done_on=TODAY).urgency(TODAY) is Urgency.DONE


def test_held_conversation_forms_are_the_real_exchanges() -> None:
    assert {f for f in ContactForm if f.is_held_conversation} == HELD_CONVERSATION_FORMS
    assert not ContactForm.LETTER.is_held_conversation
    assert not ContactForm.FAILED_ATTEMPT.is_held_conversation
