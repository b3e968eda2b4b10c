"""Dates and domain labels in the words of the document an item goes into: the access pack's
(or an archive record's) form knows its language (``Form.language``); its dates are written as
that language's common form says, its labels as the interface catalogue of that language has
them (bokmål where it has none)."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from bufapp import paths
from bufapp.documents.dates import DateWords
from bufapp.documents.forms import Form, load_form
from bufapp.documents.labels import Labels


@lru_cache(maxsize=16)
def _common(language: str, overrides: str) -> Form:
    return load_form("common", language, overrides=Path(overrides))


def _common_of(words: Form) -> Form:
    """The common form of ``words``'s language (the office's overrides laid over)."""
    return _common(words.language, str(paths.user_forms_dir()))


def dates_of(words: Form) -> DateWords:
    return DateWords.of(_common_of(words))


def decimal_sign(words: Form) -> str:
    """The decimal sign of ``words``'s language: «,» in Norwegian, «.» in English."""
    sign = _common_of(words).values.get("words", {}).get("decimal_sign", ",")
    return sign if isinstance(sign, str) else ","


def day(on: date | None, words: Form) -> str:
    """A date as a table or a line writes it, in ``words``'s language; nothing for None."""
    return dates_of(words).short(on) if on else ""


def clock(at: datetime, words: Form) -> str:
    return dates_of(words).clock(at)


def label(text: str, words: Form) -> str:
    """A domain label in ``words``'s language."""
    return _labels(words.language)(text)


@lru_cache(maxsize=16)
def _labels(language: str) -> Labels:
    return Labels(language)
