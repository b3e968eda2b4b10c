"""Folding Norwegian and Sami letters so that search finds what a person means.

People type "samvaer" for "samvær", "Maret" for "Máret", "Bjorn" or "Bjoern" for "Bjørn".
Text is folded the same way when it is indexed and when it is searched: lower case, accents
removed, æ → ae, ø and oe → o, å and aa → a, and the Sami letters without a decomposition
(đ ŋ ŧ) to their base letter. A few unrelated words fold together ("poeng"/"pong"); search
then shows a result too many, never one too few.
"""

from __future__ import annotations

import re
import unicodedata

_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "đ": "d", "ŋ": "n", "ŧ": "t", "ß": "ss"})
_DIGRAPHS = re.compile(r"aa|oe")
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    lowered = text.casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _DIGRAPHS.sub(lambda m: m.group()[0], bare)


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
