"""Norwegian alphabetical order for names, without ICU.

SQLite compares bytes, which puts Å before Æ and every Sami letter after Z. Norwegian order is
A–Z, Æ, Ø, Å; Sami letters sort with their base letter (Á with A, Č with C, Đ with D, Ŋ with N,
Š with S, Ŧ with T, Ž with Z), and foreign letters as the Norwegian standard does (Ä as Æ,
Ö as Ø, Ü as Y).
"""

from __future__ import annotations

import functools
import unicodedata

_SPECIAL = {
    "æ": "{0",
    "ä": "{0",
    "ø": "{1",
    "ö": "{1",
    "å": "{2",
    "ü": "y",
    "đ": "d",
    "ŋ": "n",
    "ŧ": "t",
}


@functools.cache
def _letter_key(char: str) -> str:
    # Once per distinct letter: lists sort every name of the office at each load.
    return _SPECIAL.get(char) or unicodedata.normalize("NFD", char)[0]


def sort_key(text: str) -> tuple[str, str]:
    """A key that sorts names in Norwegian order; ties are broken by the exact text."""
    return "".join(map(_letter_key, text.casefold())), text
