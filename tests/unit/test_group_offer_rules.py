"""Group offers without a vault: a participation's steps in order and not ahead of today, the
sessions attended within the offer's, and the prompt to tell a parent of a placed child."""

from __future__ import annotations

from datetime import date

from bufapp.domain.entities import Child, ParentLink, Placement
from bufapp.domain.enums import (
    DeadlineKind,
    GroupOfferType,
    OfferAnswer,
    ParentRole,
    PlacementBasis,
    PlaceType,
)
from bufapp.domain.group_offer_checks import check_offer, check_participation
from bufapp.domain.group_offer_rules import first_told, not_told_deadlines, uptake
from bufapp.domain.group_offers import GroupOffer, GroupParticipation

TODAY = date(2026, 3, 2)
ICDP = GroupOffer("ICDP-gruppe", GroupOfferType.ICDP, own_office=True, sessions=10, id=1)


def fields(problems: list) -> set[str]:
    return {p.field for p in problems}


def test_an_offer_needs_a_name_a_provider_and_dates_in_order() -> None:
    bad = GroupOffer(" ", GroupOfferType.DROP_IN, starts_on=TODAY, ends_on=date(2026, 1, 1))
    assert fields(check_offer(bad)) == {"name", "provider_name", "ends_on"}
    assert check_offer(GroupOffer("Drop-in", GroupOfferType.DROP_IN, provider_name="Kirkens")) == []
    assert fields(check_offer(GroupOffer("X", GroupOfferType.OTHER, True, sessions=0))) == {
        "sessions"
    }


def test_a_whole_way_through_is_valid() -> None:
    done = GroupParticipation(
        parent_id=5,
        offer_id=1,
        informed_on=date(2025, 8, 1),
        answer=OfferAnswer.INTERESTED,
        referred_on=date(2025, 8, 10),
        started_on=date(2025, 9, 2),
        sessions_attended=8,
        completed_on=date(2025, 11, 4),
        evaluation="Godt å møte andre.",
        usefulness=5,
    )
    assert check_participation(done, TODAY, ICDP) == []
    assert done.step == "Fullført"


def test_steps_out_of_order_in_the_future_or_too_many_sessions_are_refused() -> None:
    record = GroupParticipation(
        parent_id=5,
        offer_id=1,
        informed_on=date(2025, 9, 1),
        referred_on=date(2025, 8, 1),  # before told
        started_on=date(2026, 3, 3),  # tomorrow
        sessions_attended=11,
        usefulness=6,
    )
    assert fields(check_participation(record, TODAY, ICDP)) == {
        "started_on",
        "sessions_attended",
        "usefulness",
        "referred_on",
    }


def test_stopping_needs_a_reason_and_a_start_and_not_a_completion_too() -> None:
    record = GroupParticipation(
        parent_id=5, offer_id=1, stopped_on=date(2026, 1, 1), completed_on=date(2026, 1, 1)
    )
    assert fields(check_participation(record, TODAY, ICDP)) == {
        "started_on",
        "stopped_on",
        "stopped_reason",
    }


def test_telling_without_an_offer_is_fine_but_a_referral_needs_one() -> None:
    told = GroupParticipation(5, informed_on=TODAY, answer=OfferAnswer.NOT_NOW)
    assert check_participation(told, TODAY) == []
    assert told.step == "Informert – ikke nå"
    assert fields(check_participation(GroupParticipation(5, referred_on=TODAY), TODAY)) == {
        "offer_id"
    }
    assert fields(check_participation(GroupParticipation(5), TODAY)) == {"informed_on"}


def _child(child_id: int, *parents: int) -> Child:
    links = tuple(ParentLink(p, ParentRole.MOTHER) for p in parents)
    return Child("Ánte", "Gaup", date(2018, 1, 1), f"S-{child_id}", parents=links, id=child_id)


def _placed(child_id: int, start: date, end: date | None = None) -> Placement:
    return Placement(
        child_id, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME, start, end_date=end
    )


def test_a_parent_of_a_placed_child_never_told_is_prompted_30_days_after_the_placement() -> None:
    children = [_child(1, 10, 11), _child(2, 12)]
    placements = [_placed(1, date(2026, 2, 1)), _placed(2, date(2025, 1, 1), date(2025, 6, 1))]
    told = first_told([GroupParticipation(11, informed_on=date(2026, 2, 20))])
    found = not_told_deadlines(children, placements, told, TODAY)
    assert [(d.parent_id, d.due, d.done_on) for d in found] == [
        (10, date(2026, 3, 3), None),
        (11, date(2026, 3, 3), date(2026, 2, 20)),
    ]  # parent 12's child went home before today: no prompt
    assert found[0].kind == DeadlineKind.GROUP_OFFERS_NOT_TOLD
    assert found[0].child_ids == (1,)


def test_uptake_counts_each_step() -> None:
    records = [
        GroupParticipation(1, informed_on=TODAY),
        GroupParticipation(2, 1, informed_on=TODAY, referred_on=TODAY, started_on=TODAY),
        GroupParticipation(3, 1, referred_on=TODAY, started_on=TODAY, completed_on=TODAY),
    ]
    found = uptake(records)
    assert (found.informed, found.referred, found.started, found.completed) == (2, 2, 2, 1)
