"""Norwegian national ID numbers (fødselsnummer / D-nummer).

Only synthetic numbers (month + 80) appear here, so no real person can ever be named. The
expected check digits are computed in this file from the published weights, independently of
the product code.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bufapp.domain import national_id
from bufapp.domain.national_id import IdKind, InvalidNationalId, make_synthetic, parse

WEIGHTS_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
WEIGHTS_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

CHECK_DIGIT_MESSAGE = "Kontrollsifrene stemmer ikke"

# The century rules: 000–499 → 1900–1999, 500–749 → 1854–1899, 500–999 → 2000–2039,
# 900–999 → 1940–1999. Dates outside 1854–2039 cannot be expressed at all.
birth_dates = st.dates(min_value=date(1854, 1, 1), max_value=date(2039, 12, 31))
individuals = st.integers(min_value=0, max_value=999)


def hand_check_digits(first_nine: str) -> str | None:
    """The two mod-11 check digits, written out from the specification (None: no valid pair)."""
    digits = [int(d) for d in first_nine]
    k1 = 11 - sum(d * w for d, w in zip(digits, WEIGHTS_K1, strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    k2 = 11 - sum(d * w for d, w in zip([*digits, k1], WEIGHTS_K2, strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return f"{k1}{k2}"


def hand_century_fits(year: int, individual: int) -> bool:
    if individual <= 499:
        return 1900 <= year <= 1999
    if individual <= 749 and 1854 <= year <= 1899:
        return True
    if 2000 <= year <= 2039:
        return True
    return individual >= 900 and 1940 <= year <= 1999


def synthetic_with_valid_checks(prefix6: str, individuals: range = range(500)) -> str:
    """Some number starting with ``prefix6`` whose check digits are valid.

    The default individual numbers 000–499 mean the 1900s.
    """
    for individual in individuals:
        first_nine = f"{prefix6}{individual:03d}"
        checks = hand_check_digits(first_nine)
        if checks is not None:
            return first_nine + checks
    raise AssertionError("no individual number gives valid check digits")


# --- hand-computed examples ------------------------------------------------------------------


def test_hand_computed_synthetic_example_is_accepted() -> None:
    # 1 January 1980, synthetic month 01 + 80 = 81, individual 123:
    # k1: 0·3 + 1·7 + 8·6 + 1·1 + 8·8 + 0·9 + 1·4 + 2·5 + 3·2 = 140; 140 mod 11 = 8; 11 − 8 = 3
    # k2: 0·5 + 1·4 + 8·3 + 1·2 + 8·7 + 0·6 + 1·5 + 2·4 + 3·3 + 3·2 = 114; mod 11 = 4; 11 − 4 = 7
    assert hand_check_digits("018180123") == "37"
    parsed = parse("01818012337")
    assert parsed.value == "01818012337"
    assert parsed.kind is IdKind.FODSELSNUMMER
    assert parsed.birth_date == date(1980, 1, 1)
    assert parsed.synthetic is True
    assert make_synthetic(date(1980, 1, 1), 123) == "01818012337"


def test_hand_computed_synthetic_d_number_example() -> None:
    # Day 1 + 40 = 41: k1 = 152 mod 11 = 9 → 2; k2 = 132 mod 11 = 0 → 0.
    assert hand_check_digits("418180123") == "20"
    parsed = parse("41818012320")
    assert parsed.kind is IdKind.D_NUMBER
    assert parsed.birth_date == date(1980, 1, 1)
    assert parsed.synthetic is True
    assert make_synthetic(date(1980, 1, 1), 123, d_number=True) == "41818012320"


def test_hand_computed_example_born_in_the_2000s() -> None:
    # Individual numbers 500–999 with year 00–39 mean 2000–2039.
    # k1 = 129 mod 11 = 8 → 3; k2 = 109 mod 11 = 10 → 1.
    assert hand_check_digits("158610512") == "31"
    parsed = parse("15861051231")
    assert parsed.birth_date == date(2010, 6, 15)
    assert make_synthetic(date(2010, 6, 15), 512) == "15861051231"


@pytest.mark.parametrize(
    "typed",
    [
        "018180 12337",
        "01 81 80 123 37",
        "01.81.80.12337",
        "018180-12337",
        "018180\u00a012337",  # a no-break space pasted from a letter
        "  01818012337  ",
    ],
)
def test_spaces_dots_and_hyphens_inside_the_number_are_accepted(typed: str) -> None:
    assert parse(typed).value == "01818012337"


# --- rejections with Norwegian messages --------------------------------------------------------


def test_31st_of_february_is_rejected_with_a_norwegian_message() -> None:
    number = synthetic_with_valid_checks("318290")  # 31.02.1990, synthetic month
    with pytest.raises(InvalidNationalId, match="Datoen i fødselsnummeret/D-nummeret finnes ikke"):
        parse(number)


def test_impossible_d_number_date_is_rejected() -> None:
    number = synthetic_with_valid_checks("718290")  # D-number day 31 + 40, February
    with pytest.raises(InvalidNationalId, match="finnes ikke"):
        parse(number)


def test_29th_of_february_only_in_leap_years() -> None:
    # 2000 was a leap year (individual 500–999 → 2000s); 1900 and 1999 were not.
    leap = synthetic_with_valid_checks("298200", range(500, 1000))
    assert parse(leap).birth_date == date(2000, 2, 29)
    with pytest.raises(InvalidNationalId, match="finnes ikke"):
        parse(synthetic_with_valid_checks("298200"))  # individual 000–499: 1900
    with pytest.raises(InvalidNationalId, match="finnes ikke"):
        parse(synthetic_with_valid_checks("298299"))


def test_individual_number_that_does_not_fit_the_year_is_rejected() -> None:
    # 750–899 cannot be used for years 40–99 in any century.
    first_nine = next(
        f"0181{45:02d}{i}" for i in range(750, 900) if hand_check_digits(f"018145{i}") is not None
    )
    number = first_nine + str(hand_check_digits(first_nine))
    with pytest.raises(InvalidNationalId, match="individnummeret passer ikke med fødselsåret"):
        parse(number)


@pytest.mark.parametrize(
    "typed",
    ["", "0181801233", "018180123370", "0181801233x", "١٨١٨٠١٢٣٣٧٠"],  # last: Arabic-Indic digits
)
def test_wrong_length_or_non_digits_are_rejected(typed: str) -> None:
    with pytest.raises(InvalidNationalId, match="må ha 11 siffer"):
        parse(typed)


def test_wrong_check_digits_are_rejected() -> None:
    with pytest.raises(InvalidNationalId, match=CHECK_DIGIT_MESSAGE):
        parse("01818012338")


# --- properties ----------------------------------------------------------------------------------


@settings(max_examples=300)
@given(born=birth_dates, individual=individuals)
def test_make_synthetic_returns_none_or_a_number_parse_accepts(born: date, individual: int) -> None:
    number = make_synthetic(born, individual)
    expected_none = not hand_century_fits(born.year, individual) or (
        hand_check_digits(
            f"{born.day:02d}{born.month + 80:02d}{born.year % 100:02d}{individual:03d}"
        )
        is None
    )
    assert (number is None) == expected_none
    if number is None:
        return
    assert len(number) == 11 and number.isdigit()
    parsed = parse(number)
    assert parsed.synthetic is True
    assert parsed.kind is IdKind.FODSELSNUMMER
    assert parsed.birth_date == born
    assert parsed.value == number


@settings(max_examples=200)
@given(born=birth_dates, individual=individuals)
def test_synthetic_d_number_has_kind_d_number_and_same_birth_date(
    born: date, individual: int
) -> None:
    number = make_synthetic(born, individual, d_number=True)
    assume(number is not None)
    assert number is not None
    assert int(number[:2]) == born.day + 40
    parsed = parse(number)
    assert parsed.kind is IdKind.D_NUMBER
    assert parsed.birth_date == born
    assert parsed.synthetic is True


@settings(max_examples=50)
@given(born=birth_dates)
def test_every_expressible_date_has_some_valid_synthetic_number(born: date) -> None:
    # Otherwise demo data could not contain a parent born on that day.
    assert any(make_synthetic(born, i) is not None for i in range(1000))


@settings(max_examples=150)
@given(born=birth_dates, individual=individuals, d_number=st.booleans())
def test_every_single_digit_change_is_caught_by_the_check_digits(
    born: date, individual: int, d_number: bool
) -> None:
    # The claim holds for all cases, not just most: every weight of the first check (3,7,6,1,8,9,
    # 4,5,2 and an implicit 1 for k1 itself) is non-zero mod 11 and a digit changes by ±1..9,
    # which 11 (prime) never divides, so the weighted sum's residue always changes; a change in
    # k2 alone is caught by the second check. We try all 11 × 9 variants of each number.
    number = make_synthetic(born, individual, d_number=d_number)
    assume(number is not None)
    assert number is not None
    for position in range(11):
        for digit in "0123456789":
            if digit == number[position]:
                continue
            changed = number[:position] + digit + number[position + 1 :]
            with pytest.raises(InvalidNationalId, match=CHECK_DIGIT_MESSAGE):
                parse(changed)


@settings(max_examples=100)
@given(born=birth_dates, individual=individuals)
def test_every_swap_of_two_adjacent_different_digits_is_caught(born: date, individual: int) -> None:
    # Bonus: adjacent weights always differ mod 11 (k1 has weight 1 after 2; k2 weight 1 after 2),
    # so swapping neighbours that differ always changes a residue.
    number = make_synthetic(born, individual)
    assume(number is not None)
    assert number is not None
    for i in range(10):
        if number[i] == number[i + 1]:
            continue
        swapped = number[:i] + number[i + 1] + number[i] + number[i + 2 :]
        with pytest.raises(InvalidNationalId, match=CHECK_DIGIT_MESSAGE):
            parse(swapped)


@settings(max_examples=300)
@given(text=st.text())
def test_parse_raises_only_invalid_national_id_for_arbitrary_text(text: str) -> None:
    try:
        parsed = parse(text)
    except InvalidNationalId as problem:
        assert str(problem)  # always a message to show
    else:
        assert len(parsed.value) == 11


@settings(max_examples=300)
@given(text=st.text(alphabet="0123456789 .-\u00a0", min_size=9, max_size=16))
def test_parse_raises_only_invalid_national_id_for_digit_soup(text: str) -> None:
    try:
        parsed = parse(text)
    except InvalidNationalId:
        return
    assert parsed.value == national_id.normalise(text)


@settings(max_examples=300)
@given(first_nine=st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_numbers_with_valid_check_digits_reach_the_date_rules_safely(first_nine: str) -> None:
    # Random nine digits rarely pass the check digits; completing them makes every later rule
    # (D-number, synthetic month, century, calendar) run, and it must still only raise
    # InvalidNationalId.
    checks = hand_check_digits(first_nine)
    assume(checks is not None)
    number = first_nine + str(checks)
    try:
        parsed = parse(number)
    except InvalidNationalId:
        return
    day = int(number[:2]) - (40 if parsed.kind is IdKind.D_NUMBER else 0)
    month = int(number[2:4]) - (80 if parsed.synthetic else 0)
    assert (parsed.birth_date.day, parsed.birth_date.month) == (day, month)
    assert parsed.birth_date.year % 100 == int(number[4:6])
    assert hand_century_fits(parsed.birth_date.year, int(number[6:9]))


@settings(max_examples=200)
@given(first_nine=st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_check_digits_match_the_specification(first_nine: str) -> None:
    assert national_id.check_digits(first_nine) == hand_check_digits(first_nine)
