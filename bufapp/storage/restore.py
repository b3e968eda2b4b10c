"""Restoring a backup, and what one holds before that: the backup file checked (``read_backup``)
and extracted to a staging folder beside the target, its database opened and checked page by
page, and only then swapped into place, the vault that was there moved aside, never deleted.
Counting what a backup holds opens its database with the open vault's key, so only that vault's
own backups are shown.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2

from bufapp.errors import (
    BackupError,
    BackupOfOtherVault,
    BufappError,
    StorageFull,
    VaultDamaged,
    VaultError,
    VaultExists,
    WrongPassphrase,
    file_trouble,
)
from bufapp.fileio import fsync_directory, fsync_file, open_private
from bufapp.security import keyfile
from bufapp.storage.backup_file import (
    MEMBERS,
    BackupInfo,
    extract_checked,
    not_a_database,
    read_backup,
)
from bufapp.storage.vault import DB_FILE_NAME, Vault, is_vault


@dataclass(frozen=True)
class BackupContents:
    """What a backup of the open vault holds, counted in its own copy of the database."""

    parents: int
    contact_entries: int
    documents: int
    meetings: int
    network_maps: int


_COUNTED = {  # field -> SQL; contact entries and meetings once each, not once per version
    "parents": "SELECT count(*) FROM parent",
    "contact_entries": "SELECT count(*) FROM contact_entry",
    "documents": "SELECT count(*) FROM stored_document",
    "meetings": "SELECT count(*) FROM group_meeting",
    "network_maps": "SELECT count(*) FROM network_map",
}


def _restore_failed(failure: OSError) -> BufappError:
    """A failed restore in words a person can act on; the vault in use is where it was."""
    if failure.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            "Det er ikke plass til å gjenopprette sikkerhetskopien her. Frigjør plass og prøv "
            "igjen."
        )
    return BackupError(f"Sikkerhetskopien kunne ikke gjenopprettes: {file_trouble(failure)}")


def contents_of(source: Path, vault: Vault) -> BackupContents:
    """Count what a backup holds by opening its database with ``vault``'s key, which opens
    only backups of that same vault (another vault's backup raises BackupOfOtherVault), after
    checking it (``quick_check`` and every page's HMAC): a garbage database is refused.

    The database is extracted (still encrypted) to a staging folder beside the vault and
    removed again; nothing decrypted touches the disk (temp_store is memory)."""
    info = read_backup(source)
    if info.vault_id != vault.vault_id:
        raise BackupOfOtherVault
    try:
        return _counted(source, vault)
    except OSError as failure:  # a full disk while extracting: nothing has changed
        raise _restore_failed(failure) from failure


def _counted(source: Path, vault: Vault) -> BackupContents:
    with tempfile.TemporaryDirectory(
        prefix=".bufapp-preview-", dir=vault.directory.parent, ignore_cleanup_errors=True
    ) as folder:
        extracted = Path(folder) / DB_FILE_NAME
        extract_checked(Path(source), Path(folder))
        try:
            with closing(vault.raw_connection(extracted)) as connection:
                if not _whole(connection):
                    raise not_a_database()
                counts = {
                    name: int(connection.execute(sql).fetchone()[0])
                    for name, sql in _COUNTED.items()
                }
        except (dbapi2.DatabaseError, VaultDamaged) as failure:  # the key does not open it
            raise not_a_database() from failure
    return BackupContents(**counts)


def _check_opens(staging: Path, passphrase: str) -> None:
    """The restored vault, still in its staging folder, unlocked with ``passphrase`` and
    checked (``quick_check`` and every page's HMAC): garbage is refused before the swap."""
    try:
        with (
            Vault.open(staging, passphrase) as restored,
            closing(restored.raw_connection()) as connection,
        ):
            whole = _whole(connection)
    except WrongPassphrase:
        raise WrongPassphrase(
            "Passordet åpner ikke sikkerhetskopien (bruk passordet som gjaldt da den ble "
            "tatt), så ingenting er endret."
        ) from None
    except (VaultDamaged, dbapi2.DatabaseError) as failure:
        raise not_a_database() from failure
    if not whole:
        raise not_a_database()


def _whole(connection: dbapi2.Connection) -> bool:
    quick = [row[0] for row in connection.execute("PRAGMA quick_check")]
    return quick == ["ok"] and not connection.execute("PRAGMA cipher_integrity_check").fetchall()


def _refuse_what_is_not_a_vault(directory: Path) -> None:
    """A restore replaces a vault, an empty folder or nothing: never someone's own files."""
    if not directory.exists() or is_vault(directory):
        return
    if directory.is_dir() and not any(directory.iterdir()):
        return
    raise BackupError(
        f"{directory} er ikke en bufapp-database, men en fil eller en mappe med andre filer, så "
        "ingenting er endret; velg en tom eller ny mappe."
    )


def vault_id_in(directory: Path) -> str | None:
    """The id of the vault in ``directory`` from its key file (readable without a key), or
    None when there is none or neither key-file copy can be read."""
    try:
        return keyfile.read(Path(directory)).vault_id
    except VaultError:  # a damaged key file is a reason to restore, not a reason to refuse
        return None


def check_restorable(
    source: Path, directory: Path, replace: bool = False, other_vault: bool = False
) -> BackupInfo:
    """Everything ``restore_backup`` refuses before it extracts a byte: the backup file
    (``read_backup``), a target that is not a vault, a vault there without ``replace``, and
    another vault there without ``other_vault``."""
    info = read_backup(source)
    _refuse_what_is_not_a_vault(directory)
    if is_vault(directory) and not replace:
        raise VaultExists(
            f"Det finnes allerede en database i {directory}. Ingenting ble endret. "
            "Bruk --force for å erstatte den (den gamle flyttes til side, ikke slettet)."
        )
    current_id = vault_id_in(directory) if is_vault(directory) else None
    if current_id is not None and current_id != info.vault_id and not other_vault:
        raise BackupOfOtherVault
    return info


def restore_backup(
    source: Path,
    directory: Path,
    replace: bool = False,
    other_vault: bool = False,
    passphrase: str | None = None,
) -> Path | None:
    """Restore a backup into ``directory``.

    Refuses when a vault is there unless ``replace``, and when that vault is another one than
    the backup's unless ``other_vault`` (BackupOfOtherVault); even then the old vault is never
    deleted but moved aside, and its new place is returned. The swap happens only after the
    backup has been checked completely: with ``passphrase`` (the one valid when it was made),
    its database is opened and checked page by page as well.
    """
    directory = Path(directory)
    check_restorable(source, directory, replace, other_vault)
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".bufapp-restore-", dir=directory.parent))
    moved_aside, emptied = None, False
    try:
        extract_checked(source, staging)  # owner-only from the first byte
        with open_private(staging / keyfile.MIRROR_FILE_NAME) as mirror:
            mirror.write((staging / keyfile.KEY_FILE_NAME).read_bytes())
        if passphrase is not None:
            _check_opens(staging, passphrase)
        for name in (*MEMBERS, keyfile.MIRROR_FILE_NAME):
            fsync_file(staging / name)
        emptied = directory.is_dir() and not any(directory.iterdir())
        if emptied:
            directory.rmdir()  # an empty folder is replaced, not kept aside
        if directory.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            moved_aside = directory.with_name(f"{directory.name}.erstattet-{stamp}")
            os.replace(directory, moved_aside)
        os.replace(staging, directory)
        fsync_directory(directory.parent)
        return moved_aside
    except BaseException as failure:
        if moved_aside is not None and moved_aside.exists() and not directory.exists():
            os.replace(moved_aside, directory)  # the swap failed halfway: the old vault goes back
        if emptied and not directory.exists():
            directory.mkdir()  # the empty folder someone chose is there again
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(failure, OSError):
            raise _restore_failed(failure) from failure
        raise
