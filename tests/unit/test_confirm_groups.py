"""Retyping a group of the recovery key: what the setup flow tells apart, UI-free."""

from __future__ import annotations

from bufapp.security import recovery
from bufapp.services.setup import GroupCheck, check_group, confirms

KEY = recovery.generate()
GROUPS = KEY.split("-")


def test_a_group_is_empty_begun_right_wrong_or_too_long() -> None:
    group = GROUPS[2]
    wrong_first = next(ch for ch in recovery.ALPHABET if ch != group[0])
    assert check_group(KEY, 3, "  ") is GroupCheck.EMPTY
    assert check_group(KEY, 3, group[:3].lower()) is GroupCheck.BEGUN
    assert check_group(KEY, 3, f" {group.lower()} ") is GroupCheck.MATCHES
    assert check_group(KEY, 3, wrong_first + group[1:]) is GroupCheck.DIFFERS
    assert check_group(KEY, 3, wrong_first) is GroupCheck.DIFFERS  # wrong from the first key
    assert check_group(KEY, 3, group + "0") is GroupCheck.TOO_LONG


def test_o_and_i_l_are_read_as_0_and_1_as_when_recovering() -> None:
    typed = {n: g.replace("0", "o").replace("1", "l") for n, g in enumerate(GROUPS, 1)}
    assert confirms(KEY, typed)
    assert not confirms(KEY, {})
    assert not confirms(KEY, {1: GROUPS[0], 2: GROUPS[0]})
