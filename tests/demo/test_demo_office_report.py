"""The demo's office report (issue 22): last year's report has the parents' words chosen and
edited by the caseworker (none naming anyone in the vault), and its figures — with small numbers
hidden — say how each is computed. One small demo office for the module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bufapp.demo.fill import fill_demo
from bufapp.demo.office_report import EDITED
from bufapp.domain.office_report import OfficeReport, Period
from bufapp.services.office_report.service import OfficeReportService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OfficeReport]:
    vault, _ = Vault.create(tmp_path_factory.mktemp("demo-report") / "vault", PASSPHRASE)
    try:
        uow = lambda: UnitOfWork(vault.session_factory)  # noqa: E731
        fill_demo(RegisterService(uow, today=lambda: TODAY), parents=5, seed=1)
        yield OfficeReportService(uow, today=lambda: TODAY).report(Period.default(TODAY))
    finally:
        vault.lock()


def test_the_demo_chose_two_or_three_parents_words_for_last_year(report: OfficeReport) -> None:
    assert 2 <= len(report.quotes) <= 3
    assert {q.words for q in report.quotes} <= set(EDITED)
    assert all(q.parent_id is not None and q.source_id is not None for q in report.quotes)


def test_the_demo_report_has_figures_each_saying_how(report: OfficeReport) -> None:
    assert report.period == Period(TODAY.year - 1)
    assert len(report.figures) >= 8
    assert all(f.how for f in report.figures)
