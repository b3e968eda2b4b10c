"""KOR without a vault: marks 0–10 with one decimal as exact tenths, totals 0–40, the ORS's
reliable change from the first score and the clinical cut-off, the SRS below its line, and the
numbers read from the form (an office's override changes the verdict)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bufapp.documents.forms import load_form
from bufapp.domain.enums import KorScale, Usefulness
from bufapp.domain.feedback import KorScore, SimpleFeedback, tenths_text, to_tenths
from bufapp.domain.feedback_checks import check_score, check_simple, read_marks
from bufapp.domain.feedback_rules import (
    Change,
    KorNumbers,
    kor_numbers,
    ors_first_and_last,
    ors_verdicts,
    srs_verdicts,
)

TODAY = date(2026, 12, 7)
NUMBERS = KorNumbers()


def ors(
    day: date, *marks: int, scale: KorScale = KorScale.ORS, entry: int | None = None
) -> KorScore:
    return KorScore(1, scale, day, tuple(marks), entry_id=entry)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "tenths"),
    [("0", 0), ("10", 100), ("7,2", 72), ("7.2", 72), (0.1, 1), (9.9, 99), (Decimal("3.0"), 30)],
)
def test_a_mark_is_read_as_exact_tenths(value: object, tenths: int) -> None:
    assert to_tenths(value) == tenths  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["10.05", "7,25", "abc", "", "nan", "inf"])
def test_more_than_one_decimal_or_no_number_is_refused(value: str) -> None:
    assert to_tenths(value) is None


def test_marks_outside_0_to_10_or_with_two_decimals_are_refused_under_their_field() -> None:
    tenths, problems = read_marks(["10.05", "-1", "10.1", "10"])
    assert [p.field for p in problems] == ["score_1", "score_2", "score_3"]
    assert "høyst én desimal" in problems[0].message
    assert problems[1].message == "Tallet må være fra 0 til 10."
    assert tenths[3] == 100
    assert read_marks(["0", "0.1", "9.9", "10"]) == ((0, 1, 99, 100), [])


def test_the_total_is_the_exact_sum_from_0_to_40() -> None:
    assert ors(TODAY, 0, 0, 0, 0).total == Decimal("0")
    assert ors(TODAY, 100, 100, 100, 100).total_tenths == 400
    score = ors(TODAY, 1, 2, 3, 4)  # 0.1 + 0.2 + 0.3 + 0.4: no float drift
    assert score.total == Decimal("1.0")
    assert tenths_text(score.total_tenths) == "1,0"
    assert tenths_text(255) == "25,5"
    assert tenths_text(-60) == "-6,0"


def test_a_saved_score_is_checked_for_range_date_and_contact() -> None:
    good = ors(TODAY, 50, 60, 70, 80, entry=9)
    assert check_score(good, TODAY, entry_parents=(1, 3)) == []
    bad = KorScore(1, KorScale.SRS, date(2026, 12, 8), (101, -1, 5, 5), entry_id=9)
    fields = [p.field for p in check_score(bad, TODAY, entry_parents=(2,))]
    assert fields == ["score_1", "score_2", "given_on", "entry_id"]
    assert [p.field for p in check_score(good, TODAY, entry_parents=None)] == ["entry_id"]


def test_simple_feedback_is_checked() -> None:
    fine = SimpleFeedback(1, 9, TODAY, Usefulness.PARTLY, "Godt å bli hørt.")
    assert check_simple(fine, TODAY, (1,)) == []
    late = SimpleFeedback(1, 9, date(2027, 1, 1), Usefulness.NO)
    assert [p.field for p in check_simple(late, TODAY, (2,))] == ["given_on", "entry_id"]


def test_ors_change_from_the_first_score_hand_computed() -> None:
    scores = [
        ors(date(2026, 1, 10), 50, 50, 50, 50),  # 20,0: baseline, clinical range
        ors(date(2026, 3, 10), 60, 55, 50, 50),  # 21,5: +1,5 – no reliable change
        ors(date(2026, 5, 10), 60, 60, 60, 70),  # 25,0: +5,0 exactly – reliable, at the cut-off
        ors(date(2026, 2, 10), 40, 40, 30, 40),  # 15,0: −5,0 – reliable deterioration
        ors(date(2026, 6, 10), 60, 60, 60, 69),  # 24,9: +4,9 – not reliable, below
    ]
    verdicts = ors_verdicts(scores, NUMBERS)
    assert [v.score.total_tenths for v in verdicts] == [200, 150, 215, 250, 249]
    assert [v.change for v in verdicts] == [
        Change.FIRST, Change.WORSE, Change.UNCHANGED, Change.IMPROVED, Change.UNCHANGED,
    ]  # fmt: skip
    assert [v.delta for v in verdicts] == [0, -50, 15, 50, 49]
    assert [v.below_cutoff for v in verdicts] == [True, True, True, False, True]
    assert [v.crossed for v in verdicts] == [False, False, False, True, False]
    assert verdicts[3].text(kor_numbers(load_form("feedback").values)) == (
        "Pålitelig bedring (+5,0), krysset klinisk grense (25,0)"
    )
    assert verdicts[1].text(kor_numbers(load_form("feedback").values)) == (
        "Pålitelig forverring (-5,0), under klinisk grense (25,0)"
    )
    assert ors_first_and_last(scores) == (200, 249)
    assert ors_first_and_last([]) is None


def test_srs_below_its_cut_off_prompts_the_question_for_next_time() -> None:
    scores = [
        ors(date(2026, 1, 10), 90, 90, 90, 90, scale=KorScale.SRS),  # 36,0: at the line
        ors(date(2026, 2, 10), 90, 90, 90, 89, scale=KorScale.SRS),  # 35,9: below
        ors(date(2026, 2, 1), 50, 50, 50, 50),  # an ORS: not an SRS verdict
    ]
    verdicts = srs_verdicts(scores, NUMBERS)
    assert [v.below_cutoff for v in verdicts] == [False, True]
    words = kor_numbers(load_form("feedback").values)
    assert verdicts[1].text(words) == "Under grensen: Spør hva som skal være annerledes neste gang"
    assert verdicts[0].text(words) == "Over grensen"


def test_the_forms_numbers_drive_the_verdicts(tmp_path: Path) -> None:
    shipped = kor_numbers(load_form("feedback").values)
    assert (shipped.ors_cutoff, shipped.reliable_change, shipped.srs_cutoff) == (250, 50, 360)
    assert shipped.ors_dimensions[0] == "Individuelt / personlig"
    assert shipped.srs_dimensions[2] == "Tilnærming eller metode"
    (tmp_path / "feedback.toml").write_text(
        "[ors]\ncutoff = 21.0\nreliable_change = 6.0\n[srs]\ncutoff = 35.0\n", encoding="utf-8"
    )
    office = kor_numbers(load_form("feedback", overrides=tmp_path).values)
    assert (office.ors_cutoff, office.reliable_change, office.srs_cutoff) == (210, 60, 350)
    scores = [ors(date(2026, 1, 1), 50, 50, 50, 50), ors(date(2026, 2, 1), 60, 55, 50, 50)]
    srs = [ors(date(2026, 2, 1), 90, 90, 90, 85, scale=KorScale.SRS)]  # 35,5
    assert [v.below_cutoff for v in ors_verdicts(scores, shipped)] == [True, True]
    assert [v.below_cutoff for v in ors_verdicts(scores, office)] == [True, False]  # 21,5 ≥ 21
    assert ors_verdicts([*scores, ors(date(2026, 3, 1), 65, 65, 60, 60)], office)[-1].change == (
        Change.UNCHANGED  # +5,0 is reliable with 5, not with the office's 6
    )
    assert srs_verdicts(srs, shipped)[0].below_cutoff
    assert not srs_verdicts(srs, office)[0].below_cutoff


def test_a_broken_number_in_the_form_keeps_the_guidelines() -> None:
    numbers = kor_numbers({"ors": {"cutoff": "tjuefem", "reliable_change": 5.55}, "srs": {}})
    assert (numbers.ors_cutoff, numbers.reliable_change, numbers.srs_cutoff) == (250, 50, 360)
