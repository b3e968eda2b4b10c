"""The register's hot paths (adding parents, children and placements in batches; the list and
detail reads) run as a few statements inside the unit of work, and leave exactly the rows and
the audit trail the ORM path leaves."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bufapp.domain.entities import (
    Caseworker,
    Child,
    Office,
    Parent,
    ParentLink,
    Placement,
)
from bufapp.domain.enums import (
    AddressProtection,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
)
from bufapp.services.audit import AuditService
from bufapp.services.register import RegisterService
from bufapp.storage.mapping import copy_into, to_entity
from bufapp.storage.models import ChildParentRow, ChildRow, ParentRow, PlacementRow
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY
from tests.storage.helpers import synthetic_ids

# What the trail says about each record; the moment and the MAC differ between two vaults.
TRAIL = "SELECT seq, actor, action, subject_kind, subject_id, parent_id, detail FROM audit_record"
ROWS = {
    "parent": "SELECT * FROM parent ORDER BY id",
    "child": "SELECT * FROM child ORDER BY id",
    "child_parent": "SELECT * FROM child_parent ORDER BY child_id, parent_id",
    "placement": "SELECT * FROM placement ORDER BY id",
}
TIMESTAMPS = ("created_at", "updated_at")


def _parents(count: int, first: int = 0) -> list[Parent]:
    ids = synthetic_ids(first + count)[first:]
    return [
        Parent(
            given_names=f"Åse {number}",
            family_name=f"Øvrebø {number % 3}",  # shared names: the order's ties are exercised
            national_id=ids[number - first] if number % 4 else None,
            birth_date=date(1980, 1, 1 + number % 28) if number % 3 else None,
            address_line=f"Bjørkeveien {number}",
            interpreter_language="polsk" if number % 2 else None,
            address_protection=AddressProtection.NONE
            if number % 5
            else AddressProtection.CONFIDENTIAL,
        )
        for number in range(first, first + count)
    ]


def _children(parent_ids: list[int]) -> list[Child]:
    """One child per parent, every other one with the next parent as father too."""
    children = []
    for slot, parent_id in enumerate(parent_ids):
        links = (ParentLink(parent_id, ParentRole.MOTHER),)
        if slot % 2 == 0 and slot + 1 < len(parent_ids):
            links += (ParentLink(parent_ids[slot + 1], ParentRole.FATHER, False),)
        children.append(
            Child(
                f"Barn {slot}", "Øvrebø", date(2015, 1, 1 + slot % 28), f"2024/{slot}", None, links
            )
        )
    return children


def _placements(child_ids: list[int]) -> list[Placement]:
    placements = []
    for slot, child_id in enumerate(child_ids):
        if slot % 2:
            placements.append(
                Placement(child_id, PlacementBasis.EMERGENCY, PlaceType.EMERGENCY_HOME,
                          date(2023, 1, 1), date(2023, 6, 30), PlacementEndReason.MOVED,
                          "Beredskapshjem")
            )  # fmt: skip
        placements.append(
            Placement(child_id, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME,
                      date(2024, 2, 1), place_name=f"Fosterhjem {slot}",
                      whereabouts_hidden=slot % 3 == 0)
        )  # fmt: skip
    return placements


def _with_office(vault: Vault) -> None:
    register = RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    register.save_office(Office("Testkommune barnevernstjeneste", "Storgata 1, 0101 Oslo"))
    register.save_caseworker(Caseworker("Sara Saksbehandler"))


def _through_repositories(vault: Vault, count: int) -> None:
    with UnitOfWork(vault.session_factory) as uow:
        parents = uow.parents.add_all(_parents(count))
        children = uow.children.add_all(_children([p.id or 0 for p in parents]))
        uow.placements.add_all(_placements([c.id or 0 for c in children]))
        uow.commit()


def _orm_row(session: Session, row: object, entity: object, skip: tuple[str, ...] = ()) -> int:
    copy_into(row, entity, skip)
    session.add(row)
    session.flush()
    return row.id  # type: ignore[attr-defined, no-any-return]


def _through_orm_rows(vault: Vault, count: int) -> None:
    """What the repositories did before: one ORM row per record, flushed for its id, the trail
    written by the flush listeners."""
    with UnitOfWork(vault.session_factory) as uow:
        session = uow.session
        parent_ids = [_orm_row(session, ParentRow(), p) for p in _parents(count)]
        child_ids = []
        for child in _children(parent_ids):
            row = ChildRow(
                parent_links=[
                    ChildParentRow(
                        parent_id=link.parent_id,
                        role=link.role,
                        parental_responsibility=link.parental_responsibility,
                    )
                    for link in child.parents
                ]
            )
            child_ids.append(_orm_row(session, row, child, skip=("parents",)))
        for placement in _placements(child_ids):
            _orm_row(session, PlacementRow(), placement)
        uow.commit()


@pytest.fixture
def second_vault(tmp_path: Path) -> Iterator[Vault]:
    vault, _recovery_key = Vault.create(tmp_path / "second", PASSPHRASE)
    yield vault
    vault.lock()


def _rows(vault: Vault, statement: str) -> list[tuple[object, ...]]:
    with vault.engine.connect() as connection:
        result = connection.execute(text(statement))
        keep = [i for i, name in enumerate(result.keys()) if name not in TIMESTAMPS]
        return [tuple(row[i] for i in keep) for row in result]


def test_a_batch_leaves_the_same_rows_and_trail_as_the_orm_path(
    vault: Vault, second_vault: Vault
) -> None:
    for target in (vault, second_vault):
        _with_office(target)
    _through_repositories(vault, 7)
    _through_orm_rows(second_vault, 7)
    for statement in (*ROWS.values(), f"{TRAIL} ORDER BY seq"):
        assert _rows(vault, statement) == _rows(second_vault, statement), statement
    trail = _rows(vault, f"{TRAIL} WHERE subject_kind IN ('child', 'placement')")
    assert trail, "children and placements are in the trail"
    assert all(row[5] is not None for row in trail), "each record names its parent"
    for target in (vault, second_vault):
        report = AuditService(lambda v=target: UnitOfWork(v.session_factory)).verify()
        assert report.intact, report.problem


def _statements_while(vault: Vault, action: object) -> list[str]:
    statements: list[str] = []

    def listen(_connection: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    event.listen(vault.engine, "before_cursor_execute", listen)
    try:
        action()  # type: ignore[operator]
    finally:
        event.remove(vault.engine, "before_cursor_execute", listen)
    return statements


def test_adding_parents_costs_the_same_statements_for_3_and_for_12_families(
    vault: Vault,
) -> None:
    _with_office(vault)
    few = _statements_while(vault, lambda: _through_repositories(vault, 3))
    with UnitOfWork(vault.session_factory) as uow:  # a fresh start for the same batch
        for table in ("placement", "child_parent", "child", "parent"):
            uow.session.execute(text(f"DELETE FROM {table}"))
        uow.session.info.clear()  # deleting by hand is not a change to audit here
        uow.session.commit()
    many = _statements_while(vault, lambda: _through_repositories(vault, 12))
    assert len(many) == len(few), many
    assert len(many) <= 20, many


def test_the_trail_finds_the_parents_of_many_new_children_in_one_query(vault: Vault) -> None:
    """The records a flush noted (the ORM path) are named by parent with one query per kind,
    not one per record."""
    _with_office(vault)

    def add(count: int) -> None:
        with UnitOfWork(vault.session_factory) as uow:
            parents = uow.parents.add_all(_parents(count, first=count))
            for child in _children([p.id or 0 for p in parents]):
                row = ChildRow(
                    parent_links=[
                        ChildParentRow(parent_id=link.parent_id, role=link.role)
                        for link in child.parents
                    ]
                )
                copy_into(row, child, skip=("parents",))
                uow.session.add(row)
            uow.commit()

    few = _statements_while(vault, lambda: add(2))
    many = _statements_while(vault, lambda: add(9))
    lookups = [s for s in many if s.lstrip().upper().startswith("SELECT") and "child_parent" in s]
    assert len(lookups) == 1, lookups
    assert (
        len([s for s in few if "child_parent" in s and s.lstrip().upper().startswith("SELECT")])
        == 1
    )


def test_the_reads_give_what_the_orm_rows_give(vault: Vault) -> None:
    _with_office(vault)
    _through_repositories(vault, 9)
    with UnitOfWork(vault.session_factory) as uow:
        session = uow.session
        orm_parents = [
            to_entity(row, Parent)
            for row in session.scalars(
                select(ParentRow).order_by(ParentRow.family_name, ParentRow.given_names)
            )
        ]
        assert uow.parents.list() == orm_parents
        assert [uow.parents.get(p.id or 0) for p in orm_parents] == orm_parents
        holder = next(p for p in orm_parents if p.national_id)
        assert uow.parents.with_national_id(holder.national_id or "") == holder
        orm_children = {
            row.id: to_entity(
                row,
                Child,
                parents=tuple(
                    ParentLink(link.parent_id, link.role, link.parental_responsibility)
                    for link in row.parent_links
                ),
            )
            for row in session.scalars(select(ChildRow))
        }
        listed = uow.children.list()
        assert sorted(listed, key=lambda c: c.id or 0) == sorted(
            orm_children.values(), key=lambda c: c.id or 0
        )
        for parent in orm_parents:
            of_parent = uow.children.of_parent(parent.id or 0)
            expected = [
                c
                for c in orm_children.values()
                if parent.id in {link.parent_id for link in c.parents}
            ]
            assert sorted(of_parent, key=lambda c: c.id or 0) == sorted(
                expected, key=lambda c: c.id or 0
            )
            assert [c.birth_date for c in of_parent] == sorted(c.birth_date for c in of_parent)
        for child_id, child in orm_children.items():
            assert uow.children.get(child_id) == child
            orm_placements = [
                to_entity(row, Placement)
                for row in session.scalars(
                    select(PlacementRow)
                    .where(PlacementRow.child_id == child_id)
                    .order_by(PlacementRow.start_date)
                )
            ]
            assert uow.placements.of_child(child_id) == orm_placements
            assert [uow.placements.get(p.id or 0) for p in orm_placements] == orm_placements
        assert len(uow.placements.list()) == len(session.scalars(select(PlacementRow)).all())
        # Equal is not enough: 1 == True, and a str enum equals its value.
        placement = uow.placements.list()[0]
        link = uow.children.list()[0].parents[0]
        for value, kind in (
            (placement.basis, PlacementBasis),
            (placement.start_date, date),
            (placement.whereabouts_hidden, bool),
            (link.role, ParentRole),
            (link.parental_responsibility, bool),
            (uow.parents.list()[0].address_protection, AddressProtection),
        ):
            assert type(value) is kind, (value, kind)
    assert {f.name for f in fields(Placement)} >= {"whereabouts_hidden", "hidden_basis"}


def test_a_batch_that_fails_leaves_nothing(vault: Vault) -> None:
    _with_office(vault)
    doubled = _parents(2, first=1)
    doubled = [doubled[0], replace(doubled[1], national_id=doubled[0].national_id)]
    with pytest.raises(IntegrityError), UnitOfWork(vault.session_factory) as uow:
        uow.parents.add_all(_parents(3, first=10))
        uow.parents.add_all(doubled)
        uow.commit()
    assert _rows(vault, "SELECT id FROM parent") == []
    assert _rows(vault, f"{TRAIL} WHERE subject_kind = 'parent'") == []
