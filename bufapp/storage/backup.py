"""Backups: one file holding a consistent copy of the encrypted database and its key file.

A backup is as safe as the vault (nothing in it is decrypted) and, with the passphrase that
was valid when it was made or with the recovery key, restores everything. The file is a plain
ZIP (stored, not compressed: ciphertext does not compress) with a manifest of SHA-256 sums, so a
damaged backup is found before anything is replaced. Restoring one, and counting what it holds
before that, is ``restore``.

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
import tempfile
import zipfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2

from bufapp import __version__
from bufapp.errors import (
    BackupError,
    BackupNotVerified,
    BufappError,
    StorageFull,
    VaultDamaged,
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
from bufapp.storage.vault import DB_FILE_NAME, Vault

# Pages per step of the backup API (8 MiB at SQLCipher's 4 KiB pages): progress and a cancel
# are seen every few hundred milliseconds at most, and stepping costs nothing measurable.
STEP_PAGES = 2048
# Shares of the whole run, for one progress bar across the phases (measured on 30,000 entries).
_COPY, _WRITE = 0.5, 0.25


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
