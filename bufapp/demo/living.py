"""The demo parents' levekår, written through ``LivingService`` only. One parent's year tells the
guideline's story (seed 002 § 4.5.6): finances hard after the placement (benefits that followed
the child lost, a maintenance claim), help from NAV wanted and a referral, then four assessments
in which finances, work and housing get better while health stays the same; at the last, help
wanted with health and social contact. About a third of the other placed parents have one
recent assessment; the rest have none, so Oversikt asks for it where the placement is recent.

Deterministic: its own random stream from the demo's seed, and the same ``today``."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from bufapp.domain.enums import LivingArea, ServiceType
from bufapp.domain.living import AreaRating, LivingAssessment
from bufapp.services.living.service import LivingService
from bufapp.services.register import RegisterService

A = LivingArea
# (days ago, note, rows of (area, parent, parent's words, caseworker, caseworker's words, help))
STORY = [
    (360, "Første samtale om levekår. Barnetrygd og kontantstøtte falt bort da barnet flyttet, "
          "og det er kommet krav om bidrag.",
     [(A.FINANCES, 1, "Først tar de fra meg barnet mitt, og så blir jeg straffet økonomisk også.",
       2, "Restanse på husleie og et inkassokrav. Ønsker hjelp fra NAV.", True),
      (A.EDUCATION_WORK, 2, "Jeg tar ekstravakter, men har ingen fast stilling.", 2, "", False),
      (A.HOUSING, 2, "Redd for å miste leiligheten.", 2, "To måneder husleierestanse.", False),
      (A.HEALTH, 3, "Sover dårlig.", 3, "", False),
      (A.SOCIAL_CONTACT, 2, "Mange sluttet å ringe etter at barnet flyttet.", 2, "", False)]),
    (270, "Henvist til NAV for økonomisk rådgivning. Nedbetalingsavtale for husleia er på plass.",
     [(A.FINANCES, 2, "Fortsatt trangt, men jeg har en plan sammen med NAV.", 2, "", True),
      (A.EDUCATION_WORK, 2, "", 2, "", False),
      (A.HOUSING, 3, "Husleia er betalt.", 3, "", False),
      (A.HEALTH, 3, "", 3, "", False),
      (A.SOCIAL_CONTACT, 2, "", 2, "", False)]),
    (150, "Bidraget er regnet om etter det forelderen faktisk har å leve av. Søkt kurs via NAV.",
     [(A.FINANCES, 3, "Jeg klarer regningene nå.", 3, "Bidraget ble satt ned.", False),
      (A.EDUCATION_WORK, 3, "Begynt på kurs i butikkfag.", 3, "", False),
      (A.HOUSING, 4, "", 4, "", False),
      (A.HEALTH, 3, "Sover bedre.", 3, "", False),
      (A.SOCIAL_CONTACT, 3, "Har begynt i en gruppe for foreldre.", 3, "", False)]),
    (20, "Et år etter: økonomi, arbeid og bolig er bedre. Ønsker hjelp med ryggen og vil gjerne "
         "møte andre i samme situasjon.",
     [(A.FINANCES, 4, "Jeg har litt til overs for første gang på lenge.", 4, "", False),
      (A.EDUCATION_WORK, 4, "Fast deltid fra august.", 4, "Fast stilling 60 %.", False),
      (A.HOUSING, 4, "Det er plass til barnet når det er på besøk.", 4, "", False),
      (A.HEALTH, 3, "Ryggen plager meg.", 3, "", True),
      (A.SOCIAL_CONTACT, 3, "Savner noen å snakke med i helgene.", 3, "", True)]),
]  # fmt: skip
WORDS = {
    A.FINANCES: ("Det går så vidt.", "Pengene rekker ikke hele måneden.", ""),
    A.EDUCATION_WORK: ("Jeg er sykmeldt nå.", "Jobber fulltid.", ""),
    A.HOUSING: ("Jeg bor hos en venn inntil videre.", "Leiligheten er fin.", ""),
    A.HEALTH: ("Jeg har det tungt for tiden.", "", "Går til fastlegen jevnlig."),
    A.SOCIAL_CONTACT: ("Søsteren min hjelper meg mye.", "", "Jeg er mye alene."),
}


def _placed_since(register: RegisterService, today: date) -> dict[int, date]:
    with register.unit_of_work() as uow:
        return uow.living.placed_since(today)


def _has_nav_referral(register: RegisterService, parent_id: int) -> bool:
    with register.unit_of_work() as uow:
        nav = {s.id for s in uow.services.list() if s.type is ServiceType.NAV}
        return any(r.service_id in nav for r in uow.referrals.of_parent(parent_id))


def story(parent_id: int, today: date) -> list[LivingAssessment]:
    return [
        LivingAssessment(
            parent_id,
            today - timedelta(days=ago),
            tuple(AreaRating(area, p, pw, w, ww, h) for area, p, pw, w, ww, h in rows),
            note,
        )
        for ago, note, rows in STORY
    ]


def _one(rng: random.Random, parent_id: int, on: date) -> LivingAssessment:
    ratings = []
    for area in LivingArea:
        parent = rng.randint(1, 5)
        worker = max(1, min(5, parent + rng.choice((-1, 0, 0, 1))))
        wants = parent <= 2 and rng.random() < 0.5
        ratings.append(AreaRating(area, parent, rng.choice(WORDS[area]), worker, "", wants))
    return LivingAssessment(parent_id, on, tuple(ratings))


def fill_demo_living(
    register: RegisterService,
    service: LivingService,
    parent_ids: Sequence[int],
    seed: int,
    today: date,
) -> int:
    """The assessments written; returns how many."""
    rng = random.Random(f"levekår {seed}")
    placed = _placed_since(register, today)
    candidates = [p for p in parent_ids if p in placed]
    long_placed = [p for p in candidates if placed[p] <= today - timedelta(days=370)]
    if not long_placed:
        return 0
    told = next((p for p in long_placed if _has_nav_referral(register, p)), long_placed[0])
    written = 0
    for assessment in story(told, today):
        service.save_assessment(assessment)
        written += 1
    for parent_id in candidates:
        if parent_id == told or rng.random() > 0.35:
            continue
        earliest = max(placed[parent_id] + timedelta(days=20), today - timedelta(days=200))
        if earliest > today:
            continue
        on = earliest + timedelta(days=rng.randint(0, (today - earliest).days))
        service.save_assessment(_one(rng, parent_id, on))
        written += 1
    return written
