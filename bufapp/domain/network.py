"""Network maps (nettverkskart): the parent in the centre, sectors of life around them and four
rings of closeness; each member's tie to the parent described as in the Social Network Map
(Tracy & Whittaker, 1990).

A position is stored as sector, ring and a fraction along the sector's arc, never as pixels, so
a map drawn at one size reads the same at any other. Members keep a ``key`` across the maps of
one parent (a new map starts as a copy of the previous one), which is what comparison matches on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bufapp.domain.enums import ContactFrequency, HowOften, KnownFor, SupportDirection, TieQuality
from bufapp.domain.words import N_

RINGS = (1, 2, 3, 4)  # 1 is closest to the parent
RING_LABELS = {1: N_("Nærmest"), 2: N_("Nær"), 3: N_("Litt på avstand"), 4: N_("Lengst unna")}


@dataclass(frozen=True)
class NetworkSector:
    key: str  # stable code name; members refer to it
    name: str  # what the office calls it; may be renamed


DEFAULT_SECTORS = (
    NetworkSector("household", N_("Husstand")),
    NetworkSector("family", N_("Familie og slekt")),
    NetworkSector("friends", N_("Venner")),
    NetworkSector("neighbours", N_("Naboer og nærmiljø")),
    NetworkSector("work_school", N_("Arbeid og skole")),
    NetworkSector("organisations", N_("Organisasjoner")),
    NetworkSector("leisure_faith", N_("Fritid og tro")),
    NetworkSector("public_helpers", N_("Offentlige hjelpere")),
    NetworkSector("placement", N_("Fosterhjem/institusjon og barnevernet")),
)


@dataclass(frozen=True)
class NetworkMember:
    key: str
    label: str  # a name or a short label the parent chooses: "Mormor", "Kari"
    sector: str  # a NetworkSector key of the map
    ring: int = 2
    angle: float = 0.5  # 0.0–1.0 along the sector's arc, clockwise
    quality: TieQuality = TieQuality.WEAK
    practical: HowOften = HowOften.RARELY
    emotional: HowOften = HowOften.RARELY
    informational: HowOften = HowOften.RARELY
    direction: SupportDirection = SupportDirection.GIVES
    critical: HowOften = HowOften.RARELY
    contact: ContactFrequency = ContactFrequency.MONTHLY
    known_for: KnownFor = KnownFor.ONE_TO_FIVE_YEARS
    knows_about_placement: bool | None = None  # None: not asked or the parent is unsure
    note: str = ""


@dataclass(frozen=True)
class MemberTie:
    """An optional tie between two members (not the parent), e.g. two friends who know each other."""

    first: str  # member keys
    second: str
    quality: TieQuality = TieQuality.WEAK

    def joins(self, a: str, b: str) -> bool:
        return {self.first, self.second} == {a, b}


@dataclass(frozen=True)
class NetworkMap:
    parent_id: int
    drawn_on: date
    sectors: tuple[NetworkSector, ...] = DEFAULT_SECTORS
    members: tuple[NetworkMember, ...] = ()
    ties: tuple[MemberTie, ...] = ()
    parent_words: str = ""  # what the parent said about their network, in their words
    note: str = ""  # the caseworker's note: e.g. whether the network can be widened
    id: int | None = None

    def member(self, key: str) -> NetworkMember | None:
        return next((m for m in self.members if m.key == key), None)

    def sector(self, key: str) -> NetworkSector | None:
        return next((s for s in self.sectors if s.key == key), None)

    def sector_name(self, key: str) -> str:
        found = self.sector(key)
        return found.name if found else key


@dataclass(frozen=True)
class MapListing:
    """One line in a parent's list of maps, without loading the members."""

    id: int
    parent_id: int
    drawn_on: date
    member_count: int
