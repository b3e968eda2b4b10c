"""The minimum a vault passphrase must meet, and a plain strength estimate for feedback."""

from __future__ import annotations

import math
import string

MIN_LENGTH = 10


def problems(passphrase: str) -> list[str]:
    """Norwegian reasons a passphrase is refused; empty when it is acceptable."""
    found = []
    if len(passphrase) < MIN_LENGTH:
        found.append(f"Passordet må ha minst {MIN_LENGTH} tegn.")
    if passphrase and len(set(passphrase)) < 4:
        found.append("Passordet må ha flere forskjellige tegn.")
    if passphrase != passphrase.strip():
        found.append("Passordet kan ikke begynne eller slutte med mellomrom.")
    return found


def estimated_bits(passphrase: str) -> float:
    """A rough, conservative entropy estimate (character pool × length), for a strength meter."""
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(not c.isascii() or c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    distinct_share = len(set(passphrase)) / max(1, len(passphrase))
    return len(passphrase) * math.log2(max(pool, 1)) * min(1.0, 0.5 + distinct_share)
