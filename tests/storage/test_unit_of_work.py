"""A unit of work builds only the repositories it uses, each on that unit's session."""

from __future__ import annotations

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
