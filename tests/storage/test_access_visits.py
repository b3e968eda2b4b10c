"""Innsyn and samvær (issue 21), on a real vault: the access pack holds every version of the
parent's own visit plan with what changed and why, each visit as it went, the plan's evaluations
with the parent's own view and the other parties', and travel support; never the other parent's
plan for the same child. What can reveal where Ánde lives (his whereabouts are hidden from his
parents) is withheld part by part and listed with its basis and reason: a text naming the foster
home, its people or municipality, and the meeting place of visits at the foster home whatever it
says. The access report names each change to a samvær record under its parent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import pytest

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Child, ParentLink, Placement
from bufapp.domain.enums import (
    CancelledBy,
    ContactForm,
    ContactTopic,
    ParentRole,
    PlacementBasis,
    PlaceType,
    Supervision,
    TalkMoment,
    VisitBasis,
    VisitForm,
    VisitOutcome,
    VisitPeriod,
    VisitPlace,
    VisitPurpose,
)
from bufapp.domain.visits import Frequency, TravelSupport, Visit, VisitEvaluation, VisitPlan
from bufapp.services.access.service import AccessService
from bufapp.services.clock import OSLO
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.services.visits.service import VisitService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.disclosure_family import (
    CARER_FAMILY,
    MUNICIPALITY,
    PLACE_NAME,
    WHEREABOUTS,
    HiddenFamily,
    add_hidden_family,
)
from tests.documents.pdf_checks import assert_in_order, flat
from tests.unit.test_register_service import add_parent

Uow = Callable[[], UnitOfWork]
DECIDED_BY = "Barneverns- og helsenemnda i Troms og Finnmark"
DECISION = "Mor gis samvær minst fire ganger i året, to timer hver gang, med tilsyn."
# The meeting place at the foster home: it names nothing the disclosure rules know of, and must
# still not reach the parents while Ánde's whereabouts are hidden.
OPEN_HOME = "Fosterhjem i Alta"  # a placement the parent knows of
AT_CARERS = "Det blå huset ved elvebredden, inngang fra baksiden"
TRANSPORT = f"Fosterforeldrene kjører Ánde fra {MUNICIPALITY}."
GRANDMOTHER = "Mormor Elle Čuđe – fire ganger i året"
TALK_BEFORE = "Máret gruer seg litt, og vil ha med bilder til Ánde."
WITH_SARA = "Halvsøsteren Sara er med når Ánde har samvær med far."  # Sara is not Máret's
PURPOSE_NOTE = "Máret og Ánde skal holde kontakten mens vi ser om han kan flytte hjem."
FAMILY_HOUSE = "Familiens hus, Karasjok"
CHANGE_REASON = "Samværene har gått godt, og Máret ønsker å se Ánde oftere."
SUPERVISOR_NOTE = "Máret hadde med bilder fra da Ánde var liten. God stemning hele tiden."
NAMES_CARERS = f"Ánde ville vise mor et bilde av hunden til {CARER_FAMILY}."
CANCEL_REASON = "Ánde var syk med feber."
PARENT_VIEW = "Samværene betyr alt for meg. Jeg vil gjerne ha dem oftere."
CHILD_VIEW = "Ánde sier han gleder seg til hver gang, men blir sliten etterpå."
CARERS_VIEW = f"Familien {CARER_FAMILY} merker at Ánde er urolig dagen etter."
SUPERVISOR_VIEW = "Máret følger godt med på Ánde og tar imot råd."
CONCLUSION = "Samvær to ganger i måneden på Familiens hus fra august."
TRAVEL = "Bussbillett Karasjok–Alta t/r"
TRAVEL_NOTE = "Dekkes etter billettpris."
PIERAS = "Piera har samvær i Tana med tilsyn fra Røde Kors."  # the father's own plan
WITHHELD_BASIS = "barnevernsloven § 7-2), jf. forvaltningsloven § 19 første ledd bokstav d"
WITHHELD_REASON = "Begrunnelse: Opplysningen kan vise hvor barnet bor."


@dataclass(frozen=True)
class WithVisits:
    family: HiddenFamily
    first: int  # Máret's first plan for Ánde
    second: int  # the version that replaced it after the evaluation
    held: int  # a visit held under the first version
    evaluation: int
    travel: int
    piera_plan: int
    piera_visit: int


@pytest.fixture
def uow(vault: Vault) -> Uow:
    return lambda: UnitOfWork(vault.session_factory)


def _decided(child: int, parent: int, **changes: object) -> VisitPlan:
    plan = VisitPlan(
        child_id=child,
        parent_id=parent,
        valid_from=date(2025, 2, 1),
        basis=VisitBasis.DECISION,
        frequency=Frequency(1, VisitPeriod.MONTH, 2.0),
        decided_by=DECIDED_BY,
        decided_on=date(2025, 1, 20),
        decision_text=DECISION,
        minimum=Frequency(4, VisitPeriod.YEAR, 2.0),
        first_visit_on=date(2025, 2, 8),
        evaluate_every_months=6,
    )
    return replace(plan, **changes)


def add_visits(
    register: RegisterService, contact_log: ContactLogService, visits: VisitService
) -> WithVisits:
    """The hidden family (``tests.disclosure_family``) with Máret's plan for Ánde in two
    versions, its visits, an evaluation and a travel grant, and Piera's own plan for Ánde."""
    family = add_hidden_family(register, contact_log, TODAY)
    maret, piera, ande = family.maret_id, family.piera_id, family.ande_id
    first = visits.save_plan(
        _decided(ande, maret, place=VisitPlace.FOSTER_HOME, place_note=AT_CARERS,
                 transport=TRANSPORT, others_with_rights=f"{GRANDMOTHER}\n{WITH_SARA}",
                 purposes=frozenset({VisitPurpose.ASSESS_REUNIFICATION}),
                 purpose_note=PURPOSE_NOTE)
    )  # fmt: skip
    assert first.id is not None
    held = visits.record_visit(
        Visit(first.id, maret, ande, date(2025, 2, 8), VisitOutcome.HELD,
              held_on=date(2025, 2, 8), hours=2.0, supervisor_note=SUPERVISOR_NOTE)
    )  # fmt: skip
    talk = datetime(2025, 2, 7, 18, 0, tzinfo=OSLO)
    before = contact_log.save(
        ContactEntry(maret, talk, ContactForm.PHONE, topics=(ContactTopic.VISITS,),
                     child_ids=(ande,), summary=TALK_BEFORE), final=True,
    )  # fmt: skip
    after = contact_log.save(  # still being written: not in the pack, so not named
        ContactEntry(maret, talk + timedelta(days=2), ContactForm.PHONE, summary="Etterpå.")
    )
    visits.link_talk(held.id or 0, TalkMoment.BEFORE, before.id)
    visits.link_talk(held.id or 0, TalkMoment.AFTER, after.id)
    visits.record_visit(
        Visit(first.id, maret, ande, date(2025, 3, 8), VisitOutcome.CANCELLED,
              cancelled_by=CancelledBy.CHILD, reason=CANCEL_REASON)
    )  # fmt: skip
    visits.record_visit(
        Visit(first.id, maret, ande, date(2025, 4, 12), VisitOutcome.HELD,
              held_on=date(2025, 4, 12), hours=1.5, note=NAMES_CARERS)
    )  # fmt: skip
    visits.record_visit(Visit(first.id, maret, ande, date(2025, 5, 10), VisitOutcome.NOT_ATTENDED))
    visits.record_visit(
        Visit(first.id, maret, ande, date(2025, 6, 14), VisitOutcome.HELD, VisitForm.PHONE,
              held_on=date(2025, 6, 14), hours=0.5, mostly_talk_with_adult=True)
    )  # fmt: skip
    evaluation = visits.save_evaluation(
        VisitEvaluation(first.id, date(2025, 7, 1), CHILD_VIEW, PARENT_VIEW, CARERS_VIEW,
                        SUPERVISOR_VIEW, CONCLUSION, plan_changed=True)
    )  # fmt: skip
    draft = visits.new_version(first.id, date(2025, 8, 1))
    second = visits.save_plan(
        replace(draft, frequency=Frequency(2, VisitPeriod.MONTH, 2.0),
                place=VisitPlace.MEETING_PLACE, place_note=FAMILY_HOUSE,
                supervision=Supervision.SUPPORTED, supervisor=FAMILY_HOUSE, transport="",
                change_reason=CHANGE_REASON)
    )  # fmt: skip
    travel = visits.save_travel(
        TravelSupport(maret, date(2025, 2, 10), 1200, TRAVEL, held.id, date(2025, 2, 20),
                      True, 1200, TRAVEL_NOTE)
    )  # fmt: skip
    theirs = visits.save_plan(
        _decided(ande, piera, decision_text=PIERAS, place=VisitPlace.NEUTRAL, place_note="Tana")
    )
    assert theirs.id is not None
    piera_visit = visits.record_visit(
        Visit(theirs.id, piera, ande, date(2025, 2, 15), VisitOutcome.HELD,
              held_on=date(2025, 2, 15), supervisor_note=PIERAS)
    )  # fmt: skip
    return WithVisits(
        family, first.id, second.id or 0, held.id or 0, evaluation.id or 0, travel.id or 0,
        theirs.id, piera_visit.id or 0,
    )  # fmt: skip


@pytest.fixture
def with_visits(
    register: RegisterService, contact_log: ContactLogService, visits: VisitService
) -> WithVisits:
    return add_visits(register, contact_log, visits)


def pack_text(uow: Uow, parent_id: int) -> str:
    return flat(AccessService(uow, now=lambda: NOW).pack_pdf(parent_id))


def test_the_pack_holds_each_plan_version_visit_evaluation_and_travel_in_date_order(
    uow: Uow, with_visits: WithVisits
) -> None:
    text = pack_text(uow, with_visits.family.maret_id)
    assert_in_order(text, [
        "01.02.2025 – Samværsplan: Ánde Somby, versjon 1",
        "Gjelder fra 01.02.2025", "Grunnlag Vedtak (minimum)", f"Vedtatt av {DECIDED_BY}",
        "Vedtaksdato 20.01.2025", "Minimum i vedtaket 4 ganger i året, 2 timer",
        "Hvor ofte 1 gang i måneden, 2 timer", "Første samvær 08.02.2025",
        "Sted I fosterhjemmet eller institusjonen",
        "Møtested Holdt tilbake – se «Dette er unntatt innsyn»", "Tilsyn Uten tilsyn",
        "Planen evalueres Hver 6. måned", "Vedtaket", DECISION,
        "Andre som har rett til samvær", GRANDMOTHER,
        "Formålet med samværet", PURPOSE_NOTE, "Vurdere samværet med sikte på tilbakeføring",
        "08.02.2025 – Samvær: Ánde Somby – Gjennomført", "Gjennomført 08.02.2025",
        "Varighet 2 timer", "Samtalen før 07.02.2025 kl. 18.00", "Tilsynsførerens notat",
        SUPERVISOR_NOTE,
        "10.02.2025 – Støtte til reise ved samvær: " + TRAVEL, "Du søkte om 1 200 kr",
        "Gjelder samværet 08.02.2025", "Avgjort 20.02.2025", "Utfall Innvilget",
        "Innvilget beløp 1 200 kr", "Begrunnelse", TRAVEL_NOTE,
        "08.03.2025 – Samvær: Ánde Somby – Avlyst", "Planlagt 08.03.2025", "Avlyst av Barnet",
        f"Hvorfor {CANCEL_REASON}",
        "12.04.2025 – Samvær: Ánde Somby – Gjennomført", "Varighet 1,5 timer",
        "10.05.2025 – Samvær: Ánde Somby – Forelderen møtte ikke",
        "14.06.2025 – Samvær: Ánde Somby – Gjennomført", "Form Telefon", "Varighet 0,5 timer",
        "Du trengte mest å snakke med en voksen denne gangen.",
        "01.07.2025 – Evaluering av samværsplanen: Ánde Somby",
        "Planen endret Ja", "Ditt syn", PARENT_VIEW,
        "Barnets syn", CHILD_VIEW, "Tilsynsførerens syn", SUPERVISOR_VIEW, "Konklusjon", CONCLUSION,
        "01.08.2025 – Samværsplan: Ánde Somby, versjon 2", "Hvor ofte 2 ganger i måneden, 2 timer",
        "Sted Møtested med tilsyn (f.eks. familiens hus)", f"Møtested {FAMILY_HOUSE}",
        "Tilsyn Støttet tilsyn", f"Tilsynsfører {FAMILY_HOUSE}",
        "Hvorfor planen ble endret", CHANGE_REASON, "Dette ble endret fra versjon 1",
        "Hyppighet: 1 gang i måneden, 2 timer → 2 ganger i måneden, 2 timer",
        "Dette er unntatt innsyn",
    ])  # fmt: skip


def test_a_visit_names_its_talk_before_when_that_contact_is_in_the_pack(
    uow: Uow, with_visits: WithVisits
) -> None:
    text = pack_text(uow, with_visits.family.maret_id)
    assert_in_order(text, [  # the talk is a contact of its own, in its place in time
        "07.02.2025 kl. 18.00 – Telefon", TALK_BEFORE,
        "08.02.2025 – Samvær: Ánde Somby – Gjennomført", "Samtalen før 07.02.2025 kl. 18.00",
    ])  # fmt: skip
    assert "Samtalen etter" not in text and "Etterpå." not in text  # still being written


def test_what_can_reveal_the_hidden_foster_home_is_withheld_and_listed(
    uow: Uow, with_visits: WithVisits
) -> None:
    text = pack_text(uow, with_visits.family.maret_id)
    for secret in (*WHEREABOUTS, PLACE_NAME, AT_CARERS, TRANSPORT, NAMES_CARERS, CARERS_VIEW):
        assert secret.casefold() not in text.casefold(), secret
    withheld = text[text.index("Dette er unntatt innsyn Disse") :]
    # Part by part: the rest of the plan, the visit and the evaluation are shown (above).
    assert_in_order(withheld, [
        "01.02.2025 Samværsplan – Ánde Somby, versjon 1: en del", WITHHELD_BASIS, WITHHELD_REASON,
        "12.04.2025 Samvær – Ánde Somby – Gjennomført: en del", WITHHELD_BASIS, WITHHELD_REASON,
        "01.07.2025 Evaluering av samværsplanen – Ánde Somby: en del", WITHHELD_BASIS,
        "01.08.2025 Samværsplan – Ánde Somby, versjon 2: en del", WITHHELD_BASIS,
    ])  # fmt: skip
    # One row for each reason: where Ánde lives (the place and the transport), and Sara.
    assert withheld.count("Samværsplan – Ánde Somby, versjon 1: en del Vedtak om at") == 1
    # The change of meeting place from the foster home is not spelled out either.
    assert "Møtested:" not in text


def test_a_child_who_is_not_the_parents_is_withheld_from_the_plan_as_from_an_entry(
    uow: Uow, with_visits: WithVisits
) -> None:
    text = pack_text(uow, with_visits.family.maret_id)
    assert "Sara" not in text
    assert_in_order(text, [
        "Andre som har rett til samvær", GRANDMOTHER,
        "Holdt tilbake – se «Dette er unntatt innsyn»", "Formålet med samværet",
    ])  # fmt: skip
    withheld = text[text.index("Dette er unntatt innsyn Disse") :]
    assert_in_order(withheld, [
        "01.02.2025 Samværsplan – Ánde Somby, versjon 1: en del",
        "Begrunnelse: Opplysningene gjelder et barn som ikke er ditt.",
    ])  # fmt: skip


def test_a_placement_not_hidden_leaves_the_meeting_place_and_withholds_nothing(
    uow: Uow, register: RegisterService, visits: VisitService
) -> None:
    mother = add_parent(register, "Ragnhild", "Eira")
    child = register.save_child(
        Child("Nils", "Eira", date(2017, 5, 5), "2026/88",
              parents=(ParentLink(mother.id or 0, ParentRole.MOTHER),))
    )  # fmt: skip
    register.save_placement(
        Placement(child.id or 0, PlacementBasis.VOLUNTARY, PlaceType.FOSTER_HOME,
                  date(2026, 1, 5), place_name=OPEN_HOME, carer_names="Anne og Per Hansen")
    )  # fmt: skip
    visits.save_plan(
        VisitPlan(child.id or 0, mother.id or 0, date(2026, 1, 10), VisitBasis.AGREEMENT,
                  Frequency(1, VisitPeriod.WEEK, 3.0), agreed_with_parent=True,
                  agreed_on=date(2026, 1, 8), place=VisitPlace.FOSTER_HOME,
                  place_note=f"Hos Anne og Per Hansen, {OPEN_HOME}",
                  transport="Mor tar bussen.", purposes=frozenset({VisitPurpose.FAMILY_TIES}))
    )  # fmt: skip
    text = pack_text(uow, mother.id or 0)
    assert_in_order(text, [
        "10.01.2026 – Samværsplan: Nils Eira, versjon 1", "Grunnlag Avtale med foreldrene",
        "Avtalt med deg 08.01.2026", "Hvor ofte 1 gang i uka, 3 timer",
        f"Møtested Hos Anne og Per Hansen, {OPEN_HOME}",
        "Holde kontakt og familiebånd når barnet ikke skal flytte hjem",
        "Dette er unntatt innsyn", "Ingenting er unntatt innsyn.",
    ])  # fmt: skip


def test_the_other_parents_plan_and_visits_are_not_in_the_pack(
    uow: Uow, with_visits: WithVisits
) -> None:
    maret, piera = with_visits.family.maret_id, with_visits.family.piera_id
    text = pack_text(uow, maret)
    assert PIERAS not in text and "15.02.2025 – Samvær" not in text
    his = pack_text(uow, piera)
    assert PIERAS in his and "15.02.2025 – Samvær: Ánde Somby – Gjennomført" in his
    for hers in (PARENT_VIEW, SUPERVISOR_NOTE, TRAVEL, CHANGE_REASON, DECISION):
        assert hers not in his, hers


def test_the_access_report_names_a_change_to_a_visit_and_an_evaluation_under_the_parent(
    uow: Uow, with_visits: WithVisits, visits: VisitService
) -> None:
    maret, piera = with_visits.family.maret_id, with_visits.family.piera_id
    held = visits.visit(with_visits.held)
    visits.record_visit(replace(held, note="Máret kom i god tid."))
    evaluation = with_visits.evaluation
    with uow() as work:
        records = work.visits.evaluations([with_visits.first])
    visits.save_evaluation(replace(records[0], conclusion=f"{CONCLUSION} Endret."))
    with uow() as work:
        hers = {(r.action.value, r.subject_kind, r.subject_id) for r in
                work.audit_records.of_parent(maret)}  # fmt: skip
        his = {(r.subject_kind, r.subject_id) for r in work.audit_records.of_parent(piera)}
    for kind, ident in (("visit", with_visits.held), ("visit_evaluation", evaluation)):
        assert ("created", kind, ident) in hers and ("changed", kind, ident) in hers
        assert (kind, ident) not in his
    assert ("created", "visit_plan", with_visits.second) in hers
    assert ("created", "travel_support", with_visits.travel) in hers
    assert ("visit_plan", with_visits.piera_plan) in his
    assert ("visit", with_visits.piera_visit) in his
    report = flat(AccessService(uow, now=lambda: NOW).report_pdf(maret))
    for line in ("Endret: samvær", "Endret: evaluering av samværsplanen",
                 "Opprettet: samværsplan", "Opprettet: støtte til reise ved samvær"):  # fmt: skip
        assert line in report, line
