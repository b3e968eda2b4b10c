"""Dates and times as a document's language writes them, from common.toml's ``[dates]``.

Bokmål and nynorsk write «1. desember 2026» and «kl. 10.15»; English «1 December 2026» and
«10:15». A municipality that adds a language writes its own patterns in its copy of common.toml.
A pattern or list that an override has broken falls back to the numeric date, never a crash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from bufapp.documents.forms import Form

_NUMERIC = "{day:02}.{month:02}.{year}"


@dataclass(frozen=True)
class DateWords:
    """The ``[dates]`` section of one language's common form."""

    patterns: dict[str, Any]

    @classmethod
    def of(cls, common: Form) -> DateWords:
        return cls(dict(common.values.get("dates", {})))

    def _names(self, key: str, count: int) -> list[str] | None:
        names = self.patterns.get(key)
        if (
            isinstance(names, list)
            and len(names) == count
            and all(isinstance(n, str) for n in names)
        ):
            return names
        return None

    def _write(self, key: str, value: date, **extra: object) -> str:
        pattern = self.patterns.get(key)
        months = self._names("months", 12)
        weekdays = self._names("weekdays", 7)
        if not isinstance(pattern, str) or months is None or weekdays is None:
            return _NUMERIC.format(day=value.day, month=value.month, year=value.year)
        try:
            return pattern.format(
                day=value.day,
                month=value.month,
                year=value.year,
                month_name=months[value.month - 1],
                weekday=weekdays[value.weekday()],
                **extra,
            )
        except (KeyError, IndexError, ValueError):
            return _NUMERIC.format(day=value.day, month=value.month, year=value.year)

    def short(self, value: date) -> str:
        """A date in running text or a table: «01.12.2026» / «1 December 2026»."""
        return self._write("short", value)

    def long(self, value: date) -> str:
        """The date written out: «1. desember 2026»."""
        return self._write("long", value)

    def long_with_weekday(self, value: date) -> str:
        """«tirsdag 1. desember 2026»."""
        return self._write("long_with_weekday", value)

    def _clock(self, key: str, value: time | datetime) -> str:
        pattern = self.patterns.get(key)
        fallback = f"{value.hour:02}.{value.minute:02}"
        if not isinstance(pattern, str):
            return fallback
        try:
            return pattern.format(hour=value.hour, minute=value.minute)
        except (KeyError, IndexError, ValueError):
            return fallback

    def time(self, value: time | datetime) -> str:
        """A time of day in running text: «kl. 10.15» / «10:15»."""
        return self._clock("time", value)

    def clock(self, value: time | datetime) -> str:
        """A bare time of day, after a word that already says it is one: «10.15» / «10:15»."""
        return self._clock("clock", value)


# Bokmål's numeric date and bare time («01.12.2026», «10.15»), for a caller that has no language.
NUMERIC = DateWords({})
