"""Demo directory, consents and referrals: invented services in the invented Fjellvik (no real
address anywhere), consents in every state (in force, expiring soon, expired, withdrawn) and
referrals in every state, so Oversikt, the parent card and the referral list all have
something to show. Deterministic for the same seed and day."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bufapp.demo.data import HOME_POSTAL
from bufapp.domain.consent import Consent, Service
from bufapp.domain.enums import (
    ConsentForm,
    InformationCategory,
    ReferralState,
    SentBy,
    ServiceType,
)
from bufapp.domain.referral import Referral
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.referrals.service import ReferralService
from bufapp.storage.uow import UnitOfWork

C = InformationCategory
_TOWN = f"{HOME_POSTAL[0]} {HOME_POSTAL[1]}"
DIRECTORY = (
    Service("NAV Fjellvik", ServiceType.NAV, f"Postboks 120, {_TOWN}", "55 00 12 00",
            "nav.fjellvik@example.org", "Veileder Siri Haugen"),
    Service("Fjellvik legekontor", ServiceType.GP, f"Storgata 4, {_TOWN}", "55 00 13 00",
            "", "Fastlege Elle Somby"),
    Service("Nordvidda DPS, poliklinikken", ServiceType.ADULT_MENTAL_HEALTH,
            f"Postboks 7, {_TOWN}", "55 00 14 00", "post@nordvidda-dps.example.org", ""),
    Service("Rus- og psykiatritjenesten i Fjellvik", ServiceType.MUNICIPAL_MENTAL_HEALTH,
            f"Rådhusveien 1, {_TOWN}", "55 00 15 00", "", "Ruskonsulent Áilu Gaup"),
    Service("Familievernkontoret i Nordvidda", ServiceType.FAMILY_COUNSELLING,
            f"Postboks 30, {_TOWN}", "55 00 16 00", "", ""),
    Service("Boligkontoret i Fjellvik", ServiceType.HOUSING, f"Rådhusveien 1, {_TOWN}",
            "55 00 17 00", "bolig@fjellvik.example.org", "Bjørn Ågesen"),
    Service("Krisesenteret i Nordvidda", ServiceType.CRISIS_CENTRE, "", "55 00 18 00", "", ""),
    Service("Fjellvik frivilligsentral", ServiceType.VOLUNTARY, f"Torget 2, {_TOWN}",
            "55 00 19 00", "", "Máret Čuđe"),
)  # fmt: skip

REQUESTS = (
    "Vi ber NAV vurdere bostøtte og hjelp til å finne en større bolig nå, fordi samværet "
    "skal utvides til overnatting i høst.",
    "Vi ber om en samtale om psykisk helse. Forelderen har selv bedt om hjelp etter "
    "plasseringen og sover dårlig.",
    "Vi ber om oppfølging av økonomien fram til jul. Forelderen har fått betalingsanmerkning "
    "og ønsker en plan.",
    "Vi ber om parsamtaler for foreldrene, som ønsker å samarbeide bedre om samværene.",
)
WORDS = (
    "«Jeg vil at barna skal kunne sove hos meg igjen.»",
    "«Jeg trenger noen å snakke med som ikke er barnevernet.»",
    "«Det hjelper å ha en plan, da sover jeg bedre.»",
)


@dataclass(frozen=True)
class ReferralTally:
    services: int
    consents: int
    referrals: int


class _Calendar:
    """A movable 'today' for the services, so history can be written day by day."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def fill_demo_referrals(
    unit_of_work: Callable[[], UnitOfWork],
    parent_ids: Sequence[int],
    rng: random.Random,
    today: date,
) -> ReferralTally:
    calendar = _Calendar(today)
    directory = DirectoryService(unit_of_work)
    consents = ConsentService(unit_of_work, today=calendar)
    referrals = ReferralService(unit_of_work, today=calendar)
    services = [directory.save(s) for s in DIRECTORY]
    nav, gp = services[0], services[1]
    consent_count = referral_count = 0
    # Half of the parents have consents; a quarter have referrals, in every state in turn.
    chosen = sorted(rng.sample(list(parent_ids), k=len(parent_ids) // 2))
    states = (ReferralState.SENT, ReferralState.DRAFT, ReferralState.ANSWERED,
              ReferralState.FINISHED, ReferralState.DECLINED, ReferralState.NO_ANSWER)  # fmt: skip
    for index, parent_id in enumerate(chosen):
        given = today - timedelta(days=rng.randint(40, 300))
        calendar.day = today
        until = _valid_until(index, given, today, rng)
        to_nav = consents.save(
            Consent(parent_id, "Hjelp med bolig og økonomi",
                    (C.PERSONAL_DETAILS, C.FINANCES_AND_HOUSING, C.SITUATION_AFTER_PLACEMENT),
                    given, ConsentForm.WRITTEN, service_id=nav.id, signed_declaration=True,
                    valid_until=until)
        )  # fmt: skip
        consents.save(
            Consent(parent_id, "Samarbeid med helsetjenesten om psykisk helse",
                    (C.PERSONAL_DETAILS, C.MENTAL_HEALTH), given + timedelta(days=3),
                    ConsentForm.ORAL, service_type=ServiceType.GP,
                    valid_until=given + timedelta(days=365))
        )  # fmt: skip
        consent_count += 2
        if index % 2:
            continue
        state = states[(index // 2) % len(states)]
        target = nav if index % 4 == 0 else gp
        written = min(today, given + timedelta(days=5 + index % 10))  # after the consents
        referral_count += _referral(
            referrals, calendar, parent_id, target, state, index, written, today
        )
        if index == 2:  # a draft that a withdrawn consent now blocks (a banner in the app)
            _blocked_draft(referrals, consents, calendar, parent_id, to_nav, nav, today)
            referral_count += 1
    return ReferralTally(len(services), consent_count, referral_count)


def _valid_until(index: int, given: date, today: date, rng: random.Random) -> date | None:
    if index % 7 == 3:
        return today + timedelta(days=rng.randint(3, 25))  # expires soon: in Oversikt
    if index % 11 == 5:
        return max(given, today - timedelta(days=10))  # expired
    return given + timedelta(days=365) if index % 3 else None


def _referral(
    referrals: ReferralService,
    calendar: _Calendar,
    parent_id: int,
    target: Service,
    state: ReferralState,
    index: int,
    written: date,
    today: date,
) -> int:
    housing = target.type is ServiceType.NAV
    categories = (
        (C.PERSONAL_DETAILS, C.FINANCES_AND_HOUSING)
        if housing
        else (C.PERSONAL_DETAILS, C.MENTAL_HEALTH)
    )
    calendar.day = written
    draft = referrals.save_draft(
        Referral(
            parent_id,
            target.id or 0,
            REQUESTS[0 if housing else 1 + index % 3],
            categories,
            about_children="Barna bor i fosterhjem. Samvær hver tredje helg, med tilsyn.",
            tried_before="Økonomisk rådgivning hos NAV i fjor, avsluttet uten plan.",
            parent_words=WORDS[index % len(WORDS)],
            practical_needs="Tolk til nordsamisk ved møter." if index % 5 == 0 else "",
            attachments=("Kopi av husleiekontrakt",) if housing else (),
        )
    )
    if state is ReferralState.DRAFT or not referrals.gate(draft).open:
        return 1  # a consent that expired before it was finished keeps it a draft
    closed = referrals.sections(draft)  # a letter that leaves carries only what is consented
    if closed:
        draft = referrals.save_draft(replace(draft, **dict.fromkeys(closed, "")))
    finished = referrals.finish(draft.id or 0)
    if state is ReferralState.FINISHED:
        return 1
    sent_on = min(today, calendar.day + timedelta(days=1))
    overdue = index % 3 == 0
    reply_by = max(sent_on, today - timedelta(days=4)) if overdue else today + timedelta(days=14)
    calendar.day = sent_on
    referrals.send(finished.id or 0, SentBy.POST, reply_by)
    if state is ReferralState.SENT:
        return 1
    calendar.day = min(today, sent_on + timedelta(days=12))
    if state is ReferralState.ANSWERED:
        referrals.close(finished.id or 0, state, "Time hos veileder avtalt.")
    elif state is ReferralState.DECLINED:
        referrals.close(finished.id or 0, state, "Ikke rett tjeneste; anbefaler fastlegen.")
    else:
        referrals.close(finished.id or 0, state, "Purret på telefon uten svar.")
    return 1


def _blocked_draft(
    referrals: ReferralService,
    consents: ConsentService,
    calendar: _Calendar,
    parent_id: int,
    consent: Consent,
    nav: Service,
    today: date,
) -> None:
    calendar.day = today
    referrals.save_draft(
        Referral(parent_id, nav.id or 0, REQUESTS[2], (C.FINANCES_AND_HOUSING,),
                 parent_words="«Jeg vil ordne dette selv først.»")
    )  # fmt: skip
    consents.withdraw(consent.id or 0, today, "Vil ordne økonomien selv først.")
