"""What every document test checks on the PDF itself: text read back with pypdf, fonts
embedded and never a standard one, and where a line was drawn (millimetres from top-left)."""

from __future__ import annotations

import io
import re

from pypdf import PageObject, PdfReader

from bufapp.documents.letter import window_zone_mm

MM = 72 / 25.4
STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def flat(pdf: bytes) -> str:
    """All pages' text with every run of whitespace (line breaks, no-break spaces) as one space."""
    return re.sub(r"\s+", " ", "\n".join(pages_text(pdf)))


def assert_in_order(text: str, parts: list[str]) -> None:
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= 0, f"«{part}» missing or out of order"
        at = found + len(part)


def assert_fonts_embedded(pdf: bytes) -> set[str]:
    """Every font on every page is embedded DejaVu; no standard-14 font is referenced."""
    seen = set()
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"]).split("+")[-1].lstrip("/")
            seen.add(name)
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            assert "/FontDescriptor" in descendant, f"{name} has no descriptor (standard font?)"
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), (
                f"{name} not embedded"
            )
    assert seen and not seen & STANDARD_14, seen
    assert all(name.startswith("DejaVuSans") for name in seen), seen
    return seen


def positions(page: PageObject) -> dict[str, tuple[float, float, float]]:
    """Each drawn piece of text -> (x mm, y mm from the top, font size), first occurrence.
    Exact for text drawn straight on the canvas (address, reference row, key); paragraph lines
    report positions relative to their text object."""
    height = float(page.mediabox.height)
    found: dict[str, tuple[float, float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            scale = tm[0] * cm[0] or 1
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            found.setdefault(text.strip(), (x / MM, (height - y) / MM, size * scale))

    page.extract_text(visitor_text=visit)
    return found


def assert_in_window(pdf: bytes, lines: tuple[str, ...]) -> None:
    """The address lines sit inside the envelope window on the first page."""
    found = positions(reader(pdf).pages[0])
    x0, top, x1, bottom = window_zone_mm()
    for line in lines:
        assert line in found, f"{line} not drawn as one line"
        x, y, _size = found[line]
        assert x0 <= x <= x1 and top <= y <= bottom, f"{line} at {x:.1f}, {y:.1f} mm"
        assert x >= 20, "left margin at least 20 mm"
