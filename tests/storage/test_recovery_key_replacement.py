"""A new recovery key in place of an unconfirmed one, and the "confirmed" mark that survives a
lock: on real vaults, through their key files."""

from __future__ import annotations

import json

import pytest

from bufapp.errors import VaultLocked, WrongRecoveryKey
from bufapp.security import keyfile
from bufapp.storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, CreatedVault
from tests.storage.helpers import dump_tables


def test_a_new_vault_is_unconfirmed_and_the_mark_survives_lock_and_reopen(
    created_vault: CreatedVault,
) -> None:
    vault = created_vault.vault
    assert not vault.recovery_key_confirmed
    vault.confirm_recovery_key()
    assert vault.recovery_key_confirmed
    vault.lock()
    with pytest.raises(VaultLocked):
        _ = vault.recovery_key_confirmed

    reopened = Vault.open(created_vault.directory, PASSPHRASE)
    try:
        assert reopened.recovery_key_confirmed
    finally:
        reopened.lock()
    # Both copies of the key file carry it (the mirror alone opens as confirmed too).
    (created_vault.directory / keyfile.KEY_FILE_NAME).unlink()
    mirror_only = Vault.open(created_vault.directory, PASSPHRASE)
    try:
        assert mirror_only.recovery_key_confirmed
    finally:
        mirror_only.lock()


def test_replacing_the_recovery_key_voids_the_old_one_and_the_new_one_opens(
    created_vault: CreatedVault,
) -> None:
    old_key = created_vault.recovery_key
    vault = created_vault.vault
    data = dump_tables(vault)
    new_key = vault.replace_recovery_key()
    assert new_key != old_key
    assert not vault.recovery_key_confirmed  # shown, not yet retyped
    vault.confirm_recovery_key()
    assert vault.recovery_key_confirmed
    vault.lock()

    with pytest.raises(WrongRecoveryKey):
        Vault.recover(created_vault.directory, old_key, NEW_PASSPHRASE)
    recovered = Vault.recover(created_vault.directory, new_key, NEW_PASSPHRASE)
    try:
        assert dump_tables(recovered) == data
        assert recovered.recovery_key_confirmed
    finally:
        recovered.lock()
    Vault.open(created_vault.directory, NEW_PASSPHRASE).lock()


def test_a_replaced_key_is_unconfirmed_even_when_the_old_one_was_confirmed(
    created_vault: CreatedVault,
) -> None:
    vault = created_vault.vault
    vault.confirm_recovery_key()
    vault.replace_recovery_key()
    vault.lock()
    reopened = Vault.open(created_vault.directory, PASSPHRASE)
    try:
        assert not reopened.recovery_key_confirmed
    finally:
        reopened.lock()


def _edit_recovery_slot(directory: object, edit: object) -> None:
    """Rewrite both key-file copies with the recovery slot changed and a valid checksum, as an
    older bufapp (or someone with the file, but not the key) would."""
    for name in (keyfile.KEY_FILE_NAME, keyfile.MIRROR_FILE_NAME):
        path = directory / name  # type: ignore[operator]
        body = json.loads(path.read_bytes())
        del body["checksum"]
        edit(body["slots"][keyfile.SLOT_RECOVERY])  # type: ignore[operator]
        body["checksum"] = keyfile._checksum(body)
        path.write_text(json.dumps(body))


def test_a_forged_mark_is_not_confirmed_and_a_key_file_from_before_counts_as_confirmed(
    created_vault: CreatedVault,
) -> None:
    directory = created_vault.directory
    created_vault.vault.lock()
    _edit_recovery_slot(directory, lambda slot: slot.update(confirmation="ab" * 32))
    forged = Vault.open(directory, PASSPHRASE)
    try:
        assert not forged.recovery_key_confirmed
    finally:
        forged.lock()

    _edit_recovery_slot(directory, lambda slot: slot.pop("confirmation"))
    older = Vault.open(directory, PASSPHRASE)
    try:
        assert older.recovery_key_confirmed  # made before bufapp asked; its sheet stays valid
    finally:
        older.lock()
