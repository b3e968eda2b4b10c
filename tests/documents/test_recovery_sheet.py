"""The recovery sheet: one A4 page with the key in large numbered groups that read back
exactly, the office and date, how to keep it and use it; fonts embedded; nothing on disk."""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

import pytest

from bufapp.documents.forms import load_form
from bufapp.documents.recovery_sheet import build_recovery_sheet
from bufapp.security import recovery
from tests.documents.pdf_checks import (
    MM,
    assert_fonts_embedded,
    assert_in_order,
    flat,
    positions,
    reader,
)

OFFICE = "Kárášjoga gielda – Máret Čuđe-Ŋuolja Šŧžá og Bjørn Æsøy Ågesen"


def _pdf(tmp_path: Path, key: str) -> bytes:
    form = load_form("recovery_sheet", overrides=tmp_path / "none")
    return build_recovery_sheet(key, OFFICE, date(2026, 6, 15), form)


def test_the_key_reads_back_group_by_group_on_one_a4_page(tmp_path: Path) -> None:
    key = recovery.generate()
    pdf = _pdf(tmp_path, key)
    pages = reader(pdf).pages
    assert len(pages) == 1
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (round(width / MM), round(height / MM)) == (210, 297)
    text = flat(pdf)
    assert "\x00" not in text
    compact = re.sub(r"\s+", "", text)
    groups = key.split("-")
    assert len(groups) == 8
    assert_in_order(compact, groups)  # in order, each group whole
    assert recovery.normalise("-".join(groups)) == key  # what is printed is what is typed
    for number in range(1, 9):
        assert f"Gruppe {number}" in text


def test_title_office_date_and_instructions(tmp_path: Path) -> None:
    text = flat(_pdf(tmp_path, recovery.generate()))
    assert_in_order(
        text,
        [
            "Gjenopprettingsnøkkel for bufapp",
            f"Kontor: {OFFICE}",
            "Skrevet ut: 15.06.2026",
            "Bokstavene I, L, O og U brukes ikke",
            "Slik oppbevarer du arket",
            "Lås arket inne",
            "et annet sted enn PC-en",
            "Ikke ta bilde av arket",
            "Slik brukes nøkkelen",
            "«Glemt passordet?»",
            "Hvis arket blir borte",
        ],
    )


def test_key_characters_are_large_and_evenly_spaced(tmp_path: Path) -> None:
    key = "WMWMW-" + recovery.generate()[6:]  # the widest letters side by side
    page = reader(_pdf(tmp_path, key)).pages[0]
    found = positions(page)
    assert found["W"][2] >= 20  # points
    assert found["Gruppe 1"][2] < 10
    # Every character is centred in a slot of the same width, so the rhythm is even.
    drawn: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if len(text.strip()) == 1 and size * tm[0] >= 20:
            drawn.append((tm[4] * cm[0] + cm[4], text.strip()))

    page.extract_text(visitor_text=visit)
    first = [x for x, char in drawn[:5]]
    assert "".join(char for _x, char in drawn[:5]) == "WMWMW"
    # W and M differ in width: left edges alternate, but W-to-W and M-to-M steps are equal.
    assert abs((first[2] - first[0]) - (first[4] - first[2])) < 0.1
    assert abs((first[3] - first[1]) - (first[2] - first[0])) < 0.1


def test_fonts_are_embedded(tmp_path: Path) -> None:
    assert_fonts_embedded(_pdf(tmp_path, recovery.generate()))


def test_building_writes_nothing_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    watched = tmp_path / "tmp"
    watched.mkdir()
    monkeypatch.setenv("TMPDIR", str(watched))
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    before = set(Path.cwd().iterdir())
    _pdf(tmp_path, recovery.generate())
    assert list(watched.iterdir()) == []
    assert set(Path.cwd().iterdir()) == before


def test_every_key_character_is_drawn_inside_the_printed_area(tmp_path: Path) -> None:
    """The sheet's twin of the screen's fit test: all 40 characters, in order, each inside the
    margins of the page (nothing off the edge, where text extraction would still find it)."""
    key = "WMWMW-" + recovery.generate()[6:]
    page = reader(_pdf(tmp_path, key)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    drawn: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if len(text.strip()) == 1 and size * tm[0] >= 20:
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            drawn.append((x, y, text.strip()))

    page.extract_text(visitor_text=visit)
    assert "".join(char for _x, _y, char in drawn) == key.replace("-", "")
    for x, y, char in drawn:
        assert 25 * MM <= x <= width - 20 * MM - 8 * MM, (char, x / MM)
        assert 18 * MM <= y <= height - 20 * MM, (char, y / MM)
