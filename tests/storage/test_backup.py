"""Backup and restore on real vaults: the round trip, refusing to overwrite, moving aside instead of
deleting, refusing damaged backups before anything is touched, and consistency under writes."""

from __future__ import annotations

import re
import struct
import threading
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from bufapp.domain.entities import Parent
from bufapp.errors import BackupError, VaultExists, VaultLocked
from bufapp.security import keyfile
from bufapp.services.register import RegisterService
from bufapp.storage import backup, integrity, migrate, restore
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import DB_FILE_NAME, Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, TODAY, CreatedVault
from tests.storage.helpers import add_sample_register, dump_tables, flip_byte, snapshot

OTHER_PASSPHRASE = "annen-vault passord 7"


def register_for(vault: Vault) -> RegisterService:
    return RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)


def _leftovers(parent: Path) -> list[str]:
    """Staging folders and partial files a backup or restore may have left behind."""
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(".bufapp-"))


@pytest.fixture
def backed_up(
    created_vault: CreatedVault, register: RegisterService, tmp_path: Path
) -> tuple[CreatedVault, Path, dict[str, list[tuple[object, ...]]]]:
    """A vault with sample data, a backup of it, and the data it holds."""
    add_sample_register(register)
    data = dump_tables(created_vault.vault)
    target = tmp_path / "sikkerhetskopier" / "kontor.bufbackup"
    info = backup.create_backup(created_vault.vault, target)
    assert info.path == target and target.is_file()
    assert info.vault_id == created_vault.vault.vault_id
    assert info.schema_revision == migrate.head_revision()
    assert info.size_bytes == target.stat().st_size
    assert _leftovers(target.parent) == []
    return created_vault, target, data


def test_backup_restores_into_a_new_folder_and_opens_with_passphrase_and_recovery_key(
    backed_up: tuple[CreatedVault, Path, dict[str, list[tuple[object, ...]]]], tmp_path: Path
) -> None:
    created, source, data = backed_up
    restored_dir = tmp_path / "gjenopprettet"

    assert restore.restore_backup(source, restored_dir) is None
    assert _leftovers(tmp_path) == []
    assert restored_dir.stat().st_mode & 0o077 == 0
    primary = (restored_dir / keyfile.KEY_FILE_NAME).read_bytes()
    assert (restored_dir / keyfile.MIRROR_FILE_NAME).read_bytes() == primary

    with Vault.open(restored_dir, PASSPHRASE) as restored:
        assert restored.vault_id == created.vault.vault_id
        assert dump_tables(restored) == data
        assert integrity.check(restored).ok
    with Vault.recover(restored_dir, created.recovery_key, NEW_PASSPHRASE) as recovered:
        assert dump_tables(recovered) == data
    # The original vault is untouched by all this.
    assert dump_tables(created.vault) == data


def test_read_backup_describes_a_good_backup(
    backed_up: tuple[CreatedVault, Path, dict[str, list[tuple[object, ...]]]],
) -> None:
    created, source, _ = backed_up
    info = backup.read_backup(source)
    assert info.vault_id == created.vault.vault_id
    assert info.schema_revision == migrate.head_revision()
    with zipfile.ZipFile(source) as archive:
        assert sorted(archive.namelist()) == sorted(
            [backup.MANIFEST, DB_FILE_NAME, keyfile.KEY_FILE_NAME]
        )
        # Stored, not compressed, and nothing decrypted inside.
        assert all(i.compress_type == zipfile.ZIP_STORED for i in archive.infolist())
        assert not archive.read(DB_FILE_NAME).startswith(b"SQLite format 3")


def _other_vault(directory: Path) -> dict[str, list[tuple[object, ...]]]:
    vault, _ = Vault.create(directory, OTHER_PASSPHRASE)
    try:
        register_for(vault).save_parent(Parent("Annen", "Vault-forelder"))
        return dump_tables(vault)
    finally:
        vault.lock()


def test_restore_onto_an_existing_vault_without_replace_raises_and_changes_nothing(
    backed_up: tuple[CreatedVault, Path, dict[str, list[tuple[object, ...]]]], tmp_path: Path
) -> None:
    _, source, _ = backed_up
    existing = tmp_path / "eksisterende"
    _other_vault(existing)
    before = snapshot(existing)

    with pytest.raises(VaultExists):
        restore.restore_backup(source, existing)

    assert snapshot(existing) == before
    assert _leftovers(tmp_path) == []


def test_restore_with_replace_moves_the_old_vault_aside_instead_of_deleting_it(
    backed_up: tuple[CreatedVault, Path, dict[str, list[tuple[object, ...]]]], tmp_path: Path
) -> None:
    _, source, data = backed_up
    existing = tmp_path / "eksisterende"
    old_data = _other_vault(existing)

    moved = restore.restore_backup(source, existing, replace=True, other_vault=True)

    assert moved is not None and moved.is_dir() and moved != existing
    assert moved.parent == existing.parent
    with Vault.open(moved, OTHER_PASSPHRASE) as old:
        assert dump_tables(old) == old_data
    with Vault.open(existing, PASSPHRASE) as new:
        assert dump_tables(new) == data
    assert _leftovers(tmp_path) == []


# --- damaged backups --------------------------------------------------------------------------


def _member_data_offset(source: Path, name: str) -> tuple[int, int]:
    """Where a member's bytes start in the ZIP file, and how many there are."""
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(name)
    with open(source, "rb") as handle:
        handle.seek(info.header_offset)
        header = handle.read(30)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    return info.header_offset + 30 + name_length + extra_length, info.file_size


@pytest.mark.parametrize(
    ("member", "where"),
    [
        (DB_FILE_NAME, 0.0),
        (DB_FILE_NAME, 0.5),
        (DB_FILE_NAME, 0.999),
        (keyfile.KEY_FILE_NAME, 0.5),
        (backup.MANIFEST, 0.5),
    ],
)
def test_backup_with_a_flipped_byte_is_refused_before_anything_is_touched(
    backed_up: tuple[CreatedVault, Path, dict[str, list[tuple[object, ...]]]],
    tmp_path: Path,
    member: str,
    where: float,
) -> None:
    _, source, _ = backed_up
    start, size = _member_data_offset(source, member)
    flip_byte(source, start + int(size * where))
    existing = tmp_path / "eksisterende"
    old_data = _other_vault(existing)
    before = snapshot(existing)

    with pytest.raises(BackupError):
        backup.read_backup(source)
    with pytest.raises(BackupError):
        restore.restore_backup(source, existing, replace=True)
    with pytest.raises(BackupError):
        restore.restore_backup(source, tmp_path / "ny")

    assert snapshot(existing) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "eksisterende",
        "sikkerhetskopier",
        "vault",
    ]
    with Vault.open(existing, OTHER_PASSPHRASE) as old:
        assert dump_tables(old) == old_data


def _structure_offsets(source: Path) -> list[int]:
    """Every byte of the ZIP that is not member content: local headers, central directory,
    end record."""
    data = source.read_bytes()
    content: set[int] = set()
    for name in (backup.MANIFEST, DB_FILE_NAME, keyfile.KEY_FILE_NAME):
        start, size = _member_data_offset(source, name)
        content.update(range(start, start + size))
    return [i for i in range(len(data)) if i not in content]


def _read_outcome(path: Path) -> str:
    try:
        backup.read_backup(path)
    except BackupError:
        return "refused"
    except Exception as other:
        return f"{type(other).__name__}: {other}"
    return "accepted"


def test_backup_with_a_flipped_byte_in_its_zip_structure_is_refused_with_backup_error(
    backed_up: tuple[CreatedVault, Path, dict[str, list[tuple[object, ...]]]], tmp_path: Path
) -> None:
    _, source, _ = backed_up
    original = source.read_bytes()
    damaged = tmp_path / "skadet.bufbackup"
    escaped: dict[int, str] = {}
    for offset in _structure_offsets(source):
        copy = bytearray(original)
        copy[offset] ^= 0x01
        damaged.write_bytes(bytes(copy))
        outcome = _read_outcome(damaged)
        if outcome not in ("refused", "accepted"):
            escaped[offset] = outcome
    assert escaped == {}, f"errors other than BackupError escaped: {escaped}"


def test_zip_header_flips_that_read_backup_accepts_restore_an_identical_vault(
    backed_up: tuple[CreatedVault, Path, dict[str, list[tuple[object, ...]]]], tmp_path: Path
) -> None:
    """Some header fields (timestamps, the local copy of sizes) are not used by the ZIP reader;
    a flip there may be accepted, but then the restored files must be exactly the backed-up
    ones (the SHA-256 manifest guarantees this)."""
    _, source, data = backed_up
    original = source.read_bytes()
    with zipfile.ZipFile(source) as archive:
        expected = {name: archive.read(name) for name in (DB_FILE_NAME, keyfile.KEY_FILE_NAME)}
    damaged = tmp_path / "skadet.bufbackup"
    accepted = []
    for offset in _structure_offsets(source):
        copy = bytearray(original)
        copy[offset] ^= 0x01
        damaged.write_bytes(bytes(copy))
        if _read_outcome(damaged) == "accepted":
            accepted.append(offset)
    assert accepted, "expected some harmless header bytes (e.g. the local header's time)"
    for number, offset in enumerate(accepted[:: max(1, len(accepted) // 8)]):
        copy = bytearray(original)
        copy[offset] ^= 0x01
        damaged.write_bytes(bytes(copy))
        target = tmp_path / f"gjenopprettet-{number}"
        restore.restore_backup(damaged, target)
        for name, content in expected.items():
            assert (target / name).read_bytes() == content, f"offset {offset} changed {name}"
    with Vault.open(target, PASSPHRASE) as restored:
        assert dump_tables(restored) == data


def test_restore_of_a_missing_or_foreign_file_is_backup_error(tmp_path: Path) -> None:
    with pytest.raises(BackupError):
        restore.restore_backup(tmp_path / "finnes-ikke.bufbackup", tmp_path / "ny")
    foreign = tmp_path / "annet.zip"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr(backup.MANIFEST, '{"format": "noe-annet", "version": 1}')
    with pytest.raises(BackupError):
        restore.restore_backup(foreign, tmp_path / "ny")
    not_zip = tmp_path / "tekst.bufbackup"
    not_zip.write_text("ikke en zip", encoding="utf-8")
    with pytest.raises(BackupError):
        restore.restore_backup(not_zip, tmp_path / "ny")
    assert not (tmp_path / "ny").exists()


# --- making backups -------------------------------------------------------------------------------


def test_backup_of_a_locked_vault_raises_locked_and_writes_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    vault.lock()
    target = tmp_path / "b" / "kontor.bufbackup"
    with pytest.raises(VaultLocked):
        backup.create_backup(vault, target)
    assert not target.exists()
    assert _leftovers(target.parent) == []


def test_backup_made_while_another_connection_writes_is_a_consistent_snapshot(
    vault: Vault, register: RegisterService, tmp_path: Path
) -> None:
    stop = threading.Event()
    committed: list[int] = []
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            n = 0
            while not stop.is_set():
                register.save_parent(Parent("Samtidig", f"Skriver-{n:05d}", notes="S" * 500))
                committed.append(n)
                n += 1
        except BaseException as failure:  # surfaced in the test thread below
            failures.append(failure)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    backups = []
    try:
        for i in range(3):
            while len(committed) < 20 * (i + 1):  # let the writer get going between backups
                assert thread.is_alive(), failures
                stop.wait(0.005)
            target = tmp_path / f"under-skriving-{i}.bufbackup"
            backup.create_backup(vault, target)
            backups.append(target)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not thread.is_alive()
    assert failures == []

    counts = []
    for i, source in enumerate(backups):
        restored_dir = tmp_path / f"gjenopprettet-{i}"
        restore.restore_backup(source, restored_dir)
        with Vault.open(restored_dir, PASSPHRASE) as restored:
            assert integrity.check(restored).ok
            with restored.engine.connect() as connection:
                names = connection.execute(text("SELECT family_name FROM parent")).scalars().all()
        numbers = sorted(int(m.group(1)) for n in names if (m := re.match(r"Skriver-(\d+)", n)))
        # A snapshot of one moment: the writer's rows form an unbroken prefix 0..k-1.
        assert numbers == list(range(len(numbers)))
        counts.append(len(numbers))
    assert counts == sorted(counts) and counts[0] >= 20


def test_backup_is_restorable_even_if_the_primary_key_copy_was_damaged_after_opening(
    vault: Vault, register: RegisterService, tmp_path: Path
) -> None:
    add_sample_register(register)
    (vault.directory / keyfile.KEY_FILE_NAME).write_bytes(b"skadet av en synkroniseringsklient")
    target = tmp_path / "kontor.bufbackup"
    try:
        backup.create_backup(vault, target)
    except BackupError:
        return  # refusing loudly is also acceptable: the person knows to act
    restore.restore_backup(target, tmp_path / "gjenopprettet")
    with Vault.open(tmp_path / "gjenopprettet", PASSPHRASE) as restored:
        assert dump_tables(restored) == dump_tables(vault)
