"""What the KOR scores say (issue 22 § 2): the ORS's change from the parent's first score
(reliable when it is at least the reliable change), whether a total lies below the clinical
cut-off, and an SRS below its cut-off, which prompts the caseworker to ask what should be
different next time.

The numbers are the office's: they come from ``forms/feedback.toml`` through
``kor_numbers(form values)`` and are passed in; this module reads no file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bufapp.domain.enums import KorScale
from bufapp.domain.feedback import DIMENSIONS, KorScore, tenths_text, to_tenths

# The guideline's numbers, used when a form gives none (or a broken one).
ORS_CUTOFF = 250
RELIABLE_CHANGE = 50
SRS_CUTOFF = 360


@dataclass(frozen=True)
class KorNumbers:
    """The cut-offs and the reliable change, in tenths of the total (25 → 250), and the words
    the screen shows: the dimensions' names per scale and the SRS prompt."""

    ors_cutoff: int = ORS_CUTOFF
    reliable_change: int = RELIABLE_CHANGE
    srs_cutoff: int = SRS_CUTOFF
    srs_prompt: str = "Spør hva som skal være annerledes neste gang"
    ors_dimensions: tuple[str, ...] = ("1", "2", "3", "4")
    srs_dimensions: tuple[str, ...] = ("1", "2", "3", "4")
    words: Mapping[str, str] | None = None

    def dimensions(self, scale: KorScale) -> tuple[str, ...]:
        return self.ors_dimensions if scale == KorScale.ORS else self.srs_dimensions

    def cutoff(self, scale: KorScale) -> int:
        return self.ors_cutoff if scale == KorScale.ORS else self.srs_cutoff

    def word(self, key: str) -> str:
        return (self.words or {}).get(key, key)


def _tenths(section: Mapping[str, Any], key: str, default: int) -> int:
    value = section.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    found = to_tenths(value)
    return default if found is None or not 0 <= found <= 400 else found


def _names(section: Mapping[str, Any]) -> tuple[str, ...]:
    names = section.get("dimensions")
    if (
        isinstance(names, list)
        and len(names) == DIMENSIONS
        and all(isinstance(n, str) for n in names)
    ):
        return tuple(names)
    return ("1", "2", "3", "4")


def kor_numbers(values: Mapping[str, Any]) -> KorNumbers:
    """The numbers and names from the form's values (``Form.values`` of «feedback»)."""
    ors, srs = values.get("ors", {}), values.get("srs", {})
    words = {k: v for k, v in values.get("verdict", {}).items() if isinstance(v, str)}
    prompt = srs.get("prompt")
    return KorNumbers(
        ors_cutoff=_tenths(ors, "cutoff", ORS_CUTOFF),
        reliable_change=_tenths(ors, "reliable_change", RELIABLE_CHANGE),
        srs_cutoff=_tenths(srs, "cutoff", SRS_CUTOFF),
        srs_prompt=prompt if isinstance(prompt, str) else KorNumbers.srs_prompt,
        ors_dimensions=_names(ors),
        srs_dimensions=_names(srs),
        words=words,
    )


class Change(StrEnum):
    """An ORS total against the parent's first one."""

    FIRST = "first"  # the first score: the baseline
    IMPROVED = "improved"  # up by at least the reliable change
    WORSE = "worse"  # down by at least the reliable change
    UNCHANGED = "unchanged"  # less than the reliable change either way


@dataclass(frozen=True)
class OrsVerdict:
    score: KorScore
    change: Change
    delta: int  # tenths since the first score (0 for the first)
    below_cutoff: bool  # in the clinical range: total under the cut-off
    crossed: bool  # a reliable improvement from below the cut-off to at or above it

    def text(self, numbers: KorNumbers) -> str:
        """«Pålitelig bedring (+6,0), krysset klinisk grense (25,0)» – in words, never colour
        alone: the change from the first score, then the side of the cut-off."""
        head = numbers.word(self.change.value)
        if self.change != Change.FIRST:
            sign = "+" if self.delta > 0 else ""
            head += f" ({sign}{tenths_text(self.delta)})"
        if self.crossed:
            side = numbers.word("crossed")
        else:
            side = numbers.word("below_cutoff" if self.below_cutoff else "above_cutoff")
        return f"{head}, {side} ({tenths_text(numbers.ors_cutoff)})"


@dataclass(frozen=True)
class SrsVerdict:
    score: KorScore
    below_cutoff: bool

    def text(self, numbers: KorNumbers) -> str:
        if self.below_cutoff:
            return f"{numbers.word('srs_below')}: {numbers.srs_prompt}"
        return numbers.word("srs_fine")


def by_date(scores: Iterable[KorScore]) -> list[KorScore]:
    return sorted(scores, key=lambda s: (s.given_on, s.id or 0))


def ors_verdicts(scores: Iterable[KorScore], numbers: KorNumbers) -> list[OrsVerdict]:
    """Each ORS score, oldest first, with its change from the first and its side of the
    cut-off."""
    ors = by_date(s for s in scores if s.scale == KorScale.ORS)
    if not ors:
        return []
    first = ors[0].total_tenths
    verdicts = []
    for index, score in enumerate(ors):
        delta = score.total_tenths - first
        if index == 0:
            change = Change.FIRST
        elif delta >= numbers.reliable_change:
            change = Change.IMPROVED
        elif delta <= -numbers.reliable_change:
            change = Change.WORSE
        else:
            change = Change.UNCHANGED
        below = score.total_tenths < numbers.ors_cutoff
        crossed = change == Change.IMPROVED and first < numbers.ors_cutoff and not below
        verdicts.append(OrsVerdict(score, change, delta, below, crossed))
    return verdicts


def srs_verdicts(scores: Iterable[KorScore], numbers: KorNumbers) -> list[SrsVerdict]:
    """Each SRS score, oldest first; one below the cut-off prompts a question next time."""
    return [
        SrsVerdict(score, score.total_tenths < numbers.srs_cutoff)
        for score in by_date(s for s in scores if s.scale == KorScale.SRS)
    ]


def ors_first_and_last(scores: Sequence[KorScore]) -> tuple[int, int] | None:
    """The first and last ORS totals in tenths (the office report's change), or ``None``."""
    ors = by_date(s for s in scores if s.scale == KorScale.ORS)
    if not ors:
        return None
    return ors[0].total_tenths, ors[-1].total_tenths
