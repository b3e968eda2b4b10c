"""Little lives only in the WAL (issue 17 §7): locking and a quiet moment move its commits into
the database file, even while another connection (a backup, a second window) keeps it open;
and a checkpoint that cannot run never stops the lock."""

from __future__ import annotations

from pathlib import Path

from bufapp.domain.entities import Parent
from bufapp.services.register import RegisterService
from bufapp.storage.layout import DB_FILE_NAME
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY


def _wal(directory: Path) -> Path:
    return directory / f"{DB_FILE_NAME}-wal"


def _write_a_parent(vault: Vault) -> None:
    register = RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    register.save_parent(Parent("Walter", "Walsen", notes="W" * 5000))


def test_lock_empties_the_wal_while_another_connection_holds_it_open(vault_dir: Path) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE)
    other = vault.raw_connection()  # outlives the lock, so closing the pool cannot checkpoint
    try:
        other.execute("PRAGMA wal_autocheckpoint = 0").fetchall()
        _write_a_parent(vault)
        assert _wal(vault_dir).stat().st_size > 0
        vault.lock()
        assert _wal(vault_dir).stat().st_size == 0
    finally:
        other.close()


def test_a_quiet_moment_empties_the_wal(vault: Vault) -> None:
    _write_a_parent(vault)
    assert _wal(vault.directory).stat().st_size > 0
    vault.checkpoint()
    assert _wal(vault.directory).stat().st_size == 0


def test_a_checkpoint_blocked_by_a_reader_does_not_stop_the_lock(vault_dir: Path) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE)
    reader = vault.raw_connection()
    try:
        reader.execute("PRAGMA wal_autocheckpoint = 0").fetchall()
        _write_a_parent(vault)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM parent").fetchall()  # holds a read snapshot
        vault.lock()
        assert vault.is_locked
    finally:
        reader.close()
    with Vault.open(vault_dir, PASSPHRASE) as reopened, reopened.engine.connect() as connection:
        names = connection.exec_driver_sql("SELECT family_name FROM parent").scalars()
        assert "Walsen" in list(names)
