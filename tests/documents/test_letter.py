"""Letters as PDF bytes: every letter readable back exactly, fonts embedded, the address in the
envelope window, page numbers, and nothing written to disk."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letter, Letterhead, build_letter, window_zone_mm

MM = 72 / 25.4
STANDARD_FONTS = {
    "Courier", "Helvetica", "Times-Roman", "Symbol", "ZapfDingbats", "Times-Bold",
    "Helvetica-Bold", "Courier-Bold", "Times-Italic", "Helvetica-Oblique",
}  # fmt: skip
SAMI_AND_NORWEGIAN = "Máret Čuđe, Ŋuolláš, Sárá, Áilu, Ŧ ž š – Ærlig, Ørjan, Åse"


def _form(tmp_path: Path):
    return load_form("common", overrides=tmp_path / "no-overrides")


HEAD = Letterhead("Fjellvik kommune", address_lines=("Rådhusveien 1", "9990 Fjellvik"))


def _letter(paragraphs: int | tuple[str, ...] = 2, **changes: object) -> Letter:
    values: dict[str, object] = {
        "recipient": ("Máret Čuđe", "Ŋuolláš-geaidnu 3", "9730 Kárášjohka"),
        "heading": "Henvisning – samtale om samvær",
        "paragraphs": paragraphs
        if isinstance(paragraphs, tuple)
        else tuple(f"Avsnitt {i}: {SAMI_AND_NORWEGIAN}." for i in range(paragraphs)),
        "caseworker": "Ingrid Løvås Nilsen",
        "our_reference": "2026/101-4",
        "dated": date(2026, 11, 30),
    }
    values.update(changes)
    return Letter(**values)  # type: ignore[arg-type]


def _pdf(tmp_path: Path, letter: Letter) -> PdfReader:
    return PdfReader(io.BytesIO(build_letter(letter, HEAD, _form(tmp_path))))


def test_text_reads_back_exactly_with_sami_and_norwegian_letters(tmp_path: Path) -> None:
    text = "\n".join(page.extract_text() for page in _pdf(tmp_path, _letter()).pages)
    assert SAMI_AND_NORWEGIAN in text
    assert "Máret Čuđe" in text and "Kárášjohka" in text
    assert "\x00" not in text  # a missing glyph shows up as NUL in reportlab's output
    for label in ("Deres ref.", "Vår ref.", "Saksbehandler", "Dato", "30.11.2026"):
        assert label in text
    assert "Unntatt offentlighet" in text


def test_every_font_is_embedded_and_no_standard_font_is_referenced(tmp_path: Path) -> None:
    reader = _pdf(tmp_path, _letter(paragraphs=30))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"]).split("+")[-1].lstrip("/")
            seen.add(name)
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{name} is not embedded"
    assert seen and not seen & STANDARD_FONTS
    assert all(name.startswith("DejaVuSans") for name in seen)


def test_the_address_sits_inside_the_envelope_window(tmp_path: Path) -> None:
    page = _pdf(tmp_path, _letter()).pages[0]
    height = float(page.mediabox.height)
    found: dict[str, tuple[float, float]] = {}

    def visit(text: str, _cm: object, tm: list[float], *_rest: object) -> None:
        if text.strip():
            found.setdefault(text.strip(), (tm[4] / MM, (height - tm[5]) / MM))

    page.extract_text(visitor_text=visit)
    x0, top, x1, bottom = window_zone_mm()
    for line in ("Máret Čuđe", "Ŋuolláš-geaidnu 3", "9730 Kárášjohka"):
        x, y = found[line]
        assert x0 <= x <= x1 and top <= y <= bottom, f"{line} at {x:.1f}, {y:.1f} mm"
    assert found["Máret Čuđe"][0] >= 20  # left margin at least 20 mm


def test_long_letters_number_their_pages(tmp_path: Path) -> None:
    reader = _pdf(tmp_path, _letter(paragraphs=40))
    pages = len(reader.pages)
    assert pages >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"Side {number} av {pages}" in page.extract_text()


def test_an_address_of_more_than_five_lines_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at most 5 lines"):
        build_letter(_letter(recipient=tuple("abcdef")), HEAD, _form(tmp_path))


def test_building_writes_nothing_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    watched = tmp_path / "tmp"
    watched.mkdir()
    monkeypatch.setenv("TMPDIR", str(watched))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    before = set(Path.cwd().iterdir())
    build_letter(_letter(paragraphs=20), HEAD, _form(tmp_path))
    assert list(watched.iterdir()) == []
    assert set(Path.cwd().iterdir()) == before


def test_the_signature_never_stands_alone_on_a_page(tmp_path: Path) -> None:
    """Letters of every length around a page break: the last page holds the last paragraph
    together with the closing and the signature, never the signature alone."""
    form = _form(tmp_path)
    breaks_seen = 0
    for count in range(30, 62):
        filler = tuple(f"Linje {i}: kort avsnitt i et langt brev." for i in range(count))
        letter = _letter(paragraphs=(*filler, "Siste avsnitt før hilsenen."))
        pages = [
            p.extract_text() for p in PdfReader(io.BytesIO(build_letter(letter, HEAD, form))).pages
        ]
        breaks_seen += len(pages) > 1
        signed = next(i for i, text in enumerate(pages) if "Med vennlig hilsen" in text)
        closing = pages[signed].split("Med vennlig hilsen", 1)
        assert "Siste avsnitt før hilsenen." in closing[0], count
        assert "Ingrid Løvås Nilsen" in closing[1], count  # the signature, under the closing
    assert breaks_seen  # the lengths do reach a second page


def test_every_letter_says_how_to_reach_the_office_and_the_caseworker_directly(
    tmp_path: Path,
) -> None:
    head = Letterhead(
        "Fjellvik kommune",
        address_lines=("Rådhusveien 1",),
        phone="55 00 10 00",
        email="postmottak@fjellvik.kommune.no",
        caseworker_phone="909 12 345",
        caseworker_email="ingrid@fjellvik.kommune.no",
    )
    for letter in (_letter(), _letter(recipient=())):  # to someone, and internal
        pdf = build_letter(letter, head, _form(tmp_path))
        first = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        assert "Tlf. 55 00 10 00 · E-post postmottak@fjellvik.kommune.no" in first
        assert (
            "Direkte til saksbehandler: tlf. 909 12 345 · e-post ingrid@fjellvik.kommune.no"
            in first
        )
    without = PdfReader(io.BytesIO(build_letter(_letter(), HEAD, _form(tmp_path))))
    assert "Direkte til saksbehandler" not in without.pages[0].extract_text()


def test_a_long_reference_stays_in_its_cell_of_the_reference_row(tmp_path: Path) -> None:
    """Three children's case numbers ran into «Saksbehandler»: a long value now takes the width
    an empty cell leaves, then smaller type, and is cut with «…» only where even that fails."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from bufapp.documents import fonts
    from bufapp.documents.letter import fitted_cell

    three = "2026/1234-5, 2026/1235-5, 2026/1236-5"
    text = "\n".join(p.extract_text() for p in _pdf(tmp_path, _letter(our_reference=three)).pages)
    assert three in text  # all of it, read back whole (the build registered the fonts)
    cell = 40 * MM
    many = ", ".join(f"2026/12{n}-5" for n in range(30, 40))
    fitted, size = fitted_cell(many, cell)
    assert fitted.endswith("…") and stringWidth(fitted, fonts.REGULAR, size) <= cell
    assert fitted_cell("2026/101-4", cell) == ("2026/101-4", 9.5)  # a short one is untouched
