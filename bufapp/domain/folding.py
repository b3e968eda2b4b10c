"""Folding Norwegian and Sami letters so that search finds what a person means.

People type "samvaer" for "samvær", "Maret" for "Máret", "Bjorn" or "Bjoern" for "Bjørn".
Text is folded the same way when it is indexed and when it is searched: compatibility forms
and accents removed, lower case, æ → ae, ø and oe → o, å and aa → a, and the letters without a
decomposition (đ ð ŋ ŧ) to their base letter. A few unrelated words fold together
("poeng"/"pong"); search then shows a result too many, never one too few.
"""

from __future__ import annotations

import re
import unicodedata

_LETTERS = str.maketrans(
    {"æ": "ae", "ø": "o", "å": "a", "đ": "d", "ð": "d", "ŋ": "n", "ŧ": "t", "ß": "ss"}
)
_DIGRAPHS = re.compile(r"aa|oe")
_WORD = re.compile(r"\w+")


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Idempotent: fold(fold(x)) == fold(x)."""
    folded = _strip_marks(_strip_marks(text).casefold().translate(_LETTERS))
    while True:  # "aaa" -> "aa" -> "a": repeat until no digraph is left
        shorter = _DIGRAPHS.sub(lambda m: m.group()[0], folded)
        if shorter == folded:
            return folded
        folded = shorter


def search_words(query: str) -> list[str]:
    """The folded words of what the person typed, without duplicates, in order."""
    return list(dict.fromkeys(_WORD.findall(fold(query))))


def fts_query(query: str) -> str | None:
    """An FTS5 expression matching entries that contain every word (as a word start), or None.

    Each word is quoted, so nothing typed is read as FTS5 syntax (AND, NEAR, "*", quotes).
    """
    words = search_words(query)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)
