"""Dates and domain labels in the words of the document an item goes into: the access pack's
(or an archive record's) form knows its language (``Form.language``); its dates are written as
that language's common form says, its labels as the interface catalogue of that language has
them (bokmål where it has none)."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from bufapp import paths
from bufapp.documents.dates import DateWords
from bufapp.documents.forms import Form, load_form
from bufapp.documents.labels import Labels


@lru_cache(maxsize=16)
def _dates(language: str, overrides: str) -> DateWords:
    from pathlib import Path

    return DateWords.of(load_form("common", language, overrides=Path(overrides)))


def dates_of(words: Form) -> DateWords:
    """The date words of ``words``'s language (the office's overrides laid over)."""
    return _dates(words.language, str(paths.user_forms_dir()))


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
