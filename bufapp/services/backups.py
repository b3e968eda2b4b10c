"""Backups from the app: make one in a chosen folder, look inside one before restoring it,
restore it (the replaced vault is moved aside, never deleted), and check the vault.

Backups, restores and full checks go into the audit trail. A restore replaces the whole vault,
trail included, so it is recorded inside the restored vault, once it is open: the command line
opens it right away (``record_restore``); the app, which restores a locked vault, keeps what to
record in memory until the person unlocks the restored vault (``note_restore``). Never a file
beside the vault: that would be plaintext, and anyone could delete it. A restore nobody records
still shows: the trail it brings back lacks the head any later backup or export holds.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.errors import BackupError, BackupOfOtherVault, VaultDamaged
from bufapp.services.audit import AuditService
from bufapp.services.clock import OSLO, now_utc
from bufapp.storage import backup, integrity, restore
from bufapp.storage.backup import Progress
from bufapp.storage.integrity import IntegrityReport
from bufapp.storage.restore import BackupContents
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

# Restores of this process not yet recorded: the vault's folder -> the RESTORED record's detail.
_UNRECORDED: dict[Path, str] = {}


@dataclass(frozen=True)
class MadeBackup:
    path: Path
    size_bytes: int


@dataclass(frozen=True)
class BackupPreview:
    """What restoring ``path`` would bring back, shown before anything is replaced."""

    path: Path
    made_at: datetime  # aware UTC
    vault_id: str
    schema_revision: str | None
    size_bytes: int
    same_vault: bool | None  # None: the current vault's id cannot be read (damaged key file)
    contents: BackupContents | None  # None: unknown (another vault's backup, or locked)


@dataclass(frozen=True)
class RestoreOutcome:
    directory: Path
    moved_aside: Path | None  # the replaced vault, kept whole
    made_at: datetime


def backup_file_name(moment: datetime) -> str:
    return f"bufapp-{moment.astimezone(OSLO):%Y%m%d-%H%M%S}{backup.SUFFIX}"


def _free_name(folder: Path, moment: datetime) -> Path:
    """The file name for a backup made now; two in one second get -2, -3 …"""
    first = folder / backup_file_name(moment)
    target, number = first, 2
    while target.exists():
        target = first.with_name(f"{first.stem}-{number}{backup.SUFFIX}")
        number += 1
    return target


def preview_for_directory(directory: Path, path: Path) -> BackupPreview:
    """A preview while no vault is open (after a damaged unlock): the date and whether it is
    this folder's vault, from the key file; the counts need the key and stay unknown."""
    info = backup.read_backup(path)
    current = restore.vault_id_in(directory)
    same = None if current is None else current == info.vault_id
    return _preview(info, same, None)


def _preview(
    info: backup.BackupInfo, same: bool | None, contents: BackupContents | None
) -> BackupPreview:
    return BackupPreview(
        info.path,
        datetime.fromisoformat(info.created),
        info.vault_id,
        info.schema_revision,
        info.size_bytes,
        same,
        contents,
    )


def restore_into(directory: Path, path: Path, confirm_other_vault: bool = False) -> RestoreOutcome:
    """Replace the (locked) vault in ``directory`` with the backup at ``path``; the old vault is
    moved aside, and the RESTORED record waits for the restored vault to be unlocked."""
    info = backup.read_backup(path)
    moved = restore.restore_backup(path, directory, replace=True, other_vault=confirm_other_vault)
    outcome = RestoreOutcome(Path(directory), moved, datetime.fromisoformat(info.created))
    _UNRECORDED[Path(directory).resolve()] = restored_detail(Path(path).name, outcome)
    return outcome


def undo_restore(outcome: RestoreOutcome) -> None:
    """Take back a restore that has just been made (its vault not yet opened): the restored
    folder is only what the backup file still holds, so it is removed, and the vault it
    replaced goes back where it was."""
    shutil.rmtree(outcome.directory)
    if outcome.moved_aside is not None:
        os.replace(outcome.moved_aside, outcome.directory)
    _UNRECORDED.pop(Path(outcome.directory).resolve(), None)


def restored_detail(backup_name: str, outcome: RestoreOutcome) -> str:
    """The RESTORED record's detail: which backup, taken when, and where the replaced vault is."""
    made = outcome.made_at.astimezone(OSLO)
    detail = f"tatt {made:%d.%m.%Y} kl. {made:%H.%M} ({backup_name})"
    if outcome.moved_aside is not None:
        detail += f"; den erstattede databasen ligger i {outcome.moved_aside}"
    return detail


def record_restore(vault: Vault, detail: str) -> None:
    """Record RESTORED inside the restored (and now unlocked) ``vault``."""
    AuditService(lambda: UnitOfWork(vault.session_factory)).record(
        AuditEvent(AuditAction.RESTORED, "vault", detail=detail)
    )


class BackupService:
    def __init__(
        self,
        vault: Vault,
        unit_of_work: Callable[[], UnitOfWork],
        now: Callable[[], datetime] = now_utc,
    ) -> None:
        self._vault = vault
        self._audit = AuditService(unit_of_work)
        self._now = now

    @property
    def directory(self) -> Path:
        return self._vault.directory

    def make(self, target_folder: Path, progress: Progress | None = None) -> MadeBackup:
        """A verified backup named after this moment in ``target_folder``; recorded."""
        target = _free_name(Path(target_folder), self._now())
        info = backup.create_backup(self._vault, target, progress)
        self._audit.record(AuditEvent(AuditAction.BACKUP_MADE, "vault", detail=target.name))
        return MadeBackup(info.path, info.size_bytes)

    def preview(self, path: Path) -> BackupPreview:
        info = backup.read_backup(path)
        if info.vault_id != self._vault.vault_id:
            return _preview(info, False, None)
        return _preview(info, True, self._checked_contents(path, info))

    def _checked_contents(self, path: Path, info: backup.BackupInfo) -> BackupContents | None:
        """What the backup holds, its database opened with today's key and checked; None for a
        backup made before a change of data key: it opens with the keys of its day."""
        try:
            return restore.contents_of(path, self._vault)
        except (BackupError, VaultDamaged):  # what another key looks like
            if not self._made_before_data_key_change(info):
                raise
            return None

    def _made_before_data_key_change(self, info: backup.BackupInfo) -> bool:
        changed = self._audit.last(AuditAction.DATA_KEY_CHANGED)
        return changed is not None and datetime.fromisoformat(info.created) < changed.at

    def restore(self, path: Path, confirm_other_vault: bool = False) -> RestoreOutcome:
        """Lock the vault (nothing may hold the files) and replace it with the backup."""
        info = backup.read_backup(path)  # refuse before locking: the person keeps working
        if info.vault_id != self._vault.vault_id and not confirm_other_vault:
            raise BackupOfOtherVault
        if info.vault_id == self._vault.vault_id and not self._vault.is_locked:
            # Its database opened with the key and checked. The window locks before it
            # restores: there the preview, which opens it the same way, came first.
            self._checked_contents(path, info)
        self._vault.lock()
        return restore_into(self._vault.directory, path, confirm_other_vault)

    def quick_check(self) -> IntegrityReport:
        return integrity.quick_check(self._vault)

    def full_check(self) -> IntegrityReport:
        """Every page, the structure, the links, the key-file copies and the audit chain.

        Recorded only when the vault is whole: writing to a damaged vault risks more."""
        report = integrity.check(self._vault)
        if report.ok:
            chain = self._audit.verify()
            if not chain.intact:
                where = f" (post nr. {chain.first_bad_seq})" if chain.first_bad_seq else ""
                report.problems.append(f"Revisjonsloggen er brutt{where}: {chain.problem}")
        if report.ok:
            self._audit.record(AuditEvent(AuditAction.INTEGRITY_CHECKED, "vault", detail="hel"))
        return report

    def last_backup(self) -> datetime | None:
        record = self._audit.last(AuditAction.BACKUP_MADE)
        return record.at if record is not None else None

    def unrecorded_restore(self) -> AuditEvent | None:
        """The RESTORED record still owed to this vault (restored, not yet unlocked), if any."""
        detail = _UNRECORDED.get(self._vault.directory.resolve())
        return None if detail is None else AuditEvent(AuditAction.RESTORED, "vault", detail=detail)

    def forget_unrecorded_restore(self) -> None:
        _UNRECORDED.pop(self._vault.directory.resolve(), None)

    def note_restore(self) -> None:
        """Record RESTORED once, in the restored vault, after it has been unlocked."""
        detail = _UNRECORDED.get(self._vault.directory.resolve())
        if detail is not None:
            record_restore(self._vault, detail)
            _UNRECORDED.pop(self._vault.directory.resolve(), None)
