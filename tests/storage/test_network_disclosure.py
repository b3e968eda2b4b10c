"""A network map print says nothing of where a child with hidden whereabouts lives, nor another
parent's confidential address (issue 16 §1), unless the caseworker includes it with a reason."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bufapp.domain.network import DEFAULT_SECTORS, NetworkMap, NetworkMember
from bufapp.errors import DisclosureBlocked
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.network_documents import NetworkDocuments
from bufapp.services.network_maps import NetworkMapService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.disclosure_family import PIERA_STREET, WHEREABOUTS, add_hidden_family
from tests.documents.pdf_checks import flat


def _maps_with_the_foster_home(
    vault: Vault, register: RegisterService, contact_log: ContactLogService
) -> tuple[NetworkMapService, int, int]:
    family = add_hidden_family(register, contact_log, TODAY)
    maps = NetworkMapService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    members = (
        NetworkMember("m1", "Mormor", "family", 1),
        NetworkMember("m2", "Áile Ŋuolla", "placement", 2, note="Fostermor i Guovdageaidnu"),
        NetworkMember("m3", "Piera", "family", 3, note=f"Bor i {PIERA_STREET}"),
    )
    first = maps.save(
        NetworkMap(family.maret_id, TODAY - timedelta(days=90), DEFAULT_SECTORS, members[:2])
    )
    second = maps.save(
        NetworkMap(
            family.maret_id,
            TODAY,
            DEFAULT_SECTORS,
            members,
            parent_words="Jeg savner Ánde, han bor hos Niillas nå",
        )
    )
    return maps, first.id or 0, second.id or 0


@pytest.mark.parametrize("pseudonymised", [False, True])
def test_the_map_and_the_comparison_leave_the_foster_home_out(
    vault: Vault,
    register: RegisterService,
    contact_log: ContactLogService,
    pseudonymised: bool,
) -> None:
    _maps, first, second = _maps_with_the_foster_home(vault, register, contact_log)
    documents = NetworkDocuments(lambda: UnitOfWork(vault.session_factory), now=lambda: NOW)
    drawn = flat(documents.map_pdf(second, pseudonymised))
    assert pseudonymised or "Fosterhjemmet" in drawn  # the member, by role only
    for pdf in (
        documents.map_pdf(second, pseudonymised),
        documents.comparison_pdf(first, second, pseudonymised),
    ):
        text = flat(pdf)
        for secret in (*WHEREABOUTS, PIERA_STREET):
            assert secret not in text, secret
        assert pseudonymised or "Mormor" in text  # the rest of the map is still there


def test_only_a_print_for_others_can_name_the_foster_home_and_only_with_a_reason(
    vault: Vault, register: RegisterService, contact_log: ContactLogService
) -> None:
    _maps, _first, second = _maps_with_the_foster_home(vault, register, contact_log)
    documents = NetworkDocuments(lambda: UnitOfWork(vault.session_factory), now=lambda: NOW)
    reason = "Kartet skal til fosterhjemmets veileder, som kjenner familien"
    for_parent = flat(documents.map_pdf(second, reveal_reason=reason))
    assert "Áile" not in for_parent and "Fosterhjemmet" in for_parent  # the parent's: never
    for_others = flat(documents.map_pdf(second, pseudonymised=True, reveal_reason=reason))
    assert "Á. Ŋ." in for_others  # the foster mother kept, as initials like everyone else
    assert PIERA_STREET not in for_others  # a confidential address: never, whatever the reason
    with pytest.raises(DisclosureBlocked):
        documents.map_pdf(second, pseudonymised=True, reveal_reason="Til Áile")
