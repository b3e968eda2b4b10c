"""The group overview as PDF/A: the current offers by kind, with who runs them, when, where,
whom to contact and how to sign up, æøå and Sami letters as text; ended offers left out; and no
parent named, though parents have taken part."""

from __future__ import annotations

from datetime import date, timedelta

from bufapp.documents import pdfa
from bufapp.domain.consent import Service
from bufapp.domain.enums import GroupOfferType, OfferAnswer, ServiceType
from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.services.consents import DirectoryService
from bufapp.services.group_offers.documents import GroupOfferDocuments
from bufapp.services.group_offers.service import GroupOfferService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import TODAY
from tests.documents.pdf_checks import assert_fonts_embedded, assert_in_order, flat, reader
from tests.unit.test_register_service import add_parent


def test_the_overview_lists_the_current_offers_by_kind_and_names_no_parent(
    vault: Vault, register: RegisterService, group_offers: GroupOfferService
) -> None:
    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    bymisjon = DirectoryService(uow).save(Service("Kirkens Bymisjon Áltá", ServiceType.VOLUNTARY))
    drop_in = group_offers.save_offer(
        GroupOffer(
            "Foreldrekafé på Čáhppes",
            GroupOfferType.DROP_IN,
            provider_id=bymisjon.id,
            schedule="Første torsdag i måneden kl. 18–20",
            place="Kafé Đuoddar, Storgata 5",
            contact="Ŋuolla Šiŧŧo, tlf. 400 00 001",
            sign_up="Ingen påmelding – bare kom",
        )
    )
    icdp = group_offers.save_offer(
        GroupOffer(
            "ICDP-gruppe for foreldre – våren",
            GroupOfferType.ICDP,
            own_office=True,
            starts_on=TODAY + timedelta(days=20),
            ends_on=TODAY + timedelta(days=90),
            schedule="Tirsdager kl. 18–20",
            sessions=10,
            place="Familievernkontoret, Ørnaveien 2",
            contact="Åse Øverås",
            sign_up="Gjennom saksbehandleren din",
            description="Samtaler om samværet og om å være forelder på avstand.",
        )
    )
    group_offers.save_offer(
        GroupOffer("Gammel gruppe", GroupOfferType.ICDP, own_office=True, active=False)
    )
    group_offers.save_offer(
        GroupOffer(
            "Avsluttet kurs",
            GroupOfferType.PRIDE_COURSE,
            own_office=True,
            ends_on=TODAY - timedelta(days=1),
        )
    )
    parent = add_parent(register, "Máret", "Čuđesdatter")
    group_offers.save_participation(
        GroupParticipation(
            parent.id or 0, icdp.id, informed_on=TODAY, answer=OfferAnswer.INTERESTED
        )
    )

    pdf = GroupOfferDocuments(uow, today=lambda: TODAY).overview()
    assert pdfa.findings(pdf) == []
    assert_fonts_embedded(pdf)
    text = flat(pdf)
    assert_in_order(
        text,
        [
            "Gruppetilbud og kurs",
            "ICDP foreldreveiledningsgruppe",
            icdp.name,
            "Familievernkontorets eget tilbud",
            "Ørnaveien 2",
            "Åpen gruppe (drop-in)",
            drop_in.name,
            "Kirkens Bymisjon Áltá",
            "Kafé Đuoddar",
            "Ŋuolla Šiŧŧo",
            "Ingen påmelding",
        ],
    )
    assert "Gammel gruppe" not in text and "Avsluttet kurs" not in text
    assert "Máret" not in text and "Čuđesdatter" not in text
    assert "Unntatt offentlighet" not in text  # names no one: not confidential
    assert reader(pdf).metadata.title == "Oversikt over gruppetilbud"


def test_with_no_current_offers_it_says_so(vault: Vault) -> None:
    pdf = GroupOfferDocuments(
        lambda: UnitOfWork(vault.session_factory), today=lambda: date(2026, 6, 15)
    ).overview()
    assert "Vi kjenner ikke til noen gruppetilbud" in flat(pdf)
