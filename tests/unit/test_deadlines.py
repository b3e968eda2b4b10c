"""The first-conversation deadline: placement start + 14 days, per parent, per episode."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bufapp.domain.deadlines import (
    DEFAULT_FIRST_CONVERSATION_DAYS,
    Deadline,
    Urgency,
    first_conversation_deadlines,
    placement_episodes,
)
from bufapp.domain.entities import Child, ParentLink, Placement
from bufapp.domain.enums import (
    DeadlineKind,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
)
from tests.conftest import TODAY

MOTHER, FATHER = 1, 2
START = TODAY - timedelta(days=5)


def child(child_id: int, *parent_ids: int) -> Child:
    roles = [ParentRole.MOTHER, ParentRole.FATHER, ParentRole.CO_MOTHER]
    links = tuple(ParentLink(pid, roles[i % 3]) for i, pid in enumerate(parent_ids))
    return Child(
        f"Barn {child_id}", "Testesen", date(2018, 1, 1), "2026/1", parents=links, id=child_id
    )


def placement(
    child_id: int,
    start: date,
    end: date | None = None,
    place_type: PlaceType = PlaceType.FOSTER_HOME,
) -> Placement:
    return Placement(
        child_id=child_id,
        basis=PlacementBasis.CARE_ORDER,
        place_type=place_type,
        start_date=start,
        end_date=end,
        end_reason=None if end is None else PlacementEndReason.MOVED,
    )


def deadlines(
    children: Sequence[Child],
    placements: Sequence[Placement],
    contacts: Mapping[int, Sequence[date]] | None = None,
    days: int = DEFAULT_FIRST_CONVERSATION_DAYS,
) -> list[Deadline]:
    """The offer's lines only (no ``held`` given: the rule then makes no held lines)."""
    return first_conversation_deadlines(children, placements, contacts or {}, TODAY, days=days)


def both(
    children: Sequence[Child],
    placements: Sequence[Placement],
    offered: Mapping[int, Sequence[date]],
    held: Mapping[int, Sequence[date]],
    refused: Mapping[int, date] | None = None,
    days: int = DEFAULT_FIRST_CONVERSATION_DAYS,
) -> dict[DeadlineKind, list[Deadline]]:
    found = first_conversation_deadlines(
        children, placements, offered, TODAY, days=days, held=held, refused=refused
    )
    by_kind: dict[DeadlineKind, list[Deadline]] = {}
    for deadline in found:
        by_kind.setdefault(deadline.kind, []).append(deadline)
    return by_kind


# --- due date and completion -------------------------------------------------------------------


def test_first_conversation_is_due_fourteen_days_after_placement() -> None:
    (deadline,) = deadlines([child(10, MOTHER)], [placement(10, START)])
    assert DEFAULT_FIRST_CONVERSATION_DAYS == 14
    assert deadline.due == START + timedelta(days=14)
    assert deadline.kind is DeadlineKind.FIRST_CONVERSATION
    assert deadline.title == "Første samtale tilbudt"  # the offer, not the conversation
    assert deadline.parent_id == MOTHER
    assert deadline.child_ids == (10,)
    assert deadline.done_on is None


def test_the_number_of_days_can_be_set_by_the_municipality() -> None:
    (deadline,) = deadlines([child(10, MOTHER)], [placement(10, START)], days=7)
    assert deadline.due == START + timedelta(days=7)


@pytest.mark.parametrize("offset", [0, 1, 20])
def test_done_by_a_conversation_on_or_after_the_placement_start(offset: int) -> None:
    # Also a late conversation (after the due date) completes it: it was held, just late.
    talked = START + timedelta(days=offset)
    (deadline,) = deadlines([child(10, MOTHER)], [placement(10, START)], {MOTHER: [talked]})
    assert deadline.done_on == talked
    assert deadline.urgency(TODAY) is Urgency.DONE


def test_done_on_is_the_first_conversation_after_the_start() -> None:
    contacts = {
        MOTHER: [START + timedelta(days=9), START - timedelta(days=3), START + timedelta(days=2)]
    }
    (deadline,) = deadlines([child(10, MOTHER)], [placement(10, START)], contacts)
    assert deadline.done_on == START + timedelta(days=2)


def test_a_contact_before_the_placement_does_not_count() -> None:
    contacts = {MOTHER: [START - timedelta(days=1)]}
    (deadline,) = deadlines([child(10, MOTHER)], [placement(10, START)], contacts)
    assert deadline.done_on is None


def test_the_other_parents_conversation_does_not_count() -> None:
    # Both parents are followed up, each on their own: fathers are not covered by the mother.
    result = deadlines([child(10, MOTHER, FATHER)], [placement(10, START)], {MOTHER: [START]})
    by_parent = {d.parent_id: d for d in result}
    assert set(by_parent) == {MOTHER, FATHER}
    assert by_parent[MOTHER].done_on == START
    assert by_parent[FATHER].done_on is None


def test_no_placement_no_deadline() -> None:
    assert deadlines([child(10, MOTHER)], []) == []


def test_unsaved_child_without_id_is_ignored() -> None:
    unsaved = Child(
        "Ny", "", date(2018, 1, 1), "2026/1", parents=(ParentLink(MOTHER, ParentRole.MOTHER),)
    )
    assert deadlines([unsaved], [placement(10, START)]) == []


# --- offered, then held --------------------------------------------------------------------------

OFFER, HELD = DeadlineKind.FIRST_CONVERSATION, DeadlineKind.FIRST_CONVERSATION_HELD


def test_not_offered_yet_no_held_line() -> None:
    found = both([child(10, MOTHER)], [placement(10, START)], {}, {})
    assert [d.kind for d in found[OFFER]] == [OFFER] and HELD not in found


def test_an_offer_by_letter_completes_the_offer_and_opens_the_held_line() -> None:
    offered = START + timedelta(days=2)
    found = both([child(10, MOTHER)], [placement(10, START)], {MOTHER: [offered]}, {})
    (offer,), (held,) = found[OFFER], found[HELD]
    assert offer.done_on == offered
    assert (held.due, held.done_on, held.child_ids) == (offered + timedelta(days=14), None, (10,))
    assert held.title == f"Første samtale gjennomført (tilbudt {offered:%d.%m.%Y})"


def test_the_held_line_uses_the_offices_days_from_the_offer() -> None:
    offered = START + timedelta(days=1)
    found = both([child(10, MOTHER)], [placement(10, START)], {MOTHER: [offered]}, {}, days=7)
    assert found[HELD][0].due == offered + timedelta(days=7)


def test_a_held_conversation_completes_both() -> None:
    talked = START + timedelta(days=3)
    offered = {MOTHER: [START + timedelta(days=1), talked]}
    found = both([child(10, MOTHER)], [placement(10, START)], offered, {MOTHER: [talked]})
    assert found[OFFER][0].done_on == START + timedelta(days=1)
    assert found[HELD][0].done_on == talked
    assert found[HELD][0].due == START + timedelta(days=15)


def test_a_held_conversation_before_the_placement_does_not_count() -> None:
    before = START - timedelta(days=2)
    offered = {MOTHER: [before, START]}
    found = both([child(10, MOTHER)], [placement(10, START)], offered, {MOTHER: [before]})
    assert found[HELD][0].done_on is None


def test_a_refusal_ends_the_held_line() -> None:
    refused = START + timedelta(days=4)
    offered = {MOTHER: [START + timedelta(days=1), refused]}
    found = both(
        [child(10, MOTHER)], [placement(10, START)], offered, {}, refused={MOTHER: refused}
    )
    assert found[OFFER][0].done_on == START + timedelta(days=1)
    assert HELD not in found  # the re-offer rule (NEW_OFFER) carries it on


def test_a_refusal_from_an_earlier_placement_does_not_end_the_held_line() -> None:
    old_refusal = START - timedelta(days=30)
    offered = {MOTHER: [old_refusal, START + timedelta(days=1)]}
    found = both(
        [child(10, MOTHER)], [placement(10, START)], offered, {}, refused={MOTHER: old_refusal}
    )
    assert found[HELD][0].done_on is None


def test_held_before_a_later_refusal_stays_done() -> None:
    talked, refused = START + timedelta(days=1), START + timedelta(days=3)
    found = both(
        [child(10, MOTHER)],
        [placement(10, START)],
        {MOTHER: [talked, refused]},
        {MOTHER: [talked]},
        refused={MOTHER: refused},
    )
    assert found[HELD][0].done_on == talked


def test_a_placement_ended_before_today_owes_no_held_conversation() -> None:
    ended = placement(10, TODAY - timedelta(days=20), TODAY - timedelta(days=1))
    found = both([child(10, MOTHER)], [ended], {MOTHER: [TODAY - timedelta(days=18)]}, {})
    assert found[OFFER][0].done_on == TODAY - timedelta(days=18)  # kept as done history
    assert HELD not in found


def test_each_parent_has_their_own_held_line() -> None:
    found = both(
        [child(10, MOTHER, FATHER)],
        [placement(10, START)],
        {MOTHER: [START], FATHER: [START]},
        {MOTHER: [START]},
    )
    assert {d.parent_id: d.done_on for d in found[HELD]} == {MOTHER: START, FATHER: None}


# --- episodes -----------------------------------------------------------------------------------


@pytest.mark.parametrize("gap_days", [0, 1])
def test_emergency_home_then_foster_home_without_gap_is_one_deadline(gap_days: int) -> None:
    # Moved on the day the emergency placement ended, or the day after: one episode, and the
    # first conversation was owed from the day the child left home.
    emergency_start = TODAY - timedelta(days=40)
    emergency_end = TODAY - timedelta(days=10)
    placements = [
        placement(10, emergency_start, emergency_end, PlaceType.EMERGENCY_HOME),
        placement(10, emergency_end + timedelta(days=gap_days), None, PlaceType.FOSTER_HOME),
    ]
    (deadline,) = deadlines([child(10, MOTHER)], placements)
    assert deadline.due == emergency_start + timedelta(days=14)
    assert deadline.urgency(TODAY) is Urgency.OVERDUE


def test_a_real_gap_starts_a_new_episode_with_its_own_deadline() -> None:
    first = placement(10, TODAY - timedelta(days=100), TODAY - timedelta(days=60))
    second = placement(10, TODAY - timedelta(days=3))
    contacts = {MOTHER: [TODAY - timedelta(days=95)]}  # the first episode's conversation
    result = deadlines([child(10, MOTHER)], [second, first], contacts)
    assert [(d.due, d.done_on) for d in result] == [
        (TODAY - timedelta(days=86), TODAY - timedelta(days=95)),
        (TODAY + timedelta(days=11), None),  # an old conversation does not cover the new episode
    ]


def test_placement_ended_before_today_without_contact_is_no_longer_owed() -> None:
    ended = placement(10, TODAY - timedelta(days=20), TODAY - timedelta(days=1))
    assert deadlines([child(10, MOTHER)], [ended]) == []


def test_placement_ending_today_is_still_owed() -> None:
    ending = placement(10, TODAY - timedelta(days=20), TODAY)
    (deadline,) = deadlines([child(10, MOTHER)], [ending])
    assert deadline.urgency(TODAY) is Urgency.OVERDUE


def test_ended_placement_with_a_conversation_stays_as_done_history() -> None:
    ended = placement(10, TODAY - timedelta(days=20), TODAY - timedelta(days=1))
    (deadline,) = deadlines([child(10, MOTHER)], [ended], {MOTHER: [TODAY - timedelta(days=15)]})
    assert deadline.done_on == TODAY - timedelta(days=15)


def test_two_children_placed_the_same_day_give_one_deadline_per_parent() -> None:
    children = [child(11, MOTHER), child(10, MOTHER)]
    (deadline,) = deadlines(children, [placement(11, START), placement(10, START)])
    assert deadline.child_ids == (10, 11)


def test_children_placed_on_different_days_give_separate_deadlines() -> None:
    children = [child(10, MOTHER), child(11, MOTHER)]
    later = START + timedelta(days=2)
    result = deadlines(children, [placement(10, START), placement(11, later)])
    assert [(d.due, d.child_ids) for d in result] == [
        (START + timedelta(days=14), (10,)),
        (later + timedelta(days=14), (11,)),
    ]


def test_deadlines_are_sorted_by_due_date_then_parent() -> None:
    children = [child(10, FATHER, MOTHER), child(11, 3)]
    placements = [placement(11, START - timedelta(days=1)), placement(10, START)]
    result = deadlines(children, placements)
    assert [(d.due, d.parent_id) for d in result] == [
        (START + timedelta(days=13), 3),
        (START + timedelta(days=14), MOTHER),
        (START + timedelta(days=14), FATHER),
    ]


def test_placement_episodes_merge_overlaps_contained_and_ongoing_placements() -> None:
    d = date(2026, 1, 1)
    placements = [
        placement(10, d + timedelta(days=40)),  # ongoing, starts the day after the merged end
        placement(10, d, d + timedelta(days=30)),
        placement(10, d + timedelta(days=5), d + timedelta(days=10)),  # contained
        placement(10, d + timedelta(days=20), d + timedelta(days=39)),  # overlaps and extends
    ]
    assert placement_episodes(placements) == [(d, None)]


def test_placement_episodes_keep_separate_periods_apart() -> None:
    d = date(2026, 1, 1)
    placements = [placement(10, d, d + timedelta(days=5)), placement(10, d + timedelta(days=7))]
    assert placement_episodes(placements) == [
        (d, d + timedelta(days=5)),
        (d + timedelta(days=7), None),
    ]


@st.composite
def placement_lists(draw: st.DrawFn) -> list[Placement]:
    base = date(2025, 1, 1)
    result = []
    for _ in range(draw(st.integers(1, 6))):
        start = base + timedelta(days=draw(st.integers(0, 200)))
        length = draw(st.one_of(st.none(), st.integers(0, 60)))
        end = None if length is None else start + timedelta(days=length)
        result.append(placement(10, start, end))
    return result


@settings(max_examples=200)
@given(placements=placement_lists())
def test_episodes_are_separated_and_cover_every_placement(placements: list[Placement]) -> None:
    episodes = placement_episodes(placements)
    # Sorted, and separated by at least one whole day at home.
    for (_, end), (next_start, _) in itertools.pairwise(episodes):
        assert end is not None
        assert next_start > end + timedelta(days=1)
    # Every placement lies inside exactly one episode.
    for p in placements:
        containing = [
            (start, end)
            for start, end in episodes
            if start <= p.start_date
            and (end is None or (p.end_date is not None and p.end_date <= end))
        ]
        assert len(containing) == 1
    # Every episode starts with some placement's start and ends with some placement's end.
    starts = {p.start_date for p in placements}
    ends = {p.end_date for p in placements}
    for start, end in episodes:
        assert start in starts
        assert end in ends


# --- urgency ------------------------------------------------------------------------------------


def deadline_due(due: date, done_on: date | None = None) -> Deadline:
    return Deadline(DeadlineKind.FIRST_CONVERSATION, MOTHER, due, "Første samtale", done_on=done_on)


@pytest.mark.parametrize(
    ("days_from_today", "urgency"),
    [
        (-30, Urgency.OVERDUE),
        (-1, Urgency.OVERDUE),
        (0, Urgency.SOON),  # due today is not yet overdue
        (1, Urgency.SOON),
        (7, Urgency.SOON),
        (8, Urgency.LATER),
        (100, Urgency.LATER),
    ],
)
def test_urgency_boundaries(days_from_today: int, urgency: Urgency) -> None:
    assert deadline_due(TODAY + timedelta(days=days_from_today)).urgency(TODAY) is urgency


@pytest.mark.parametrize("days_from_today", [-30, 0, 30])
def test_done_deadlines_are_done_whatever_the_date(days_from_today: int) -> None:
    deadline = deadline_due(
        TODAY + timedelta(days=days_from_today), done_on=TODAY - timedelta(days=40)
    )
    assert deadline.urgency(TODAY) is Urgency.DONE
