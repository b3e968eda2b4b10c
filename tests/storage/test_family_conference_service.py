"""Familieråd on a real encrypted vault: planned, then held with the family's plan, approved with a
reservation; the plan's items become follow-up tasks once; Oversikt's follow-up conference at the
Europe/Oslo day boundary. Today is ``TODAY`` (15 June 2026)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bufapp.domain.deadlines import Urgency
from bufapp.domain.enums import (
    ConferencePurpose,
    ConferenceStatus,
    DeadlineKind,
    PlanApproval,
    TaskResponsible,
)
from bufapp.domain.family_conference import Approval, ConferencePerson, FamilyConference, PlanItem
from bufapp.domain.network import NetworkMember
from bufapp.errors import ValidationFailed
from bufapp.services.clock import oslo_date
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.family_conference.service import FamilyConferenceService
from bufapp.services.network_maps import NetworkMapService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import TODAY
from tests.unit.test_register_service import add_parent


@pytest.fixture
def mother(register: RegisterService) -> int:
    return add_parent(register, "Siv").id or 0


def _planned(parent_id: int) -> FamilyConference:
    return FamilyConference(
        parent_id=parent_id,
        question="Hvordan kan familien støtte Siv, så samværet med Ánde blir godt?",
        planned_for=date(2026, 6, 5),
        purpose=ConferencePurpose.VISITS,
        coordinator_name="Máret Čuđet",
        coordinator_org="Familierådskoordinatorene i Bufetat region nord",
        people=(
            ConferencePerson("Mormor Ánne", "Mormor"),
            ConferencePerson("Onkel Ola", "Onkel"),
            ConferencePerson("Kari", "Nabo", invited=False),
        ),
    )


def _held(conference: FamilyConference) -> FamilyConference:
    return replace(
        conference,
        status=ConferenceStatus.HELD,
        held_on=date(2026, 6, 5),
        people=tuple(replace(p, came=p.name != "Onkel Ola") for p in conference.people),
        items=(
            PlanItem("Kjøre Siv til samværene i Alta", "Mormor Ánne", date(2026, 7, 1)),
            PlanItem("Ringe Siv hver søndag", "Kari"),
        ),
    )


def test_plan_hold_and_approve_a_conference(
    family_conferences: FamilyConferenceService, mother: int
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        family_conferences.save(
            replace(_planned(mother), question=" ", coordinator_in_service=True)
        )
    assert {p.field for p in refused.value.problems} == {"question", "coordinator_in_service"}
    assert family_conferences.page(mother).conferences == ()
    planned = family_conferences.save(_planned(mother))
    assert [p.name for p in planned.people] == ["Mormor Ánne", "Onkel Ola", "Kari"]
    held = family_conferences.save(_held(planned))
    assert [p.name for p in held.came] == ["Mormor Ánne", "Kari"]
    assert held.items[0].what == "Kjøre Siv til samværene i Alta"
    with pytest.raises(ValidationFailed) as refused:
        family_conferences.record_approval(
            Approval(held.id or 0, PlanApproval.APPROVED_WITH_RESERVATIONS, date(2026, 6, 10))
        )
    assert refused.value.for_field("reservations")
    approved = family_conferences.record_approval(
        Approval(
            held.id or 0,
            PlanApproval.APPROVED_WITH_RESERVATIONS,
            date(2026, 6, 10),
            reservations="Samværene er fortsatt med tilsyn.",
            follow_up_on=date(2026, 11, 20),
        )
    )
    assert approved.approval is PlanApproval.APPROVED_WITH_RESERVATIONS
    assert approved.items == held.items  # the plan stays as it was
    page = family_conferences.page(mother)
    assert page.conferences == (approved,)
    assert [d.kind for d in page.deadlines] == [DeadlineKind.FAMILY_CONFERENCE_FOLLOW_UP]


def test_the_plan_becomes_tasks_once(
    family_conferences: FamilyConferenceService,
    contact_log: ContactLogService,
    mother: int,
) -> None:
    held = family_conferences.save(_held(family_conferences.save(_planned(mother))))
    made = family_conferences.plan_to_tasks(held.id or 0)
    assert [(t.responsible, t.responsible_name, t.due) for t in made] == [
        (TaskResponsible.OTHER, "Mormor Ánne", date(2026, 7, 1)),
        (TaskResponsible.OTHER, "Kari", None),
    ]
    assert family_conferences.plan_to_tasks(held.id or 0) == []  # pressed again
    assert len(contact_log.tasks_of(mother)) == 2
    page = family_conferences.page(mother)
    items = page.conferences[0].items
    assert all(i.task_id in page.tasks for i in items)
    # An item added later becomes a task of its own; one that is a task cannot be removed.
    more = replace(page.conferences[0], items=(*items, PlanItem("Bursdag i august", "Ola")))
    more = family_conferences.save(more)
    assert [i.task_id for i in more.items[:2]] == [i.task_id for i in items]
    assert len(family_conferences.plan_to_tasks(held.id or 0)) == 1
    with pytest.raises(ValidationFailed) as refused:
        family_conferences.save(replace(more, items=more.items[1:]))
    assert "allerede gjort til en oppgave" in refused.value.for_field("items")[0]


def test_people_to_invite_come_from_the_network_map(
    vault: Vault, family_conferences: FamilyConferenceService, mother: int
) -> None:
    maps = NetworkMapService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    start = maps.start(mother)
    family = start.sectors[0]
    maps.save(replace(start, members=(NetworkMember("", "Mormor Ánne", family.key),)))
    network = family_conferences.page(mother).network
    assert [(p.name, p.relation) for p in network] == [("Mormor Ánne", family.name)]
    assert network[0].member_key


@pytest.mark.parametrize(
    ("moment", "urgency"),
    [
        (datetime(2026, 11, 19, 22, 59, tzinfo=UTC), Urgency.SOON),  # 23:59 in Oslo, the 19th
        (datetime(2026, 11, 20, 23, 0, tzinfo=UTC), Urgency.OVERDUE),  # 00:00 in Oslo, the 21st
    ],
)
def test_the_follow_up_conference_in_oversikt_at_the_oslo_day_boundary(
    vault: Vault,
    family_conferences: FamilyConferenceService,
    register: RegisterService,
    mother: int,
    moment: datetime,
    urgency: Urgency,
) -> None:
    held = family_conferences.save(_held(family_conferences.save(_planned(mother))))
    family_conferences.record_approval(
        Approval(
            held.id or 0, PlanApproval.APPROVED, date(2026, 6, 10), follow_up_on=date(2026, 11, 20)
        )
    )
    today = oslo_date(moment)
    later = FamilyConferenceService(lambda: UnitOfWork(vault.session_factory), today=lambda: today)
    with UnitOfWork(vault.session_factory) as uow:
        found = later.deadline_provider(uow, today)
    assert [(d.kind, d.due) for d in found] == [
        (DeadlineKind.FAMILY_CONFERENCE_FOLLOW_UP, date(2026, 11, 20))
    ]
    assert found[0].urgency(today) is urgency
    assert any(
        d.kind is DeadlineKind.FAMILY_CONFERENCE_FOLLOW_UP and d.parent_id == mother
        for d in register.open_deadlines()
    )
