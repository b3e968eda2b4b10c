"""Folding Norwegian and Sami letters for search, and turning what a person typed into a safe
FTS5 expression. (The search itself, on a real vault, is in tests/storage.)"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bufapp.domain.folding import fold, fts_query, search_words

NORWEGIAN_AND_SAMI = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "æøåÆØÅ"
    "áÁčČđĐŋŊšŠŧŦžŽ"  # North Sami
    "ïÏâÂ"  # South Sami
    "éèêëüöäÉÜÖÄ"  # borrowed names
    " -.,;:!?«»\"'()/\n"
)
FTS_TERM = re.compile(r'"\w+"\*')


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("samvaer", "samvær"),
        ("samvær", "samvaer"),
        ("SAMVÆR", "samvær"),
        ("Maret", "Máret"),
        ("Maret", "MÁRET"),
        ("máret", "Maret"),
        ("Bjorn", "Bjørn"),
        ("Bjoern", "Bjørn"),
        ("bjørn", "BJOERN"),
        ("aasen", "Åsen"),
        ("Åsen", "Aasen"),
        ("asen", "Åsen"),
        ("Cude", "Čuđe"),
        ("Ailu", "Áilu"),
        ("Sanna", "Šánná"),
        ("Jovna", "Jovŋa"),
        ("Ante", "Anŧe"),
        ("Zavgo", "Žávgo"),
        ("Gaino", "Gáino"),
        ("Helene", "Hélène"),
    ],
)
def test_spellings_people_type_fold_to_the_same_text(typed: str, written: str) -> None:
    assert fold(typed) == fold(written)


@pytest.mark.parametrize(
    ("letter", "base"),
    [("č", "c"), ("đ", "d"), ("ŋ", "n"), ("š", "s"), ("ŧ", "t"), ("ž", "z"), ("á", "a")],
)
def test_every_north_sami_letter_folds_to_its_base_letter(letter: str, base: str) -> None:
    assert fold(letter) == base
    assert fold(letter.upper()) == base


def test_fold_keeps_words_apart_and_lowers_the_case() -> None:
    assert fold("Kari Nordmann-Ødegård, 12 år") == "kari nordmann-odegard, 12 ar"


def test_search_words_are_folded_deduplicated_and_in_order() -> None:
    assert search_words("  Samvær, SAMVAER og «Bjørn»!  ") == ["samvaer", "og", "bjorn"]
    assert search_words("") == []
    assert search_words(' " * - ( ) ') == []


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "-", "()", "\" ' ^ : +", "\n\t"])
def test_a_query_without_words_is_none(query: str) -> None:
    assert fts_query(query) is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("samvær", '"samvaer"*'),
        ("Bjørn Máret", '"bjorn"* "maret"*'),
        ('"samvær', '"samvaer"*'),
        ("samvær AND skole", '"samvaer"* "and"* "skole"*'),
        ("NEAR(skole samvær)", '"near"* "skole"* "samvaer"*'),
        ("-skole OR samv*", '"skole"* "or"* "samv"*'),
    ],
)
def test_fts_query_quotes_every_word_as_a_prefix(query: str, expected: str) -> None:
    assert fts_query(query) == expected


@given(st.text())
@settings(max_examples=300)
def test_fts_query_is_only_quoted_prefix_terms(query: str) -> None:
    built = fts_query(query)
    if built is None:
        assert search_words(query) == []
        return
    assert built.count('"') % 2 == 0
    terms = built.split(" ")
    assert all(FTS_TERM.fullmatch(term) for term in terms), built
    assert [t[1:-2] for t in terms] == search_words(query)


@given(st.text())
@settings(max_examples=300)
def test_fold_leaves_no_combining_marks(text: str) -> None:
    folded = fold(text)
    assert not any(unicodedata.combining(c) for c in folded)


@given(st.text(alphabet=NORWEGIAN_AND_SAMI))
@settings(max_examples=300)
def test_norwegian_and_sami_text_folds_to_plain_lowercase_letters(text: str) -> None:
    folded = fold(text)
    assert not set(folded) & set("æøåđŋŧčšžáÆØÅ")
    assert not any(unicodedata.combining(c) for c in folded)
    assert folded == folded.lower()
    assert all(c.isascii() or c in "«»" for c in folded), folded


@given(st.text(alphabet=NORWEGIAN_AND_SAMI, max_size=20))
@settings(max_examples=200)
def test_an_ascii_spelling_of_a_word_finds_it(word: str) -> None:
    """What a person types without the special letters folds like the text itself
    (æ → ae, ø → o, å → a, Sami letters and accents → the base letter)."""
    plain = (
        word.replace("æ", "ae")
        .replace("Æ", "AE")
        .replace("ø", "o")
        .replace("Ø", "O")
        .replace("å", "a")
        .replace("Å", "A")
    )
    plain = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
    plain = plain.translate(str.maketrans("đĐŋŊŧŦ", "dDnNtT"))
    assert fold(plain) == fold(word)


@given(st.text())
@settings(max_examples=300)
@example("aaa")
@example("oee")
@example("ℌ")
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize("letter", ["ǿ", "Ǿ", "ǽ", "Ǽ"])
def test_fold_output_has_no_ae_oe_aa_letters(letter: str) -> None:
    assert not set(fold(f"s{letter}k")) & set("æøå")
