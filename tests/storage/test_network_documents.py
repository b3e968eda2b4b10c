"""The network documents from a real vault: the map of a saved map with the office's letterhead,
the caseworker and the case number; pseudonymised without them naming anyone; the comparison of
two maps of one parent (never of two parents); and either kept as PDF/A in the vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from bufapp.documents import pdfa
from bufapp.domain.entities import Caseworker, Office
from bufapp.domain.enums import DocumentKind, TieQuality
from bufapp.domain.network import DEFAULT_SECTORS, NetworkMap, NetworkMember
from bufapp.domain.network_rules import initials
from bufapp.errors import ValidationFailed
from bufapp.services.documents import DocumentService
from bufapp.services.network_documents import NetworkDocuments
from bufapp.services.network_maps import NetworkMapService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.documents.pdf_checks import assert_fonts_embedded, assert_in_order, flat
from tests.unit.test_register_service import add_child, add_parent

MARET = "Máret Čuđe-Ŋuolja Šŧžá"
BJORN = "Bjørn Æsøy Ågesen"


def uow_of(vault: Vault):  # type: ignore[no-untyped-def]
    return lambda: UnitOfWork(vault.session_factory)


@pytest.fixture
def parent_id(register: RegisterService) -> int:
    register.save_office(Office("Kárášjoga gielda", "Rådhusveien 1, 9730 Kárášjohka"))
    register.save_caseworker(Caseworker("Ingrid Løvås"))
    parent = add_parent(register, "Elle", "Ásmundsen")
    add_child(register, "Áilu", parent)  # its case number is "Vår ref."
    return parent.id or 0


@pytest.fixture
def maps(vault: Vault) -> NetworkMapService:
    return NetworkMapService(uow_of(vault), today=lambda: TODAY)


@pytest.fixture
def documents(vault: Vault) -> NetworkDocuments:
    return NetworkDocuments(uow_of(vault), now=lambda: NOW)


def a_map(parent_id: int, on: date) -> NetworkMap:
    return NetworkMap(
        parent_id,
        on,
        DEFAULT_SECTORS,
        (
            NetworkMember("maret", MARET, "family", 1, 0.3, TieQuality.STRONG),
            NetworkMember("bjorn", BJORN, "friends", 3, 0.6, TieQuality.WEAK),
        ),
        parent_words="«Máret hjelper meg mest.»",
    )


def test_a_saved_map_prints_with_the_letterhead_and_case_number(
    maps: NetworkMapService, documents: NetworkDocuments, parent_id: int
) -> None:
    saved = maps.save(a_map(parent_id, TODAY))
    pdf = documents.map_pdf(saved.id or 0)
    text = flat(pdf)
    assert "\x00" not in text
    assert_in_order(
        text,
        [
            "Kárášjoga gielda",
            "Unntatt offentlighet",
            "Vår ref. 2026/1234 Saksbehandler Ingrid Løvås Dato 15.06.2026",
            "Nettverkskart for Elle Ásmundsen",
            MARET,
            BJORN,
            "«Máret hjelper meg mest.»",
        ],
    )
    assert_fonts_embedded(pdf)


def test_a_pseudonymised_map_names_nobody_and_has_no_case_number(
    maps: NetworkMapService, documents: NetworkDocuments, parent_id: int
) -> None:
    saved = maps.save(a_map(parent_id, TODAY))
    text = flat(documents.map_pdf(saved.id or 0, pseudonymised=True))
    assert "M. Č.-Ŋ. Š." in text and initials(BJORN) in text and "E. Á." in text
    for word in ("Máret", "Bjørn", "Ásmundsen", "2026/1234", "hjelper meg"):
        assert word not in text


def test_two_maps_of_one_parent_are_compared_and_kept_as_pdfa(
    vault: Vault,
    maps: NetworkMapService,
    documents: NetworkDocuments,
    register: RegisterService,
    parent_id: int,
) -> None:
    first = maps.save(a_map(parent_id, TODAY - timedelta(days=180)))
    later = maps.save(
        replace(
            maps.start(parent_id),
            members=(
                replace(first.members[0], quality=TieQuality.BROKEN),
                NetworkMember("", "Nabo Sárá", "neighbours", 2, 0.5, TieQuality.STRONG),
            ),
        )
    )
    pdf = documents.comparison_pdf(later.id or 0, first.id or 0)  # either order
    assert_in_order(
        flat(pdf),
        [
            f"Kartet fra {first.drawn_on:%d.%m.%Y} sammenlignet med kartet fra "
            f"{later.drawn_on:%d.%m.%Y}.",
            "Nye i nettverket Nabo Sárá",
            f"Ikke med lenger {BJORN}",
            f"Forbindelsen er brutt {MARET}: Sterk og støttende → Brutt",
        ],
    )
    kept = DocumentService(uow_of(vault), lambda: TODAY, lambda: NOW).keep(
        DocumentKind.NETWORK_COMPARISON, parent_id, "Nettverkskart – endringer", pdf
    )
    with UnitOfWork(vault.session_factory) as uow:
        archived = uow.documents.pdf(kept.id or 0)
    assert kept.kind is DocumentKind.NETWORK_COMPARISON and pdfa.findings(archived) == []

    other = add_parent(register, "Bjørn", "Åsen").id or 0
    theirs = maps.save(a_map(other, TODAY))
    with pytest.raises(ValidationFailed, match="samme forelders"):
        documents.comparison_pdf(first.id or 0, theirs.id or 0)


def test_a_map_is_kept_as_pdfa(
    vault: Vault, maps: NetworkMapService, documents: NetworkDocuments, parent_id: int
) -> None:
    saved = maps.save(a_map(parent_id, TODAY))
    pdf = documents.map_pdf(saved.id or 0, pseudonymised=True)
    kept = DocumentService(uow_of(vault), lambda: TODAY, lambda: NOW).keep(
        DocumentKind.NETWORK_MAP, parent_id, "Nettverkskart", pdf
    )
    with UnitOfWork(vault.session_factory) as uow:
        assert uow.documents.pdf(kept.id or 0)[:5] == b"%PDF-"
        assert pdfa.findings(uow.documents.pdf(kept.id or 0)) == []
