"""Demo network maps: one parent (a Sami or Norwegian name, a child placed over a year ago) gets
three maps a year apart that show the network widening — first small and conflict-heavy with
the ties that broke after the placement, then a neighbour, a parent group at the family
counselling office and a friend and a sister back, then work, leisure and an organisation, with
help going both ways and ties between members. Each map is started from the previous one
(``NetworkMapService.start``), so keys carry over and the maps compare. A few other parents get
one small map. Labels only, never names of real people."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from bufapp.domain.enums import ContactFrequency, HowOften, KnownFor, SupportDirection, TieQuality
from bufapp.domain.network import MemberTie, NetworkMap, NetworkMember
from bufapp.services.network_maps import NetworkMapService
from bufapp.storage.uow import UnitOfWork

MAP_DAYS_AGO = (365, 182, 12)
OTHER_MAP_DAYS_AGO = (40, 75, 110)
PLACED_AT_LEAST = 380  # days: the first map is drawn after the placement
# Names that show the letters first: Sami (č š ž also occur in Lithuanian names), then æøå.
LETTERS_FIRST = (set("áđŋŧ"), set("æøå"), set("čšž"))

_Q = {
    "s": TieQuality.STRONG,
    "w": TieQuality.WEAK,
    "c": TieQuality.CONFLICT,
    "b": TieQuality.BROKEN,
}
_H = {"r": HowOften.RARELY, "s": HowOften.SOMETIMES, "a": HowOften.ALMOST_ALWAYS}
_D = {"g": SupportDirection.GIVES, "r": SupportDirection.RECEIVES, "b": SupportDirection.BOTH}
_C = {
    "d": ContactFrequency.DAILY,
    "w": ContactFrequency.WEEKLY,
    "m": ContactFrequency.MONTHLY,
    "r": ContactFrequency.RARELY,
}
_K = {
    "<1": KnownFor.UNDER_ONE_YEAR,
    "1-5": KnownFor.ONE_TO_FIVE_YEARS,
    ">5": KnownFor.OVER_FIVE_YEARS,
}


def _m(
    key: str,
    label: str,
    sector: str,
    ring: int,
    angle: float,
    quality: str,
    help_: str = "rrr",  # practical, emotional, informational: r(arely) s(ometimes) a(lmost always)
    direction: str = "g",
    critical: str = "r",
    contact: str = "m",
    known: str = "1-5",
    knows: bool | None = True,
    note: str = "",
) -> NetworkMember:
    practical, emotional, informational = (_H[c] for c in help_)
    return NetworkMember(
        key, label, sector, ring, angle, _Q[quality], practical, emotional, informational,
        _D[direction], _H[critical], _C[contact], _K[known], knows, note,
    )  # fmt: skip


# Three maps of one parent, a year apart; the same key is the same person in every map.
MAPS: tuple[tuple[tuple[NetworkMember, ...], tuple[tuple[str, str, str], ...], str, str], ...] = (
    (
        (
            _m("samboer", "Samboer", "household", 1, 0.5, "c", "srr", "g", "a", "d", ">5",
               note="Vi krangler mye etter plasseringen."),
            _m("mamma", "Mamma", "family", 2, 0.35, "c", "srs", "g", "a", "w", ">5",
               note="Mener jeg har meg selv å takke."),
            _m("soster", "Søster Ráhkel", "family", 3, 0.7, "b", "rrr", "g", "s", "r", ">5",
               note="Ikke snakket sammen siden barna flyttet."),
            _m("venninne", "Venninne Sunniva", "friends", 3, 0.5, "b", "rrr", "g", "r", "r", ">5",
               note="Trakk seg unna."),
            _m("fastlege", "Fastlegen", "public_helpers", 3, 0.3, "w", "rrs", "g", "r", "r", ">5"),
            _m("saksbeh", "Saksbehandler i barnevernet", "placement", 2, 0.3, "w", "rrs", "g",
               "s", "w", "<1"),
            _m("fosterhjem", "Fosterforeldrene", "placement", 3, 0.7, "c", "rrs", "g", "s", "m",
               "<1"),
        ),
        (("mamma", "soster", "w"),),
        "«Etter at barna flyttet, har folk trukket seg unna. Jeg orker ikke å svare når mamma "
        "ringer, hun sier bare at det er min skyld.»",
        "Lite nettverk med mye konflikt. Brudd med søster og venninne etter plasseringen. Vi "
        "snakket om hvem det kan være aktuelt å ta kontakt med igjen.",
    ),
    (
        (
            _m("samboer", "Samboer", "family", 3, 0.85, "c", "rrr", "g", "s", "m", ">5",
               note="Flyttet ut i fjor høst."),
            _m("mamma", "Mamma", "family", 2, 0.35, "w", "sss", "g", "s", "w", ">5"),
            _m("soster", "Søster Ráhkel", "family", 3, 0.5, "w", "rsr", "b", "r", "m", ">5",
               note="Ringte henne i bursdagen hennes."),
            _m("venninne", "Venninne Sunniva", "friends", 2, 0.5, "w", "rsr", "b", "r", "m", ">5"),
            _m("fastlege", "Fastlegen", "public_helpers", 3, 0.3, "w", "rrs", "g", "r", "r", ">5"),
            _m("nav", "NAV-veileder", "public_helpers", 3, 0.75, "w", "sra", "g", "r", "m", "<1"),
            _m("foreldregr", "Foreldregruppe (ICDP) på familievernkontoret", "public_helpers", 2,
               0.5, "w", "rss", "b", "r", "w", "<1"),
            _m("saksbeh", "Saksbehandler i barnevernet", "placement", 2, 0.3, "w", "rrs", "g",
               "r", "w", "<1"),
            _m("fosterhjem", "Fosterforeldrene", "placement", 3, 0.7, "w", "rrs", "g", "s", "m",
               "<1"),
            _m("nabo", "Nabo Per", "neighbours", 3, 0.5, "w", "srr", "b", "r", "w", "<1", False,
               "Kjører meg til samvær."),
        ),
        (("mamma", "soster", "w"),),
        "«Det hjelper å gå på foreldregruppa. De andre vet hvordan det er. Og Ráhkel svarte da "
        "jeg ringte.»",
        "Kontakt med søster og venninne tatt opp igjen. Foreldregruppe ved familievernkontoret "
        "fra januar. Naboen hjelper med skyss til samvær. Samboeren har flyttet ut.",
    ),
    (
        (
            _m("samboer", "Samboer", "family", 4, 0.85, "b", "rrr", "g", "s", "r", ">5",
               note="Jeg har sagt at jeg ikke vil ha kontakt."),
            _m("mamma", "Mamma", "family", 1, 0.35, "s", "asr", "b", "r", "w", ">5",
               note="Kjører meg til samvær annenhver gang."),
            _m("soster", "Søster Ráhkel", "family", 2, 0.6, "s", "sas", "b", "r", "w", ">5"),
            _m("venninne", "Venninne Sunniva", "friends", 1, 0.5, "s", "sas", "b", "r", "w", ">5"),
            _m("fastlege", "Fastlegen", "public_helpers", 3, 0.3, "w", "rrs", "g", "r", "r", ">5"),
            _m("foreldregr", "Foreldregruppe (ICDP) på familievernkontoret", "public_helpers", 2,
               0.5, "s", "raa", "b", "r", "w", "<1", note="Vi treffes fortsatt etter kurset."),
            _m("saksbeh", "Saksbehandler i barnevernet", "placement", 2, 0.3, "w", "rra", "g",
               "r", "w", "1-5"),
            _m("fosterhjem", "Fosterforeldrene", "placement", 2, 0.7, "w", "rss", "b", "r", "w",
               "1-5", note="Sender bilder av barna hver uke."),
            _m("nabo", "Nabo Per", "neighbours", 2, 0.5, "s", "arr", "b", "r", "d", "<1", True),
            _m("kollega", "Kollega på Coop", "work_school", 3, 0.5, "w", "rsr", "b", "r", "w",
               "<1", False),
            _m("turgruppe", "Turgruppa på fredager", "leisure_faith", 3, 0.5, "w", "rsr", "b", "r",
               "w", "<1", None),
            _m("likeperson", "Likepersonsgruppe for foreldre", "organisations", 4, 0.5, "w",
               "rss", "b", "r", "m", "<1"),
        ),
        (
            ("mamma", "soster", "s"),
            ("soster", "venninne", "w"),
            ("foreldregr", "likeperson", "w"),
        ),
        "«Jeg har flere å ringe nå. Jobben på Coop gjør at dagene har en form. Mamma og jeg "
        "er venner igjen.»",
        "Nettverket er større og mer gjensidig: hjelpen går begge veier med naboen, søsteren og "
        "foreldregruppa. NAV-oppfølgingen er avsluttet etter jobben på Coop. Bruddet med "
        "samboeren er forelderens eget valg.",
    ),
)  # fmt: skip

# Smaller maps for a few other parents: one each, drawn recently.
OTHER_MAP = (
    _m("mor", "Mor", "family", 2, 0.4, "w", "srs", "g", "s", "w", ">5"),
    _m("bror", "Bror", "family", 3, 0.7, "c", "rrr", "g", "a", "r", ">5"),
    _m("venn", "Venn fra skolen", "friends", 2, 0.5, "s", "sar", "b", "r", "w", ">5"),
    _m("saksbeh", "Saksbehandler i barnevernet", "placement", 2, 0.5, "w", "rrs", "g", "s", "m"),
    _m("fastlege", "Fastlegen", "public_helpers", 3, 0.5, "w", "rrs", "g", "r", "r", ">5"),
)  # fmt: skip
OTHER_WORDS = "«Det er ikke mange jeg kan snakke med om barna.»"


def _workday_before(day: date) -> date:
    """Maps are drawn at meetings on weekdays: a Saturday or Sunday moves back to the Friday."""
    return day - timedelta(days=max(0, day.weekday() - 4))


MIN_CONTACTS = 5  # a parent followed up for a year has a contact log


def _choose(uow: UnitOfWork, parent_ids: Sequence[int], today: date) -> list[int]:
    """Parents who could draw maps over a year, best first: a child placed long enough ago and
    still placed, not refusing contact, followed up (contacts in the log); a Sami name before one with æøå before the rest (so
    the letters show), the demo's own order within each."""
    placed_by = today - timedelta(days=PLACED_AT_LEAST)
    parents = {p.id: p for p in uow.parents.list()}
    refusing = {plan.parent_id for plan in uow.plans.all() if plan.refuses}
    children_of: dict[int, set[int]] = {}
    for child in uow.children.list():
        for link in child.parents:
            children_of.setdefault(link.parent_id, set()).add(child.id or 0)
    long_placed = {
        p.child_id
        for p in uow.placements.list()
        if p.start_date <= placed_by and p.is_ongoing(today)
    }
    fitting = [
        pid
        for pid in parent_ids
        if pid not in refusing
        and children_of.get(pid, set()) & long_placed
        and uow.contacts.count_of(pid) >= MIN_CONTACTS
    ]

    def letters(pid: int) -> int:
        name = set(parents[pid].full_name.lower())
        return next((n for n, s in enumerate(LETTERS_FIRST) if name & s), len(LETTERS_FIRST))

    return sorted(fitting, key=letters)


def _carried(started: NetworkMap, members: tuple[NetworkMember, ...]) -> tuple[NetworkMember, ...]:
    """The new map's members: those carried over first, in the previous map's order, then the
    new ones (the editor adds them at the end too)."""
    wanted = {m.key: m for m in members}
    kept = tuple(wanted.pop(m.key) for m in started.members if m.key in wanted)
    return (*kept, *wanted.values())


def fill_demo_networks(
    unit_of_work: Callable[[], UnitOfWork], parent_ids: Sequence[int], today: date, others: int = 3
) -> int:
    """Three maps for the best-fitting parent, one for each of the next ``others``; returns how
    many maps were made."""
    maps = NetworkMapService(unit_of_work, today=lambda: today)
    with unit_of_work() as uow:
        chosen = _choose(uow, parent_ids, today)
    if not chosen:
        return 0
    made = 0
    for days_ago, (members, ties, words, note) in zip(MAP_DAYS_AGO, MAPS, strict=True):
        started = maps.start(chosen[0], _workday_before(today - timedelta(days=days_ago)))
        maps.save(
            replace(
                started,
                members=_carried(started, members),
                ties=tuple(MemberTie(a, b, _Q[q]) for a, b, q in ties),
                parent_words=words,
                note=note,
            )
        )
        made += 1
    for parent_id, days_ago in zip(chosen[1 : 1 + others], OTHER_MAP_DAYS_AGO, strict=False):
        started = maps.start(parent_id, _workday_before(today - timedelta(days=days_ago)))
        maps.save(
            NetworkMap(
                parent_id,
                started.drawn_on,
                started.sectors,
                OTHER_MAP,
                (MemberTie("mor", "bror", TieQuality.CONFLICT),),
                OTHER_WORDS,
            )
        )
        made += 1
    return made
