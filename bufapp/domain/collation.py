"""Norwegian alphabetical order for names, without ICU.

SQLite compares bytes, which puts Å before Æ and every Sami letter after Z. Norwegian order is
A–Z, Æ, Ø, Å; Sami letters sort with their base letter (Á with A, Č with C, Đ with D, Ŋ with N,
Š with S, Ŧ with T, Ž with Z), and foreign letters as the Norwegian standard does (Ä as Æ,
Ö as Ø, Ü as Y).
"""

from __future__ import annotations

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


def sort_key(text: str) -> tuple[str, str]:
    """A key that sorts names in Norwegian order; ties are broken by the exact text."""
    folded = []
    for char in text.casefold():
        if char in _SPECIAL:
            folded.append(_SPECIAL[char])
            continue
        base = unicodedata.normalize("NFD", char)[0]
        folded.append(base)
    return "".join(folded), text
