"""Preview, print and save of a PDF held in memory: pages rendered from the bytes, printing
painted page by page at 300 dpi, saving only where chosen, and no file in the temp folder."""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letter, Letterhead, build_letter
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog, paint_pages, render_pages


@pytest.fixture
def two_pages(tmp_path: Path) -> bytes:
    letter = Letter(
        ("Máret Čuđe", "Ŋuolláš-geaidnu 3", "9730 Kárášjohka"),
        "Innkalling",
        tuple("Avsnitt om samvær og bolig for Áilu og Sárá. " * 12 for _ in range(12)),
        "Ingrid Løvås Nilsen",
        dated=date(2026, 11, 30),
    )
    form = load_form("common", overrides=tmp_path / "none")
    return build_letter(letter, Letterhead("Fjellvik kommune"), form)


@pytest.fixture
def watched_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _ink(image: QImage) -> int:
    """How many sampled pixels are not white: the page has text on it."""
    step = 7
    return sum(
        image.pixelColor(x, y) != QColor("white")
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_the_preview_shows_every_page_rendered_from_memory(
    qtbot: QtBot, two_pages: bytes, watched_tmp: Path
) -> None:
    dialog = PdfPreviewDialog("Innkalling", two_pages, "innkalling.pdf")
    qtbot.addWidget(dialog)
    pages = len(PdfReader(io.BytesIO(two_pages)).pages)
    assert pages >= 2 and len(dialog.page_labels) == pages
    assert all(not label.pixmap().isNull() for label in dialog.page_labels)
    assert [label.accessibleName() for label in dialog.page_labels][:2] == ["Side 1", "Side 2"]
    assert list(watched_tmp.iterdir()) == []


def test_printing_paints_every_page_at_300_dpi_without_a_file(
    two_pages: bytes, watched_tmp: Path
) -> None:
    (first, *_rest) = render_pages(two_pages, 300)
    assert abs(first.width() - 2480) <= 1 and abs(first.height() - 3508) <= 1  # A4, 300 dpi
    sheet = QImage(827, 1170, QImage.Format.Format_RGB32)  # a small "printer" page
    sheet.fill(QColor("white"))
    turned = []
    painter = QPainter(sheet)
    try:
        pages = paint_pages(
            painter, QRectF(0, 0, 827, 1170), two_pages, 100, lambda: turned.append(1)
        )
    finally:
        painter.end()
    assert pages == len(PdfReader(io.BytesIO(two_pages)).pages) and len(turned) == pages - 1
    assert _ink(sheet) > 100
    assert list(watched_tmp.iterdir()) == []


def test_saving_writes_exactly_the_document_where_chosen(
    qtbot: QtBot, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = PdfPreviewDialog("Innkalling", two_pages, "innkalling.pdf")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(PdfPreviewDialog, "save_path_for_tests", tmp_path / "valgt" / "brev")
    (tmp_path / "valgt").mkdir()
    dialog.save_as()
    assert (tmp_path / "valgt" / "brev.pdf").read_bytes() == two_pages


def test_a_parents_document_offers_its_languages_by_their_own_names_and_is_remade(
    qtbot: QtBot, two_pages: bytes, tmp_path: Path
) -> None:
    english = build_letter(
        Letter(("Máret Čuđe",), "Invitation", ("About Áilu.",), "Ingrid Løvås Nilsen",
               dated=date(2026, 12, 1)),
        Letterhead("Fjellvik kommune"),
        load_form("common", "en", overrides=tmp_path / "none"),
    )  # fmt: skip
    dialog = PdfPreviewDialog(
        "Innkalling", two_pages, "innkalling.pdf", None, ("nb", "nn", "en"), "nb"
    )
    qtbot.addWidget(dialog)
    box = dialog.language_box
    assert box is not None
    assert [box.itemText(i) for i in range(box.count())] == ["bokmål", "nynorsk", "English"]
    assert box.currentData() == "nb" and len(dialog.page_labels) == len(render_pages(two_pages, 20))
    with qtbot.waitSignal(dialog.language_chosen) as asked:
        box.setCurrentIndex(2)
    assert asked.args == ["en"] and not box.isEnabled()  # until the document is back
    dialog.replace(english, "en")
    assert dialog.pdf == english and dialog.language == "en" and box.isEnabled()
    assert len(dialog.page_labels) == 1
    assert "1 December 2026" in PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()


def test_a_document_in_one_language_has_no_language_choice(qtbot: QtBot, two_pages: bytes) -> None:
    dialog = PdfPreviewDialog("Innkalling", two_pages, "innkalling.pdf", None, ("nb",), "nb")
    qtbot.addWidget(dialog)
    assert dialog.language_box is None
