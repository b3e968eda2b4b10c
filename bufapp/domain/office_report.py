"""What the office learns (seed 002 § 2.4): figures for the whole office, with no names, for a
calendar year — the screen «Hva kontoret lærer» and the yearly report to the municipality.

Every figure says in plain Norwegian how it is computed. A count of 1–4 is suppressed («færre
enn 5») so no parent can be recognised, and so is any figure from which a suppressed one could
be worked out (complementary suppression): within a figure, «38 av 40» tells that 2 did not, so
a complement of 1–4 hides it too; across figures that add up to the same total (``part_of``), a
single hidden part could be worked out from the total and the others, so the smallest other part
is hidden with it.

The parents' own words chosen for the report are ``ReportQuote``: edited by the caseworker to be
unrecognisable, checked against every name and national id in the vault before they are kept.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from bufapp.domain.folding import fold
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem

SMALL = 5  # a count below this (1–4) is never shown
MAX_WORDS = 1_000  # characters of one quote: a few sentences, not a journal


# --- the period -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A calendar year, or the part of it up to ``until`` (this year so far)."""

    year: int
    until: date | None = None  # the last day counted when the year is not over

    @property
    def start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        """The last day counted (inclusive)."""
        return self.until if self.until is not None else date(self.year, 12, 31)

    @property
    def label(self) -> str:
        if self.until is None:
            return str(self.year)
        return f"{self.year} (til og med {self.until:%d.%m.%Y})"

    @classmethod
    def for_year(cls, year: int, today: date) -> Period:
        """The whole year if it is over, else the year so far (up to today)."""
        if year < today.year:
            return cls(year)
        return cls(year, until=today)

    @classmethod
    def default(cls, today: date) -> Period:
        """The last full year: what the yearly report is about."""
        return cls(today.year - 1)


def years_to_choose(today: date, first_year: int | None) -> list[int]:
    """This year first, then back to the first year with records (at least last year)."""
    earliest = min(first_year or today.year - 1, today.year - 1)
    return list(range(today.year, earliest - 1, -1))


# --- the figures ----------------------------------------------------------------------------


class Hidden(StrEnum):
    """Why a figure is not shown."""

    SMALL = "small"  # itself a count of 1–4 (or over 1–4 parents)
    COMPLEMENT = "complement"  # a hidden count could be worked out from it


HIDDEN_TEXT = {
    Hidden.SMALL: N_("færre enn 5"),
    Hidden.COMPLEMENT: "skjult",
}
COMPLEMENT_NOTE = N_("Skjult fordi et tall under 5 ellers kunne regnes ut av det.")


@dataclass(frozen=True)
class Figure:
    """One figure of the report. A count is ``count`` of ``of`` (e.g. 7 of 12 parents); a mean
    or a median is ``value`` over ``of`` (the number of parents or evaluations behind it)."""

    key: str
    title: str
    how: str  # «Slik er tallet regnet ut», in plain Norwegian
    section: str = ""
    count: int | None = None
    of: int | None = None
    value: float | None = None
    unit: str = ""  # after a value: «dager», «av 5»
    part_of: str = ""  # figures whose counts add up to the same total
    people: int | None = None  # how many parents the figure is about, where not ``of``
    hidden: Hidden | None = None

    @property
    def suppressed(self) -> bool:
        return self.hidden is not None

    @property
    def explained(self) -> str:
        """How it is computed, and why it is hidden where it is hidden to protect another."""
        if self.hidden is Hidden.COMPLEMENT:
            return f"{self.how} {COMPLEMENT_NOTE}".strip()
        return self.how

    @property
    def shown(self) -> str:
        """The value as the report prints it."""
        if self.hidden is not None:
            return HIDDEN_TEXT[self.hidden]
        if self.value is not None:
            number = _number(self.value)
            return f"{number} {self.unit}".strip()
        if self.count is not None and self.of:
            share = round(100 * self.count / self.of)
            return f"{self.count} av {self.of} ({share}\u00a0%)"
        if self.count is not None:
            return str(self.count) if self.of is None else f"{self.count} av {self.of}"
        return N_("ingen data")


def _number(value: float) -> str:
    """Norwegian decimals: 4,2; whole numbers without one."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def is_small(number: int | None) -> bool:
    return number is not None and 0 < number < SMALL


def _own_reason(figure: Figure) -> Hidden | None:
    if is_small(figure.count) or is_small(figure.of) or is_small(figure.people):
        return Hidden.SMALL
    if figure.count is not None and figure.of is not None and is_small(figure.of - figure.count):
        return Hidden.COMPLEMENT
    return None


def suppress(figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """The figures with every small count hidden, and every figure a hidden one could be worked
    out from. A pure rule: order kept, figures not hidden returned as they came.

    1. A figure is hidden when its count, the number behind it or the number of parents it is
       about is 1–4 («færre enn 5»), or
       when what it leaves out is (38 of 40 tells that 2 did not).
    2. Among figures that add up to one total (same ``part_of``), if exactly one is hidden, the
       smallest other shown part with a count above 0 is hidden too — else the total less the
       shown parts would give the hidden one back. Repeated until no group has a lone hidden
       part.
    """
    result = [replace(f, hidden=f.hidden or _own_reason(f)) for f in figures]
    changed = True
    while changed:
        changed = False
        groups: dict[str, list[int]] = {}
        for index, figure in enumerate(result):
            if figure.part_of:
                groups.setdefault(figure.part_of, []).append(index)
        for members in groups.values():
            hidden = [i for i in members if result[i].suppressed]
            if len(hidden) != 1:
                continue
            others = [i for i in members if not result[i].suppressed and (result[i].count or 0)]
            if not others:
                continue
            smallest = min(others, key=lambda i: (result[i].count or 0, i))
            result[smallest] = replace(result[smallest], hidden=Hidden.COMPLEMENT)
            changed = True
    return tuple(result)


def median(values: Iterable[float]) -> float | None:
    values = list(values)
    return statistics.median(values) if values else None


# --- the report -----------------------------------------------------------------------------


class QuoteSource(StrEnum):
    """Where the parent's words were first written down."""

    CONTACT_ENTRY = "contact_entry"  # «Forelderens egne ord» on a contact
    PARENT_EVALUATION = "parent_evaluation"  # the parent's evaluation in the follow-up
    MEETING_EVALUATION = "meeting_evaluation"  # the parent's words on a group meeting
    OTHER = "other"  # written down for the report

    @property
    def label(self) -> str:
        return SOURCE_LABELS[self]


SOURCE_LABELS = {
    QuoteSource.CONTACT_ENTRY: N_("Kontakt (forelderens egne ord)"),
    QuoteSource.PARENT_EVALUATION: N_("Forelderens vurdering av oppfølgingen"),
    QuoteSource.MEETING_EVALUATION: N_("Forelderens evaluering av et møte i ansvarsgruppen"),
    QuoteSource.OTHER: N_("Annet"),
}


@dataclass(frozen=True)
class ReportQuote:
    """Words a parent said about what helped, chosen for the year's report and edited by the
    caseworker so no one can be recognised. ``parent_id`` stays in the vault (the parent's
    right of access), never in the report."""

    year: int
    words: str
    source: QuoteSource
    source_id: int | None = None
    parent_id: int | None = None
    chosen_on: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class QuoteCandidate:
    """Words found in the records that may be chosen (the caseworker edits them first)."""

    source: QuoteSource
    source_id: int
    parent_id: int
    on: date
    words: str


@dataclass(frozen=True)
class OfficeReport:
    period: Period
    figures: tuple[Figure, ...]
    quotes: tuple[ReportQuote, ...] = ()
    missing: tuple[str, ...] = ()  # figures the report cannot give yet, said plainly

    def sections(self) -> list[tuple[str, list[Figure]]]:
        """The figures by section, in the order they first come."""
        out: dict[str, list[Figure]] = {}
        for figure in self.figures:
            out.setdefault(figure.section, []).append(figure)
        return list(out.items())


# --- checking the chosen words --------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
_DIGITS = re.compile(r"\d[\d\s.]{9,}\d")


def _words(text: str) -> set[str]:
    return {fold(w) for w in _WORD.findall(text)}


def name_problems(
    words: str, names: Iterable[str], national_ids: Iterable[str] = ()
) -> list[FieldProblem]:
    """Every name (a given or family name of a parent, a child or a foster parent in the vault,
    word by word, case and accents ignored) and national id found in ``words``: each named in the message, so the
    caseworker sees what to take out. Names shorter than two letters are not checked."""
    typed = _words(words)
    found = sorted({part for part in _original_parts(names) if fold(part) in typed}, key=fold)
    problems = []
    if found:
        listed = ", ".join(f"«{name}»" for name in found)
        problems.append(
            FieldProblem(
                "words",
                f"Ordene inneholder navn fra databasen: {listed}. Ta dem ut eller skriv om, så "
                "ingen kan kjennes igjen.",
            )
        )
    digits_typed = {re.sub(r"\D", "", d) for d in _DIGITS.findall(words)}
    ids = {i for i in national_ids if i}
    if digits_typed & ids or any(len(d) == 11 for d in digits_typed):
        problems.append(FieldProblem("words", N_("Ordene inneholder et fødselsnummer. Ta det ut.")))
    return problems


def _original_parts(names: Iterable[str]) -> set[str]:
    """The words of the names that are names: two letters or more, capitalised (not «og» in
    «Kari og Ola Nordmann», nor «van» in «van der Berg»)."""
    return {
        part
        for name in names
        for part in _WORD.findall(name)
        if len(part) > 1 and part[0].isupper()
    }


def check_quote(
    quote: ReportQuote, names: Iterable[str], national_ids: Iterable[str] = ()
) -> list[FieldProblem]:
    words = quote.words.strip()
    problems = []
    if not words:
        problems.append(FieldProblem("words", N_("Skriv ordene som skal med i rapporten.")))
    elif len(words) > MAX_WORDS:
        problems.append(
            FieldProblem("words", f"Ordene er for lange (over {MAX_WORDS} tegn). Korte dem ned.")
        )
    if quote.year < 2000:
        problems.append(FieldProblem("year", N_("Året ser feil ut.")))
    return problems + name_problems(words, names, national_ids)
