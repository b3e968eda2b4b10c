"""Changing the data key (issue 17 §4) on real vaults: the database is re-encrypted under a new
key, the old data key, recovery key and key file open nothing of it any more, the audit trail
still verifies, and a crash at any step between the new wraps and the new key file loses
nothing (each step's failure is simulated where it happens)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bufapp.domain.audit import AuditAction
from bufapp.errors import (
    VaultDamaged,
    VaultError,
    VaultInUse,
    WrongPassphrase,
    WrongRecoveryKey,
)
from bufapp.security import keyfile
from bufapp.services.audit import AuditService
from bufapp.services.backups import BackupService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage import backup, key_change, restore
from bufapp.storage.engine import connect_raw
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, CreatedVault
from tests.storage.helpers import (
    add_sample_register,
    dump_tables,
    key_file_bytes,
    wrapped_data_key,
)


class Crash(BaseException):
    """The process dying at this point: no handler of ours runs after it."""


def _data_key(directory: Path) -> bytes:
    return wrapped_data_key(directory, PASSPHRASE)


def _opens(db_path: Path, key: bytes) -> bool:
    return key_change.opens(db_path, key)


def _verified(vault: Vault) -> int:
    report = AuditService(lambda: UnitOfWork(vault.session_factory)).verify()
    assert report.intact, report.problem
    return report.records


def _with_data(created_vault: CreatedVault) -> dict[str, list[tuple[object, ...]]]:
    vault = created_vault.vault
    register = RegisterService(lambda: UnitOfWork(vault.session_factory))
    add_sample_register(register, parents=3)
    return dump_tables(vault)


def test_the_old_data_key_opens_nothing_and_every_connection_works_after(
    created_vault: CreatedVault, register: RegisterService, contact_log: ContactLogService
) -> None:
    vault, directory = created_vault.vault, created_vault.directory
    ids = add_sample_register(register, parents=3)
    data = dump_tables(vault)
    old_key = _data_key(directory)
    records_before = _verified(vault)

    new_recovery_key = vault.change_data_key(PASSPHRASE)

    assert new_recovery_key != created_vault.recovery_key
    assert not vault.recovery_key_confirmed  # a new key, shown and retyped as at setup
    assert not _opens(vault.db_path, old_key)
    assert _opens(vault.db_path, _data_key(directory))
    assert not key_change.pending_path(directory).exists()
    # The same open vault goes on: reads, a write through the services, the trail.
    assert dump_tables(vault) == data
    contact_log.save(contact_log.new_entry(ids.parents[0]), final=False)
    assert _verified(vault) > records_before
    with vault.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    vault.lock()

    reopened = Vault.open(directory, PASSPHRASE)  # the passphrase wraps the new key
    try:
        assert dump_tables(reopened)["parent"] == data["parent"]
        _verified(reopened)
    finally:
        reopened.lock()
    with pytest.raises(VaultDamaged):
        connect_raw(directory / "bufapp.db", old_key)


def test_recovery_takes_the_new_key_and_refuses_the_old_one(
    created_vault: CreatedVault,
) -> None:
    data = _with_data(created_vault)
    directory = created_vault.directory
    new_key = created_vault.vault.change_data_key(PASSPHRASE)
    created_vault.vault.lock()

    with pytest.raises(WrongRecoveryKey):
        Vault.recover(directory, created_vault.recovery_key, NEW_PASSPHRASE)
    recovered = Vault.recover(directory, new_key, NEW_PASSPHRASE)
    try:
        assert dump_tables(recovered) == data
        _verified(recovered)
    finally:
        recovered.lock()


def test_a_wrong_passphrase_changes_nothing(created_vault: CreatedVault) -> None:
    directory = created_vault.directory
    before = key_file_bytes(directory)
    old_key = _data_key(directory)
    with pytest.raises(WrongPassphrase):
        created_vault.vault.change_data_key(NEW_PASSPHRASE)
    assert key_file_bytes(directory) == before
    assert not key_change.pending_path(directory).exists()
    assert _opens(created_vault.vault.db_path, old_key)


def test_the_audit_trail_verifies_across_two_changes_and_records_them(
    created_vault: CreatedVault,
) -> None:
    _with_data(created_vault)
    vault, directory = created_vault.vault, created_vault.directory
    vault.change_data_key(PASSPHRASE)
    _with_data_more(vault)
    vault.change_data_key(PASSPHRASE)
    _verified(vault)
    vault.lock()
    reopened = Vault.open(directory, PASSPHRASE)
    try:
        _verified(reopened)
        _with_data_more(reopened)  # written under the chain key the trail began with
        _verified(reopened)
        changes = AuditService(lambda: UnitOfWork(reopened.session_factory)).last(
            AuditAction.DATA_KEY_CHANGED
        )
        assert changes is not None
    finally:
        reopened.lock()


def _with_data_more(vault: Vault) -> None:
    """A new contact entry: a write that reaches the trail."""
    contact_log = ContactLogService(lambda: UnitOfWork(vault.session_factory))
    parent_id = dump_tables(vault)["parent"][0][0]
    contact_log.save(contact_log.new_entry(parent_id), final=False)


def test_backups_keep_the_keys_they_were_made_with(
    created_vault: CreatedVault, tmp_path: Path
) -> None:
    data = _with_data(created_vault)
    vault = created_vault.vault
    before = backup.create_backup(vault, tmp_path / "before.bufbackup").path
    new_recovery_key = vault.change_data_key(PASSPHRASE)
    after = backup.create_backup(vault, tmp_path / "after.bufbackup").path
    vault.lock()

    restore.restore_backup(after, tmp_path / "from-after")
    with pytest.raises(WrongRecoveryKey):  # an exposed old sheet opens no later backup
        Vault.recover(tmp_path / "from-after", created_vault.recovery_key, NEW_PASSPHRASE)
    with Vault.recover(tmp_path / "from-after", new_recovery_key, NEW_PASSPHRASE) as restored:
        assert dump_tables(restored) == data
        _verified(restored)

    restore.restore_backup(before, tmp_path / "from-before")  # what opened it then still does
    with Vault.recover(tmp_path / "from-before", created_vault.recovery_key, NEW_PASSPHRASE) as old:
        assert dump_tables(old) == data


def test_a_backup_from_before_previews_without_counts_and_restores_with_its_old_keys(
    created_vault: CreatedVault, tmp_path: Path
) -> None:
    data = _with_data(created_vault)
    vault = created_vault.vault
    service = BackupService(vault, lambda: UnitOfWork(vault.session_factory))
    before = service.make(tmp_path).path
    assert service.preview(before).contents is not None
    vault.change_data_key(PASSPHRASE)
    preview = service.preview(before)  # not "damaged": today's key just does not open it
    assert preview.same_vault is True and preview.contents is None
    (tmp_path / "later").mkdir()
    after = service.make(tmp_path / "later").path
    assert service.preview(after).contents is not None

    service.restore(before)
    with Vault.recover(created_vault.directory, created_vault.recovery_key, NEW_PASSPHRASE) as old:
        assert dump_tables(old) == data


def test_another_program_holding_the_database_refuses_the_change_and_changes_nothing(
    created_vault: CreatedVault,
) -> None:
    data = _with_data(created_vault)
    vault, directory = created_vault.vault, created_vault.directory
    old_key_file = key_file_bytes(directory)
    other = vault.raw_connection()  # as a second bufapp or a backup would hold it
    try:
        with pytest.raises(VaultInUse):
            vault.change_data_key(PASSPHRASE)
    finally:
        other.close()
    assert key_file_bytes(directory) == old_key_file
    assert not key_change.pending_path(directory).exists()
    assert dump_tables(vault) == data
    _with_data_more(vault)
    _verified(vault)


# --- the crash window --------------------------------------------------------------------------


def test_a_crash_after_the_pending_wraps_and_before_the_rekey_keeps_the_old_key(
    created_vault: CreatedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _with_data(created_vault)
    vault, directory = created_vault.vault, created_vault.directory
    old_key = _data_key(directory)

    def crash(*_args: object) -> None:
        raise Crash

    monkeypatch.setattr(key_change, "connect_raw", crash)  # dies as the rekey begins
    with pytest.raises(Crash):
        vault.change_data_key(PASSPHRASE)
    monkeypatch.undo()
    vault.lock()
    assert key_change.pending_path(directory).exists()  # left behind, as after a crash

    reopened = Vault.open(directory, PASSPHRASE)
    try:
        assert dump_tables(reopened) == data
        _verified(reopened)  # the change's record is there; its seal opens nothing
    finally:
        reopened.lock()
    assert not key_change.pending_path(directory).exists()
    assert _data_key(directory) == old_key
    Vault.recover(directory, created_vault.recovery_key, NEW_PASSPHRASE).lock()


def test_a_crash_after_the_rekey_and_before_the_key_file_completes_it_at_unlock(
    created_vault: CreatedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _with_data(created_vault)
    vault, directory = created_vault.vault, created_vault.directory
    old_key = _data_key(directory)
    old_key_file = key_file_bytes(directory)

    def crash(*_args: object) -> None:
        raise Crash

    monkeypatch.setattr(key_change, "promote", crash)
    with pytest.raises(Crash):
        vault.change_data_key(PASSPHRASE)
    monkeypatch.undo()
    vault.lock()
    # The database is under the new key and the key file still wraps the old one.
    assert not _opens(directory / "bufapp.db", old_key)
    assert key_file_bytes(directory) == old_key_file
    with pytest.raises(VaultError, match="Lås opp med passordet ditt"):  # not "damaged"
        Vault.recover(directory, created_vault.recovery_key, NEW_PASSPHRASE)

    reopened = Vault.open(directory, PASSPHRASE)
    try:
        assert dump_tables(reopened) == data
        _verified(reopened)
    finally:
        reopened.lock()
    assert not key_change.pending_path(directory).exists()
    assert key_file_bytes(directory) != old_key_file
    assert _opens(directory / "bufapp.db", _data_key(directory))
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(directory, created_vault.recovery_key, NEW_PASSPHRASE)


def test_a_rekey_that_fails_leaves_the_vault_as_it_was_and_usable(
    created_vault: CreatedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _with_data(created_vault)
    vault, directory = created_vault.vault, created_vault.directory
    old_key_file = key_file_bytes(directory)

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(key_change, "rekey", full_disk)
    with pytest.raises(OSError):
        vault.change_data_key(PASSPHRASE)
    monkeypatch.undo()
    assert not key_change.pending_path(directory).exists()
    assert key_file_bytes(directory) == old_key_file
    assert dump_tables(vault) == data  # still open, under the old key
    _with_data_more(vault)
    _verified(vault)


def test_a_key_file_that_cannot_be_written_is_completed_at_the_next_unlock(
    created_vault: CreatedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _with_data(created_vault)
    vault, directory = created_vault.vault, created_vault.directory

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keyfile, "write", full_disk)
    with pytest.raises(VaultError, match="neste gang du låser opp"):
        vault.change_data_key(PASSPHRASE)
    monkeypatch.undo()
    assert dump_tables(vault) == data  # the open vault works under the new key
    _with_data_more(vault)
    vault.lock()
    with Vault.open(directory, PASSPHRASE) as reopened:
        _verified(reopened)
    assert not key_change.pending_path(directory).exists()
