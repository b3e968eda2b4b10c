"""PDF/A-2b: every document our builders make converts, and pikepdf's validator (the veraPDF
rule catalogue, as an allowlist) passes what was written; a non-conforming file is refused."""

from __future__ import annotations

import io
import zlib
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from bufapp.documents import pdfa
from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letter, Letterhead, build_letter

SAMI = "Máret Čuđe-Ŋuolja, Šŧžá Áđđá"


def _letter(tmp_path: Path, paragraphs: int = 40) -> bytes:
    letter = Letter(
        recipient=(SAMI, "Gáldovárri 3", "9730 Kárášjohka"),
        heading="Kopi av henvisning – Bjørn Æsøy Ågesen",
        paragraphs=tuple(f"Avsnitt {i}: {SAMI} og Bjørn Æsøy." for i in range(paragraphs)),
        caseworker="Ingrid Løvås Nilsen",
        dated=date(2026, 11, 30),
    )
    return build_letter(
        letter, Letterhead("Kárášjoga gielda"), load_form("common", overrides=tmp_path)
    )


def test_a_multi_page_letter_becomes_valid_pdfa_2b_with_its_text_intact(tmp_path: Path) -> None:
    original = _letter(tmp_path)
    converted = pdfa.to_pdfa(original)
    assert pdfa.findings(converted) == []
    with pikepdf.open(io.BytesIO(converted)) as pdf:
        assert pdf.open_metadata().pdfa_status == "2B"
        intents = pdf.Root.OutputIntents
        assert intents[0].S == "/GTS_PDFA1" and "/DestOutputProfile" in intents[0]
        assert len(pdf.pages) > 1
    before = [p.extract_text() for p in PdfReader(io.BytesIO(original)).pages]
    after = [p.extract_text() for p in PdfReader(io.BytesIO(converted)).pages]
    assert after == before and SAMI in after[0] and "\x00" not in "".join(after)


def test_the_plain_letter_is_not_pdfa_so_the_check_has_teeth(tmp_path: Path) -> None:
    found = pdfa.findings(_letter(tmp_path, paragraphs=1))
    assert any("Metadata" in f or "OutputIntents" in f for f in found), found


def test_a_document_the_validator_refuses_is_never_returned(tmp_path: Path) -> None:
    with pikepdf.open(io.BytesIO(_letter(tmp_path, paragraphs=1))) as pdf:
        # JavaScript is forbidden in PDF/A; prepare() strips document JavaScript, so put it
        # where it is not removed: an action on the page.
        pdf.pages[0].obj.AA = pikepdf.Dictionary(
            O=pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
        )
        buffer = io.BytesIO()
        pdf.save(buffer)
    with pytest.raises(pdfa.PdfaConversionFailed) as failure:
        pdfa.to_pdfa(buffer.getvalue())
    assert failure.value.findings
    assert "PDF/A" in str(failure.value) and "Ingenting ble lagret" in str(failure.value)


def _flate_only(stream: pikepdf.Stream) -> bool:
    filters = stream.get("/Filter")
    if isinstance(filters, pikepdf.Array):
        filters = filters[0] if len(filters) == 1 else None
    return filters == pikepdf.Name.FlateDecode


def test_compressed_streams_are_written_as_built_not_decompressed_and_compressed_again(
    tmp_path: Path,
) -> None:
    """reportlab writes ``/Filter [/FlateDecode]``; qpdf keeps a compressed stream as it is
    only when its filter is the name, and otherwise inflates and deflates it again (half the
    conversion's time). Each stream here is deflated as qpdf never would (level 1), so a
    stream written again would show."""
    built: dict[bytes, bytes] = {}
    with pikepdf.open(io.BytesIO(_letter(tmp_path, paragraphs=3))) as pdf:
        for stream in (o for o in pdf.objects if isinstance(o, pikepdf.Stream)):
            if _flate_only(stream):
                data = stream.read_bytes()
                built[data] = zlib.compress(data, 1)
                stream.write(built[data], filter=pikepdf.Name.FlateDecode)
                stream.Filter = pikepdf.Array([pikepdf.Name.FlateDecode])  # as reportlab has it
        buffer = io.BytesIO()
        pdf.save(buffer, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    converted = pdfa.to_pdfa(buffer.getvalue())
    assert pdfa.findings(converted) == []
    with pikepdf.open(io.BytesIO(converted)) as pdf:
        written = {
            s.read_bytes(): s.read_raw_bytes()
            for s in (o for o in pdf.objects if isinstance(o, pikepdf.Stream))
            if s.get("/Filter") == pikepdf.Name.FlateDecode
        }
    assert len(built) >= 3  # the fonts' programs and the page's content at least
    assert {data: written.get(data) for data in built} == built


def test_a_built_document_is_compressed_with_flate_alone(tmp_path: Path) -> None:
    """reportlab's default ASCII85 layer is encoded in Python and only undone again by the
    conversion, which then compresses the page once more: every stream is Flate alone."""
    with pikepdf.open(io.BytesIO(_letter(tmp_path, paragraphs=3))) as pdf:
        streams = [o for o in pdf.objects if isinstance(o, pikepdf.Stream)]
        assert streams and all(_flate_only(s) for s in streams)
