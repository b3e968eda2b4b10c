"""The demo's group offers (issue 22 § 4), read back through ``GroupOfferService``: a catalogue of
five to seven offers with every main type, one ended; a parent who went through an ICDP group
(told, referred, started, 8 of 10 sessions, completed, their evaluation); a few others told;
and Oversikt's prompt for the parents of placed children never told. One real vault, filled
once for the module."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from bufapp.demo.fill import fill_demo
from bufapp.domain.enums import DeadlineKind, GroupOfferType
from bufapp.services.group_offers.service import GroupOfferService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY


@dataclass(frozen=True)
class Demo:
    register: RegisterService
    offers: GroupOfferService


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    vault, _ = Vault.create(tmp_path_factory.mktemp("demo-groups") / "vault", PASSPHRASE)
    uow = lambda: UnitOfWork(vault.session_factory)  # noqa: E731
    register = RegisterService(uow, today=lambda: TODAY)
    offers = GroupOfferService(uow, today=lambda: TODAY)
    register.add_provider(offers.deadline_provider)
    fill_demo(register, parents=16, seed=1)
    yield Demo(register, offers)
    vault.lock()


def test_the_catalogue_has_every_main_type_and_an_ended_group(demo: Demo) -> None:
    rows = demo.offers.catalogue()
    assert 5 <= len([r for r in rows if r.offer.active]) <= 7
    assert {r.offer.offer_type for r in rows} == set(GroupOfferType)
    assert [r.offer.offer_type for r in rows if not r.offer.active] == [GroupOfferType.ICDP]
    assert all(r.provider for r in rows)  # the address book's name, or the name written


def test_a_parent_went_through_an_icdp_group_and_others_were_told(demo: Demo) -> None:
    pages = [demo.offers.page(s.id) for s in demo.register.parent_summaries()]
    told = [p for p in pages if p.told_on is not None]
    assert len(told) >= 3
    completed = [
        line
        for p in pages
        for line in p.lines
        if line.offer is not None and line.offer.offer_type == GroupOfferType.ICDP
    ]
    (icdp,) = completed
    record = icdp.record
    assert record.step == "Fullført" and record.sessions_attended == 8
    assert icdp.offer is not None and icdp.offer.sessions == 10
    assert record.usefulness == 5 and "møte andre" in record.evaluation
    steps = {line.record.step for p in pages for line in p.lines}
    assert {"Avsluttet før tiden", "Deltar"} <= steps


def test_oversikt_prompts_for_the_parents_of_placed_children_never_told(demo: Demo) -> None:
    prompts = [d for d in demo.register.deadlines() if d.kind is DeadlineKind.GROUP_OFFERS_NOT_TOLD]
    assert any(d.done_on is None for d in prompts)
    assert any(d.done_on is not None for d in prompts)
    assert demo.offers.uptake_by_type()[GroupOfferType.ICDP].completed == 1
