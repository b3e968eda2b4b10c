"""Backups from the app (BackupService) on real vaults: a backup taken while entries are written
restores a consistent vault, another vault's backup is refused unless confirmed, the replaced
vault is kept, a damaged backup is refused before anything is replaced, the written file is
opened and checked, progress reaches 100 % and a cancel leaves nothing, and the unlock check
finds a damaged page."""

from __future__ import annotations

import json
import threading
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bufapp.domain.audit import AuditAction
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import ContactForm, ContactTopic
from bufapp.errors import BackupCancelled, BackupError, BackupNotVerified, BackupOfOtherVault
from bufapp.services.backups import BackupService, restore_into
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage import backup, backup_file, integrity, restore
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import DB_FILE_NAME, Vault
from tests.conftest import PASSPHRASE, CreatedVault
from tests.storage.helpers import PAGE_SIZE, add_sample_register, dump_tables, flip_byte
from tests.storage.test_backup import OTHER_PASSPHRASE, _member_data_offset

SUMMARY_WORDS = 60  # long enough that an entry spans pages, so a torn entry would show


def service_for(vault: Vault) -> BackupService:
    return BackupService(vault, lambda: UnitOfWork(vault.session_factory))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".bufapp-"))


def _summary(n: int) -> str:
    return " ".join(f"ord{n}-{w}" for w in range(SUMMARY_WORDS))


def test_backup_while_entries_are_written_restores_every_entry_complete(
    vault: Vault,
    register: RegisterService,
    contact_log: ContactLogService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backup, "STEP_PAGES", 4)  # many steps, so writes land between them
    parent_id = add_sample_register(register, parents=2).parents[0]
    stop, written, failures = threading.Event(), [], []

    def writer() -> None:
        try:
            n = 0
            while not stop.is_set():
                contact_log.save(
                    ContactEntry(
                        parent_id, datetime(2026, 5, 1, 9, tzinfo=UTC), ContactForm.OFFICE_MEETING,
                        topics=(ContactTopic.VISITS, ContactTopic.LIVING_CONDITIONS),
                        summary=_summary(n), parent_words=f"«Skrevet samtidig {n}»",
                    ),
                    final=True,
                )  # fmt: skip
                written.append(n)
                n += 1
        except BaseException as failure:  # surfaced in the test thread below
            failures.append(failure)

    def watch(fraction: float) -> None:
        seen.append((fraction, len(written)))
        if fraction < 0.5:
            time.sleep(0.003)  # a step of the copy takes a moment: the writer gets between
        if fraction == 1.0:  # the file is complete; the writer stops before the backup's audit
            stop.set()  # record, whose read-then-write transaction a concurrent commit would
            thread.join(timeout=60)  # turn into "database is locked" (VaultInUse)

    seen: list[tuple[float, int]] = []
    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        while len(written) < 30:
            assert thread.is_alive(), failures
            stop.wait(0.005)
        made = service_for(vault).make(tmp_path / "minnepinne", watch)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert failures == []
    fractions = [fraction for fraction, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    copying = [count for fraction, count in seen if fraction <= 0.5]
    assert len(copying) > 10 and copying[-1] > copying[0], "entries written between the steps"

    restored_dir = tmp_path / "gjenopprettet"
    restore_into(restored_dir, made.path)
    with Vault.open(restored_dir, PASSPHRASE) as restored:
        assert integrity.check(restored).ok
        with restored.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT e.summary, e.parent_words, count(t.topic) FROM contact_entry e "
                    "LEFT JOIN contact_entry_topic t ON t.entry_id = e.id "
                    "WHERE e.parent_words LIKE '«Skrevet samtidig%' GROUP BY e.id ORDER BY e.id"
                )
            ).all()
    numbers = [int(words.removeprefix("«Skrevet samtidig ").rstrip("»")) for _, words, _ in rows]
    # One moment: an unbroken prefix of what was written, each entry whole with both topics.
    assert numbers == list(range(len(numbers))) and len(numbers) >= 30
    assert all(
        summary == _summary(n) and topics == 2 for n, (summary, _, topics) in enumerate(rows)
    )


def _other_vault_backup(tmp_path: Path) -> Path:
    other, _ = Vault.create(tmp_path / "annet-kontor", OTHER_PASSPHRASE)
    try:
        return service_for(other).make(tmp_path / "annen-kopi").path
    finally:
        other.lock()


def test_another_vaults_backup_is_refused_unless_confirmed_and_the_old_vault_is_kept(
    created_vault: CreatedVault, register: RegisterService, tmp_path: Path
) -> None:
    add_sample_register(register)
    ours = dump_tables(created_vault.vault)
    foreign = _other_vault_backup(tmp_path)
    service = service_for(created_vault.vault)

    preview = service.preview(foreign)
    assert preview.same_vault is False and preview.contents is None
    with pytest.raises(BackupOfOtherVault):
        service.restore(foreign)
    # Refused before locking: the vault is open and unchanged.
    assert not created_vault.vault.is_locked and dump_tables(created_vault.vault) == ours
    with pytest.raises(BackupOfOtherVault):
        restore.restore_backup(foreign, created_vault.directory, replace=True)

    outcome = service.restore(foreign, confirm_other_vault=True)

    assert created_vault.vault.is_locked
    assert outcome.moved_aside is not None and outcome.moved_aside.parent == tmp_path
    with Vault.open(outcome.moved_aside, PASSPHRASE) as kept:
        assert dump_tables(kept) == ours
    with Vault.open(created_vault.directory, OTHER_PASSPHRASE) as replaced:
        assert replaced.vault_id != created_vault.vault.vault_id


def test_preview_counts_a_backup_of_this_vault_and_restore_is_recorded_after_unlocking(
    created_vault: CreatedVault, register: RegisterService, tmp_path: Path
) -> None:
    add_sample_register(register, parents=4)
    service = service_for(created_vault.vault)
    assert service.last_backup() is None
    made = service.make(tmp_path / "kopier")
    assert made.path.name.startswith("bufapp-") and made.path.suffix == ".bufbackup"
    assert made.size_bytes == made.path.stat().st_size
    last = service.last_backup()
    assert last is not None and abs((datetime.now(UTC) - last).total_seconds()) < 60

    preview = service.preview(made.path)
    assert preview.same_vault is True and preview.vault_id == created_vault.vault.vault_id
    assert preview.contents is not None
    assert (preview.contents.parents, preview.contents.contact_entries) == (4, 4)
    assert (preview.contents.documents, preview.contents.meetings) == (0, 0)
    assert _leftovers(tmp_path) == []

    outcome = service.restore(made.path)
    assert outcome.moved_aside is not None and outcome.moved_aside.is_dir()
    notes = [p.name for p in created_vault.directory.iterdir() if p.suffix == ".json"]
    assert notes == [], "no plaintext note beside the vault: the restore is recorded inside it"
    with Vault.open(created_vault.directory, PASSPHRASE) as restored:
        again = service_for(restored)
        again.note_restore()
        again.note_restore()  # once only
        with UnitOfWork(restored.session_factory) as uow:
            records = [r for r in uow.audit_records.recent() if r.action is AuditAction.RESTORED]
    assert len(records) == 1 and made.path.name in records[0].detail
    assert str(outcome.moved_aside) in records[0].detail and "tatt " in records[0].detail


def test_a_damaged_backup_is_refused_before_anything_is_replaced(
    created_vault: CreatedVault, register: RegisterService, tmp_path: Path
) -> None:
    add_sample_register(register)
    service = service_for(created_vault.vault)
    made = service.make(tmp_path / "kopier")
    start, size = _member_data_offset(made.path, DB_FILE_NAME)
    flip_byte(made.path, start + size // 2)

    with pytest.raises(BackupError):
        service.preview(made.path)
    with pytest.raises(BackupError):
        service.restore(made.path)
    assert not created_vault.vault.is_locked
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopier", "vault"]


def _with_damaged_page(path: Path, offset: int, manifest_agrees: bool) -> None:
    """The backup rewritten with one database byte flipped; with ``manifest_agrees`` its
    checksum recomputed too, as a medium that damaged the bytes before hashing would."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    damaged = bytearray(members[DB_FILE_NAME])
    damaged[offset] ^= 0x01
    members[DB_FILE_NAME] = bytes(damaged)
    if manifest_agrees:
        manifest = json.loads(members[backup.MANIFEST])
        manifest["files"][DB_FILE_NAME] = backup_file.sha256_hex(members[DB_FILE_NAME])
        members[backup.MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


@pytest.mark.parametrize("manifest_agrees", [False, True])
def test_verification_opens_the_written_database_and_refuses_a_damaged_page(
    vault: Vault, register: RegisterService, tmp_path: Path, manifest_agrees: bool
) -> None:
    add_sample_register(register)
    made = service_for(vault).make(tmp_path / "kopier")
    backup.verify_written(vault, made.path)  # a good one passes
    _with_damaged_page(made.path, 3 * PAGE_SIZE + 100, manifest_agrees)  # past page one
    with pytest.raises(BackupNotVerified):
        backup.verify_written(vault, made.path)
    assert _leftovers(made.path.parent) == []


def test_a_cancelled_backup_leaves_no_file(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "kopier"

    def cancel_midway(fraction: float) -> None:
        if fraction > 0.3:
            raise BackupCancelled

    with pytest.raises(BackupCancelled):
        service_for(vault).make(folder, cancel_midway)
    assert list(folder.iterdir()) == []
    assert service_for(vault).last_backup() is None


def _damaged_copy(make_vault: Callable[[], tuple[Vault, int]]) -> Path:
    vault, root_page = make_vault()
    directory = vault.directory
    vault.lock()  # checkpoints: every row is in the database file
    flip_byte(directory / DB_FILE_NAME, (root_page - 1) * PAGE_SIZE + 1234)
    return directory


def test_the_unlock_check_finds_a_damaged_page_and_the_full_check_too(
    vault_dir: Path, tmp_path: Path
) -> None:
    def filled() -> tuple[Vault, int]:
        vault, _ = Vault.create(vault_dir, PASSPHRASE)
        add_sample_register(RegisterService(lambda: UnitOfWork(vault.session_factory)))
        with vault.engine.connect() as connection:
            root = connection.execute(
                text("SELECT rootpage FROM sqlite_master WHERE name = 'parent'")
            ).scalar_one()
        assert service_for(vault).quick_check().ok
        return vault, root

    directory = _damaged_copy(filled)
    with Vault.open(directory, PASSPHRASE) as damaged:
        service = service_for(damaged)
        assert not service.quick_check().ok
        assert not service.full_check().ok


@pytest.mark.parametrize("failing_call", [1, 2], ids=["moving-aside", "moving-in"])
def test_a_restore_that_fails_at_the_swap_leaves_the_vault_in_use_in_its_place(
    created_vault: CreatedVault,
    register: RegisterService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failing_call: int,
) -> None:
    """The old vault moved aside and then the backup not moved in (a folder locked by another
    program, a network share gone): the old vault must be put back, not left under another
    name with no vault where the app looks; and the person gets a message, not a crash."""
    import errno
    import os

    from bufapp.errors import BufappError

    add_sample_register(register)
    service = service_for(created_vault.vault)
    made = service.make(tmp_path / "kopier")
    ours = dump_tables(created_vault.vault)
    created_vault.vault.lock()
    real_replace, calls = os.replace, []

    def flaky_replace(source: object, target: object) -> None:
        calls.append(source)
        if len(calls) == failing_call:
            raise OSError(errno.EACCES, "Permission denied")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(backup.os, "replace", flaky_replace)
    with pytest.raises(BufappError, match="kunne ikke gjenopprettes"):
        restore_into(created_vault.directory, made.path)
    monkeypatch.undo()
    with Vault.open(created_vault.directory, PASSPHRASE) as kept:
        assert dump_tables(kept) == ours
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopier", "vault"]
