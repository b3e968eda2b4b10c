"""The visit plan as a document, on real encrypted vaults: each party's copy says what that
party may know (a hidden placement never reaches the parent, the supervisor or anyone else; the
meeting place only those who take part), the copies kept are PDF/A, and the distribution (who
got which version, when) is read back from them. The family is tests/disclosure_family.py's:
Ánde's foster home in Guovdageaidnu is hidden from his parents. Today is ``TODAY``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from bufapp.documents.pdfa import findings
from bufapp.domain.disclosure import meeting_place_secrets
from bufapp.domain.entities import Placement
from bufapp.domain.enums import (
    DocumentKind,
    PlacementBasis,
    PlaceType,
    Supervision,
    VisitBasis,
    VisitPeriod,
    VisitPlace,
    VisitPurpose,
)
from bufapp.domain.visits import Frequency, VisitPlan
from bufapp.errors import DisclosureBlocked, ValidationFailed
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.services.visits.documents import VisitPlanDocuments
from bufapp.services.visits.service import VisitService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.disclosure_family import (
    MARET_STREET,
    PLACE_NAME,
    PLACE_PHONE,
    PLACE_STREET,
    WHEREABOUTS,
    HiddenFamily,
    add_hidden_family,
)
from tests.documents.pdf_checks import flat
from tests.unit.test_register_service import add_child, add_parent

MEETING_PLACE = "Familiens hus, Bálggesgeaidnu 4"
GRANDMOTHER = "Mormor Elle Čuđe – fire ganger i året, to timer"
SUPERVISOR = "Biret Ŧuŧŧu Sárá"


def hidden_plan(visits: VisitService, family: HiddenFamily, **changes: object) -> VisitPlan:
    """Máret's plan with Ánde, after the care order: supervised at a family house, his
    grandmother with contact rights of her own."""
    plan = VisitPlan(
        child_id=family.ande_id,
        parent_id=family.maret_id,
        valid_from=date(2026, 1, 5),
        basis=VisitBasis.DECISION,
        frequency=Frequency(1, VisitPeriod.MONTH, 3.0),
        decided_by="Barneverns- og helsenemnda i Troms og Finnmark",
        decided_on=date(2025, 12, 10),
        decision_text="Mor gis samvær minst fire ganger i året, to timer, med tilsyn.",
        minimum=Frequency(4, VisitPeriod.YEAR, 2.0),
        place=VisitPlace.MEETING_PLACE,
        place_note=MEETING_PLACE,
        supervision=Supervision.SUPPORTED,
        supervisor=SUPERVISOR,
        others_with_rights=GRANDMOTHER,
        between_visits="Telefon hver søndag kl. 18.00, og bilder fra skolen.",
        transport="Máret tar bussen; Ánde blir kjørt av fosterforeldrene.",
        transport_paid_by="Barnevernstjenesten betaler Márets bussbillett.",
        purposes=frozenset({VisitPurpose.FAMILY_TIES, VisitPurpose.LOSS_AND_GRIEF}),
        purpose_note="Ánde skal få kjenne mammaen sin og vite hvorfor han bor et annet sted.",
        first_visit_on=date(2026, 1, 17),
        evaluate_every_months=6,
    )
    return visits.save_plan(replace(plan, **changes))


@pytest.fixture
def family(register: RegisterService, contact_log: ContactLogService) -> HiddenFamily:
    return add_hidden_family(register, contact_log, TODAY)


@pytest.fixture
def documents(vault: Vault) -> VisitPlanDocuments:
    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    return VisitPlanDocuments(uow, today=lambda: TODAY, now=lambda: NOW)


def texts(documents: VisitPlanDocuments, plan_id: int) -> dict[str, str]:
    keys = [r.key for r in documents.recipients(plan_id)]
    return {c.recipient.key: flat(c.pdf) for c in documents.copies(plan_id, keys)}


def test_the_parties_are_the_parent_the_foster_home_the_supervisor_and_the_grandmother(
    visits: VisitService, family: HiddenFamily, documents: VisitPlanDocuments
) -> None:
    plan = hidden_plan(visits, family)
    found = documents.recipients(plan.id or 0)
    assert [r.key for r in found] == ["parent", "carers", "supervisor", "other.1"]
    assert [r.copy_to for r in found] == [
        "Máret Čuđe (mor)", "fosterhjemmet", f"tilsynsfører {SUPERVISOR}", "Mormor Elle Čuđe",
    ]  # fmt: skip
    # The caseworker sees whom the foster home's copy goes to; the kept title never says it.
    assert PLACE_NAME in found[1].label
    assert [r.takes_part for r in found] == [True, True, True, False]


def test_each_copy_says_the_plan_and_only_what_its_reader_may_know(
    visits: VisitService, family: HiddenFamily, documents: VisitPlanDocuments
) -> None:
    plan = hidden_plan(visits, family)
    copies = texts(documents, plan.id or 0)
    parent, carers = copies["parent"], copies["carers"]
    supervisor, grandmother = copies["supervisor"], copies["other.1"]
    for text in (parent, carers, supervisor, grandmother):
        assert "Samværsplan" in text and "Ánde" in text and "01.05.2016" in text
        assert "Versjon 1, gjelder fra 05.01.2026" in text
        assert "minst 4 ganger i året, 2 timer" in text
        assert "aldri gi mindre samvær enn minimumet" in text
        assert "§ 7-2" in text
        assert MARET_STREET not in text or text is parent
    for text in (parent, carers, supervisor):
        assert "1 gang i måneden, 3 timer" in text
        assert "Familiens hus" in text and "Bálggesgeaidnu 4" in text
        assert "Støttet tilsyn" in text and SUPERVISOR in text
        assert "Å hjelpe Ánde med tap og sorg" in text
        assert GRANDMOTHER in text
    for text in (parent, supervisor, grandmother):
        assert [w for w in (*WHEREABOUTS, PLACE_PHONE) if w in text] == []
    # The foster home's own copy goes to the foster home, by name.
    assert "Áile og Niillas Ŋuolla" in carers
    # The grandmother gets her own contact right and the frame: not the mother's visits, the
    # meeting place, the supervision or the purposes.
    assert "Samværsretten din:" in grandmother and GRANDMOTHER in grandmother
    for secret in (
        "Familiens hus",
        "Bálggesgeaidnu",
        "Støttet tilsyn",
        SUPERVISOR,
        "tap og sorg",
        "bussen",
    ):
        assert secret not in grandmother, secret
    assert "Er du uenig i vedtaket om samvær, kan du be om at nemnda" in parent


def test_a_visit_at_a_hidden_foster_home_is_not_placed_for_the_parent_or_the_supervisor(
    visits: VisitService, family: HiddenFamily, documents: VisitPlanDocuments
) -> None:
    plan = hidden_plan(visits, family, place=VisitPlace.FOSTER_HOME, place_note=PLACE_STREET,
                       transport="Ánde er hjemme; Máret blir hentet.")  # fmt: skip
    copies = texts(documents, plan.id or 0)
    told = "Barnevernstjenesten gir beskjed om hvor samværet skal være."
    for key in ("parent", "supervisor"):
        assert told in copies[key]
        assert [w for w in (*WHEREABOUTS, PLACE_PHONE) if w in copies[key]] == []
    assert f"I fosterhjemmet ({PLACE_NAME})" in copies["carers"]
    assert PLACE_STREET in copies["carers"]
    assert told not in copies["carers"]


def test_free_text_that_would_reveal_the_foster_home_stops_the_copy_and_names_the_field(
    visits: VisitService, family: HiddenFamily, documents: VisitPlanDocuments
) -> None:
    plan = hidden_plan(visits, family, transport="Kjøres fra Guovdageaidnu med Niillas.")
    with pytest.raises(DisclosureBlocked) as blocked:
        documents.copy(plan.id or 0, "parent")
    assert "«Transport»" in str(blocked.value.problems[0].message)
    with pytest.raises(DisclosureBlocked):
        documents.copy(plan.id or 0, "supervisor")
    # The foster home may read its own name.
    assert "Guovdageaidnu" in flat(documents.copy(plan.id or 0, "carers").pdf)


def test_the_meeting_place_in_a_line_for_another_person_stops_their_copy(
    visits: VisitService, family: HiddenFamily, documents: VisitPlanDocuments
) -> None:
    plan = hidden_plan(visits, family,
                       others_with_rights="Mormor Elle Čuđe – på Familiens hus, når mor er der")  # fmt: skip
    with pytest.raises(DisclosureBlocked) as blocked:
        documents.copy(plan.id or 0, "other.1")
    assert "møtestedet" in str(blocked.value.problems[0].message)
    assert "Familiens hus" in flat(documents.copy(plan.id or 0, "parent").pdf)


def _version_two(visits: VisitService, first: VisitPlan) -> VisitPlan:
    draft = visits.new_version(first.id or 0, valid_from=date(2026, 6, 1))
    return visits.save_plan(
        replace(draft, frequency=Frequency(2, VisitPeriod.MONTH, 3.0),
                place_note="Familiens hus, Gáddegeaidnu 9",
                change_reason="Evalueringen i mai: samværene går godt, og Ánde ønsker flere.")
    )  # fmt: skip


def test_the_distribution_is_kept_per_version_as_pdfa_and_read_back(
    visits: VisitService, family: HiddenFamily, documents: VisitPlanDocuments,
    vault: Vault,
) -> None:  # fmt: skip
    first = hidden_plan(visits, family)
    assert documents.sent(first.id or 0) == [] and documents.sent_line(first.id or 0) == ""
    kept = documents.keep(documents.copies(first.id or 0, ["parent", "carers"]))
    assert [k.title for k in kept] == [
        "Samværsplan for Ánde, versjon 1 fra 05.01.2026 – til Máret Čuđe (mor)",
        "Samværsplan for Ánde, versjon 1 fra 05.01.2026 – til fosterhjemmet",
    ]
    assert documents.sent_line(first.id or 0).startswith("Sendt til: Máret Čuđe (mor) (15.06")
    second = _version_two(visits, first)
    assert documents.sent_line(second.id or 0) == ""  # version 2 not sent yet
    with pytest.raises(ValidationFailed) as replaced:
        documents.copies(first.id or 0, ["parent"])
    assert "erstattet av en nyere" in replaced.value.problems[0].message
    made = documents.copies(second.id or 0, ["parent", "other.1"])
    later = TODAY + timedelta(days=1)
    VisitPlanDocuments(documents._uow, today=lambda: later,
                       now=lambda: NOW + timedelta(days=1)).keep(made)  # fmt: skip
    sent = documents.sent(second.id or 0)
    assert [(s.version, s.to, s.on) for s in sent] == [
        (1, "Máret Čuđe (mor)", TODAY),
        (1, "fosterhjemmet", TODAY),
        (2, "Máret Čuđe (mor)", later),
        (2, "Mormor Elle Čuđe", later),
    ]
    assert documents.sent_line(second.id or 0) == (
        f"Sendt til: Máret Čuđe (mor) ({later:%d.%m.%Y}), Mormor Elle Čuđe ({later:%d.%m.%Y})"
    )
    with UnitOfWork(vault.session_factory) as uow:
        stored = [d for d in uow.documents.of_parent(family.maret_id)
                  if d.kind is DocumentKind.VISIT_PLAN]  # fmt: skip
        pdfs = [uow.documents.pdf(d.id or 0) for d in stored]
    assert len(pdfs) == 4 and all(findings(pdf) == [] for pdf in pdfs)
    # Each copy names its version: found again by it, whatever the titles say.
    assert [d.visit_plan_id for d in stored] == [first.id, first.id, second.id, second.id]
    # The second version says what changed and why, to the parent; the grandmother gets
    # neither the reason nor the new meeting place.
    parent_v2, grandmother_v2 = flat(pdfs[2]), flat(pdfs[3])
    assert "Denne planen erstatter versjon 1" in parent_v2
    assert "samværene går godt" in parent_v2
    assert "Hyppighet: 1 gang i måneden, 3 timer → 2 ganger i måneden, 3 timer" in parent_v2
    assert "Gáddegeaidnu" in parent_v2
    assert "Denne planen erstatter versjon 1" in grandmother_v2
    assert "samværene går godt" not in grandmother_v2 and "Gáddegeaidnu" not in grandmother_v2


def test_a_voluntary_plan_reads_as_agreed_with_the_parent(
    register: RegisterService, visits: VisitService, vault: Vault,
    documents: VisitPlanDocuments,
) -> None:  # fmt: skip
    mother = add_parent(register, "Sunniva", "Åsheim", address_line="Bjørkeveien 3",
                        postal_code="9700", postal_town="Lakselv")  # fmt: skip
    child = add_child(register, "Ølvir", mother)
    register.save_placement(
        Placement(child.id or 0, PlacementBasis.VOLUNTARY, PlaceType.FOSTER_HOME, date(2026, 1, 20),
                  place_name="Fosterhjem i Porsanger")
    )  # fmt: skip
    plan = visits.save_plan(
        VisitPlan(child.id or 0, mother.id or 0, date(2026, 2, 1), VisitBasis.AGREEMENT,
                  Frequency(1, VisitPeriod.WEEK, 4.0), agreed_with_parent=True,
                  agreed_on=date(2026, 1, 28), place=VisitPlace.PARENT_HOME,
                  purposes=frozenset({VisitPurpose.ASSESS_REUNIFICATION}))
    )  # fmt: skip
    keys = [r.key for r in documents.recipients(plan.id or 0)]
    assert keys[0] == "parent" and "supervisor" not in keys
    text = flat(documents.copy(plan.id or 0, "parent").pdf)
    assert "Planen er avtalt med Sunniva Åsheim 28.01.2026." in text
    assert "kan ikke begrense eller endre samværet på egen hånd" in text
    assert "Hjemme hos Sunniva Åsheim" in text and "1 gang i uka, 4 timer" in text
    assert "kapittel 3" in text and "§ 7-2" not in text and "minimum" not in text
    assert "Bjørkeveien 3" in text  # the parent's own address in the window


def test_the_meeting_place_is_a_secret_by_its_name_and_street_not_its_town() -> None:
    texts = {s.text for s in meeting_place_secrets("Familiens hus, Storgata 12, 9700 Lakselv")}
    assert texts == {"Familiens hus, Storgata 12, 9700 Lakselv", "Familiens hus", "Storgata 12"}
    assert meeting_place_secrets("") == []


def test_supervision_the_decision_requires_is_said_in_every_copy(
    visits: VisitService, family: HiddenFamily, documents: VisitPlanDocuments
) -> None:
    plan = hidden_plan(visits, family, supervision_decided=True)
    for text in texts(documents, plan.id or 0).values():
        assert "Vedtaket sier også at samværet skal være med tilsyn" in text
