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
