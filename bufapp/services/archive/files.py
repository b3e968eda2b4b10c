"""The files of an export: one folder per export, written whole or not at all, and its metadata.

Inside the folder the caseworker chooses, an export is the folder ``eksport-YYYYMMDD-HHMMSS``
holding each document as PDF/A-2b and ``eksport-YYYYMMDD-HHMMSS.json``. Everything is written
first into a hidden ``.bufapp-eksport-….ufullstendig`` folder beside it, each file fsynced,
and that folder is renamed into place in one step: the main case system's import never sees
half an export. A failure removes the hidden folder; one that could not be removed (a USB stick
pulled out) is cleared by the next export to the same place.

Why JSON and not Noark 5 XML: a Noark 5 transfer (arkivuttrekk: arkivstruktur.xml against its
XSD, with arkiv, arkivdel, klassifikasjon, mappe and the receiving system's own ids) describes a
whole archive, and only the main case system can assign its ids and place the documents in its
cases. bufapp delivers documents for journaling, so it hands over a small, documented file in a
format every import tool and every person can read, with the Noark names of each field below.

The metadata file (UTF-8, ``format_version`` 1)::

    {"format": "bufapp-arkiveksport", "format_version": 1,
     "export": {"made_at": ISO moment in Norwegian time, "scope": {"kind": "parent"|"case",
                "parent": name | "case_number": number}, "office": ..., "caseworker": ...,
                "document_count": n},
     "documents": [{
        "file": "2026-11-19_kontakt_123.pdf", "sha256": ..., "bytes": n, "format": "PDF/A-2b",
        "title": ... (tittel), "document_date": "YYYY-MM-DD" (dokumentetsDato),
        "journal_type": "I"|"U"|"X" (journalposttype), "journal_type_label": ...,
        "document_kind": "contact_entry"|"group_meeting"|"referral"|"network_map"|
                         "follow_up_purpose"|"child_plan"|"information_given"|"assessment"|
                         "parent_evaluation"|"parent_wish",
        "document_kind_label": ..., "case_numbers": [...] (saksnummer i fagsystemet),
        "parties": [{"role": "Forelder"|"Barn"|"Mottaker", "name": ...}] (korrespondansepart),
        "sender": ... (avsender), "recipients": [...] (mottaker),
        "dispatched_on": "YYYY-MM-DD" | null (forsendelsesdato),
        "source": {"kind": ..., "id": n, "version": n}}],
     "audit_head": {"seq": n, "mac": hex}}

``source`` says which record a file is: its kind, id and version. A follow-up purpose is known
by the parent's id (one purpose and agreement per parent); the follow-up's records and the
network maps carry no version of their own, so theirs is a number that changes when the record
does (not a count). New document kinds are added values, not a new format.

``audit_head`` is the audit trail's head when the export was made: kept in the archive, outside
the vault, it lets ``bufapp-admin audit verify --anchor FILE`` show a trail rewritten or rolled
back since.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bufapp.domain.audit import AuditAnchor
from bufapp.errors import (
    ArchiveExportFailed,
    ExportFolderFull,
    ExportFolderGone,
    ExportFolderMissing,
    ExportFolderUnwritable,
)
from bufapp.fileio import fsync_directory, open_private
from bufapp.services.archive.model import ArchiveItem, ExportScope
from bufapp.services.clock import OSLO

TEMP_PREFIX = ".bufapp-eksport-"
LEFTOVER_AGE_SECONDS = 6 * 3600  # no export takes hours; a younger hidden folder may be live
TEMP_SUFFIX = ".ufullstendig"
FORMAT = "bufapp-arkiveksport"
FORMAT_VERSION = 1


def failure_for(error: OSError) -> ArchiveExportFailed:
    """The Norwegian message for a file error during an export."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return ExportFolderFull()
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportFolderUnwritable()
    if error.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO, errno.ESTALE):
        return ExportFolderGone()
    return ArchiveExportFailed()


def stamp(moment: datetime) -> str:
    return f"{moment.astimezone(OSLO):%Y%m%d-%H%M%S}"


@dataclass(frozen=True)
class WrittenFile:
    item: ArchiveItem
    sha256: str
    size: int


class ExportFolder:
    """``with ExportFolder(chosen, name) as folder: folder.write(...); folder.publish()``.

    Leaving the block without ``publish`` (an error, a cancel) removes what was written."""

    def __init__(self, chosen: Path, name: str) -> None:
        self.chosen = Path(chosen)
        self.name = name
        self.temp: Path | None = None
        self.published: Path | None = None

    def __enter__(self) -> ExportFolder:
        if not _is_folder(self.chosen):
            raise ExportFolderMissing
        self._clear_leftovers()
        try:
            self.temp = Path(
                tempfile.mkdtemp(
                    prefix=TEMP_PREFIX + self.name, suffix=TEMP_SUFFIX, dir=self.chosen
                )
            )
        except OSError as error:
            raise failure_for(error) from error
        return self

    def __exit__(self, kind: object, *_rest: object) -> None:
        if self.published is None and self.temp is not None:
            shutil.rmtree(self.temp, ignore_errors=True)

    def _clear_leftovers(self) -> None:
        """Hidden folders of exports that failed where they could not be removed. Only old ones:
        on a shared drive, a young one may be another export still being written."""
        too_old = time.time() - LEFTOVER_AGE_SECONDS
        with contextlib.suppress(OSError):
            for path in self.chosen.iterdir():
                if (
                    path.name.startswith(TEMP_PREFIX)
                    and path.name.endswith(TEMP_SUFFIX)
                    and path.stat().st_mtime < too_old
                ):
                    shutil.rmtree(path, ignore_errors=True)

    def write(self, file_name: str, data: bytes) -> None:
        assert self.temp is not None
        try:
            with open_private(self.temp / file_name, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise failure_for(error) from error

    def publish(self) -> Path:
        """Rename the finished folder into place; the name gets ``-2``… if it is taken."""
        assert self.temp is not None
        target = self.chosen / self.name
        number = 1
        try:
            fsync_directory(self.temp)
            while True:
                try:
                    # os.rename of a directory fails when the target exists: never merged.
                    os.rename(self.temp, target)
                    break
                except OSError as error:
                    if error.errno not in (errno.EEXIST, errno.ENOTEMPTY) or number > 99:
                        raise
                    number += 1
                    target = self.chosen / f"{self.name}-{number}"
            fsync_directory(self.chosen)
        except OSError as error:
            raise failure_for(error) from error
        self.published = target
        return target


def _is_folder(path: Path) -> bool:
    """False, not an error, for what cannot be a folder: a file, a name too long."""
    try:
        return path.is_dir()
    except OSError:  # is_dir raises on ENAMETOOLONG, EACCES and the like
        return False


def withdraw(published: Path) -> None:
    """Remove a published export again (its recording in the vault failed)."""
    shutil.rmtree(published, ignore_errors=True)
    with contextlib.suppress(OSError):
        fsync_directory(published.parent)


def metadata(
    made_at: datetime,
    scope: ExportScope,
    office: str,
    caseworker: str,
    files: Sequence[WrittenFile],
    anchor: AuditAnchor,
) -> bytes:
    """The export's metadata file (see the module's description)."""
    where: dict[str, object] = (
        {"kind": "case", "case_number": scope.case_number}
        if scope.case_number
        else {"kind": "parent", "parent": scope.label}
    )
    body = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "export": {
            "made_at": made_at.astimezone(OSLO).isoformat(timespec="seconds"),
            "scope": where,
            "office": office,
            "caseworker": caseworker,
            "document_count": len(files),
        },
        "documents": list(_documents(files)),
        "audit_head": anchor.as_dict(),
    }
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _documents(files: Sequence[WrittenFile]) -> Iterator[dict[str, object]]:
    for written in files:
        item = written.item
        yield {
            "file": item.file_name,
            "sha256": written.sha256,
            "bytes": written.size,
            "format": "PDF/A-2b",
            "title": item.title,
            "document_date": item.document_date.isoformat(),
            "journal_type": item.journal_type.value,
            "journal_type_label": item.journal_type.label,
            "document_kind": item.kind.value,
            "document_kind_label": item.kind.label,
            "case_numbers": list(item.case_numbers),
            "parties": [{"role": p.role, "name": p.name} for p in item.parties],
            "sender": item.sender,
            "recipients": list(item.recipients),
            "dispatched_on": item.dispatched_on.isoformat() if item.dispatched_on else None,
            "source": {"kind": item.kind.value, "id": item.item_id, "version": item.version},
        }


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
