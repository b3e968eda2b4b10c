"""The contact-log extract: an internal document (no address), a summary of who, period and
selection, entries in date order with times in Norwegian time, the parent's own words marked as
theirs, withdrawn entries by reason only, and "Side X av Y" on every page."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bufapp.documents.access.contact_extract import (
    ContactExtract,
    ExtractEntry,
    build_contact_extract,
)
from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letterhead
from tests.documents.pdf_checks import (
    assert_fonts_embedded,
    assert_in_order,
    flat,
    pages_text,
    positions,
    reader,
)

HEAD = Letterhead("Kárášjoga gielda", address_lines=("Rådhusveien 1", "9730 Kárášjohka"))
MARET = "Máret Čuđe-Ŋuolja Šŧžá"
BJORN = "Bjørn Æsøy Ågesen"

SPRING = ExtractEntry(  # 29 March 2026 00:30 UTC: the night clocks go forward, 01:30 in Oslo
    datetime(2026, 3, 29, 0, 30, tzinfo=UTC),
    "Telefon",
    initiative="Forelderen",
    topics=("Samvær",),
    children=("Áilu Čuđe",),
    summary="Máret ringte om samværet med Áilu.",
    parent_words="«Jeg vil se Áilu oftere, og Sárá også.»",
    agreed="Saksbehandler ringer fosterhjemmet før fredag.",
)
SUMMER = ExtractEntry(  # 22:30 UTC on 15 June is 00:30 on 16 June in Oslo (summer time)
    datetime(2026, 6, 15, 22, 30, tzinfo=UTC),
    "Hjemmebesøk",
    initiative="Barnevernstjenesten",
    place="Hjemme i Kárášjohka",
    other_parents=(BJORN,),
    support_person="Sárá Ŋuolja",
    interpreter_language="nordsamisk",
    interpreter_name="Ánde Šŧž",
    summary="Felles møte om samværsplanen.",
    parent_words="«Vi er enige om at Áilu skal få bestemme mer.»",
    words_of=BJORN,
    version=2,
    change_reason="Feil dato i første versjon.",
)
WITHDRAWN = ExtractEntry(
    datetime(2026, 4, 2, 10, 0, tzinfo=UTC),
    "Brev",
    summary="Feilført tekst som ikke skal gjentas.",
    withdrawn_on=date(2026, 4, 3),
    withdrawn_reason="Ført på feil forelder.",
)


def _data(entries: tuple[ExtractEntry, ...], **changes: object) -> ContactExtract:
    data = ContactExtract(
        MARET, date(2026, 3, 1), date(2026, 6, 30), entries, BJORN, date(2026, 7, 1),
        topics=("Samvær", "Krise"), child="Áilu Čuđe", our_reference="2026/101",
    )  # fmt: skip
    return replace(data, **changes)  # type: ignore[arg-type]


def _pdf(tmp_path: Path, data: ContactExtract) -> bytes:
    common = load_form("common", overrides=tmp_path)
    extract = load_form("contact_extract", overrides=tmp_path)
    return build_contact_extract(data, HEAD, common, extract)


def test_entries_read_in_date_order_with_oslo_times_and_every_part(tmp_path: Path) -> None:
    text = flat(_pdf(tmp_path, _data((SUMMER, WITHDRAWN, SPRING))))  # given out of order
    assert "\x00" not in text
    assert_in_order(
        text,
        [
            f"Utdrag av kontaktloggen – {MARET}",
            f"Forelder {MARET}",
            "Periode 01.03.2026–30.06.2026",
            "Tema: Samvær, Krise",
            "Barn: Áilu Čuđe",
            "Antall kontakter 3",
            "29.03.2026 kl. 01.30 – Telefon",
            "Initiativ Forelderen",
            "Sammendrag Máret ringte om samværet med Áilu.",
            "Forelderens egne ord (gjengitt slik forelderen sa det) «Jeg vil se Áilu oftere",
            "Avtalt Saksbehandler ringer fosterhjemmet før fredag.",
            "02.04.2026 kl. 12.00 – Brev",
            "Trukket tilbake 03.04.2026. Begrunnelse: Ført på feil forelder.",
            "16.06.2026 kl. 00.30 – Hjemmebesøk",
            "Sted Hjemme i Kárášjohka",
            f"Den andre forelderen: {BJORN}",
            "Støtteperson: Sárá Ŋuolja",
            "Tolk (nordsamisk): Ánde Šŧž",
            f"Egne ord fra {BJORN} (gjengitt slik {BJORN} sa det)",
            "Versjon 2. Endret fordi: Feil dato i første versjon.",
            "Slutt på utdraget.",
        ],
    )
    assert "Feilført tekst" not in text  # a withdrawn entry's text is not repeated


def test_it_is_internal_no_window_address_but_marking_reference_and_fonts(
    tmp_path: Path,
) -> None:
    pdf = _pdf(tmp_path, _data((SPRING,)))
    text = flat(pdf)
    assert "Unntatt offentlighet" in text and "Vår ref." in text and "2026/101" in text
    assert "Deres ref." not in text  # nobody outside to refer to
    found = positions(reader(pdf).pages[0])
    assert found["Vår ref."][1] < 46  # the reference row moved up into the unused window
    assert_fonts_embedded(pdf)


def test_a_long_extract_numbers_every_page(tmp_path: Path) -> None:
    many = tuple(
        replace(
            SPRING,
            occurred_at=SPRING.occurred_at + timedelta(days=i),
            summary=f"Samtale {i}. " * 40,
        )
        for i in range(30)
    )
    pages = pages_text(_pdf(tmp_path, _data(many)))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
        assert MARET in page  # the running header names whose log it is
    assert "Slutt på utdraget." in pages[-1]
    assert_in_order(" ".join(pages), [f"Samtale {i}." for i in range(30)])


def test_an_empty_selection_says_so_and_all_topics_and_children(tmp_path: Path) -> None:
    text = flat(_pdf(tmp_path, _data((), topics=(), child="", open_left_out=1)))
    assert "Det er ingen kontakter i perioden med dette utvalget." in text
    assert "Alle temaer" in text and "Alle barn" in text and "Antall kontakter 0" in text
    assert "Én kontakt i perioden er ikke ferdigskrevet" in text
    many = flat(_pdf(tmp_path, _data((), open_left_out=3)))
    assert "3 kontakter i perioden er ikke ferdigskrevet" in many
