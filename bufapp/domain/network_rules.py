"""The rules of network maps: what is checked before saving, the summary of one map, what changed
between two, a new map from the previous one, and initials for a pseudonymised print."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date

from bufapp.domain.enums import ContactFrequency, HowOften, SupportDirection, TieQuality
from bufapp.domain.network import RINGS, NetworkMap, NetworkMember, NetworkSector
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem

# Stronger ties rank higher; a tie that breaks is reported as broken, not as weaker.
STRENGTH = {
    TieQuality.BROKEN: 0,
    TieQuality.CONFLICT: 1,
    TieQuality.WEAK: 2,
    TieQuality.STRONG: 3,
}
LABEL_LENGTH = 80


def new_key() -> str:
    return uuid.uuid4().hex[:12]


def check_map(network: NetworkMap, today: date) -> list[FieldProblem]:
    """Everything wrong with a map, in Norwegian, by field ("members" for the members table)."""
    problems: list[FieldProblem] = []
    if network.drawn_on > today:
        problems.append(FieldProblem("drawn_on", N_("Kartet kan ikke være tegnet fram i tid.")))
    sector_keys = [s.key for s in network.sectors]
    if len(set(sector_keys)) != len(sector_keys):
        problems.append(FieldProblem("sectors", N_("To sektorer har samme kode.")))
    if any(not s.name.strip() for s in network.sectors):
        problems.append(FieldProblem("sectors", N_("Hver sektor må ha et navn.")))
    seen: set[str] = set()
    for number, member in enumerate(network.members, start=1):
        problems += _member_problems(number, member, set(sector_keys), seen)
        seen.add(member.key)
    for tie in network.ties:
        if tie.first == tie.second or not {tie.first, tie.second} <= seen:
            problems.append(
                FieldProblem("ties", N_("En forbindelse må gå mellom to personer som er i kartet."))
            )
            break
    pairs = [frozenset((t.first, t.second)) for t in network.ties]
    if len(set(pairs)) != len(pairs):
        problems.append(FieldProblem("ties", N_("To personer er forbundet to ganger.")))
    return problems


def _member_problems(
    number: int, member: NetworkMember, sectors: set[str], seen: set[str]
) -> list[FieldProblem]:
    where = f"Rad {number}"
    problems = []
    if not member.label.strip():
        problems.append(
            FieldProblem("members", f"{where}: skriv et navn eller en kort betegnelse.")
        )
    elif len(member.label) > LABEL_LENGTH:
        problems.append(
            FieldProblem("members", f"{where}: betegnelsen kan ha høyst {LABEL_LENGTH} tegn.")
        )
    if member.key in seen or not member.key:
        problems.append(FieldProblem("members", f"{where}: personen står to ganger i kartet."))
    if member.sector not in sectors:
        problems.append(FieldProblem("members", f"{where}: velg en sektor som finnes i kartet."))
    if member.ring not in RINGS:
        problems.append(FieldProblem("members", f"{where}: ringen må være 1–4."))
    if not 0.0 <= member.angle <= 1.0:
        problems.append(FieldProblem("members", f"{where}: plasseringen er utenfor sektoren."))
    return problems


@dataclass(frozen=True)
class MapSummary:
    size: int
    per_sector: tuple[tuple[NetworkSector, int], ...]  # every sector of the map, in its order
    per_quality: tuple[tuple[TieQuality, int], ...]
    practical: float  # shares 0.0–1.0 of the members, 0.0 for an empty map
    emotional: float
    informational: float
    critical: float  # critical of the parent almost always
    reciprocal: float  # help goes both ways
    weekly_or_more: float
    empty_sectors: tuple[NetworkSector, ...]


def _share(members: Sequence[NetworkMember], test: Callable[[NetworkMember], bool]) -> float:
    if not members:
        return 0.0
    return sum(1 for m in members if test(m)) / len(members)


def summarise(network: NetworkMap) -> MapSummary:
    """The Social Network Map's figures for one map (shares of all its members)."""
    members = network.members
    counts = {s.key: 0 for s in network.sectors}
    for m in members:
        counts[m.sector] = counts.get(m.sector, 0) + 1
    per_sector = tuple((s, counts[s.key]) for s in network.sectors)
    often = HowOften.ALMOST_ALWAYS
    return MapSummary(
        size=len(members),
        per_sector=per_sector,
        per_quality=tuple((q, sum(1 for m in members if m.quality is q)) for q in TieQuality),
        practical=_share(members, lambda m: m.practical is often),
        emotional=_share(members, lambda m: m.emotional is often),
        informational=_share(members, lambda m: m.informational is often),
        critical=_share(members, lambda m: m.critical is often),
        reciprocal=_share(members, lambda m: m.direction is SupportDirection.BOTH),
        weekly_or_more=_share(
            members, lambda m: m.contact in (ContactFrequency.DAILY, ContactFrequency.WEEKLY)
        ),
        empty_sectors=tuple(s for s, n in per_sector if n == 0),
    )


@dataclass(frozen=True)
class TieChange:
    before: NetworkMember
    after: NetworkMember


@dataclass(frozen=True)
class MapComparison:
    earlier: NetworkMap
    later: NetworkMap
    new: tuple[NetworkMember, ...]  # in the later map only
    lost: tuple[NetworkMember, ...]  # in the earlier map only
    stronger: tuple[TieChange, ...]
    weaker: tuple[TieChange, ...]
    broke: tuple[TieChange, ...]  # became broken
    closer: tuple[TieChange, ...]  # moved to an inner ring
    further: tuple[TieChange, ...]
    filled: tuple[str, ...]  # sector names empty before and not after
    emptied: tuple[str, ...]


def compare(first: NetworkMap, second: NetworkMap) -> MapComparison:
    """What changed from the earlier map to the later (the order of the arguments is free)."""
    earlier, later = sorted((first, second), key=lambda m: (m.drawn_on, m.id or 0))
    before = {m.key: m for m in earlier.members}
    after = {m.key: m for m in later.members}
    both = [TieChange(before[k], after[k]) for k in after if k in before]

    def moved(test: Callable[[int, int], bool]) -> tuple[TieChange, ...]:
        return tuple(c for c in both if test(STRENGTH[c.before.quality], STRENGTH[c.after.quality]))

    broke = tuple(
        c
        for c in both
        if c.after.quality is TieQuality.BROKEN and c.before.quality is not TieQuality.BROKEN
    )
    weaker = tuple(c for c in moved(lambda a, b: b < a) if c not in broke)
    earlier_counts = {s.key: n for s, n in summarise(earlier).per_sector}
    later_counts = {s.key: n for s, n in summarise(later).per_sector}
    names = {s.key: s.name for s in (*earlier.sectors, *later.sectors)}
    keys = [*earlier_counts, *(k for k in later_counts if k not in earlier_counts)]
    return MapComparison(
        earlier=earlier,
        later=later,
        new=tuple(m for k, m in after.items() if k not in before),
        lost=tuple(m for k, m in before.items() if k not in after),
        stronger=moved(lambda a, b: b > a),
        weaker=weaker,
        broke=broke,
        closer=tuple(c for c in both if c.after.ring < c.before.ring),
        further=tuple(c for c in both if c.after.ring > c.before.ring),
        filled=tuple(names[k] for k in keys if not earlier_counts.get(k) and later_counts.get(k)),
        emptied=tuple(names[k] for k in keys if earlier_counts.get(k) and not later_counts.get(k)),
    )


def next_map(
    previous: NetworkMap | None,
    parent_id: int,
    drawn_on: date,
    sectors: Sequence[NetworkSector],
) -> NetworkMap:
    """A new map that starts from what was there: the previous map's members and ties (same keys,
    so the two can be compared), the office's sectors plus any old sector still in use."""
    if previous is None:
        return NetworkMap(parent_id, drawn_on, tuple(sectors))
    used = {m.sector for m in previous.members}
    office_keys = {s.key for s in sectors}
    kept = tuple(s for s in previous.sectors if s.key in used and s.key not in office_keys)
    return replace(
        previous,
        id=None,
        parent_id=parent_id,
        drawn_on=drawn_on,
        sectors=(*sectors, *kept),
        parent_words="",
        note="",
    )


def initials(label: str) -> str:
    """'Kari Nordmann' → 'K. N.'; used when a map is printed pseudonymised."""
    words = re.findall(r"[^\W\d_]+", label)  # letters only: "(sønnen min)" gives S. M.
    return " ".join(f"{w[0].upper()}." for w in words) or "–"


def pseudonym(label: str, role_words: Collection[str]) -> str:
    """A member's label on a pseudonymised print: names become initials, words stay.

    The rule: names are written with a capital letter, so a word in lower case describes
    («fastlegen», «saksbehandler i barnevernet») and stays; a capitalised word becomes its
    initial unless it is one of ``role_words`` (the form's role and relation words, any case:
    «Mormor», «Naboen», «NAV»). 'Mormor Kari' → 'Mormor K.'; 'Kari Nordmann' → 'K. N.'."""
    kept = {word.casefold() for word in role_words}

    def shown(found: re.Match[str]) -> str:
        word = found.group()
        return f"{word[0]}." if word[0].isupper() and word.casefold() not in kept else word

    return re.sub(r"[^\W\d_]+", shown, label).strip() or "–"
