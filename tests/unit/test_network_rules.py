"""Network-map rules on hand-made maps: the summary's figures counted by hand, comparison on
known pairs, every check's message, a new map from the previous one, initials, and the geometry
the editor and the printed map share (positions survive a round trip and resizing)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bufapp.domain.enums import ContactFrequency as F
from bufapp.domain.enums import HowOften as H
from bufapp.domain.enums import SupportDirection as D
from bufapp.domain.enums import TieQuality as Q
from bufapp.domain.network import (
    DEFAULT_SECTORS,
    MemberTie,
    NetworkMap,
    NetworkMember,
    NetworkSector,
)
from bufapp.domain.network_geometry import (
    CENTRE,
    Place,
    free_angle,
    place_at,
    position,
    ring_radius,
)
from bufapp.domain.network_rules import (
    check_map,
    compare,
    initials,
    next_map,
    pseudonym,
    summarise,
)

DAY = date(2026, 3, 2)
SECTORS = (
    NetworkSector("family", "Familie"),
    NetworkSector("friends", "Venner"),
    NetworkSector("work", "Arbeid"),
    NetworkSector("helpers", "Hjelpere"),
)


def member(key: str, sector: str = "family", **kw: object) -> NetworkMember:
    return NetworkMember(key, kw.pop("label", key.title()), sector, **kw)  # type: ignore[arg-type]


# Five members whose figures are counted by hand below.
FIVE = (
    member("a", "family", quality=Q.STRONG, practical=H.ALMOST_ALWAYS, emotional=H.ALMOST_ALWAYS,
           informational=H.SOMETIMES, direction=D.BOTH, contact=F.DAILY),
    member("b", "family", quality=Q.CONFLICT, practical=H.SOMETIMES, critical=H.ALMOST_ALWAYS,
           contact=F.WEEKLY),
    member("c", "friends", quality=Q.WEAK, practical=H.ALMOST_ALWAYS, emotional=H.SOMETIMES,
           direction=D.RECEIVES, critical=H.SOMETIMES, contact=F.MONTHLY),
    member("d", "friends", quality=Q.BROKEN, critical=H.ALMOST_ALWAYS, contact=F.RARELY),
    member("e", "helpers", quality=Q.WEAK, informational=H.ALMOST_ALWAYS, direction=D.BOTH,
           contact=F.MONTHLY),
)  # fmt: skip


def test_summary_figures_of_a_hand_counted_map() -> None:
    s = summarise(NetworkMap(1, DAY, SECTORS, FIVE))
    assert s.size == 5
    assert [(sector.key, n) for sector, n in s.per_sector] == [
        ("family", 2),
        ("friends", 2),
        ("work", 0),
        ("helpers", 1),
    ]
    assert dict(s.per_quality) == {Q.STRONG: 1, Q.WEAK: 2, Q.CONFLICT: 1, Q.BROKEN: 1}
    assert s.practical == 2 / 5  # a and c almost always
    assert s.emotional == 1 / 5  # a
    assert s.informational == 1 / 5  # e
    assert s.critical == 2 / 5  # b and d almost always; c only sometimes
    assert s.reciprocal == 2 / 5  # a and e
    assert s.weekly_or_more == 2 / 5  # a daily, b weekly
    assert [sector.key for sector in s.empty_sectors] == ["work"]


def test_summary_of_an_empty_map_is_all_zero_with_every_sector_empty() -> None:
    s = summarise(NetworkMap(1, DAY, SECTORS))
    assert s.size == 0
    assert (s.practical, s.emotional, s.informational) == (0.0, 0.0, 0.0)
    assert (s.critical, s.reciprocal, s.weekly_or_more) == (0.0, 0.0, 0.0)
    assert s.empty_sectors == SECTORS
    assert all(n == 0 for _q, n in s.per_quality)


# --- comparison ---------------------------------------------------------------------------------

EARLIER = NetworkMap(
    1,
    DAY,
    SECTORS,
    (
        member("same", ring=1, quality=Q.STRONG),
        member("up", ring=2, quality=Q.WEAK),
        member("breaks", "friends", ring=2, quality=Q.CONFLICT),
        member("down", "friends", ring=3, quality=Q.WEAK),
        member("gone", "work", ring=2, quality=Q.STRONG),
    ),
    id=10,
)
LATER = replace(
    EARLIER,
    drawn_on=DAY + timedelta(days=180),
    members=(
        member("same", ring=1, quality=Q.STRONG),
        member("up", ring=1, quality=Q.STRONG),
        member("breaks", "friends", ring=4, quality=Q.BROKEN),
        member("down", "friends", ring=3, quality=Q.CONFLICT),
        member("new", "helpers", ring=3),
    ),
    id=11,
)


def test_comparison_finds_every_kind_of_change_on_a_known_pair() -> None:
    c = compare(EARLIER, LATER)
    assert (c.earlier.id, c.later.id) == (10, 11)
    assert [m.key for m in c.new] == ["new"]
    assert [m.key for m in c.lost] == ["gone"]
    assert [t.after.key for t in c.stronger] == ["up"]
    assert [t.after.key for t in c.weaker] == ["down"]  # a tie that broke is not also weaker
    assert [(t.before.quality, t.after.quality) for t in c.broke] == [(Q.CONFLICT, Q.BROKEN)]
    assert [t.after.key for t in c.closer] == ["up"]
    assert [t.after.key for t in c.further] == ["breaks"]
    assert (c.filled, c.emptied) == (("Hjelpere",), ("Arbeid",))


def test_comparison_does_not_depend_on_the_order_of_the_maps() -> None:
    assert compare(LATER, EARLIER) == compare(EARLIER, LATER)


def test_a_map_compared_with_its_unchanged_copy_shows_no_change() -> None:
    c = compare(EARLIER, replace(EARLIER, drawn_on=DAY + timedelta(days=1), id=12))
    changes = (c.new, c.lost, c.stronger, c.weaker, c.broke, c.closer, c.further)
    assert changes == ((),) * 7 and (c.filled, c.emptied) == ((), ())


# --- checks -------------------------------------------------------------------------------------

VALID = NetworkMap(
    1,
    DAY,
    SECTORS,
    (member("a"), member("b", "friends")),
    (MemberTie("a", "b", Q.STRONG),),
)


def test_a_valid_map_has_no_problems() -> None:
    assert check_map(VALID, DAY) == []


@pytest.mark.parametrize(
    ("changed", "field", "message"),
    [
        ({"drawn_on": DAY + timedelta(days=1)}, "drawn_on",
         "Kartet kan ikke være tegnet fram i tid."),
        ({"sectors": (*SECTORS, NetworkSector("work", "Jobb"))}, "sectors",
         "To sektorer har samme kode."),
        ({"sectors": (*SECTORS, NetworkSector("tro", " "))}, "sectors",
         "Hver sektor må ha et navn."),
        ({"members": (member("a", label="  "), member("b"))}, "members",
         "Rad 1: skriv et navn eller en kort betegnelse."),
        ({"members": (member("a"), member("b", label="x" * 81))}, "members",
         "Rad 2: betegnelsen kan ha høyst 80 tegn."),
        ({"members": (member("a"), member("b"), member("a"))}, "members",
         "Rad 3: personen står to ganger i kartet."),
        ({"members": (member("a"), member("b"), member("", label="Nabo"))}, "members",
         "Rad 3: personen står to ganger i kartet."),
        ({"members": (member("a"), member("b", "church"))}, "members",
         "Rad 2: velg en sektor som finnes i kartet."),
        ({"members": (member("a", ring=5), member("b"))}, "members",
         "Rad 1: ringen må være 1–4."),
        ({"members": (member("a", angle=1.5), member("b"))}, "members",
         "Rad 1: plasseringen er utenfor sektoren."),
        ({"ties": (MemberTie("a", "zz"),)}, "ties",
         "En forbindelse må gå mellom to personer som er i kartet."),
        ({"ties": (MemberTie("a", "a"),)}, "ties",
         "En forbindelse må gå mellom to personer som er i kartet."),
        ({"ties": (MemberTie("a", "b"), MemberTie("b", "a", Q.CONFLICT))}, "ties",
         "To personer er forbundet to ganger."),
    ],
)  # fmt: skip
def test_each_check_names_its_field_in_norwegian(
    changed: dict[str, object], field: str, message: str
) -> None:
    problems = check_map(replace(VALID, **changed), DAY)  # type: ignore[arg-type]
    assert [(p.field, p.message) for p in problems] == [(field, message)]


# --- a new map from the previous one ----------------------------------------------------------


def test_next_map_keeps_members_ties_and_old_sectors_still_in_use() -> None:
    previous = NetworkMap(
        1,
        DAY,
        (*SECTORS, NetworkSector("church", "Menigheten"), NetworkSector("old", "Ubrukt")),
        (member("a", ring=1, angle=0.3), member("b", "church", quality=Q.STRONG)),
        (MemberTie("a", "b", Q.WEAK),),
        parent_words="«Få folk»",
        note="Lite nettverk",
        id=5,
    )
    office = (NetworkSector("family", "Familie og slekt"), NetworkSector("friends", "Venner"))
    started = next_map(previous, 1, DAY + timedelta(days=90), office)
    assert started.id is None and started.drawn_on == DAY + timedelta(days=90)
    assert started.members == previous.members and started.ties == previous.ties
    # The office's sectors (renamed ones by their new name), then old ones members still use.
    assert [(s.key, s.name) for s in started.sectors] == [
        ("family", "Familie og slekt"),
        ("friends", "Venner"),
        ("church", "Menigheten"),
    ]
    assert (started.parent_words, started.note) == ("", "")
    assert check_map(started, DAY + timedelta(days=90)) == []
    assert next_map(previous, 2, DAY, office).parent_id == 2


def test_the_first_map_starts_empty_with_the_offices_sectors() -> None:
    assert next_map(None, 3, DAY, DEFAULT_SECTORS) == NetworkMap(3, DAY, DEFAULT_SECTORS)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Kari Nordmann", "K. N."),
        ("Søster Ráhkel", "S. R."),
        ("Anne-Lise Ås", "A. L. Å."),
        ("ánne", "Á."),
        ("   ", "–"),
    ],
)
def test_initials_for_a_pseudonymised_print(label: str, expected: str) -> None:
    assert initials(label) == expected


ROLE_WORDS = ("mormor", "søster", "nabo", "naboen", "fastlegen", "nav")


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Kari Nordmann", "K. N."),  # names become initials
        ("Anne-Lise Ås", "A.-L. Å."),
        ("fastlegen", "fastlegen"),  # a word in lower case describes; it names nobody
        ("saksbehandler i barnevernet", "saksbehandler i barnevernet"),
        ("Mormor", "Mormor"),  # a capitalised role or relation word from the form stays
        ("Naboen Ánde", "Naboen Á."),
        ("Fastlegen", "Fastlegen"),
        ("Søster Ráhkel", "Søster R."),
        ("NAV-veileder", "NAV-veileder"),
        ("Kari (nabo)", "K. (nabo)"),
        ("ICDP-gruppa på Ŋuorgam", "I.-gruppa på Ŋ."),
        ("   ", "–"),
    ],
)
def test_a_pseudonym_makes_initials_of_names_only(label: str, expected: str) -> None:
    assert pseudonym(label, ROLE_WORDS) == expected


# --- geometry -----------------------------------------------------------------------------------

ANGLES = (0.0, 0.25, 0.5, 0.9, 1.0)


@pytest.mark.parametrize("count", [1, 4, len(DEFAULT_SECTORS)])
def test_every_sector_ring_and_angle_survives_position_and_place_at(count: int) -> None:
    network = NetworkMap(1, DAY, DEFAULT_SECTORS[:count])
    for sector in network.sectors:
        for ring in (1, 2, 3, 4):
            for angle in ANGLES:
                x, y = position(network, member("m", sector.key, ring=ring, angle=angle))
                inner, outer = ring_radius(ring)
                assert inner < (x * x + y * y) ** 0.5 < outer
                assert place_at(network, x, y) == Place(sector.key, ring, angle)


@pytest.mark.parametrize("size", [37.0, 480.0, 1234.5])
def test_positions_survive_resizing(size: float) -> None:
    """Drawn at ``size`` pixels from the centre to the rim and read back from the pixels."""
    network = NetworkMap(1, DAY, DEFAULT_SECTORS)
    for sector in network.sectors:
        for ring in (1, 2, 3, 4):
            for angle in ANGLES:
                x, y = position(network, member("m", sector.key, ring=ring, angle=angle))
                pixel_x, pixel_y = x * size, y * size
                assert place_at(network, pixel_x / size, pixel_y / size) == Place(
                    sector.key, ring, angle
                )


@given(
    count=st.integers(min_value=1, max_value=16),
    index=st.integers(min_value=0, max_value=15),
    ring=st.integers(min_value=1, max_value=4),
    angle=st.integers(min_value=0, max_value=10_000).map(lambda n: n / 10_000),
    size=st.floats(min_value=10.0, max_value=5000.0),
)
@settings(max_examples=300, deadline=None)
def test_any_stored_position_survives_drawing_at_any_size(
    count: int, index: int, ring: int, angle: float, size: float
) -> None:
    sectors = tuple(NetworkSector(f"s{n}", f"Sektor {n}") for n in range(count))
    network = NetworkMap(1, DAY, sectors)
    key = sectors[index % count].key
    x, y = position(network, member("m", key, ring=ring, angle=angle))
    assert place_at(network, x * size / size, y * size / size) == Place(key, ring, angle)


def test_a_drop_anywhere_gives_a_valid_place() -> None:
    network = NetworkMap(1, DAY, SECTORS)
    assert place_at(network, 0.0, 0.0).ring == 1  # on the parent's disc: the closest ring
    outside = place_at(network, 3.0, 0.0)  # beyond the rim, to the right: the second sector
    assert (outside.sector, outside.ring) == ("friends", 4)
    assert place_at(network, 0.0, -CENTRE - 0.01) == Place("family", 1, 0.0)


def test_free_angle_keeps_clear_of_members_in_the_same_sector_and_ring() -> None:
    network = NetworkMap(1, DAY, SECTORS)
    assert free_angle(network, "family", 2) == 0.5
    one = replace(network, members=(member("a", ring=2, angle=0.5),))
    assert free_angle(one, "family", 2) == 0.75
    two = replace(
        network,
        members=(
            member("a", ring=2, angle=0.2),
            member("b", ring=2, angle=0.9),
            member("c", ring=3, angle=0.55),  # another ring: not in the way
            member("d", "friends", ring=2, angle=0.55),  # another sector
        ),
    )
    assert free_angle(two, "family", 2) == 0.55
