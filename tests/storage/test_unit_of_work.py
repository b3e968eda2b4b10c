"""A unit of work builds only the repositories it uses, each on that unit's session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event
from sqlcipher3 import dbapi2

from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.domain.enums import ParentRole, PlacementBasis, PlaceType
from bufapp.storage import driver_sql
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault


def test_repositories_are_built_when_first_used_on_the_units_session(vault: Vault) -> None:
    with UnitOfWork(vault.session_factory) as uow:
        assert "parents" not in vars(uow)
        parents = uow.parents
        assert uow.parents is parents  # one per unit
        assert parents.session is uow.session
        assert "children" not in vars(uow)


def test_a_unit_entered_again_works_on_its_new_session(vault: Vault) -> None:
    uow = UnitOfWork(vault.session_factory)
    with uow:
        first = uow.parents
    with uow:
        assert uow.parents is not first
        assert uow.parents.session is uow.session
        assert uow.parents.list() == []


def test_a_unit_holds_the_write_lock_from_its_start_and_announces_its_begin(vault: Vault) -> None:
    sent: list[str] = []

    def listen(*args: object) -> None:
        sent.append(str(args[2]))

    other = vault.raw_connection()
    event.listen(vault.engine, "before_cursor_execute", listen)
    try:
        other.execute("PRAGMA busy_timeout = 0")
        with UnitOfWork(vault.session_factory) as uow:
            uow.parents.list()
            with pytest.raises(dbapi2.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released when the unit ends
        other.execute("ROLLBACK")
    finally:
        event.remove(vault.engine, "before_cursor_execute", listen)
        other.close()
    assert sent[0] == "BEGIN IMMEDIATE"


def _statements(vault: Vault) -> tuple[list[str], Callable[[], None]]:
    sent: list[str] = []

    def listen(*args: object) -> None:
        sent.append(" ".join(str(args[2]).split()))

    event.listen(vault.engine, "before_cursor_execute", listen)
    return sent, lambda: event.remove(vault.engine, "before_cursor_execute", listen)


def _family(uow: UnitOfWork) -> tuple[Parent, Child]:
    mother = uow.parents.add(Parent("Kari", "Nordmann"))
    assert mother.id is not None
    child = uow.children.add(
        Child(
            "Ola",
            "Nordmann",
            date(2015, 3, 1),
            "2024/00001",
            parents=(ParentLink(mother.id, ParentRole.MOTHER),),
        )
    )
    assert child.id is not None
    uow.placements.add(
        Placement(child.id, PlacementBasis.CARE_ORDER, PlaceType.FOSTER_HOME, date(2024, 1, 1))
    )
    return mother, child


def test_a_unit_that_reads_the_register_builds_no_session_and_sends_only_its_sql(
    vault: Vault,
) -> None:
    with UnitOfWork(vault.session_factory) as uow:
        mother, child = _family(uow)
        uow.commit()
    sent, stop = _statements(vault)
    try:
        with UnitOfWork(vault.session_factory) as uow:
            assert [p.id for p in uow.parents.list()] == [mother.id]
            assert uow.children.of_parent(mother.id or 0) == [child]
            assert len(uow.placements.of_child(child.id or 0)) == 1
            assert "session" not in vars(uow)  # no Session, no ORM Connection built
    finally:
        stop()
    assert sent[0] == "BEGIN IMMEDIATE"  # the unit still holds the write lock from its start
    assert len(sent) == 5  # BEGIN, the list, the children and their links, the placements
    assert all(statement.startswith("SELECT") for statement in sent[1:])


def test_hot_writes_commit_with_their_audit_records_and_roll_back_without_commit(
    vault: Vault,
) -> None:
    with UnitOfWork(vault.session_factory) as uow:
        _family(uow)  # no commit: nothing stays, not even half
    with UnitOfWork(vault.session_factory) as uow:
        assert uow.parents.list() == []
        assert uow.children.list() == []
        mother, _child = _family(uow)
        uow.commit()
    with UnitOfWork(vault.session_factory) as uow:
        records = uow.audit_records.of_parent(mother.id or 0)
        kinds = sorted(record.subject_kind for record in records)
        assert kinds == ["child", "parent", "placement"]
        assert uow.audit_records.verify().intact


def test_hot_and_orm_work_in_one_unit_are_one_transaction(vault: Vault) -> None:
    other = vault.raw_connection()
    try:
        with UnitOfWork(vault.session_factory) as uow:
            mother = uow.parents.add(Parent("Kari", "Nordmann"))
            renamed = uow.parents.update(replace(mother, given_names="Kari Anne"))  # the ORM
            assert uow.parents.get(mother.id or 0) == renamed  # seen on the hot path
            assert other.execute("SELECT count(*) FROM parent").fetchone() == (0,)
            uow.commit()
        assert other.execute("SELECT given_names FROM parent").fetchall() == [("Kari Anne",)]
        with UnitOfWork(vault.session_factory) as uow:
            uow.parents.update(replace(renamed, given_names="Kari"))
            uow.parents.add(Parent("Per", "Hansen"))
        assert other.execute("SELECT given_names FROM parent").fetchall() == [("Kari Anne",)]
    finally:
        other.close()


def test_a_unit_goes_on_after_a_commit_in_a_new_transaction(vault: Vault) -> None:
    with UnitOfWork(vault.session_factory) as uow:
        assert uow.parents.list() == []
        uow.commit()  # read only: nothing to record
        first = uow.parents.add(Parent("Kari", "Nordmann"))
        uow.commit()
        uow.parents.add(Parent("Per", "Hansen"))  # left without commit: rolled back
    with UnitOfWork(vault.session_factory) as uow:
        assert uow.parents.list() == [first]
        assert len(uow.audit_records.of_parent(first.id or 0)) == 1


def test_locking_gives_back_the_connection_a_unit_holds(vault: Vault) -> None:
    uow = UnitOfWork(vault.session_factory)
    with uow:
        uow.parents.list()
        pool = vault.engine.pool
        assert pool.checkedout() == 1
        vault.lock()
        assert pool.checkedout() == 0


def test_a_commit_keeps_whatever_ran_on_the_units_connection_even_without_audit_records(
    vault: Vault,
) -> None:
    with UnitOfWork(vault.session_factory) as uow:
        driver_sql.run(
            uow.connection(),
            "INSERT INTO draft (kind, record_key, payload, updated_at) VALUES (?, ?, ?, ?)",
            ("parent", "new:1", "{}", "2026-01-01 00:00:00.000000"),
        )
        uow.commit()
    with UnitOfWork(vault.session_factory) as uow:
        assert [(kind, key) for kind, key, _payload, _at in uow.drafts.list()] == [
            ("parent", "new:1")
        ]
