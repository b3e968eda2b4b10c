"""A recovery key with one typo that its group's check character catches.

The check character is a hash, so 1 in 32 single typos keeps it (those are caught later, as a
wrong key). Tests that expect the typo to be named by group pick one the check catches, so they
do not fail one run in 32.
"""

from __future__ import annotations

from bufapp.security.recovery import ALPHABET, DATA_CHARS, _check_char


def with_caught_typo(recovery_key: str, group_index: int) -> str:
    """The key with the first character of group `group_index` (0-based) mistyped."""
    groups = recovery_key.split("-")
    original = groups[group_index]
    groups[group_index] = next(
        typo
        for ch in ALPHABET
        if (typo := ch + original[1:]) != original
        and _check_char(group_index, typo[:DATA_CHARS]) != typo[DATA_CHARS]
    )
    return "-".join(groups)
