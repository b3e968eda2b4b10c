"""The excerpt a search hit shows: a piece of the entry around the first word that begins with
a word searched for, as folded (``bufapp.domain.folding``), and which text it was found in."""

from __future__ import annotations

import functools
import re
import unicodedata

from bufapp.domain.folding import fold

EXCERPT_CHARS = 180
TEXT_FIELDS = ("summary", "parent_words", "agreed")


@functools.lru_cache(maxsize=20_000)
def _fold_word(word: str) -> str:
    """Words repeat a lot across entries: fold each once."""
    return fold(word)


@functools.lru_cache(maxsize=50_000)
def _found(word: str, words: tuple[str, ...]) -> bool:
    """The word (as written) starts with one of the folded ``words``; asked once per word of a
    search, as a page of hits repeats the same words many times."""
    folded = _fold_word(word)
    return any(folded.startswith(w) for w in words)


@functools.lru_cache(maxsize=64)
def _candidates(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words of a text that may fold to a start of one of ``words``: an ASCII letter or
    digit folds to itself (lower-cased), so a word beginning with another one cannot match and
    is skipped without folding; a word beginning with any other letter is folded and checked."""
    initials = {w[0] for w in words if w}
    if not initials or not all(i.isascii() for i in initials):
        return re.compile(r"\w+")
    letters = "".join(re.escape(c) for i in sorted(initials) for c in {i, i.upper()})
    return re.compile(rf"(?<!\w)(?=[{letters}]|[^\x00-\x7f])\w+")


def excerpt(text: str, words: tuple[str, ...], width: int = EXCERPT_CHARS) -> str | None:
    """A piece of ``text`` around the first word that starts with one of the folded ``words``."""
    text = unicodedata.normalize("NFC", text)
    for match in _candidates(words).finditer(text):
        if _found(match.group(), words):
            start = max(0, match.start() - width // 3)
            piece = text[start : start + width].replace("\n", " ")
            return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")
    return None


def first_found(texts: tuple[str, ...], words: tuple[str, ...]) -> tuple[str, str]:
    """(the field, its excerpt) of the first of ``texts`` (in TEXT_FIELDS' order) holding one
    of ``words``; the summary's start if none does (a hit found in a word's other spelling)."""
    for name, text in zip(TEXT_FIELDS, texts, strict=True):
        piece = excerpt(text, words)
        if piece is not None:
            return name, piece
    return "summary", texts[0][:EXCERPT_CHARS]
