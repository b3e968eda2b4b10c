"""A unit of work builds only the repositories it uses, each on that unit's session."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlcipher3 import dbapi2

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
