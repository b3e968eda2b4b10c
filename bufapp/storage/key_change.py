"""Changing the vault's data key without a moment in which a crash loses the vault.

The database is re-encrypted in place (``PRAGMA rekey``), and the key file must then wrap the
new key. Between the two a crash would leave a database no wrap opens, so the new wraps are
written first, to a pending key file beside the real one (a complete key file, owner-only,
atomic). The order is:

1. ``write_pending``: the new key wrapped under the passphrase and a new recovery key;
2. ``rekey``: the database under the new key, one transaction (journal mode DELETE for it:
   SQLCipher re-keys a WAL database badly, so the WAL is checkpointed away first);
3. ``promote``: the pending file becomes the key file (main copy, mirror), then goes.

``finish_interrupted`` runs at unlock when a pending file is left: if the old key still opens
the database the change never happened and the pending file is dropped; otherwise the pending
wrap (the passphrase typed now) gives the new key, and the change is completed. The recovery key
cannot complete it (the pending file holds the new recovery key's wrap, and that key is shown
only once the change is done), so recovery then asks for the passphrase first.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlcipher3 import dbapi2

from bufapp.errors import KeyFileDamaged, VaultDamaged, VaultError
from bufapp.fileio import atomic_write_bytes, fsync_directory
from bufapp.security import kdf, keyfile, recovery
from bufapp.security.keyfile import KeyFile
from bufapp.storage.engine import connect_raw, key_pragma, translate
from bufapp.storage.layout import DB_FILE_NAME

PENDING_FILE_NAME = "bufapp.keys.pending"
NOT_CHANGED = "Datanøkkelen kunne ikke byttes. Ingenting ble endret."
INTERRUPTED = (
    "Et bytte av datanøkkel ble avbrutt før det var ferdig. Lås opp med passordet ditt, så "
    "fullføres det; gjenopprettingsnøkkelen virker ikke før det er gjort. Ingenting ble endret."
)
DATA_KEY_BYTES = 32


@dataclass(frozen=True)
class PreparedChange:
    data_key: bytearray
    recovery_key: str  # shown once when the change is done, never stored
    key_file: KeyFile


def prepare(current: KeyFile, passphrase_text: str) -> PreparedChange:
    """A new random data key, wrapped under the (verified) passphrase with freshly calibrated
    KDF settings and under a new recovery key: the old recovery key's wrap cannot be redone
    without the key itself, which is never stored."""
    data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
    params = kdf.calibrate()
    recovery_key = recovery.generate()
    vault_id = current.vault_id
    passphrase_wrap = keyfile.wrap_passphrase(
        data_key, kdf.derive_key(passphrase_text, params), vault_id, params
    )
    recovery_wrap = keyfile.wrap_recovery(data_key, recovery.to_kek(recovery_key), vault_id)
    key_file = current.with_passphrase_wrap(params, passphrase_wrap).with_recovery_wrap(
        recovery_wrap
    )
    return PreparedChange(data_key, recovery_key, key_file)


def pending_path(directory: Path) -> Path:
    return Path(directory) / PENDING_FILE_NAME


def write_pending(directory: Path, key_file: KeyFile) -> None:
    atomic_write_bytes(pending_path(directory), key_file.to_bytes())


def read_pending(directory: Path) -> KeyFile | None:
    try:
        return KeyFile.from_bytes(pending_path(directory).read_bytes())
    except (OSError, KeyFileDamaged):
        return None


def discard_pending(directory: Path) -> None:
    pending_path(directory).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        fsync_directory(Path(directory))


def rekey_pragma(key: bytes | bytearray) -> str:
    return key_pragma(key).replace("PRAGMA key", "PRAGMA rekey", 1)


def rekey(db_path: Path, old_key: bytes | bytearray, new_key: bytes | bytearray) -> None:
    """Re-encrypt every page under ``new_key``. Nothing else may hold the database open."""
    connection = connect_raw(db_path, old_key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        # Leaving WAL needs the database to itself: another program holding it open (a second
        # bufapp, a backup under way) makes this fail at once, before anything is re-encrypted.
        connection.execute("PRAGMA journal_mode = DELETE").fetchall()
        connection.execute(rekey_pragma(new_key)).fetchall()
        connection.execute("PRAGMA journal_mode = WAL").fetchall()
    except dbapi2.DatabaseError as failure:
        raise translate(failure) or VaultError(NOT_CHANGED) from failure
    finally:
        connection.close()


def promote(directory: Path, key_file: KeyFile) -> None:
    keyfile.write(directory, key_file)
    discard_pending(directory)


def opens(db_path: Path, key: bytes | bytearray) -> bool:
    try:
        connect_raw(db_path, key).close()
    except VaultDamaged:
        return False
    return True


def finish_interrupted(
    directory: Path,
    key_file: KeyFile,
    data_key: bytearray,
    unwrap_pending: Callable[[KeyFile], bytearray | None],
) -> tuple[KeyFile, bytearray]:
    """The key file and data key that open the database after a change a crash interrupted
    (unchanged when there was none)."""
    pending = read_pending(directory)
    if pending is None:
        return key_file, data_key
    db_path = Path(directory) / DB_FILE_NAME
    if opens(db_path, data_key):
        discard_pending(directory)  # the database was never re-keyed
        return key_file, data_key
    new_key = unwrap_pending(pending)
    if new_key is None:  # the pending file is locked under the passphrase and the new key only
        raise VaultError(INTERRUPTED)
    if not opens(db_path, new_key):
        return key_file, data_key  # neither opens it: the usual damage message follows
    promote(directory, pending)
    return pending, new_key
