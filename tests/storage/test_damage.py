"""Damaged files: a flipped byte or a truncated database is reported as damage (VaultDamaged or a
failed integrity check), never as a raw SQLite error or a wrong passphrase; one damaged key-file
copy costs nothing, two are KeyFileDamaged.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bufapp.domain.entities import Parent
from bufapp.errors import KeyFileDamaged, VaultDamaged, VaultError, WrongPassphrase
from bufapp.security import keyfile
from bufapp.services.register import RegisterService
from bufapp.storage import integrity
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import DB_FILE_NAME, Vault
from tests.conftest import PASSPHRASE, TODAY
from tests.storage.helpers import (
    PAGE_SIZE,
    add_sample_register,
    database_page_count,
    flip_byte,
    key_file_bytes,
)

PARENTS = 200


def register_for(vault: Vault) -> RegisterService:
    return RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)


class Template:
    """A locked vault with enough rows to span many pages, made once per module."""

    def __init__(self, directory: Path) -> None:
        vault, _ = Vault.create(directory, PASSPHRASE)
        register = register_for(vault)
        add_sample_register(register)
        for i in range(PARENTS):
            register.save_parent(
                Parent(f"Forelder {i}", f"Sidefyll-{i:03d}", notes=f"Notat {i}. " * 60)
            )
        connection = vault.raw_connection()
        try:
            self.parent_root_page: int = connection.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = 'parent'"
            ).fetchone()[0]
            assert int(connection.execute("PRAGMA page_size").fetchone()[0]) == PAGE_SIZE
        finally:
            connection.close()
        vault.lock()  # checkpoints the WAL: every row is now in bufapp.db
        self.directory = directory
        self.pages = database_page_count(directory)
        assert self.pages > 20


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return Template(tmp_path_factory.mktemp("damage-template") / "vault")


@pytest.fixture
def copy(template: Template, tmp_path: Path) -> Path:
    """A fresh copy of the template vault for one test to damage."""
    target = tmp_path / "vault"
    shutil.copytree(template.directory, target)
    return target


def assert_damage_detected(directory: Path) -> None:
    """Opening raises VaultDamaged, or the vault opens and the full check reports problems.
    Any other exception escapes and fails the test."""
    try:
        vault = Vault.open(directory, PASSPHRASE)
    except VaultDamaged:
        return
    try:
        report = integrity.check(vault)
        assert not report.ok, "the damage went unnoticed by the integrity check"
    finally:
        vault.lock()


@pytest.fixture
def opened(copy: Path) -> Iterator[Vault]:
    vault = Vault.open(copy, PASSPHRASE)
    yield vault
    vault.lock()


def test_intact_copy_of_the_template_checks_ok(opened: Vault) -> None:
    """The baseline the damage tests rely on."""
    assert integrity.check(opened).ok
    assert len(register_for(opened).parent_summaries()) == PARENTS + 6


# --- the database file --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "offset",
    [0, 15, 16, 100, 2000, 4000, 4020, 4095],
    ids=lambda o: f"byte{o}",
)
def test_flipped_byte_in_page_one_is_detected(copy: Path, offset: int) -> None:
    # 0-15: the salt; then encrypted header and schema; the last 80 bytes: IV and HMAC.
    flip_byte(copy / DB_FILE_NAME, offset)
    with pytest.raises(VaultDamaged):
        Vault.open(copy, PASSPHRASE)


@pytest.mark.parametrize("in_page", [0, 1500, 4015, 4090], ids=lambda o: f"byte{o}")
@pytest.mark.parametrize("which", ["page2", "parent-root", "middle", "last"])
def test_flipped_byte_in_a_later_page_is_detected(
    template: Template, copy: Path, which: str, in_page: int
) -> None:
    page = {
        "page2": 2,
        "parent-root": template.parent_root_page,
        "middle": template.pages // 2,
        "last": template.pages,
    }[which]
    assert page > 1
    flip_byte(copy / DB_FILE_NAME, (page - 1) * PAGE_SIZE + in_page)
    assert_damage_detected(copy)


def test_reading_a_damaged_page_through_the_register_raises_vault_damaged(
    template: Template, copy: Path
) -> None:
    flip_byte(copy / DB_FILE_NAME, (template.parent_root_page - 1) * PAGE_SIZE + 1234)
    vault = Vault.open(copy, PASSPHRASE)  # the schema pages are intact: it opens
    try:
        register = register_for(vault)
        # Every read of the parent table passes its (damaged) root page.
        with pytest.raises(VaultDamaged):
            register.parent_summaries()
        with pytest.raises(VaultDamaged):
            register.parent(1)
        report = integrity.check(vault)
        assert not report.ok
        assert any(f"page {template.parent_root_page}" in p for p in report.problems)
    finally:
        vault.lock()


@pytest.mark.parametrize("keep", ["half", "all but one page", "all but one byte", "100 bytes"])
def test_truncated_database_is_detected(template: Template, copy: Path, keep: str) -> None:
    size = template.pages * PAGE_SIZE
    length = {
        "half": (template.pages // 2) * PAGE_SIZE,
        "all but one page": size - PAGE_SIZE,
        "all but one byte": size - 1,
        "100 bytes": 100,
    }[keep]
    with open(copy / DB_FILE_NAME, "r+b") as handle:
        handle.truncate(length)
    assert_damage_detected(copy)


def test_database_truncated_to_zero_bytes_is_detected(copy: Path) -> None:
    (copy / DB_FILE_NAME).write_bytes(b"")
    assert_damage_detected(copy)


# --- the key file ------------------------------------------------------------------------------


def _damage(path: Path, how: str) -> None:
    if how == "deleted":
        path.unlink()
    elif how == "garbage":
        path.write_bytes(b"\x00garbage\xff" * 10)
    elif how == "flipped byte in the wrap":
        data = path.read_bytes()
        flip_byte(path, data.index(b'"ciphertext_hex": "') + 25)
    elif how == "truncated":
        path.write_bytes(path.read_bytes()[:200])
    else:
        raise AssertionError(how)


KEY_DAMAGE = ["deleted", "garbage", "flipped byte in the wrap", "truncated"]


@pytest.mark.parametrize("how", KEY_DAMAGE)
@pytest.mark.parametrize("name", [keyfile.KEY_FILE_NAME, keyfile.MIRROR_FILE_NAME])
def test_one_damaged_key_file_copy_still_opens_and_is_repaired(
    copy: Path, name: str, how: str
) -> None:
    intact = key_file_bytes(copy)[0]
    _damage(copy / name, how)

    vault = Vault.open(copy, PASSPHRASE)
    try:
        assert key_file_bytes(copy) == (intact, intact)
        assert integrity.check(vault).ok
    finally:
        vault.lock()


@pytest.mark.parametrize("how", KEY_DAMAGE[1:])
def test_both_key_file_copies_damaged_is_key_file_damaged_not_wrong_passphrase(
    copy: Path, how: str
) -> None:
    _damage(copy / keyfile.KEY_FILE_NAME, how)
    _damage(copy / keyfile.MIRROR_FILE_NAME, how)
    with pytest.raises(KeyFileDamaged) as raised:
        Vault.open(copy, PASSPHRASE)
    assert not isinstance(raised.value, WrongPassphrase)
    # Even a wrong passphrase gets the true answer: the key file, not the person, is at fault.
    with pytest.raises(KeyFileDamaged):
        Vault.open(copy, "feil passord 12345")


def test_check_reports_a_key_file_copy_damaged_while_the_vault_is_open(opened: Vault) -> None:
    _damage(opened.directory / keyfile.MIRROR_FILE_NAME, "garbage")
    report = integrity.check(opened)
    assert not report.ok
    assert any(keyfile.MIRROR_FILE_NAME in p for p in report.problems)


def test_damage_in_the_wal_is_not_silently_applied(copy: Path) -> None:
    """A flipped byte in a WAL frame: SQLCipher's HMAC rejects the frame. Either the vault
    reports damage, or the frame (and everything after it) is ignored as a torn write — but
    the database never returns altered data."""
    vault = Vault.open(copy, PASSPHRASE)
    connection = vault.raw_connection()
    try:
        connection.execute("PRAGMA wal_autocheckpoint = 0")  # keep the frames in the WAL
        register_for(vault).save_parent(Parent("Walter", "Wal-rad", notes="W" * 3000))
        # Copy the WAL as it is while open: a crash snapshot of the folder.
        wal = Path(f"{copy / DB_FILE_NAME}-wal")
        snapshot_dir = copy.parent / "krasj"
        snapshot_dir.mkdir()
        for name in (DB_FILE_NAME, keyfile.KEY_FILE_NAME, keyfile.MIRROR_FILE_NAME):
            shutil.copyfile(copy / name, snapshot_dir / name)
        shutil.copyfile(wal, snapshot_dir / wal.name)
    finally:
        connection.close()
        vault.lock()
    wal_copy = snapshot_dir / f"{DB_FILE_NAME}-wal"
    assert wal_copy.stat().st_size > 32 + 24 + PAGE_SIZE
    flip_byte(wal_copy, wal_copy.stat().st_size - PAGE_SIZE // 2)  # inside the last frame

    try:
        reopened = Vault.open(snapshot_dir, PASSPHRASE)
    except VaultDamaged:
        return
    try:
        report = integrity.check(reopened)
        with reopened.engine.connect() as db:
            notes = db.execute(
                text("SELECT notes FROM parent WHERE family_name = 'Wal-rad'")
            ).scalars()
            assert all(n == "W" * 3000 for n in notes), "altered data came back"
        # Dropping the torn frame leaves a consistent database.
        assert report.ok, report.problems
    finally:
        reopened.lock()


@pytest.mark.slow
def test_a_vault_locked_by_another_program_is_not_reported_as_damaged(copy: Path) -> None:
    # Another program holds the database exclusively (e.g. a database browser or a second
    # machine on a network share). Slow: SQLite retries the WAL read lock for about 5 s.
    vault = Vault.open(copy, PASSPHRASE)
    holder = vault.raw_connection()
    vault.lock()
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE office SET address = address")
        holder.execute("COMMIT")  # exclusive locking mode keeps the lock after commit
        with pytest.raises(VaultError) as raised:
            Vault.open(copy, PASSPHRASE)
        assert not isinstance(raised.value, VaultDamaged), str(raised.value)
    finally:
        holder.close()
    # Once the other program lets go, the vault opens and is intact: it never was damaged.
    with Vault.open(copy, PASSPHRASE) as reopened:
        assert integrity.check(reopened).ok
