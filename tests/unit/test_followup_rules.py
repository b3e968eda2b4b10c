"""The follow-up's pure rules: the role table chosen, a checklist item's state on its day,
Oversikt's grouping, the day a child comes of age, and what a wish's answer needs."""

from __future__ import annotations

from datetime import date

import pytest

from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import (
    DeadlineKind,
    PlacementBasis,
    Understanding,
    WishKind,
    WishOutcome,
)
from bufapp.domain.followup import InformationGiven, Wish
from bufapp.domain.followup_checks import check_wish
from bufapp.domain.followup_rules import (
    ItemState,
    aftercare_birth_dates,
    eighteenth_birthday,
    grouped_for_oversikt,
    item_state,
    role_table_key,
)

DAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("basis", "responsibility", "key"),
    [
        (PlacementBasis.VOLUNTARY, True, "voluntary"),
        (PlacementBasis.CARE_ORDER, True, "care_order"),
        (PlacementBasis.EMERGENCY, True, "emergency"),
        (PlacementBasis.CARE_ORDER, False, "without_responsibility"),
    ],
)
def test_the_role_table_key(basis: PlacementBasis, responsibility: bool, key: str) -> None:
    assert role_table_key(basis, responsibility) == key


def test_an_item_is_due_again_from_its_day_not_the_day_before() -> None:
    given = InformationGiven(1, "grounds", date(2026, 5, 1), understood=Understanding.UNDERSTOOD)
    assert item_state(None, DAY) is ItemState.NOT_GIVEN
    assert item_state(given, DAY) is ItemState.UNDERSTOOD
    repeat = InformationGiven(
        1, "grounds", date(2026, 5, 1), understood=Understanding.UNDERSTOOD, repeat_on=DAY
    )
    assert item_state(repeat, date(2026, 6, 14)) is ItemState.UNDERSTOOD
    assert item_state(repeat, DAY) is ItemState.DUE_AGAIN
    partly = InformationGiven(1, "grounds", date(2026, 5, 1), understood=Understanding.PARTLY)
    assert item_state(partly, DAY) is ItemState.UNCONFIRMED


def test_oversikt_groups_a_parents_items_of_one_kind_but_nothing_else() -> None:
    unconfirmed = DeadlineKind.INFORMATION_UNCONFIRMED
    lines = grouped_for_oversikt(
        [
            Deadline(unconfirmed, 1, date(2026, 6, 20), "x", ref=1),
            Deadline(unconfirmed, 1, date(2026, 6, 18), "x", ref=2),
            Deadline(unconfirmed, 2, date(2026, 6, 19), "x", ref=3),
            Deadline(DeadlineKind.WISH_ANSWER, 1, date(2026, 6, 17), "w", ref=4),
            Deadline(DeadlineKind.WISH_ANSWER, 1, date(2026, 6, 21), "w", ref=5),
        ]
    )
    shown = sorted((d.parent_id, d.kind, d.due, d.ref) for d in lines)
    assert shown == [
        (1, unconfirmed, date(2026, 6, 18), None),  # two items: one line, the earliest day
        (1, DeadlineKind.WISH_ANSWER, date(2026, 6, 17), 4),  # wishes are answered one by one
        (1, DeadlineKind.WISH_ANSWER, date(2026, 6, 21), 5),
        (2, unconfirmed, date(2026, 6, 19), 3),
    ]


def test_born_on_29_february_comes_of_age_on_1_march() -> None:
    assert eighteenth_birthday(date(2008, 2, 29)) == date(2026, 3, 1)
    assert eighteenth_birthday(date(2008, 10, 1)) == date(2026, 10, 1)


@pytest.mark.parametrize("outcome", [WishOutcome.REFUSED, WishOutcome.PARTLY])
def test_a_wish_not_fully_granted_needs_the_reason(outcome: WishOutcome) -> None:
    wish = Wish(1, WishKind.MORE_VISITS, "Mer samvær", date(2026, 6, 1), answered_on=DAY,
                outcome=outcome, answer="Ikke nå.")  # fmt: skip
    assert [p.field for p in check_wish(wish, DAY)] == ["reason"]
    granted = Wish(1, WishKind.MORE_VISITS, "Mer samvær", date(2026, 6, 1), answered_on=DAY,
                   outcome=WishOutcome.GRANTED, answer="Ja.")  # fmt: skip
    assert check_wish(granted, DAY) == []


def test_the_ettervern_window_of_birth_dates_holds_every_child_it_can_show_today() -> None:
    first, last = aftercare_birth_dates(DAY)
    # 18 tomorrow, and 18 on the last day the line is shown before its notice: both inside.
    assert first <= date(2008, 6, 16) and date(2009, 1, 10) <= last
    assert last < date(2009, 1, 20) and first > date(2008, 6, 1)  # and not much more
    assert aftercare_birth_dates(date(2028, 2, 29))[0] == date(2010, 2, 27)
