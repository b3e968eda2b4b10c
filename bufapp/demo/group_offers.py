"""The demo's group offers, written through ``GroupOfferService`` only: a catalogue of seven
offers in the area (the family counselling office's own ICDP groups — the last round, ended, and
the next — a PRIDE-based parent course, a coping group on the multi-family model, a closed
therapeutic group at the DPS, a drop-in café at the volunteer centre, and a theme evening); one
parent of a placed child who went through the last round of the ICDP group (told, referred, started, 8
of 10 sessions, completed, and their evaluation); others told, one who said no, one in the
drop-in café, one who stopped the course. The three most recently placed parents have not been
told yet, so Oversikt shows the prompt for them (and does not drown in it).

Deterministic: the same parents (in the order given) and the same ``today`` give the same
records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bufapp.domain.enums import GroupOfferType, OfferAnswer, ServiceType
from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.services.consents import DirectoryService
from bufapp.services.group_offers.service import GroupOfferService
from bufapp.storage.uow import UnitOfWork

OFFICE_PLACE = "Familievernkontoret i Nordvidda, Storgata 10, Fjellvik"
OFFICE_CONTACT = "Familieterapeut Ánne Márjá Eira, tlf. 55 00 16 00"
NOT_TOLD = 3  # the most recently placed parents, not told yet


@dataclass(frozen=True)
class GroupOfferTally:
    offers: int
    participations: int


def _catalogue(
    today: date, office: int | None, dps: int | None, volunteers: int | None
) -> list[GroupOffer]:
    def day(days: int) -> date:
        return today + timedelta(days=days)

    return [
        GroupOffer(
            "ICDP-gruppe for foreldre som ikke bor med barna sine",
            GroupOfferType.ICDP,
            provider_id=office,
            own_office=True,
            starts_on=day(-200),
            ends_on=day(-130),
            schedule="Tirsdager kl. 18.00–20.30, ti ganger",
            sessions=10,
            place=OFFICE_PLACE,
            contact=OFFICE_CONTACT,
            sign_up="Gjennom saksbehandleren i barnevernet, eller ring familievernkontoret",
            description="Foreldreveiledning etter ICDP, ledet av to terapeuter. Om samværet "
            "med barna og om å være forelder når barnet bor et annet sted.",
            active=False,
        ),
        GroupOffer(
            "ICDP-gruppe for foreldre som ikke bor med barna sine",
            GroupOfferType.ICDP,
            provider_id=office,
            own_office=True,
            starts_on=day(30),
            ends_on=day(100),
            schedule="Tirsdager kl. 18.00–20.30, ti ganger",
            sessions=10,
            place=OFFICE_PLACE,
            contact=OFFICE_CONTACT,
            sign_up="Gjennom saksbehandleren i barnevernet, eller ring familievernkontoret",
            description="Foreldreveiledning etter ICDP, ledet av to terapeuter. Om samværet "
            "med barna og om å være forelder når barnet bor et annet sted.",
        ),
        GroupOffer(
            "Foreldrekurs for foreldre med barn i fosterhjem",
            GroupOfferType.PRIDE_COURSE,
            provider_id=office,
            own_office=True,
            starts_on=day(-60),
            ends_on=day(20),
            schedule="Annenhver torsdag kl. 17.30–20.00",
            sessions=6,
            place=OFFICE_PLACE,
            contact="Familieterapeut Per Ivar Somby og foreldreveileder Lena Nilsen",
            sign_up="Ring familievernkontoret, tlf. 55 00 16 00",
            description="Bygger på PRIDE-kurset for fosterforeldre, tilpasset foreldre. Ledes "
            "av en terapeut sammen med en forelder som selv har hatt barn i fosterhjem.",
        ),
        GroupOffer(
            "Mestringsgruppe for foreldre",
            GroupOfferType.COPING_GROUP,
            provider_id=office,
            own_office=True,
            starts_on=day(45),
            schedule="Onsdager kl. 12.00–14.00, åtte ganger",
            sessions=8,
            place=OFFICE_PLACE,
            contact=OFFICE_CONTACT,
            sign_up="Samtale med en terapeut før oppstart",
            description="Etter flerfamiliemodellen: gruppen løser hverdagens utfordringer "
            "sammen, etter at barna er plassert.",
        ),
        GroupOffer(
            "Samtalegruppe for foreldre med barn i fosterhjem eller institusjon",
            GroupOfferType.THERAPEUTIC_GROUP,
            provider_id=dps,
            provider_name="" if dps else "Nordvidda DPS",
            starts_on=day(-120),
            ends_on=day(240),
            schedule="Hver mandag kl. 10.00–11.30",
            sessions=30,
            place="Nordvidda DPS, Sjøgata 3, Fjellvik",
            contact="Psykologspesialist Inger Marie Gaup, tlf. 55 00 14 00",
            sign_up="Henvisning fra fastlegen; lukket gruppe med faste deltakere",
        ),
        GroupOffer(
            "Foreldrekafé – åpen gruppe",
            GroupOfferType.DROP_IN,
            provider_id=volunteers,
            provider_name="" if volunteers else "Fjellvik frivilligsentral",
            schedule="Første torsdag i måneden kl. 18.00–20.00",
            place="Fjellvik frivilligsentral, Torget 2",
            contact="Frivilligsentralen, tlf. 55 00 19 00",
            sign_up="Ingen påmelding – bare kom",
            description="Ledet av en terapeut fra familievernkontoret og en forelder. Kaffe, "
            "prat og av og til et tema: rettigheter, psykisk helse, samvær.",
        ),
        GroupOffer(
            "Temakveld: rettighetene dine når barnet bor i fosterhjem",
            GroupOfferType.OTHER,
            provider_id=office,
            own_office=True,
            starts_on=day(14),
            ends_on=day(14),
            schedule="Kl. 18.00–20.00",
            sessions=1,
            place=OFFICE_PLACE,
            contact=OFFICE_CONTACT,
            sign_up="Meld deg på til familievernkontoret innen en uke før",
        ),
    ]


def _placed_since(unit_of_work: Callable[[], UnitOfWork], today: date) -> dict[int, date]:
    """Per parent with a child placed today, the earliest start of the placements going on."""
    with unit_of_work() as uow:
        placements = uow.reads.placements_of_children_placed_on_or_after(today)
        children = uow.reads.children_with_links({p.child_id for p in placements})
    ongoing = {
        p.child_id: p.start_date
        for p in sorted(placements, key=lambda p: p.start_date, reverse=True)
        if p.start_date <= today and (p.end_date is None or p.end_date >= today)
    }
    since: dict[int, date] = {}
    for child in children:
        start = ongoing.get(child.id or 0)
        if start is None:
            continue
        for link in child.parents:
            since[link.parent_id] = min(since.get(link.parent_id, start), start)
    return since


def _told(placed: date, today: date) -> date:
    """Three weeks after the placement, and not in the last ten days."""
    return min(today - timedelta(days=10), placed + timedelta(days=21))


def fill_demo_group_offers(
    unit_of_work: Callable[[], UnitOfWork], parent_ids: Sequence[int], today: date
) -> GroupOfferTally:
    service = GroupOfferService(unit_of_work, today=lambda: today)
    by_type = {s.type: s.id for s in DirectoryService(unit_of_work).services()}
    offers = [
        service.save_offer(o)
        for o in _catalogue(
            today,
            by_type.get(ServiceType.FAMILY_COUNSELLING),
            by_type.get(ServiceType.ADULT_MENTAL_HEALTH),
            by_type.get(ServiceType.VOLUNTARY),
        )
    ]
    icdp_autumn, _icdp_spring, course, _coping, _closed, cafe, _evening = offers
    since = _placed_since(unit_of_work, today)
    placed = [p for p in parent_ids if p in since]
    # Long enough placed to have been through the last round; the rest in list order.
    long_placed = [p for p in placed if since[p] <= today - timedelta(days=300)]
    records: list[GroupParticipation] = []
    if long_placed:
        parent = long_placed[0]
        start = icdp_autumn.starts_on or today
        records += [
            GroupParticipation(
                parent,
                informed_on=start - timedelta(days=60),
                answer=OfferAnswer.INTERESTED,
                note="Fortalt om gruppetilbudene i samtale på kontoret.",
            ),
            GroupParticipation(
                parent,
                icdp_autumn.id,
                referred_on=start - timedelta(days=50),
                started_on=start,
                sessions_attended=8,
                completed_on=icdp_autumn.ends_on,
                evaluation="Det var godt å møte andre som vet hvordan det er. Jeg har lært å "
                "være mer til stede på samværet, og jeg gruer meg ikke like mye lenger.",
                usefulness=5,
                note="To samlinger gikk bort på grunn av sykdom.",
            ),
        ]
    others = [
        p
        for p in placed
        if since[p] <= today - timedelta(days=45) and (not records or p != records[0].parent_id)
    ]
    stories: list[Callable[[int, date], list[GroupParticipation]]] = [
        lambda p, d: [GroupParticipation(p, informed_on=d, answer=OfferAnswer.NOT_NOW)],
        lambda p, d: [
            GroupParticipation(p, informed_on=d, answer=OfferAnswer.INTERESTED),
            GroupParticipation(
                p,
                cafe.id,
                referred_on=d,
                started_on=min(today, d + timedelta(days=9)),
                sessions_attended=3,
            ),
        ],
        lambda p, d: [GroupParticipation(p, informed_on=d, answer=OfferAnswer.NO)],
        lambda p, d: [
            GroupParticipation(
                p,
                course.id,
                informed_on=min(d, today - timedelta(days=70)),
                answer=OfferAnswer.INTERESTED,
                referred_on=today - timedelta(days=65),
                started_on=course.starts_on,
                sessions_attended=2,
                stopped_on=today - timedelta(days=30),
                stopped_reason="Fikk ny jobb med kveldsvakter og rakk ikke samlingene.",
                evaluation="Kurset var nyttig, men tiden passet ikke.",
                usefulness=4,
            )
        ],
    ]
    # The most recently placed are not told yet (Oversikt's prompt); the office told the rest
    # in a conversation some weeks after the placement, and most answered «ikke nå» or «nei».
    recent = set(sorted(placed, key=lambda p: since[p])[-NOT_TOLD:])
    answers = (OfferAnswer.NOT_NOW, OfferAnswer.INTERESTED, OfferAnswer.NO)
    plain = [p for p in others[len(stories) :] if p not in recent]
    for parent, story in zip(others, stories, strict=False):
        if parent not in recent:
            records += story(parent, _told(since[parent], today))
    for n, parent in enumerate(plain):
        records.append(
            GroupParticipation(
                parent, informed_on=_told(since[parent], today), answer=answers[n % len(answers)]
            )
        )
    for record in records:
        service.save_participation(record)
    return GroupOfferTally(len(offers), len(records))
