"""The parent list and Oversikt cost what they show, not what the office holds (issue 18).

The list comes from a few column queries (no mapped objects at all); the open deadlines are
computed once from rows filtered in SQL and feed both Oversikt and the list's «Neste frist».
What they show is exactly what the full computation (``RegisterService.deadlines``) shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from sqlalchemy import event

from bufapp.demo.fill import fill_demo
from bufapp.domain.collation import sort_key
from bufapp.domain.consent import Consent, consent_deadlines
from bufapp.domain.contact_log import ContactPlan
from bufapp.domain.deadlines import Urgency, next_open_deadlines
from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    ConsentForm,
    InformationCategory,
    ParentRole,
    PlacementBasis,
    PlaceType,
    ServiceType,
)
from bufapp.services.consents import ConsentService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.groups.service import GroupService
from bufapp.services.overview import OverviewService
from bufapp.services.referrals.service import ReferralService
from bufapp.services.register import RegisterService
from bufapp.storage.models import (
    Base,
    ChildParentRow,
    ChildRow,
    ConsentRow,
    ContactPlanRow,
    ParentRow,
    PlacementRow,
)
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import TODAY

# Rows of the register itself: one of each per parent, so reading them grows with the office.
REGISTER_ROWS = {ParentRow, ChildRow, ChildParentRow, PlacementRow, ConsentRow, ContactPlanRow}


@contextmanager
def reading(vault: Vault) -> Iterator[tuple[list[str], list[type]]]:
    """The SELECTs sent and the mapped objects loaded while the block runs."""
    statements: list[str] = []
    loaded: list[type] = []

    def sent(_connection: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    def load(target: object, _context: object) -> None:
        loaded.append(type(target))

    event.listen(vault.engine, "before_cursor_execute", sent)
    event.listen(Base, "load", load, propagate=True)
    try:
        yield statements, loaded
    finally:
        event.remove(vault.engine, "before_cursor_execute", sent)
        event.remove(Base, "load", load)


def add_office(vault: Vault, first: int, count: int) -> None:
    """``count`` parents, each with a placed child, a contact plan refused and a consent that
    expires soon: every row the list and the deadline rules read, once per parent."""
    with UnitOfWork(vault.session_factory) as uow:
        for number in range(first, first + count):
            parent = uow.parents.add(Parent(f"Forelder{number}", f"Familie{number:04d}"))
            pid = parent.id or 0
            child = uow.children.add(
                Child(
                    f"Barn{number}",
                    f"Familie{number:04d}",
                    date(2018, 1, 1),
                    f"2026/{number}",
                    parents=(ParentLink(pid, ParentRole.MOTHER),),
                )
            )
            start = TODAY - timedelta(days=number % 40)
            uow.placements.add(
                Placement(child.id or 0, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME, start)
            )
            uow.plans.save(ContactPlan(pid, refused_on=start + timedelta(days=number % 3)))
            uow.consents.save(
                Consent(
                    pid,
                    "Samarbeid med NAV",
                    (InformationCategory.PERSONAL_DETAILS,),
                    TODAY - timedelta(days=300),
                    ConsentForm.WRITTEN,
                    service_type=ServiceType.NAV,
                    valid_until=TODAY + timedelta(days=number % 60),
                )
            )
        uow.commit()


def overview_for(register: RegisterService) -> OverviewService:
    return OverviewService(register.unit_of_work, register)


@pytest.fixture
def wired(vault: Vault) -> RegisterService:
    """The register with every provider the workspace adds, on today = TODAY."""
    register = RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    for service in (
        ContactLogService(register.unit_of_work, today=lambda: TODAY),
        ConsentService(register.unit_of_work),
        ReferralService(register.unit_of_work),
        GroupService(register.unit_of_work),
    ):
        register.add_provider(service.deadline_provider)
    return register


def test_the_list_and_the_open_deadlines_read_as_much_at_300_parents_as_at_30(
    vault: Vault, wired: RegisterService
) -> None:
    list_statements, deadline_statements = [], []
    for first, size in ((0, 30), (30, 270)):
        add_office(vault, first, size)
        with reading(vault) as (statements, loaded):
            rows = wired.parent_rows()
        assert len(rows) == first + size
        assert loaded == []  # no mapped object: the columns shown, nothing else
        list_statements.append(len(statements))

        with reading(vault) as (statements, loaded):
            deadlines = overview_for(wired).open_deadlines()
        assert len({r.deadline.parent_id for r in deadlines}) == first + size
        assert REGISTER_ROWS.isdisjoint(loaded), sorted({t.__name__ for t in loaded})
        deadline_statements.append(len(statements))
    assert list_statements[0] == list_statements[1] <= 3, list_statements
    assert deadline_statements[0] == deadline_statements[1], deadline_statements
    row = next(r for r in rows if r.name == "Forelder7 Familie0007")
    assert (row.children, row.placement, row.next_deadline) == ("Barn7", "Fosterhjem", None)


def demo_register(vault: Vault, day: list[date]) -> RegisterService:
    """The register as the workspace wires it, on the day ``day[0]`` (the test moves it)."""
    register = RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: day[0])
    contact_log = ContactLogService(register.unit_of_work, today=lambda: day[0])
    for provider in (
        contact_log.deadline_provider,
        ConsentService(register.unit_of_work).deadline_provider,
        ReferralService(register.unit_of_work, today=lambda: day[0]).deadline_provider,
        GroupService(register.unit_of_work, today=lambda: day[0]).deadline_provider,
    ):
        register.add_provider(provider)
    return register


def entity_rows(register: RegisterService) -> list[tuple[int, str, str, str, str]]:
    """The list's columns as they were computed from every entity before issue 18."""
    today = register.today()
    with register.unit_of_work() as uow:
        parents = uow.parents.list()
        children = uow.children.list()
        placements = uow.placements.list()
    children_of: dict[int, list[Child]] = {}
    for child in children:
        for link in child.parents:
            children_of.setdefault(link.parent_id, []).append(child)
    current = {p.child_id: p for p in placements if p.is_ongoing(today)}
    rows = []
    for parent in parents:
        kids = children_of.get(parent.id or 0, [])
        placed = {current[c.id].place_type.label for c in kids if c.id in current}
        rows.append(
            (
                parent.id or 0,
                parent.full_name,
                parent.sort_name,
                ", ".join(c.given_names for c in kids),
                ", ".join(sorted(placed)) or "Ingen pågående",
            )
        )
    return sorted(rows, key=lambda r: sort_key(r[2]))


DAYS_AROUND = (-400, -30, -14, -1, 0, 6, 13, 31, 120)


@pytest.mark.parametrize(("seed", "parents", "busy"), [(1, 24, 0), (2, 30, 0)])
def test_the_list_and_oversikt_show_what_the_full_computation_shows(
    vault: Vault, seed: int, parents: int, busy: int
) -> None:
    day = [TODAY]
    register = demo_register(vault, day)
    fill_demo(register, parents=parents, seed=seed, busy_parents=busy)
    overview = overview_for(register)
    consents = ConsentService(register.unit_of_work)
    rows_now = register.parent_rows
    shown: Callable[[], object] = lambda: [  # noqa: E731
        (r.deadline, r.urgency, r.parent_name, r.child_names) for r in overview.open_deadlines()
    ]
    for delta in DAYS_AROUND:
        day[0] = TODAY + timedelta(days=delta)
        everything = register.deadlines()  # every deadline, done or not, from every entity
        still_open = [d for d in everything if d.done_on is None]
        assert register.open_deadlines() == still_open, day[0]

        with register.unit_of_work() as uow:
            names = {p.id: p.full_name for p in uow.parents.list()}
            kids = {c.id: c.given_names for c in uow.children.list()}
        assert shown() == [
            (
                d,
                d.urgency(day[0]),
                names.get(d.parent_id, ""),
                ", ".join(kids[c] for c in d.child_ids if c in kids),
            )
            for d in still_open
        ], day[0]
        assert all(d.urgency(day[0]) is not Urgency.DONE for d in still_open)

        assert [(s.id, s.name, s.sort_name, s.children, s.placement) for s in rows_now()] == (
            entity_rows(register)
        ), day[0]
        with register.unit_of_work() as uow:  # the inputs read in SQL: what the entities give
            assert uow.reads.plans() == uow.plans.all()
            assert consents.deadline_provider(uow, day[0]) == consent_deadlines(
                uow.consents.all(), day[0]
            )

        soonest = next_open_deadlines(everything)
        assert {s.id: s.next_deadline for s in register.parent_summaries()} == {
            s.id: soonest.get(s.id) for s in register.parent_rows()
        }, day[0]
