"""The backup file: a ZIP (stored, not compressed: ciphertext does not compress) holding the
encrypted database, the key file and a manifest with their SHA-256 sums, so that a damaged
backup is found before anything is replaced. Reading and checking it; writing is in backup.py.
"""

from __future__ import annotations

import errno
import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bufapp.errors import BackupError, VaultDamaged
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


def damaged() -> BackupError:
    return BackupError("Sikkerhetskopien er skadet eller ufullstendig og kan ikke brukes.")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def extract_checked(source: Path, target: Path, progress: Progress = no_progress) -> dict:
    """The database member written to ``target`` while its SHA-256 is compared with the
    manifest; the key file checked as well. Returns the manifest. BackupError if anything
    does not match (``target`` is then left for the caller's staging folder to remove)."""
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = read_manifest(archive)
            key_bytes = archive.read(keyfile.KEY_FILE_NAME)
            if sha256_hex(key_bytes) != manifest["files"][keyfile.KEY_FILE_NAME]:
                raise BackupError(f"Sikkerhetskopien er skadet ({keyfile.KEY_FILE_NAME}).")
            keyfile.KeyFile.from_bytes(key_bytes)
            size = archive.getinfo(DB_FILE_NAME).file_size
            digest, done = hashlib.sha256(), 0
            with archive.open(DB_FILE_NAME) as member, open_private(target) as out:
                for block in iter(lambda: member.read(BLOCK), b""):
                    digest.update(block)
                    out.write(block)
                    done += len(block)
                    progress(done / size if size else 1)
            if digest.hexdigest() != manifest["files"][DB_FILE_NAME]:
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


def read_manifest(archive: zipfile.ZipFile) -> dict:
    manifest = json.loads(archive.read(MANIFEST))
    if manifest.get("format") != FORMAT:
        raise BackupError("Filen er ikke en sikkerhetskopi fra bufapp.")
    if manifest.get("version", 0) > VERSION:
        raise BackupError("Sikkerhetskopien er laget av en nyere bufapp. Oppdater programmet.")
    return manifest


def read_backup(source: Path) -> BackupInfo:
    """Check a backup file completely (manifest, checksums, key file) without extracting it."""
    source = Path(source)
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = read_manifest(archive)
            for name in MEMBERS:
                digest = hashlib.sha256()
                with archive.open(name) as member:
                    for block in iter(lambda member=member: member.read(BLOCK), b""):
                        digest.update(block)
                if digest.hexdigest() != manifest["files"][name]:
                    raise BackupError(
                        f"Sikkerhetskopien er skadet ({name} stemmer ikke med kontrollsummen)."
                    )
            keyfile.KeyFile.from_bytes(archive.read(keyfile.KEY_FILE_NAME))
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
