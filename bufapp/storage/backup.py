"""Backups: one file holding a consistent copy of the encrypted database and its key file.

A backup is as safe as the vault (nothing in it is decrypted) and, with the passphrase that
was valid when it was made or with the recovery key, restores everything. The file is a plain
ZIP (stored, not compressed: ciphertext does not compress) with a manifest of SHA-256 sums, so a
damaged backup is found before anything is replaced.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bufapp import __version__
from bufapp.errors import BackupError, StorageFull, VaultDamaged, VaultExists
from bufapp.fileio import fsync_directory, fsync_file
from bufapp.security import keyfile
from bufapp.storage import migrate
from bufapp.storage.vault import DB_FILE_NAME, Vault, is_vault

FORMAT = "bufapp-backup"
VERSION = 1
MANIFEST = "manifest.json"
SUFFIX = ".bufbackup"
_MEMBERS = (DB_FILE_NAME, keyfile.KEY_FILE_NAME)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    vault_id: str
    created: str
    schema_revision: str | None
    size_bytes: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def create_backup(vault: Vault, target: Path) -> BackupInfo:
    """Write a backup of an open vault to ``target`` atomically; safe while the app writes."""
    try:
        return _create_backup(vault, Path(target))
    except OSError as failure:
        if failure.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull(
                "Det er ikke plass til sikkerhetskopien der. Velg et annet sted eller frigjør plass; "
                "databasen er uendret."
            ) from failure
        raise BackupError(f"Sikkerhetskopien kunne ikke skrives: {failure.strerror}.") from failure


def _create_backup(vault: Vault, target: Path) -> BackupInfo:
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".bufapp-backup-", dir=target.parent) as staging_name:
        staging = Path(staging_name)
        vault.copy_database_to(staging / DB_FILE_NAME)
        (staging / keyfile.KEY_FILE_NAME).write_bytes(vault.key_file_bytes())
        verify = vault.raw_connection(staging / DB_FILE_NAME)
        try:
            if verify.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise VaultDamaged
        finally:
            verify.close()
        with vault.engine.connect() as connection:
            revision = migrate.current_revision(connection)
        created = datetime.now(UTC).isoformat(timespec="seconds")
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": vault.vault_id,
            "created": created,
            "schema_revision": revision,
            "program_version": __version__,
            "files": {name: _sha256(staging / name) for name in _MEMBERS},
        }
        partial = staging / (target.name + ".part")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
            for name in _MEMBERS:
                archive.write(staging / name, arcname=name)
        fsync_file(partial)
        read_backup(partial)  # never report success for a backup that would not restore
        os.replace(partial, target)
        fsync_directory(target.parent)
    return BackupInfo(target, vault.vault_id, created, revision, target.stat().st_size)


def read_backup(source: Path) -> BackupInfo:
    """Check a backup file completely (manifest, checksums, key file) without extracting it."""
    source = Path(source)
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            if manifest.get("format") != FORMAT:
                raise BackupError("Filen er ikke en sikkerhetskopi fra bufapp.")
            if manifest.get("version", 0) > VERSION:
                raise BackupError(
                    "Sikkerhetskopien er laget av en nyere bufapp. Oppdater programmet."
                )
            for name in _MEMBERS:
                digest = hashlib.sha256()
                with archive.open(name) as member:
                    for block in iter(lambda member=member: member.read(1 << 20), b""):
                        digest.update(block)
                if digest.hexdigest() != manifest["files"][name]:
                    raise BackupError(
                        f"Sikkerhetskopien er skadet ({name} stemmer ikke med kontrollsummen)."
                    )
            keyfile.KeyFile.from_bytes(archive.read(keyfile.KEY_FILE_NAME))
    except FileNotFoundError:
        raise BackupError(f"Fant ikke sikkerhetskopien {source}.") from None
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        KeyError,
        ValueError,
        OSError,
        EOFError,
        RuntimeError,  # a flipped flag bit can make zipfile think the member is encrypted
        NotImplementedError,  # ... or compressed with an unknown method
        VaultDamaged,
    ) as failure:
        raise BackupError(
            "Sikkerhetskopien er skadet eller ufullstendig og kan ikke brukes."
        ) from failure
    return BackupInfo(
        source,
        manifest["vault_id"],
        manifest["created"],
        manifest.get("schema_revision"),
        source.stat().st_size,
    )


def restore_backup(source: Path, directory: Path, replace: bool = False) -> Path | None:
    """Restore a backup into ``directory``.

    Refuses when a vault is there unless ``replace``; even then the old vault is never deleted
    but moved aside, and its new place is returned. The swap happens only after the backup has
    been checked completely.
    """
    directory = Path(directory)
    read_backup(source)
    if is_vault(directory) and not replace:
        raise VaultExists(
            f"Det finnes allerede en database i {directory}. Ingenting ble endret. "
            "Bruk --force for å erstatte den (den gamle flyttes til side, ikke slettet)."
        )
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".bufapp-restore-", dir=directory.parent))
    try:
        with zipfile.ZipFile(source) as archive:
            for name in _MEMBERS:
                archive.extract(name, staging)
                fsync_file(staging / name)
        shutil.copyfile(staging / keyfile.KEY_FILE_NAME, staging / keyfile.MIRROR_FILE_NAME)
        fsync_file(staging / keyfile.MIRROR_FILE_NAME)
        os.chmod(staging, 0o700)
        moved_aside = None
        if directory.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            moved_aside = directory.with_name(f"{directory.name}.erstattet-{stamp}")
            os.replace(directory, moved_aside)
        os.replace(staging, directory)
        fsync_directory(directory.parent)
        return moved_aside
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
