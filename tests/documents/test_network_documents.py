"""The network map and the comparison as PDF: names read back exactly, fonts embedded, PDF/A;
the printed summary is the domain's; a pseudonymised print names nobody (text, metadata and
decompressed streams); the comparison names who came, went and broke off; the drawing puts every
marker where the editor's geometry does and no two labels on top of each other; empty and
60-member maps build."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from itertools import combinations
from pathlib import Path

import pikepdf
import pytest
from reportlab.graphics.shapes import Circle, Rect
from reportlab.lib.colors import white

from bufapp.documents import pdfa
from bufapp.documents.forms import load_form
from bufapp.documents.letter import TEXT_WIDTH, Letterhead
from bufapp.documents.network.comparison import NetworkComparisonDocument, build_network_comparison
from bufapp.documents.network.drawing import FULL, TOUCH, map_drawing
from bufapp.documents.network.map_document import NetworkMapDocument, build_network_map
from bufapp.domain.enums import ContactFrequency, HowOften, SupportDirection, TieQuality
from bufapp.domain.network import DEFAULT_SECTORS, MemberTie, NetworkMap, NetworkMember
from bufapp.domain.network_geometry import position, ring_radius
from bufapp.domain.network_rules import compare, initials, summarise
from tests.documents.pdf_checks import assert_fonts_embedded, assert_in_order, flat, pages_text

HEAD = Letterhead("Kárášjoga gielda", address_lines=("Rådhusveien 1", "9730 Kárášjohka"))
PARENT = "Elle-Sofie Ŋuolja Ásmundsen"
MARET = "Máret Čuđe-Ŋuolja Šŧžá"
BJORN = "Bjørn Æsøy Ågesen"
LONG = "Psykologspesialist ved familievernkontoret i Deatnu"
CASEWORKER = "Ingrid Løvås"  # not in any map: a pseudonymised print still names her
A = HowOften.ALMOST_ALWAYS
SECTORS = [s.key for s in DEFAULT_SECTORS]

MEMBERS = (
    NetworkMember("maret", MARET, "family", 1, 0.2, TieQuality.STRONG, A, A, HowOften.SOMETIMES,
                  SupportDirection.BOTH, contact=ContactFrequency.DAILY, knows_about_placement=True),
    NetworkMember("bjorn", BJORN, "friends", 3, 0.5, TieQuality.WEAK, emotional=A,
                  contact=ContactFrequency.WEEKLY, knows_about_placement=False),
    NetworkMember("nabo", "Naboen Ánde", "neighbours", 4, 0.6, TieQuality.CONFLICT, critical=A),
    NetworkMember("far", "Faren til Áilu", "family", 2, 0.8, TieQuality.BROKEN, critical=A),
    NetworkMember("psyk", LONG, "public_helpers", 2, 0.4, TieQuality.STRONG, informational=A),
)  # fmt: skip
MAP = NetworkMap(
    7, date(2026, 3, 2), DEFAULT_SECTORS, MEMBERS,
    (MemberTie("maret", "far", TieQuality.CONFLICT),),
    parent_words="«Máret er den eneste jeg ringer til når det er tungt.»",
    note="Nettverket kan utvides: ICDP-gruppe ved familievernkontoret.",
    id=1,
)  # fmt: skip
LATER = replace(
    MAP,
    id=2,
    drawn_on=date(2026, 9, 14),
    members=(
        replace(MEMBERS[0], quality=TieQuality.BROKEN),
        replace(MEMBERS[1], quality=TieQuality.STRONG, ring=1),
        *MEMBERS[2:4],
        NetworkMember("icdp", "ICDP-gruppa på Ŋuorgam", "organisations", 3, 0.5),
    ),
    ties=(),
)


def crowd(count: int) -> NetworkMap:
    """``count`` members spread over sectors, rings and angles, with long labels."""
    members = tuple(
        NetworkMember(f"m{i}", f"Person nummer {i} Šŧžá Ågesen", SECTORS[i % 9], i % 4 + 1,
                      (i * 0.37) % 1, list(TieQuality)[i % 4], critical=list(HowOften)[i % 3])
        for i in range(count)
    )  # fmt: skip
    return replace(MAP, members=members, ties=())


def map_pdf(tmp_path: Path, network: NetworkMap = MAP, pseudonymised: bool = False) -> bytes:
    data = NetworkMapDocument(PARENT, network, summarise(network), CASEWORKER, date(2026, 9, 20),
                              pseudonymised, "2026/101")  # fmt: skip
    forms = (load_form(n, overrides=tmp_path) for n in ("common", "network_map"))
    return build_network_map(data, HEAD, *forms)


def comparison_pdf(tmp_path: Path, pseudonymised: bool = False) -> bytes:
    c = compare(LATER, MAP)
    data = NetworkComparisonDocument(PARENT, c, summarise(c.earlier), summarise(c.later), CASEWORKER,
                                     date(2026, 9, 20), pseudonymised, "2026/101")  # fmt: skip
    forms = (load_form(n, overrides=tmp_path) for n in ("common", "network_map"))
    return build_network_comparison(data, HEAD, *forms)


@pytest.mark.parametrize("build", [map_pdf, comparison_pdf])
def test_names_read_back_exactly_fonts_embedded_and_pdfa(tmp_path: Path, build: object) -> None:
    pdf = build(tmp_path)  # type: ignore[operator]
    text = flat(pdf)
    assert MARET in text and BJORN in text and PARENT in text and "\x00" not in text
    assert_fonts_embedded(pdf)
    assert pdfa.findings(pdfa.to_pdfa(pdf)) == []


def test_the_map_has_its_heading_legend_summary_tables_and_words(tmp_path: Path) -> None:
    text = flat(map_pdf(tmp_path))
    form = load_form("network_map", overrides=tmp_path)
    assert_in_order(
        text,
        [
            "Unntatt offentlighet",
            f"Nettverkskart for {PARENT}",
            "Kartet ble tegnet 02.03.2026.",
            *(form.text(f"legend.{q.value}") for q in TieQuality),
            "Oppsummering",
            "Personene i nettverket",
            LONG,  # cut in the drawing, whole in the table
            "Støtte og kritikk",
            "Forelderens egne ord om nettverket",
            MAP.parent_words,
            "Saksbehandlerens notat",
            MAP.note,
        ],
    )


def test_the_printed_summary_is_the_domains(tmp_path: Path) -> None:
    text = flat(map_pdf(tmp_path))
    summary = summarise(MAP)
    form = load_form("network_map", overrides=tmp_path)

    def share(value: float) -> str:
        return form.text("summary.share").format(
            count=round(value * summary.size), size=summary.size, percent=round(value * 100)
        )

    shares = ("practical", "emotional", "informational", "critical", "reciprocal")
    assert_in_order(
        text,
        [
            f"{form.text('summary.size')} {summary.size}",
            *(f"{form.text(f'summary.{k}')} {share(getattr(summary, k))}" for k in shares),
            f"{form.text('summary.weekly')} {share(summary.weekly_or_more)}",
            f"{form.text('summary.empty_sectors')} "
            + ", ".join(s.name for s in summary.empty_sectors),
        ],
    )
    assert_in_order(text, [f"{s.name} {n}" for s, n in summary.per_sector])
    assert_in_order(text, [f"{q.label} {n}" for q, n in summary.per_quality])


def _streams(pdf: bytes) -> bytes:
    """Every stream of the file, decompressed, and its metadata. Text on the page is in the
    subset font's own codes, so this mostly guards the title and any plain string."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        parts = [str(document.docinfo).encode()]
        for obj in document.objects:
            if isinstance(obj, pikepdf.Stream):
                parts.append(obj.read_bytes())
    return b"\n".join(parts)


@pytest.mark.parametrize("build", [map_pdf, comparison_pdf])
def test_a_pseudonymised_print_names_nobody(tmp_path: Path, build: object) -> None:
    pdf = build(tmp_path, pseudonymised=True)  # type: ignore[operator]
    text = flat(pdf)
    assert "M. Č.-Ŋ. Š." in text and initials(BJORN) in text and initials(PARENT) in text
    assert "Pseudonymisert utskrift" in text and "nonym" not in text.replace("Pseudonym", "")
    raw = _streams(pdf)
    assert "2026/101" not in text and b"2026/101" not in raw  # no case number, not even hidden
    assert "Vår ref." not in text  # not an empty label either
    names = [*MARET.split(), *BJORN.split(), *PARENT.split(), "Deatnu", "ICDP", "Ánde", "Áilu"]
    for part in (p for p in names if len(p) > 3):
        assert part not in text, part
        assert part.encode() not in raw and part.encode("utf-16-be") not in raw, part
    assert "eneste jeg ringer" not in text and "ICDP-gruppe ved" not in text  # free text left out


@pytest.mark.parametrize("build", [map_pdf, comparison_pdf])
def test_a_pseudonymised_print_keeps_role_words_as_words(tmp_path: Path, build: object) -> None:
    text = flat(build(tmp_path, pseudonymised=True))  # type: ignore[operator]
    assert "Naboen Á." in text and "Faren til Á." in text
    if build is map_pdf:
        assert "ved familievernkontoret i D." in text  # lower-case words describe; kept


def test_the_comparison_names_who_came_went_and_broke_off(tmp_path: Path) -> None:
    text = flat(comparison_pdf(tmp_path))
    assert_in_order(
        text,
        [
            f"Nettverkskart for {PARENT} – endringer over tid",
            "Kartet fra 02.03.2026 sammenlignet med kartet fra 14.09.2026.",
            "02.03.2026 – 5 personer",
            "14.09.2026 – 5 personer",
            "Nye i nettverket ICDP-gruppa på Ŋuorgam (Organisasjoner, Svak)",
            f"Ikke med lenger {LONG} (Offentlige hjelpere, Sterk og støttende)",
            f"Sterkere forbindelse {BJORN}: Svak → Sterk og støttende",
            "Svakere forbindelse Ingen",
            f"Forbindelsen er brutt {MARET}: Sterk og støttende → Brutt",
            f"Kommet nærmere {BJORN}: ring 3 (Litt på avstand) → ring 1 (Nærmest)",
            "Kommet lenger unna Ingen",
            "Sektorer som har fått personer Organisasjoner",
            "Sektorer som har blitt tomme Offentlige hjelpere",
            "Tallene side om side",
            "Antall personer 5 5 –",
            "Organisasjoner 0 1 +1",
            "Offentlige hjelpere 1 0 −1",
        ],
    )


def test_the_drawing_puts_every_marker_where_the_geometry_does(tmp_path: Path) -> None:
    network = crowd(25)
    drawing = map_drawing(network, {m.key: m.label for m in network.members}, PARENT, TEXT_WIDTH)
    circles = [s for s in drawing.contents if isinstance(s, Circle)]
    outer = max(circles, key=lambda c: c.r)  # the outer edge is radius 1 in the geometry
    radius = outer.r / ring_radius(4)[1]
    markers = {(round(c.cx, 3), round(c.cy, 3)) for c in circles if c.r == FULL.marker}
    for member in network.members:
        x, y = position(network, member)
        expected = (round(outer.cx + x * radius, 3), round(outer.cy - y * radius, 3))
        assert expected in markers, member.label


@pytest.mark.parametrize("count", [25, 60])
def test_no_two_labels_are_drawn_on_top_of_each_other(count: int) -> None:
    network = crowd(count)
    drawing = map_drawing(network, {m.key: m.label for m in network.members}, PARENT, TEXT_WIDTH)
    backs = [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor == white]
    assert len(backs) >= min(count, 20)  # most members keep a label even when crowded
    for a, b in combinations(backs, 2):
        w = min(a.x + a.width, b.x + b.width) - max(a.x, b.x)
        h = min(a.y + a.height, b.y + b.height) - max(a.y, b.y)
        assert w <= 0 or h <= 0 or w * h <= TOUCH


@pytest.mark.parametrize("count", [0, 60])
def test_an_empty_and_a_crowded_map_build_and_number_every_page(tmp_path: Path, count: int) -> None:
    network = crowd(count)
    pdf = map_pdf(tmp_path, network)
    pages = pages_text(pdf)
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
    text = flat(pdf)
    assert all(m.label in text for m in network.members)
    # The longest default sector name is never broken inside a word in the table.
    placement = DEFAULT_SECTORS[-1]
    rows = sum(1 for m in network.members if m.sector == placement.key)
    listed = 1 + (placement in summarise(network).empty_sectors)  # in the summary
    assert text.count(placement.name) == listed + rows
    if not count:
        assert "Ingen personer er tegnet inn i kartet." in text
    assert_fonts_embedded(pdf)
    empty = replace(network, members=())
    c = compare(network, replace(empty, id=9, drawn_on=date(2026, 9, 1)))
    data = NetworkComparisonDocument(PARENT, c, summarise(c.earlier), summarise(c.later), CASEWORKER,
                                     date(2026, 9, 20))  # fmt: skip
    forms = (load_form(n, overrides=tmp_path) for n in ("common", "network_map"))
    compared = flat(build_network_comparison(data, HEAD, *forms))
    assert all(m.label in compared for m in network.members)  # every lost member is listed


def test_a_municipality_can_reword_the_map(tmp_path: Path) -> None:
    (tmp_path / "network_map.toml").write_text(
        '[heading]\nmap = "Nettverket rundt {parent}"\n', encoding="utf-8"
    )
    text = flat(map_pdf(tmp_path))
    assert f"Nettverket rundt {PARENT}" in text and "Oppsummering" in text
