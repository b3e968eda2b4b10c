"""The excerpt of a search hit: built around the first word (as written) whose folded form
begins with a word searched for, whichever words the scan skips without folding them."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bufapp.domain.folding import fold, search_words
from bufapp.domain.search_excerpt import EXCERPT_CHARS, excerpt

LETTERS = "abcdeosSAaOÆæøåÅáÁŋŊšžöüß_0123456789½™ﬁ\u0301\u0303 -.,\n"


def excerpt_folding_every_word(text: str, words: tuple[str, ...]) -> str | None:
    """The excerpt as defined: every word of the text folded and compared, in order."""
    text = unicodedata.normalize("NFC", text)
    for match in re.finditer(r"\w+", text):
        if any(fold(match.group()).startswith(w) for w in words):
            start = max(0, match.start() - EXCERPT_CHARS // 3)
            piece = text[start : start + EXCERPT_CHARS].replace("\n", " ")
            end = "…" if start + EXCERPT_CHARS < len(text) else ""
            return ("…" if start else "") + piece + end
    return None


@given(st.text(alphabet=LETTERS, max_size=400), st.text(alphabet=LETTERS, max_size=12))
@settings(max_examples=400, deadline=None)
@example("Møte om samværet. SAMVÆR avtalt.", "samvær")
@example("Oa Æsa ÅSE q\u0303x", "aa ae")
@example("™ og ½ og ﬁnal", "tm fi 2")
@example("Máret kom", "Maret")
@example("ŋ ß Straße", "n ss")
def test_the_excerpt_is_around_the_first_word_that_folds_to_a_searched_start(
    text: str, typed: str
) -> None:
    words = tuple(search_words(typed))
    if words:
        assert excerpt(text, words) == excerpt_folding_every_word(text, words)


def test_a_word_beginning_with_another_ascii_letter_is_not_an_excerpt() -> None:
    assert excerpt("Bolig og NAV", ("samv",)) is None
    assert excerpt("Bolig og NAV", ("nav",)) == "Bolig og NAV"
