"""Innsyn and the follow-up (issue 20), on a real vault: the access pack holds every follow-up
record of the parent (the purpose and the cooperation agreement, the plans of the parent's own
children, the information given, the service's assessments, the parent's own evaluations and
wishes with their answers) in the one time order, and none of the other parent's. A record whose
text names the hidden foster home is withheld whole and listed with its basis and reason, as a
contact entry that names it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest

from bufapp.domain.contact_log import ContactEntry, ContactPlan
from bufapp.domain.enums import (
    ChildPlanKind,
    ContactForm,
    HomeOutlook,
    InformationManner,
    Understanding,
    WishKind,
    WishOutcome,
)
from bufapp.domain.followup import (
    Assessment,
    ChildPlan,
    FollowUpPurpose,
    InformationGiven,
    ParentEvaluation,
    Wish,
)
from bufapp.services.access.service import AccessService
from bufapp.services.clock import OSLO
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.followup.service import FollowUpService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.disclosure_family import CARER_FAMILY, PLACE_NAME, WHEREABOUTS, add_hidden_family
from tests.documents.pdf_checks import assert_in_order, flat
from tests.unit.test_register_service import add_parent

Uow = Callable[[], UnitOfWork]
PURPOSE_MINE = "Jeg vil forstå hva som skal til for at Ánde kan bo hjemme igjen."
PURPOSE_OURS = "Vi skal sammen finne ut hva Máret trenger for å være mor for Ánde."
HOW = "Møte på kontoret eller telefon"
WHERE = "Kafeen på Karasjok senter"
SUPPORT = "Elle fra Mental Helse"
GOAL = "Ánde skal ha en trygg hverdag og jevn kontakt med mor."
FRAME = "Langvarig, vurderes om to år"
NOTE = "Tolken oversatte brevet muntlig."
ASSESSMENT = "Hvis Máret går i behandling et år og samværene går godt, kan Ánde flytte hjem."
HIDDEN_ASSESSMENT = f"Ánde har det godt hos {CARER_FAMILY}, og bør bo der til høsten."
EVALUATION = "Fosterforeldrene sender bilder, men jeg får for lite vite om skolen."
NAMES_SARA = "Ánde spør etter Sara hver gang vi ses."  # Piera's daughter, not Máret's child
WISH = "Jeg vil ha samvær hver uke."
ANSWER = "Samvær annenhver uke, som nå."
REASON = "Ánde trenger ro etter samværene; vi ser på det igjen i august."
HIDDEN_WISH = "Jeg vil møte fosterforeldrene."
HIDDEN_ANSWER = f"Du kan møte dem i {PLACE_NAME} i juli."
# The other parent's records, none of which is Máret's.
SARAS_GOAL = "Sara skal bo hos far."
PIERAS_ASSESSMENT = "Piera har fått bolig og kan ha Sara hjemme."
PIERAS_WISH = "Piera vil ha en annen saksbehandler."


@dataclass(frozen=True)
class FollowedUp:
    maret: int
    piera: int


@pytest.fixture
def uow(vault: Vault) -> Uow:
    return lambda: UnitOfWork(vault.session_factory)


def day(days_ago: int) -> date:
    return TODAY - timedelta(days=days_ago)


@pytest.fixture
def followed_up(
    register: RegisterService, contact_log: ContactLogService, followup: FollowUpService
) -> FollowedUp:
    family = add_hidden_family(register, contact_log, TODAY)
    maret, piera = family.maret_id, family.piera_id
    followup.save_purpose(FollowUpPurpose(maret, PURPOSE_MINE, PURPOSE_OURS, day(90)))
    contact_log.save_plan(
        ContactPlan(maret, 14, day(90), how=HOW, preferred_place=WHERE, support_person=SUPPORT)
    )
    followup.save_child_plan(
        ChildPlan(family.ande_id, ChildPlanKind.CARE_PLAN, day(100), GOAL, FRAME)
    )
    followup.save_child_plan(ChildPlan(family.sara_id, ChildPlanKind.MEASURE_PLAN, day(95),
                                       SARAS_GOAL))  # fmt: skip
    followup.record_information(
        InformationGiven(maret, "grounds", day(80), InformationManner.LETTER,
                         with_interpreter=True, understood=Understanding.PARTLY,
                         repeat_on=day(20), note=NOTE)
    )  # fmt: skip
    followup.record_information(InformationGiven(maret, "raise_concern", day(70)))
    followup.save_assessment(
        Assessment(maret, day(60), HomeOutlook.HOME_POSSIBLE, ASSESSMENT, reassess_on=day(-30))
    )
    followup.save_assessment(Assessment(maret, day(50), HomeOutlook.NOT_NOW, HIDDEN_ASSESSMENT))
    followup.save_evaluation(ParentEvaluation(maret, day(40), EVALUATION))
    followup.save_evaluation(ParentEvaluation(maret, day(15), NAMES_SARA))
    followup.save_wish(
        Wish(maret, WishKind.MORE_VISITS, WISH, day(30), answered_on=day(25),
             outcome=WishOutcome.REFUSED, answer=ANSWER, reason=REASON)
    )  # fmt: skip
    followup.save_wish(
        Wish(maret, WishKind.MEET_CARERS, HIDDEN_WISH, day(22), answered_on=day(21),
             outcome=WishOutcome.GRANTED, answer=HIDDEN_ANSWER)
    )  # fmt: skip
    followup.save_wish(Wish(maret, WishKind.HELP, "Jeg trenger hjelp med bolig.", day(3)))
    followup.save_assessment(Assessment(piera, day(45), HomeOutlook.NOT_NOW, PIERAS_ASSESSMENT))
    followup.save_wish(Wish(piera, WishKind.NEW_CASEWORKER, PIERAS_WISH, day(10)))
    # A contact entry naming the foster parents, to compare: it is withheld whole.
    when = datetime.combine(day(35), time(9), tzinfo=OSLO)
    contact_log.save(
        ContactEntry(maret, when, ContactForm.PHONE, child_ids=(family.ande_id,),
                     summary=f"Ánde var på tur med {CARER_FAMILY}."), final=True,
    )  # fmt: skip
    return FollowedUp(maret, piera)


def pack_text(uow: Uow, parent_id: int) -> str:
    return flat(AccessService(uow, now=lambda: NOW).pack_pdf(parent_id))


def test_the_pack_holds_each_follow_up_record_of_the_parent_in_date_order(
    uow: Uow, followed_up: FollowedUp
) -> None:
    text = pack_text(uow, followed_up.maret)
    assert_in_order(text, [
        f"{day(100):%d.%m.%Y} – Barnets plan: Omsorgsplan for Ánde Somby",
        "Tidsperspektiv", FRAME, "Mål", GOAL,
        f"{day(90):%d.%m.%Y} – Oppfølgingen: formålet og samarbeidet",
        "Hvor ofte Hver 14. dag", f"Hvordan {HOW}", WHERE, SUPPORT,
        "Formålet med dine ord", PURPOSE_MINE, "Formålet med barnevernstjenestens ord", PURPOSE_OURS,
        f"{day(80):%d.%m.%Y} – Informasjon til deg: Grunnlaget for plasseringen",
        "Hvordan I brev, med tolk", "Om du forsto det Delvis forstått",
        f"Gis igjen {day(20):%d.%m.%Y}", NOTE,
        f"{day(70):%d.%m.%Y} – Informasjon til deg: Hvordan si fra om bekymring",
        "Om du forsto det Ikke sjekket ennå",
        f"{day(60):%d.%m.%Y} – Barnevernstjenestens vurdering: Tilbakeføring kan bli aktuelt",
        f"Ny vurdering {day(-30):%d.%m.%Y}", "Vurderingen", ASSESSMENT,
        f"{day(40):%d.%m.%Y} – Din vurdering: hvordan plasseringen gjennomføres", EVALUATION,
        f"{day(30):%d.%m.%Y} – Ditt ønske: Mer samvær", "Ønsket med dine ord", WISH,
        f"Svaret du fikk {day(25):%d.%m.%Y}: Kan ikke innfris", ANSWER, "Begrunnelsen", REASON,
        f"{day(3):%d.%m.%Y} – Ditt ønske: Hjelp eller tiltak",
        f"Svar innen {day(3) + timedelta(days=14):%d.%m.%Y}", "Du har ikke fått svar på ønsket ennå.",
        "Dette er unntatt innsyn",
    ])  # fmt: skip


def test_the_other_parents_follow_up_and_childs_plan_are_not_in_the_pack(
    uow: Uow, followed_up: FollowedUp
) -> None:
    text = pack_text(uow, followed_up.maret)
    for theirs in (SARAS_GOAL, PIERAS_ASSESSMENT, PIERAS_WISH, "Tiltaksplan for Sara"):
        assert theirs not in text, theirs
    his = pack_text(uow, followed_up.piera)
    assert PIERAS_ASSESSMENT in his and PIERAS_WISH in his and SARAS_GOAL in his
    assert GOAL in his  # Ánde is his son too: his plan is the father's as well
    for hers in (PURPOSE_MINE, PURPOSE_OURS, ASSESSMENT, EVALUATION, WISH, NOTE, SUPPORT):
        assert hers not in his, hers


def test_a_record_naming_the_hidden_foster_home_is_withheld_as_a_contact_entry_is(
    uow: Uow, followed_up: FollowedUp
) -> None:
    text = pack_text(uow, followed_up.maret)
    for secret in (*WHEREABOUTS, HIDDEN_ASSESSMENT, HIDDEN_WISH, HIDDEN_ANSWER):
        assert secret.casefold() not in text.casefold(), secret
    assert f"{day(50):%d.%m.%Y} – Barnevernstjenestens vurdering" not in text
    withheld = text[text.index("Dette er unntatt innsyn Disse") :]
    reason = "barnevernsloven § 7-2), jf. forvaltningsloven § 19 første ledd bokstav d " \
             "Begrunnelse: Opplysningen kan vise hvor barnet bor."  # fmt: skip
    # The same row, basis and reason as the contact entry that names the foster parents.
    assert_in_order(withheld, [
        f"{day(50):%d.%m.%Y} Barnevernstjenestens vurdering – Ikke nå", reason,
        f"{day(35):%d.%m.%Y} Kontakt – Telefon", reason,
        f"{day(22):%d.%m.%Y} Ditt ønske – Møte fosterforeldrene", reason,
    ])  # fmt: skip


def test_a_record_naming_a_child_who_is_not_the_parents_loses_that_text_as_an_entry_does(
    uow: Uow, followed_up: FollowedUp
) -> None:
    text = pack_text(uow, followed_up.maret)
    assert NAMES_SARA not in text and "Sara" not in text
    assert_in_order(text, [  # where her words were, she reads that they are withheld
        f"{day(15):%d.%m.%Y} – Din vurdering: hvordan plasseringen gjennomføres",
        "Dine ord Holdt tilbake – se «Dette er unntatt innsyn»",
    ])  # fmt: skip
    withheld = text[text.index("Dette er unntatt innsyn Disse") :]
    assert_in_order(withheld, [
        f"{day(15):%d.%m.%Y} Din vurdering – hvordan plasseringen gjennomføres: en del",
        "Forvaltningsloven § 19 første ledd bokstav d: opplysninger om en annen person",
        "Begrunnelse: Opplysningene gjelder et barn som ikke er ditt.",
    ])  # fmt: skip
    assert EVALUATION in text  # her other evaluation is whole


def test_an_agreement_never_dated_is_the_current_one_dated_the_pack_s_day(
    uow: Uow, register: RegisterService, contact_log: ContactLogService
) -> None:
    parent = add_parent(register, "Siv", "Ŋuolja")
    contact_log.save_plan(ContactPlan(parent.id or 0, how="Helst på telefon"))
    text = pack_text(uow, parent.id or 0)
    assert_in_order(text, [
        f"{TODAY:%d.%m.%Y} – Oppfølgingen: formålet og samarbeidet", "Hvordan Helst på telefon",
    ])  # fmt: skip
    assert "Formålet avtalt" not in text and "Hvor ofte" not in text  # nothing recorded
