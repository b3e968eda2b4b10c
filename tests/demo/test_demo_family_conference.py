"""The demo's familieråd (issue 22 § 3), read back through the service as the app reads it: one
conference held, its people from the network map (most came), the family's plan approved with a
reservation, its items made into tasks (one done), the follow-up conference in Oversikt soon;
and the plan prints without naming a hidden foster home. One real vault, filled once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from bufapp.demo.fill import DemoSummary, fill_demo
from bufapp.domain.deadlines import Urgency
from bufapp.domain.enums import ConferenceStatus, DeadlineKind, PlanApproval, TaskStatus
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.family_conference.documents import FamilyConferenceDocuments
from bufapp.services.family_conference.service import FamilyConferenceService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, PASSPHRASE, TODAY
from tests.documents.pdf_checks import flat

PARENTS = 12


@dataclass(frozen=True)
class Demo:
    register: RegisterService
    service: FamilyConferenceService
    documents: FamilyConferenceDocuments
    summary: DemoSummary


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    vault, _ = Vault.create(tmp_path_factory.mktemp("demo-familierad") / "vault", PASSPHRASE)
    uow = lambda: UnitOfWork(vault.session_factory)  # noqa: E731
    register = RegisterService(uow, today=lambda: TODAY)
    log = ContactLogService(uow, today=lambda: TODAY, now=lambda: NOW)
    service = FamilyConferenceService(uow, today=lambda: TODAY)
    register.add_provider(service.deadline_provider)
    summary = fill_demo(register, parents=PARENTS, seed=1, contact_log=log)
    documents = FamilyConferenceDocuments(uow, today=lambda: TODAY, now=lambda: NOW)
    yield Demo(register, service, documents, summary)
    vault.lock()


def test_one_conference_held_approved_with_a_reservation_its_plan_made_tasks(demo: Demo) -> None:
    pages = [demo.service.page(s.id) for s in demo.register.parent_summaries()]
    held = [c for p in pages for c in p.conferences]
    assert len(held) == 1
    (conference,) = held
    page = next(p for p in pages if p.conferences)
    assert conference.status is ConferenceStatus.HELD
    assert conference.coordinator_name and not conference.coordinator_in_service
    assert len(conference.came) < len(conference.invited)  # someone did not come
    assert any(p.member_key for p in conference.people)  # taken from the network map
    assert conference.approval is PlanApproval.APPROVED_WITH_RESERVATIONS
    assert conference.reservations
    assert len(conference.items) == 3 and all(i.task_id for i in conference.items)
    statuses = sorted(page.tasks[i.task_id].status for i in conference.items if i.task_id)
    assert statuses.count(TaskStatus.DONE) == 1
    (line,) = [
        d for d in demo.register.deadlines() if d.kind is DeadlineKind.FAMILY_CONFERENCE_FOLLOW_UP
    ]
    assert line.urgency(TODAY) is Urgency.LATER or line.urgency(TODAY) is Urgency.SOON
    text = flat(demo.documents.plan(conference.id or 0).pdf)
    assert "Familierådets plan" in text and conference.items[0].what in text


def test_the_summary_counts_the_tasks_made(demo: Demo) -> None:
    assert demo.summary.tasks > 0 and demo.summary.open_tasks > 0
