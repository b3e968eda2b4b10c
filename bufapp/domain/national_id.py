"""Norwegian national identity numbers: fødselsnummer and D-number.

Format DDMMYYIIICC: birth date, a three-digit individual number that also encodes the
century, and two mod-11 check digits. A D-number (for people without a residence-based number)
adds 40 to the day. Synthetic test numbers (the national test data register, Tenor) add 80 to
the month; demo and test data must use only those, so no real person can ever be named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bufapp.domain.words import N_

_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


class IdKind(StrEnum):
    FODSELSNUMMER = "fødselsnummer"
    D_NUMBER = "D-nummer"


@dataclass(frozen=True)
class NationalId:
    value: str
    kind: IdKind
    birth_date: date
    synthetic: bool


class InvalidNationalId(ValueError):
    """Raised with a Norwegian message that says what is wrong with the number."""


def _check_digit(digits: str, weights: tuple[int, ...]) -> int | None:
    remainder = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    check = (11 - remainder) % 11
    return None if check == 10 else check


def check_digits(first_nine: str) -> str | None:
    """The two check digits for nine leading digits, or None when no valid pair exists."""
    k1 = _check_digit(first_nine, _WEIGHTS_1)
    if k1 is None:
        return None
    k2 = _check_digit(first_nine + str(k1), _WEIGHTS_2)
    if k2 is None:
        return None
    return f"{k1}{k2}"


def _century(year2: int, individual: int) -> int | None:
    if individual <= 499:
        return 1900
    if individual <= 749 and year2 >= 54:
        return 1800
    if year2 <= 39:
        return 2000
    if individual >= 900:
        return 1900
    return None


def normalise(text: str) -> str:
    """Strip the spaces and dots people type inside numbers."""
    return "".join(ch for ch in text if ch not in " .\u00a0-")


def parse(text: str) -> NationalId:
    """Validate and interpret a number; raises InvalidNationalId with a Norwegian message."""
    value = normalise(text)
    if len(value) != 11 or not value.isascii() or not value.isdigit():
        raise InvalidNationalId(N_("Fødselsnummer/D-nummer må ha 11 siffer."))
    if check_digits(value[:9]) != value[9:]:
        raise InvalidNationalId(
            N_(
                "Kontrollsifrene stemmer ikke. Sjekk at fødselsnummeret/D-nummeret er skrevet riktig."
            )
        )
    day, month, year2 = int(value[0:2]), int(value[2:4]), int(value[4:6])
    kind = IdKind.FODSELSNUMMER
    if day > 40:
        kind, day = IdKind.D_NUMBER, day - 40
    synthetic = month > 80
    if synthetic:
        month -= 80
    century = _century(year2, int(value[6:9]))
    if century is None:
        raise InvalidNationalId(
            N_(
                "Fødselsnummeret/D-nummeret er ugyldig: individnummeret passer ikke med fødselsåret."
            )
        )
    try:
        born = date(century + year2, month, day)
    except ValueError:
        raise InvalidNationalId(N_("Datoen i fødselsnummeret/D-nummeret finnes ikke.")) from None
    return NationalId(value=value, kind=kind, birth_date=born, synthetic=synthetic)


def make_synthetic(born: date, individual: int, *, d_number: bool = False) -> str | None:
    """A synthetic (month + 80) number for demo and test data, or None if this individual
    number has no valid check digits or does not fit the birth year's century."""
    year2 = born.year % 100
    if _century(year2, individual) != born.year - year2:
        return None
    day = born.day + (40 if d_number else 0)
    first_nine = f"{day:02d}{born.month + 80:02d}{year2:02d}{individual:03d}"
    digits = check_digits(first_nine)
    return None if digits is None else first_nine + digits
