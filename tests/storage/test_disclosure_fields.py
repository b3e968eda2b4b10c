"""What the vault keeps for issue 16: a hidden placement, a confidential address, the office's
phone, and the reason a document names a hidden foster home."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bufapp.domain.audit import AuditAction
from bufapp.domain.enums import AddressProtection, Audience, DocumentKind
from bufapp.errors import DisclosureBlocked, ValidationFailed
from bufapp.services.audit import AuditService
from bufapp.services.clock import now_utc
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.disclosure import disclosure_of
from bufapp.services.documents import DocumentService, keep_in
from bufapp.services.register import RegisterService
from tests.conftest import TODAY
from tests.disclosure_family import CARERS, PLACE_PHONE, add_hidden_family


def test_a_hidden_placement_and_confidential_addresses_are_kept(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    family = add_hidden_family(register, contact_log, TODAY)
    placement = register.placement(family.placement_id)
    assert placement.whereabouts_hidden and placement.carer_names == CARERS
    assert placement.place_phone == PLACE_PHONE and placement.hidden_basis
    assert register.parent(family.piera_id).address_protection is (
        AddressProtection.STRICTLY_CONFIDENTIAL
    )
    office = register.office()
    assert office is not None and office.phone == "78 46 70 00"


def test_hiding_whereabouts_needs_the_decision_date_and_basis(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    family = add_hidden_family(register, contact_log, TODAY)
    placement = register.placement(family.placement_id)
    with pytest.raises(ValidationFailed) as refused:
        register.save_placement(replace(placement, hidden_decided_on=None, hidden_basis=" "))
    assert refused.value.for_field("hidden_decided_on")
    assert refused.value.for_field("hidden_basis")
    assert register.placement(family.placement_id) == placement  # nothing was saved


def test_a_kept_document_keeps_the_reason_it_names_a_hidden_foster_home(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    family = add_hidden_family(register, contact_log, TODAY)
    reason = "Fastlegen må kunne kontakte fosterhjemmet direkte"
    pdf = DocumentService(register.unit_of_work).contact_extract(family.maret_id, TODAY, TODAY)
    with register.unit_of_work() as uow:
        rules = disclosure_of(uow, family.maret_id, Audience.THIRD_PARTY, reason)
        kept = keep_in(
            uow,
            DocumentKind.REFERRAL,
            family.maret_id,
            "Henvisning",
            pdf,
            now_utc(),
            None,
            None,
            rules,
        )
        uow.commit()
    stored, _pdf = DocumentService(register.unit_of_work).stored(kept.id or 0)
    assert stored.disclosure_reason == reason
    trail = AuditService(register.unit_of_work).of_parent(family.maret_id)
    included = [r for r in trail if r.action is AuditAction.WHEREABOUTS_INCLUDED]
    assert len(included) == 1 and reason in included[0].detail


def test_the_reason_itself_may_not_say_where_the_child_lives(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    family = add_hidden_family(register, contact_log, TODAY)
    with register.unit_of_work() as uow, pytest.raises(DisclosureBlocked) as refused:
        disclosure_of(uow, family.maret_id, Audience.THIRD_PARTY, "NAV må vite om Ŋuolla")
    assert refused.value.for_field("reveal_reason")
