"""Schema migrations on real vaults: head matches the models, newer vaults are refused, older
ones are copied before they are upgraded, and a failed upgrade changes nothing.

Older revisions are made real by pointing ``migrate.MIGRATIONS_DIR`` at a copy of the shipped
migrations with one extra revision written into it: alembic then really upgrades a vault that
was created at today's head, exactly as a future program version would.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.domain.enums import ParentRole, PlacementBasis, PlaceType
from bufapp.errors import SchemaTooNew
from bufapp.services.register import RegisterService
from bufapp.storage import integrity, migrate
from bufapp.storage.models import Base, include_in_comparison
from bufapp.storage.vault import SAFETY_DIR_NAME, Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, CreatedVault
from tests.storage.helpers import add_sample_register, dump_tables, snapshot

SHIPPED_HEAD = migrate.head_revision()

NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9000_test_next"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
"""


@pytest.fixture
def next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Install a copy of the shipped migrations plus one more revision with ``body``."""

    def install(body: str) -> None:
        folder = tmp_path / "migrations"
        shutil.copytree(
            migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__")
        )
        indented = "\n".join("    " + line for line in body.strip().splitlines())
        (folder / "versions" / "9000_test_next.py").write_text(
            NEXT_REVISION.format(down=SHIPPED_HEAD, body=indented), encoding="utf-8"
        )
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
        assert migrate.head_revision() == "9000_test_next"

    return install


@pytest.fixture
def vault_with_data(created_vault: CreatedVault, register: RegisterService) -> CreatedVault:
    add_sample_register(register)
    created_vault.vault.lock()
    return created_vault


def _revision(vault: Vault) -> str | None:
    with vault.engine.connect() as connection:
        return migrate.current_revision(connection)


def test_new_vault_is_at_head_and_matches_the_models(vault: Vault) -> None:
    with vault.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        context = MigrationContext.configure(
            connection, opts={"include_name": include_in_comparison}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations disagree; write a revision: {diff}"


def test_opening_a_vault_at_head_makes_no_safety_copy(vault_with_data: CreatedVault) -> None:
    Vault.open(vault_with_data.directory, PASSPHRASE).lock()
    assert not (vault_with_data.directory / SAFETY_DIR_NAME).exists()


def _stamp(created: CreatedVault, revision: str) -> None:
    vault = Vault.open(created.directory, PASSPHRASE)
    connection = vault.raw_connection()
    try:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        connection.close()
        vault.lock()


def test_vault_from_a_newer_program_refuses_to_open_and_is_left_unchanged(
    vault_with_data: CreatedVault,
) -> None:
    _stamp(vault_with_data, "9999_future")
    before = snapshot(vault_with_data.directory)

    with pytest.raises(SchemaTooNew):
        Vault.open(vault_with_data.directory, PASSPHRASE)
    # Recovery must not re-wrap the key of a vault it then refuses to open.
    with pytest.raises(SchemaTooNew):
        Vault.recover(vault_with_data.directory, vault_with_data.recovery_key, NEW_PASSPHRASE)

    assert snapshot(vault_with_data.directory) == before
    assert not (vault_with_data.directory / SAFETY_DIR_NAME).exists()


def test_upgrade_from_an_older_revision_makes_a_safety_copy_first(
    vault_with_data: CreatedVault, next_revision: Callable[[str], None]
) -> None:
    directory = vault_with_data.directory
    old = Vault.open(directory, PASSPHRASE)
    data_before = dump_tables(old)
    old.lock()
    next_revision(
        """
op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
with op.batch_alter_table("office") as batch:
    batch.add_column(sa.Column("test_note", sa.Text, nullable=True))
"""
    )

    vault = Vault.open(directory, PASSPHRASE)
    try:
        assert _revision(vault) == "9000_test_next"
        assert dump_tables(vault)["parent"] == data_before["parent"]
        with vault.engine.connect() as connection:
            columns = {c["name"] for c in inspect(connection).get_columns("office")}
        assert "test_note" in columns

        copies = list((directory / SAFETY_DIR_NAME).iterdir())
        assert len(copies) == 1
        assert copies[0].name.endswith(f"-{SHIPPED_HEAD}.db")
        # The copy is the vault as it was: same key, old revision, same rows, intact.
        copy = vault.raw_connection(copies[0])
        try:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (SHIPPED_HEAD,)
            ]
            assert copy.execute("SELECT count(*) FROM parent").fetchone()[0] == len(
                data_before["parent"]
            )
            assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert copy.execute("PRAGMA cipher_integrity_check").fetchall() == []
        finally:
            copy.close()
        assert integrity.check(vault).ok
    finally:
        vault.lock()
    # No -wal/-shm left beside the copy: it is one self-contained file.
    assert [p.name for p in (directory / SAFETY_DIR_NAME).iterdir()] == [copies[0].name]


def test_failed_upgrade_changes_nothing_and_keeps_the_safety_copy(
    vault_with_data: CreatedVault,
    next_revision: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    directory = vault_with_data.directory
    shipped = migrate.MIGRATIONS_DIR
    old = Vault.open(directory, PASSPHRASE)
    data_before = dump_tables(old)
    old.lock()
    next_revision(
        """
op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
op.execute("DELETE FROM contact_entry")
raise RuntimeError("planlagt feil i migreringen")
"""
    )

    with pytest.raises(RuntimeError, match="planlagt feil"):
        Vault.open(directory, PASSPHRASE)
    assert len(list((directory / SAFETY_DIR_NAME).iterdir())) == 1

    # With the program that made it, the vault opens exactly as before: DDL and DML rolled back.
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", shipped)
    vault = Vault.open(directory, PASSPHRASE)
    try:
        assert _revision(vault) == SHIPPED_HEAD
        assert dump_tables(vault) == data_before
        with vault.engine.connect() as connection:
            assert "test_extra" not in inspect(connection).get_table_names()
        assert integrity.check(vault).ok
    finally:
        vault.lock()


@pytest.mark.parametrize(
    ("table", "with_placements"),
    [("child", False), ("child", True), ("parent", True)],
    ids=["child-without-placements", "child-with-placements", "parent"],
)
def test_batch_migration_that_recreates_a_table_keeps_every_row_and_link(
    created_vault: CreatedVault,
    register: RegisterService,
    next_revision: Callable[[str], None],
    table: str,
    with_placements: bool,
) -> None:
    directory = created_vault.directory
    parent = register.save_parent(Parent("Kari", "Nordmann"))
    other = register.save_parent(Parent("Per", "Nordmann"))
    assert parent.id is not None and other.id is not None
    child = register.save_child(
        Child(
            "Ola",
            "Nordmann",
            date(2016, 4, 1),
            "2024/4711",
            parents=(
                ParentLink(parent.id, ParentRole.MOTHER),
                ParentLink(other.id, ParentRole.FATHER),
            ),
        )
    )
    if with_placements:
        assert child.id is not None
        register.save_placement(
            Placement(child.id, PlacementBasis.VOLUNTARY, PlaceType.FOSTER_HOME, date(2025, 1, 6))
        )
    data_before = dump_tables(created_vault.vault)
    created_vault.vault.lock()
    # The ordinary SQLite way to change a column: alembic's batch mode copies the table.
    next_revision(
        f"""
with op.batch_alter_table("{table}", recreate="always") as batch:
    batch.add_column(sa.Column("test_note", sa.Text, nullable=True))
"""
    )

    vault = Vault.open(directory, PASSPHRASE)
    try:
        after = dump_tables(vault)
        assert after["child_parent"] == data_before["child_parent"]
        assert len(after[table]) == len(data_before[table])
        assert integrity.check(vault).ok
    finally:
        vault.lock()


def test_safety_copy_mechanism_copies_a_vault_with_pending_writes(
    vault: Vault, register: RegisterService, tmp_path: Path
) -> None:
    """copy_database_to (used for the safety copy and backups) includes what is still in the
    WAL, and the copy opens with the vault's key."""
    add_sample_register(register)
    assert (vault.directory / "bufapp.db-wal").stat().st_size > 0  # not yet checkpointed
    target = tmp_path / "kopi.db"
    vault.copy_database_to(target)

    copy = vault.raw_connection(target)
    try:
        with vault.engine.connect() as connection:
            expected = connection.execute(text("SELECT count(*) FROM contact_entry")).scalar_one()
        assert copy.execute("SELECT count(*) FROM contact_entry").fetchone()[0] == expected > 0
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SHIPPED_HEAD,)
        ]
    finally:
        copy.close()
    assert not Path(f"{target}-wal").exists()
    assert b"SQLite format 3" not in target.read_bytes()[:16]  # encrypted, header included
