"""The demo's levekår (issue 22), read back through ``LivingService``: one parent's year after a
NAV referral, finances from «svært vanskelig» to «bra» over four assessments, help wanted at the
last with health and social contact; others with one assessment; Oversikt asks only where it
should. One real vault, filled once for the module."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from bufapp.demo.fill import fill_demo
from bufapp.domain.enums import DeadlineKind, LivingArea
from bufapp.services.living.service import LivingPage, LivingService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY


@dataclass(frozen=True)
class Demo:
    register: RegisterService
    living: LivingService
    pages: dict[int, LivingPage]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    vault, _key = Vault.create(tmp_path_factory.mktemp("levekar") / "vault", PASSPHRASE)
    try:

        def uow() -> UnitOfWork:
            return UnitOfWork(vault.session_factory)

        register = RegisterService(uow, today=lambda: TODAY)
        living = LivingService(uow, today=lambda: TODAY)
        register.add_provider(living.deadline_provider)
        fill_demo(register, parents=20, seed=3, today=TODAY)
        pages = {s.id: living.page(s.id) for s in register.parent_summaries()}
        yield Demo(register, living, pages)
    finally:
        vault.lock()


def test_one_parent_gets_better_over_a_year(demo: Demo) -> None:
    (page,) = [p for p in demo.pages.values() if len(p.assessments) == 4]
    finances = [point.parent for point in page.series[LivingArea.FINANCES]]
    assert finances == [1, 2, 3, 4]
    assert "NAV" in page.assessments[2].note  # the referral, in the caseworker's words
    assert page.latest is not None
    assert set(page.latest.wanted_help) == {LivingArea.HEALTH, LivingArea.SOCIAL_CONTACT}
    assert page.changes[LivingArea.FINANCES].parent == 1
    assert page.next_due is not None and page.next_due > TODAY


def test_others_have_one_assessment_or_none_and_oversikt_asks_where_it_should(demo: Demo) -> None:
    counts = sorted(len(p.assessments) for p in demo.pages.values())
    assert counts.count(4) == 1 and 1 in counts and 0 in counts
    deadlines = [d for d in demo.register.deadlines() if d.kind is DeadlineKind.LIVING_CONDITIONS]
    for deadline in deadlines:
        page = demo.pages[deadline.parent_id]
        assert page.placed_since is not None
        assert page.next_due == deadline.due
