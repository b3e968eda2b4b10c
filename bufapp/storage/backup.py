"""Backups: one file holding a consistent copy of the encrypted database and its key file.

A backup is as safe as the vault (nothing in it is decrypted) and, with the passphrase that
was valid when it was made or with the recovery key, restores everything. The file is a plain
ZIP (stored, not compressed: ciphertext does not compress) with a manifest of SHA-256 sums, so a
damaged backup is found before anything is replaced.

Making one has three phases, reported through ``progress`` (a fraction 0..1; it may raise
BackupCancelled to stop): the database copied page by page with SQLite's backup API inside one
read transaction (a snapshot of one moment, however much is written meanwhile), the ZIP written
while its checksums are computed, and the written file read back: the database in it is
extracted beside it, opened with the vault's key and checked page by page. Only then is the file
renamed into place; until then it is a hidden staging folder that any failure removes.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2

from bufapp import __version__
from bufapp.errors import (
    BackupError,
    BackupNotVerified,
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
from bufapp.storage import migrate
from bufapp.storage.audit_chain import head_in
from bufapp.storage.backup_file import (  # noqa: F401  (FORMAT … read_backup: for our callers)
    BLOCK,
    FORMAT,
    MANIFEST,
    MEMBERS,
    SUFFIX,
    VERSION,
    BackupInfo,
    Progress,
    damaged,
    extract_checked,
    no_progress,
    not_a_database,
    read_backup,
    sha256_hex,
)
from bufapp.storage.vault import DB_FILE_NAME, Vault, is_vault

# Pages per step of the backup API (8 MiB at SQLCipher's 4 KiB pages): progress and a cancel
# are seen every few hundred milliseconds at most, and stepping costs nothing measurable.
STEP_PAGES = 2048
# Shares of the whole run, for one progress bar across the phases (measured on 30,000 entries).
_COPY, _WRITE = 0.5, 0.25


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


def _write_failed(failure: OSError) -> BufappError:
    """A calm message for a failed write: a full disk, a stick pulled out, a folder gone."""
    if failure.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            "Det er ikke plass til sikkerhetskopien der. Velg et annet sted eller frigjør plass; "
            "databasen er uendret."
        )
    return BackupError(
        f"Sikkerhetskopien kunne ikke skrives: {file_trouble(failure)} Er minnepinnen eller nettverksmappen fortsatt tilkoblet? Ingen halvferdig fil er lagt "
        "igjen, og databasen er uendret. Prøv igjen."
    )


def _restore_failed(failure: OSError) -> BufappError:
    """A failed restore in words a person can act on; the vault in use is where it was."""
    if failure.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            "Det er ikke plass til å gjenopprette sikkerhetskopien her. Frigjør plass og prøv "
            "igjen."
        )
    return BackupError(f"Sikkerhetskopien kunne ikke gjenopprettes: {file_trouble(failure)}")


# --- making a backup -----------------------------------------------------------------------------


def create_backup(vault: Vault, target: Path, progress: Progress | None = None) -> BackupInfo:
    """Write a backup of an open vault to ``target`` atomically; safe while the app writes."""
    try:
        return _create_backup(vault, Path(target), progress or no_progress)
    except OSError as failure:
        raise _write_failed(failure) from failure


def _create_backup(vault: Vault, target: Path, progress: Progress) -> BackupInfo:
    target.parent.mkdir(parents=True, exist_ok=True)
    # ignore_cleanup_errors: with the stick pulled out the folder cannot be removed either, and
    # the error that matters is the one that stopped the backup.
    with tempfile.TemporaryDirectory(
        prefix=".bufapp-backup-", dir=target.parent, ignore_cleanup_errors=True
    ) as staging_name:
        staging = Path(staging_name)
        copy_in_steps(vault, staging / DB_FILE_NAME, lambda f: progress(f * _COPY))
        with vault.engine.connect() as connection:
            revision = migrate.current_revision(connection)
        with closing(vault.raw_connection(staging / DB_FILE_NAME)) as copy:
            anchor = head_in(copy)  # the head this very copy holds
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": vault.vault_id,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "schema_revision": revision,
            "program_version": __version__,
            "audit_head": anchor.as_dict(),  # an anchor for ``bufapp-admin audit verify``
        }
        partial = staging / (target.name + ".part")
        _write_archive(
            partial, staging / DB_FILE_NAME, vault.key_file_bytes(), manifest,
            lambda f: progress(_COPY + f * _WRITE),
        )  # fmt: skip
        fsync_file(partial)
        (staging / DB_FILE_NAME).unlink()  # room for the check's copy on a nearly full stick
        verify_written(
            vault, partial, lambda f: progress(_COPY + _WRITE + f * (1 - _COPY - _WRITE))
        )
        os.replace(partial, target)
        fsync_directory(target.parent)
    progress(1.0)
    return BackupInfo(target, vault.vault_id, manifest["created"], revision, target.stat().st_size)


def copy_in_steps(
    vault: Vault, target: Path, progress: Progress = no_progress, step_pages: int | None = None
) -> None:
    """The database copied with the backup API, ``STEP_PAGES`` at a time.

    The source connection holds one read transaction for the whole copy: the steps then read
    one snapshot, and a write by another connection between steps neither restarts the copy
    (which, with steady writes, could go on for ever) nor mixes two moments in it.
    """
    with closing(vault.raw_connection()) as source, closing(vault.raw_connection(target)) as copy:
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts
        try:
            source.backup(
                copy,
                pages=step_pages or STEP_PAGES,
                progress=lambda _status, left, total: progress(1 - left / total if total else 1),
            )
        finally:
            source.execute("ROLLBACK")
        copy.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)


def _write_archive(
    partial: Path, database: Path, key_file: bytes, manifest: dict[str, object], progress: Progress
) -> None:
    """The ZIP, its database member streamed once while its SHA-256 is computed; the manifest
    last, when every sum is known (readers look members up by name, not by order)."""
    size = database.stat().st_size
    digest = hashlib.sha256()
    with (
        open_private(partial, "xb") as handle,
        zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive,
    ):
        member = zipfile.ZipInfo.from_file(database, arcname=DB_FILE_NAME)
        with open(database, "rb") as source, archive.open(member, "w") as written:
            done = 0
            for block in iter(lambda: source.read(BLOCK), b""):
                digest.update(block)
                written.write(block)
                done += len(block)
                progress(done / size if size else 1)
        archive.writestr(keyfile.KEY_FILE_NAME, key_file)
        files = {DB_FILE_NAME: digest.hexdigest(), keyfile.KEY_FILE_NAME: sha256_hex(key_file)}
        sizes = {DB_FILE_NAME: done, keyfile.KEY_FILE_NAME: len(key_file)}
        manifest = {**manifest, "files": files, "sizes": sizes}
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2))


def verify_written(vault: Vault, written: Path, progress: Progress = no_progress) -> None:
    """Read a written backup back: every checksum, then its database, extracted beside it,
    opened with the vault's key and checked (``quick_check`` and every page's HMAC).

    Raises BackupNotVerified; the extracted copy (still encrypted) is always removed."""
    with tempfile.TemporaryDirectory(
        prefix=".bufapp-check-", dir=written.parent, ignore_cleanup_errors=True
    ) as folder:
        extracted = Path(folder) / DB_FILE_NAME
        try:
            extract_checked(written, Path(folder), lambda f: progress(f * 0.5), margin=0)
            with closing(vault.raw_connection(extracted)) as connection:
                quick = [row[0] for row in connection.execute("PRAGMA quick_check")]
                progress(0.75)
                pages = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        except (BackupError, VaultDamaged) as failure:
            raise BackupNotVerified from failure
        except dbapi2.DatabaseError as failure:  # a page of the copy does not even read
            raise BackupNotVerified from failure
        except OSError as failure:
            raise _write_failed(failure) from failure
        if quick != ["ok"] or pages:
            raise BackupNotVerified
    progress(1.0)


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


# --- restoring -----------------------------------------------------------------------------------


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
