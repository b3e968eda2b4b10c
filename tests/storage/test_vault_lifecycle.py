"""The vault's life: create, open, lock, change passphrase, recover — on real SQLCipher files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bufapp.errors import (
    InvalidRecoveryKey,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from bufapp.security import keyfile, recovery
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import DB_FILE_NAME, Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, TODAY, CreatedVault
from tests.storage.helpers import add_sample_register, dump_tables, key_file_bytes, snapshot

RECOVERY_KEY_SHAPE = re.compile(r"^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$")


def register_for(vault: Vault) -> RegisterService:
    return RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)


@pytest.fixture
def locked_vault(created_vault: CreatedVault, register: RegisterService) -> CreatedVault:
    """A vault with sample data, locked (so its files are quiet and whole)."""
    add_sample_register(register)
    created_vault.vault.lock()
    return created_vault


# --- create / open / lock ------------------------------------------------------------------------


def test_create_writes_database_and_both_key_copies_and_returns_an_open_vault(
    created_vault: CreatedVault,
) -> None:
    directory = created_vault.directory
    assert (directory / DB_FILE_NAME).is_file()
    primary, mirror = key_file_bytes(directory)
    assert primary == mirror
    assert RECOVERY_KEY_SHAPE.match(created_vault.recovery_key)
    assert not created_vault.vault.is_locked
    with created_vault.vault.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM parent")).scalar_one() == 0
    # The folder holds personal data: only its owner may list it; key copies are owner-only.
    assert directory.stat().st_mode & 0o077 == 0
    for name in (keyfile.KEY_FILE_NAME, keyfile.MIRROR_FILE_NAME):
        assert (directory / name).stat().st_mode & 0o077 == 0


def test_create_refuses_a_weak_passphrase_and_creates_nothing(vault_dir: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Vault.create(vault_dir, "kort")
    assert not vault_dir.exists()


def test_lock_drops_engine_sessions_and_key(vault: Vault) -> None:
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLocked):
        _ = vault.engine
    with pytest.raises(VaultLocked):
        _ = vault.session_factory
    with pytest.raises(VaultLocked):
        vault.raw_connection()
    vault.lock()  # locking twice is harmless (auto-lock after a manual lock)
    assert vault.is_locked
    # SQLite removes -wal and -shm when the last connection closes: none is left open.
    assert sorted(p.name for p in vault.directory.iterdir()) == sorted(
        [DB_FILE_NAME, keyfile.KEY_FILE_NAME, keyfile.MIRROR_FILE_NAME]
    )


def test_lock_ends_sessions_that_were_open_when_locking(vault: Vault) -> None:
    session = vault.session_factory()
    try:
        session.execute(text("SELECT count(*) FROM parent")).scalar_one()
        vault.lock()
        still_reads = True
        try:
            session.execute(text("SELECT count(*) FROM parent")).scalar_one()
        except Exception:  # any refusal will do; reading decrypted data after lock must not
            still_reads = False
        assert not still_reads, "a session from before lock() still reads the vault"
        assert not (vault.directory / f"{DB_FILE_NAME}-wal").exists(), "a connection stayed open"
    finally:
        session.close()


def test_data_written_through_register_survives_lock_and_reopen(
    vault: Vault, register: RegisterService
) -> None:
    ids = add_sample_register(register)
    before = dump_tables(vault)
    vault.lock()

    reopened = Vault.open(vault.directory, PASSPHRASE)
    try:
        assert dump_tables(reopened) == before
        again = register_for(reopened)
        assert sorted(s.id for s in again.parent_summaries()) == sorted(ids.parents)
        detail = again.parent_detail(ids.parents[0])
        assert detail.parent.family_name == "Øvrebø-0"
        assert detail.children[0].placements[0].place_name == "Fosterhjem 0"
        assert again.office() is not None
    finally:
        reopened.lock()


def test_open_with_wrong_passphrase_raises_and_changes_nothing(
    locked_vault: CreatedVault,
) -> None:
    before = snapshot(locked_vault.directory)
    with pytest.raises(WrongPassphrase):
        Vault.open(locked_vault.directory, "feil passord 12345")
    assert snapshot(locked_vault.directory) == before  # bytes and mtimes of every file
    Vault.open(locked_vault.directory, PASSPHRASE).lock()


def test_open_of_empty_or_missing_folder_raises_vault_not_found(tmp_path: Path) -> None:
    empty = tmp_path / "tom"
    empty.mkdir()
    with pytest.raises(VaultNotFound):
        Vault.open(empty, PASSPHRASE)
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "finnes-ikke", PASSPHRASE)
    assert list(empty.iterdir()) == []


def test_open_with_key_file_but_no_database_is_damaged_not_missing(
    locked_vault: CreatedVault,
) -> None:
    (locked_vault.directory / DB_FILE_NAME).unlink()
    with pytest.raises(VaultDamaged):
        Vault.open(locked_vault.directory, PASSPHRASE)


@pytest.mark.parametrize("leave", ["whole vault", "database only", "key file only"])
def test_create_on_an_existing_vault_raises_vault_exists_and_changes_nothing(
    locked_vault: CreatedVault, leave: str
) -> None:
    directory = locked_vault.directory
    if leave == "database only":
        (directory / keyfile.KEY_FILE_NAME).unlink()
        (directory / keyfile.MIRROR_FILE_NAME).unlink()
    elif leave == "key file only":
        (directory / DB_FILE_NAME).unlink()
    before = snapshot(directory)
    with pytest.raises(VaultExists):
        Vault.create(directory, NEW_PASSPHRASE)
    assert snapshot(directory) == before


# --- changing the passphrase ----------------------------------------------------------------------


def test_change_passphrase_rewraps_the_key_without_rewriting_the_database(
    locked_vault: CreatedVault,
) -> None:
    directory = locked_vault.directory
    vault = Vault.open(directory, PASSPHRASE)
    data_before = dump_tables(vault)
    database_files = [directory / DB_FILE_NAME, directory / f"{DB_FILE_NAME}-wal"]
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in database_files}
    keys_before = key_file_bytes(directory)

    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)

    # Only the key file changed: the encrypted database (and its WAL) are untouched.
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in database_files} == before
    keys_after = key_file_bytes(directory)
    assert keys_after[0] == keys_after[1] != keys_before[0]
    assert not vault.is_locked  # the open vault keeps working
    assert dump_tables(vault) == data_before
    vault.lock()

    with pytest.raises(WrongPassphrase):
        Vault.open(directory, PASSPHRASE)
    reopened = Vault.open(directory, NEW_PASSPHRASE)
    try:
        assert dump_tables(reopened) == data_before
        assert reopened.vault_id == vault.vault_id
    finally:
        reopened.lock()
    # The recovery key is not touched by a passphrase change.
    Vault.recover(directory, locked_vault.recovery_key, "tredje-passord 3").lock()


def test_change_passphrase_with_wrong_old_passphrase_changes_nothing(
    created_vault: CreatedVault,
) -> None:
    before = snapshot(created_vault.directory)
    with pytest.raises(WrongPassphrase):
        created_vault.vault.change_passphrase("feil passord 12345", NEW_PASSPHRASE)
    assert key_file_bytes(created_vault.directory) == (
        before[keyfile.KEY_FILE_NAME][0],
        before[keyfile.MIRROR_FILE_NAME][0],
    )
    created_vault.vault.lock()
    Vault.open(created_vault.directory, PASSPHRASE).lock()


@pytest.mark.parametrize(
    "weak", ["kort", "aaaaaaaaaaaaaa", " mellomrom-foran-1", "mellomrom-bak-1 "], ids=repr
)
def test_change_to_a_weak_passphrase_raises_weak_passphrase_and_changes_nothing(
    created_vault: CreatedVault, weak: str
) -> None:
    before = key_file_bytes(created_vault.directory)
    with pytest.raises(WeakPassphrase):
        created_vault.vault.change_passphrase(PASSPHRASE, weak)
    assert key_file_bytes(created_vault.directory) == before


def test_change_passphrase_on_a_locked_vault_raises_locked_and_changes_nothing(
    created_vault: CreatedVault,
) -> None:
    created_vault.vault.lock()
    before = key_file_bytes(created_vault.directory)
    with pytest.raises(VaultLocked):
        created_vault.vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert key_file_bytes(created_vault.directory) == before


# --- recovery -------------------------------------------------------------------------------------


@pytest.fixture
def vault_with_0_and_1_in_recovery_key(tmp_path: Path) -> Iterator[CreatedVault]:
    """A vault whose recovery key contains both a 0 and a 1, so typing O for 0 and l/I for 1
    is really exercised (a random key lacks one of them now and then)."""
    for attempt in range(50):
        directory = tmp_path / f"vault{attempt}"
        vault, key = Vault.create(directory, PASSPHRASE)
        if "0" in key and "1" in key:
            register = register_for(vault)
            add_sample_register(register, parents=2)
            vault.lock()
            yield CreatedVault(vault, key, directory)
            return
        vault.lock()
    raise AssertionError("no recovery key with both 0 and 1 in 50 tries")


def _as_typed(key: str, how: str) -> str:
    if how == "lower case":
        return key.lower()
    if how == "spaces for hyphens":
        return key.replace("-", " ")
    if how == "no separators":
        return key.replace("-", "")
    if how == "O for 0, l and I for 1":
        return key.replace("0", "O").replace("1", "l", 1).replace("1", "I")
    if how == "all at once":
        return "  " + key.replace("-", " ").replace("0", "o").replace("1", "i").lower() + "\n"
    raise AssertionError(how)


@pytest.mark.parametrize(
    "how",
    ["lower case", "spaces for hyphens", "no separators", "O for 0, l and I for 1", "all at once"],
)
def test_recover_accepts_the_recovery_key_as_a_person_types_it(
    vault_with_0_and_1_in_recovery_key: CreatedVault, how: str
) -> None:
    created = vault_with_0_and_1_in_recovery_key
    typed = _as_typed(created.recovery_key, how)
    assert typed != created.recovery_key
    recovered = Vault.recover(created.directory, typed, NEW_PASSPHRASE)
    try:
        assert len(dump_tables(recovered)["parent"]) == 2
    finally:
        recovered.lock()


def test_recover_sets_a_new_passphrase_keeps_data_and_the_recovery_key(
    vault_with_0_and_1_in_recovery_key: CreatedVault,
) -> None:
    created = vault_with_0_and_1_in_recovery_key
    opened = Vault.open(created.directory, PASSPHRASE)
    data = dump_tables(opened)
    opened.lock()

    recovered = Vault.recover(created.directory, created.recovery_key, NEW_PASSPHRASE)
    try:
        assert dump_tables(recovered) == data
    finally:
        recovered.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(created.directory, PASSPHRASE)
    Vault.open(created.directory, NEW_PASSPHRASE).lock()
    # The recovery key stays valid after use.
    Vault.recover(created.directory, created.recovery_key, "enda-et-passord 9").lock()


def _with_typo_in_group(key: str, group: int) -> str:
    """The key with the check character of ``group`` (1-based) changed: always a typo."""
    groups = key.split("-")
    check = groups[group - 1][-1]
    replacement = next(ch for ch in recovery.ALPHABET if ch != check)
    groups[group - 1] = groups[group - 1][:-1] + replacement
    return "-".join(groups)


def test_recovery_key_typo_is_reported_by_group_before_any_decryption(
    created_vault: CreatedVault, tmp_path: Path
) -> None:
    typo = _with_typo_in_group(created_vault.recovery_key, 3)
    created_vault.vault.lock()
    before = snapshot(created_vault.directory)
    with pytest.raises(InvalidRecoveryKey, match="gruppe 3"):
        Vault.recover(created_vault.directory, typo, NEW_PASSPHRASE)
    assert snapshot(created_vault.directory) == before
    # Proof that no key file was read, let alone decrypted: the same answer without a vault.
    with pytest.raises(InvalidRecoveryKey, match="gruppe 3"):
        Vault.recover(tmp_path / "ingen-vault-her", typo, NEW_PASSPHRASE)


def test_recovery_key_of_wrong_length_is_invalid_not_wrong(created_vault: CreatedVault) -> None:
    created_vault.vault.lock()
    with pytest.raises(InvalidRecoveryKey, match="8 grupper"):
        Vault.recover(created_vault.directory, created_vault.recovery_key[:-6], NEW_PASSPHRASE)


def test_recovery_key_of_another_vault_raises_wrong_recovery_key_and_changes_nothing(
    created_vault: CreatedVault, tmp_path: Path
) -> None:
    other, other_key = Vault.create(tmp_path / "annen", PASSPHRASE)
    other.lock()
    created_vault.vault.lock()
    before = snapshot(created_vault.directory)
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(created_vault.directory, other_key, NEW_PASSPHRASE)
    assert snapshot(created_vault.directory) == before
    Vault.open(created_vault.directory, PASSPHRASE).lock()


def test_recover_refuses_a_weak_new_passphrase_and_changes_nothing(
    created_vault: CreatedVault,
) -> None:
    created_vault.vault.lock()
    before = snapshot(created_vault.directory)
    with pytest.raises(WeakPassphrase):
        Vault.recover(created_vault.directory, created_vault.recovery_key, "kort")
    assert snapshot(created_vault.directory) == before
