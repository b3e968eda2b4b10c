"""The backup file: a ZIP (stored, not compressed: ciphertext does not compress) holding the
encrypted database, the key file and a manifest with their SHA-256 sums, so that a damaged
backup is found before anything is replaced. Reading and checking it; writing is in backup.py.
"""

from __future__ import annotations

import errno
import hashlib
import json
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bufapp.errors import BackupError, StorageFull, VaultDamaged, VaultError
from bufapp.fileio import open_private
from bufapp.security import keyfile
from bufapp.storage.layout import DB_FILE_NAME

FORMAT = "bufapp-backup"
VERSION = 1
MANIFEST = "manifest.json"
SUFFIX = ".bufbackup"
MEMBERS = (DB_FILE_NAME, keyfile.KEY_FILE_NAME)
BLOCK = 1 << 20

Progress = Callable[[float], None]


def no_progress(_fraction: float) -> None:
    return None


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    vault_id: str
    created: str
    schema_revision: str | None
    size_bytes: int


# --- reading a backup ----------------------------------------------------------------------------

# What a damaged ZIP can raise while being read.
ZIP_DAMAGE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    ValueError,
    EOFError,
    RuntimeError,  # a flipped flag bit can make zipfile think the member is encrypted
    NotImplementedError,  # ... or compressed with an unknown method
    VaultDamaged,
)

# Limits no real backup comes near, checked on the ZIP's directory before a byte is inflated:
# the key file and the manifest are a few KiB, and the database is ciphertext, which deflate
# cannot shrink (an old deflated backup's member is as large as its contents, or larger).
SMALL_MEMBER_LIMIT = 1 << 20
CIPHERTEXT_RATIO_LIMIT = 1.25
CIPHERTEXT_SLACK = 1 << 16
# SQLCipher's smallest page; an encrypted database is whole pages, and never starts with the
# header of an unencrypted one.
MIN_PAGE_SIZE = 512
PLAINTEXT_HEADER = b"SQLite format 3\x00"
# Left free after extracting, so a restore never fills the disk the vault lives on.
FREE_SPACE_MARGIN = 64 << 20

_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def damaged() -> BackupError:
    return BackupError("Sikkerhetskopien er skadet eller ufullstendig og kan ikke brukes.")


def not_a_database() -> BackupError:
    return BackupError(
        "Databasen i sikkerhetskopien er skadet eller ikke en bufapp-database, så "
        "sikkerhetskopien kan ikke brukes."
    )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def extract_checked(
    source: Path, folder: Path, progress: Progress = no_progress, margin: int = FREE_SPACE_MARGIN
) -> dict:
    """The database and the key file written (owner-only) into ``folder``, after every check
    that needs no inflating (``check_archive``) and room for them (and ``margin`` more); the
    database's SHA-256 compared with the manifest while it is written. Returns the manifest.
    BackupError if anything does not match (what was written is left for the caller's staging
    folder to remove); StorageFull or OSError for a full disk."""
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = check_archive(archive, Path(source))
            needed = sum(archive.getinfo(name).file_size for name in MEMBERS)
            ensure_room(folder, needed + margin)
            key_bytes = archive.read(keyfile.KEY_FILE_NAME)
            with open_private(folder / keyfile.KEY_FILE_NAME) as out:
                out.write(key_bytes)
            with open_private(folder / DB_FILE_NAME) as out:
                digest = _stream_database(archive, out.write, progress)
            if digest != manifest["files"][DB_FILE_NAME]:
                raise BackupError(f"Sikkerhetskopien er skadet ({DB_FILE_NAME}).")
    except FileNotFoundError:
        raise BackupError(f"Fant ikke sikkerhetskopien {source}.") from None
    except OSError as failure:
        if failure.errno in (errno.ENOSPC, errno.EDQUOT):
            raise  # writing the extracted copy: a full disk, not a damaged backup
        raise damaged() from failure
    except ZIP_DAMAGE as failure:
        raise damaged() from failure
    return manifest


def _stream_database(
    archive: zipfile.ZipFile, write: Callable[[bytes], object], progress: Progress = no_progress
) -> str:
    """The database member passed to ``write`` block by block; its SHA-256. Reading stops at
    the size in the ZIP's directory, which ``check_archive`` has bounded."""
    size = archive.getinfo(DB_FILE_NAME).file_size
    digest, done = hashlib.sha256(), 0
    with archive.open(DB_FILE_NAME) as member:
        for block in iter(lambda: member.read(BLOCK), b""):
            if done == 0 and block.startswith(PLAINTEXT_HEADER):
                raise not_a_database()
            digest.update(block)
            write(block)
            done += len(block)
            progress(done / size if size else 1)
    return digest.hexdigest()


def ensure_room(folder: Path, needed: int) -> None:
    """StorageFull before extracting ``needed`` bytes into ``folder`` would fill its disk."""
    if shutil.disk_usage(folder).free < needed:
        raise StorageFull(
            "Det er ikke plass til å pakke ut sikkerhetskopien her, så ingenting er endret; "
            "frigjør plass og prøv igjen."
        )


def check_archive(archive: zipfile.ZipFile, source: Path) -> dict:
    """The manifest of an open backup after every check that inflates nothing large: unique
    member names, the manifest's fields, each member's size against the manifest and against
    what ciphertext can be, and the key file (its sum, its contents, its vault). A bomb is
    refused here, before it is extracted or even read."""
    names = archive.namelist()
    if len(names) != len(set(names)):
        raise BackupError("Sikkerhetskopien har to filer med samme navn og kan ikke brukes.")
    _check_size(archive.getinfo(MANIFEST), None, source)
    manifest = read_manifest(archive)
    for name in MEMBERS:
        _check_size(archive.getinfo(name), manifest, source)
    key_bytes = archive.read(keyfile.KEY_FILE_NAME)
    if sha256_hex(key_bytes) != manifest["files"][keyfile.KEY_FILE_NAME]:
        raise BackupError(f"Sikkerhetskopien er skadet ({keyfile.KEY_FILE_NAME}).")
    if _key_file(key_bytes).vault_id != manifest["vault_id"]:
        raise damaged()
    return manifest


def _key_file(data: bytes) -> keyfile.KeyFile:
    """The backup's key file parsed and its settings bounded (``KeyFile.from_bytes``): hostile
    KDF settings would make the restored vault impossible, or ruinous, to unlock."""
    try:
        return keyfile.KeyFile.from_bytes(data)
    except (VaultError, ValueError) as failure:
        raise BackupError(
            "Nøkkelfilen i sikkerhetskopien er skadet eller har ugyldige innstillinger, så "
            "sikkerhetskopien kan ikke brukes."
        ) from failure


def _check_size(member: zipfile.ZipInfo, manifest: dict | None, source: Path) -> None:
    stated = (manifest or {}).get("sizes", {}).get(member.filename)
    if stated is not None and stated != member.file_size:
        raise damaged()
    if member.header_offset + member.compress_size > source.stat().st_size:
        raise damaged()
    if member.filename == DB_FILE_NAME:
        limit = member.compress_size * CIPHERTEXT_RATIO_LIMIT + CIPHERTEXT_SLACK
        if member.file_size % MIN_PAGE_SIZE or not member.file_size:
            raise not_a_database()
    else:
        limit = SMALL_MEMBER_LIMIT
    if member.file_size > limit:
        raise BackupError(
            "Sikkerhetskopien ville bli pakket ut til langt mer enn en ekte sikkerhetskopi "
            "kan, så den er ikke brukt."
        )


def read_manifest(archive: zipfile.ZipFile) -> dict:
    """The manifest, its fields checked: a wrong type or a missing field is one sentence."""
    manifest = json.loads(archive.read(MANIFEST))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("Filen er ikke en sikkerhetskopi fra bufapp.")
    version = manifest.get("version")
    if _is_int(version) and version > VERSION:
        raise BackupError("Sikkerhetskopien er laget av en nyere bufapp. Oppdater programmet.")
    if not (_is_int(version) and version >= 1 and _fields_valid(manifest)):
        raise BackupError(
            f"Innholdslisten i sikkerhetskopien ({MANIFEST}) er ugyldig, så sikkerhetskopien "
            "kan ikke brukes."
        )
    return manifest


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _fields_valid(manifest: dict) -> bool:
    files, sizes = manifest.get("files"), manifest.get("sizes", {})
    revision = manifest.get("schema_revision")
    return (
        isinstance(manifest.get("vault_id"), str)
        and bool(manifest["vault_id"])
        and _is_aware_time(manifest.get("created"))
        and (revision is None or isinstance(revision, str))
        and isinstance(files, dict)
        and all(isinstance(files.get(n), str) and _SHA256_HEX.fullmatch(files[n]) for n in MEMBERS)
        and isinstance(sizes, dict)
        and all(_is_int(sizes.get(n, 0)) and sizes.get(n, 0) >= 0 for n in MEMBERS)
    )


def _is_aware_time(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def read_backup(source: Path) -> BackupInfo:
    """Check a backup file completely (manifest, sizes, checksums, key file) without
    extracting it."""
    source = Path(source)
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = check_archive(archive, source)
            if _stream_database(archive, lambda _block: None) != manifest["files"][DB_FILE_NAME]:
                raise BackupError(
                    f"Sikkerhetskopien er skadet ({DB_FILE_NAME} stemmer ikke med kontrollsummen)."
                )
    except FileNotFoundError:
        raise BackupError(f"Fant ikke sikkerhetskopien {source}.") from None
    except (*ZIP_DAMAGE, OSError) as failure:
        raise damaged() from failure
    return BackupInfo(
        source,
        manifest["vault_id"],
        manifest["created"],
        manifest.get("schema_revision"),
        source.stat().st_size,
    )
