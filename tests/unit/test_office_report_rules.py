"""The office report's rules without a vault: small numbers hidden, the complementary case (a
hidden count must not be recoverable from what is shown), the period, and names refused in the
parents' words chosen for the report."""

from __future__ import annotations

from datetime import date

import pytest

from bufapp.domain.office_report import (
    Figure,
    Hidden,
    Period,
    QuoteSource,
    ReportQuote,
    check_quote,
    is_small,
    name_problems,
    suppress,
    years_to_choose,
)


def _count(key: str, count: int | None, of: int | None = None, part_of: str = "") -> Figure:
    return Figure(key=key, title=key, how="", count=count, of=of, part_of=part_of)


def _by_key(figures: tuple[Figure, ...]) -> dict[str, Figure]:
    return {f.key: f for f in figures}


@pytest.mark.parametrize(
    ("number", "small"), [(None, False), (0, False), (1, True), (4, True), (5, False)]
)
def test_small_is_one_to_four(number: int | None, small: bool) -> None:
    assert is_small(number) is small


def test_a_count_of_one_to_four_is_hidden_zero_and_five_are_shown() -> None:
    shown = _by_key(suppress([_count("a", 4, 20), _count("b", 0, 20), _count("c", 5, 20)]))
    assert shown["a"].hidden is Hidden.SMALL and shown["a"].shown == "færre enn 5"
    assert not shown["b"].suppressed and shown["b"].shown == "0 av 20 (0\u00a0%)"
    assert not shown["c"].suppressed and shown["c"].shown == "5 av 20 (25\u00a0%)"


def test_a_figure_over_fewer_than_five_is_hidden_whatever_its_count() -> None:
    """6 of 4 cannot happen; 0 of 3 and a mean over 3 evaluations tell about 3 parents."""
    mean = Figure(key="m", title="m", how="", value=4.3, of=3, unit="av 5")
    shown = _by_key(suppress([_count("a", 0, 3), mean]))
    assert shown["a"].hidden is Hidden.SMALL
    assert shown["m"].hidden is Hidden.SMALL


def test_a_figure_whose_complement_is_small_is_hidden() -> None:
    """«38 av 40 holdt samtalen» tells that 2 did not: hidden; 40 of 40 tells no small number."""
    shown = _by_key(suppress([_count("a", 38, 40), _count("b", 40, 40), _count("c", 35, 40)]))
    assert shown["a"].hidden is Hidden.COMPLEMENT
    assert shown["a"].shown.startswith("skjult")
    assert not shown["b"].suppressed
    assert not shown["c"].suppressed


def test_complementary_suppression_across_parts_of_one_total() -> None:
    """Total 30 parents: 20 within the limit, 7 later, 3 never offered. 3 is hidden; then 30 −
    20 − 7 would give it back, so the smallest other part (7) is hidden too; the total and 20
    stay (30 − 20 = 10 is the sum of two hidden parts, neither recoverable)."""
    figures = [
        _count("total", 30),
        _count("within", 20, part_of="offer"),
        _count("later", 7, part_of="offer"),
        _count("never", 3, part_of="offer"),
    ]
    shown = _by_key(suppress(figures))
    assert shown["never"].hidden is Hidden.SMALL
    assert shown["later"].hidden is Hidden.COMPLEMENT
    assert not shown["within"].suppressed
    assert not shown["total"].suppressed
    # what a reader can still compute from what is shown does not give back the hidden 3
    visible = [
        f.count for f in (shown["within"], shown["later"], shown["never"]) if not f.suppressed
    ]
    assert 30 - sum(c or 0 for c in visible) != 3


def test_no_complement_needed_when_two_parts_are_already_hidden_or_none_is() -> None:
    figures = [
        _count("x", 2, part_of="g"),
        _count("y", 3, part_of="g"),
        _count("z", 25, part_of="g"),
    ]
    shown = _by_key(suppress(figures))
    assert [shown[k].suppressed for k in "xyz"] == [True, True, False]
    plain = suppress([_count("x", 10, part_of="g"), _count("y", 12, part_of="g")])
    assert not any(f.suppressed for f in plain)


def test_a_part_of_zero_is_not_hidden_to_protect_another() -> None:
    """Hiding a 0 would protect nothing (it is known to add nothing): the next part is hidden."""
    figures = [
        _count("a", 1, part_of="g"),
        _count("b", 0, part_of="g"),
        _count("c", 9, part_of="g"),
        _count("d", 30, part_of="g"),
    ]
    shown = _by_key(suppress(figures))
    assert shown["a"].suppressed and shown["c"].suppressed
    assert not shown["b"].suppressed and not shown["d"].suppressed


def test_suppress_is_pure_and_keeps_the_order() -> None:
    figures = [_count("a", 2, 10), _count("b", 6, 10)]
    before = list(figures)
    out = suppress(figures)
    assert figures == before
    assert [f.key for f in out] == ["a", "b"]


def test_values_are_written_the_norwegian_way() -> None:
    assert Figure(key="m", title="", how="", value=4.25, of=12, unit="av 5").shown == "4,2 av 5"
    assert Figure(key="d", title="", how="", value=21.0, of=12, unit="dager").shown == "21 dager"
    assert Figure(key="n", title="", how="").shown == "ingen data"


def test_the_period_is_a_year_or_the_year_so_far() -> None:
    today = date(2026, 12, 7)
    assert Period.default(today) == Period(2025)
    assert Period(2025).end == date(2025, 12, 31)
    assert Period.for_year(2026, today).end == today
    assert Period.for_year(2026, today).label == "2026 (til og med 07.12.2026)"
    assert years_to_choose(today, 2023) == [2026, 2025, 2024, 2023]
    assert years_to_choose(today, None) == [2026, 2025]


NAMES = ["Kari Nordmann", "Máret Ánne Sara", "Đuro Petrović", "Ola"]


def test_a_name_from_the_vault_is_refused_with_the_name_in_the_message() -> None:
    problems = name_problems("Det hjalp at maret fikk snakke med NORDMANN alene.", NAMES)
    assert len(problems) == 1
    assert "«Máret»" in problems[0].message and "«Nordmann»" in problems[0].message
    assert problems[0].field == "words"


def test_sami_and_slavic_letters_are_matched_without_their_marks() -> None:
    assert name_problems("Duro sa at det hjalp.", NAMES)
    assert name_problems("Petrovic sa at det hjalp.", NAMES)


def test_words_without_names_pass_and_parts_of_words_are_not_names() -> None:
    assert name_problems("Det hjalp å bli hørt. Olav var en god støtte.", NAMES) == []


def test_a_national_id_is_refused() -> None:
    problems = name_problems("Hun sa 010190 12345 var feil", NAMES, ["01019012345"])
    assert [p.message for p in problems] == ["Ordene inneholder et fødselsnummer. Ta det ut."]


def test_check_quote_asks_for_words() -> None:
    quote = ReportQuote(year=2025, words="  ", source=QuoteSource.OTHER)
    assert [p.message for p in check_quote(quote, NAMES)] == [
        "Skriv ordene som skal med i rapporten."
    ]


def test_small_words_inside_names_are_not_names() -> None:
    """«Kari og Ola Nordmann» (foster parents as written): «og» is no name, «Ola» is."""
    carers = ["Kari og Ola Nordmann", "Anne van der Berg"]
    assert name_problems("Det hjalp og var godt, van å bli hørt.", carers) == []
    assert "«Ola»" in name_problems("Ola hjalp meg.", carers)[0].message
