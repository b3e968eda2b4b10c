"""A broken frame in the WAL followed by good ones is damage, not a torn tail (issue 17 §7):
SQLite would replay the WAL up to the broken frame and silently drop every later commit.
Made by corrupting bytes of a real vault's -wal file, copied while the vault was open."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from bufapp.cli import main
from bufapp.domain.entities import Parent
from bufapp.security import keyfile
from bufapp.services.register import RegisterService
from bufapp.storage.layout import DB_FILE_NAME
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from bufapp.storage.wal import FRAME_HEADER_BYTES, HEADER_BYTES, read_wal
from tests.conftest import PASSPHRASE, TODAY
from tests.storage.helpers import PAGE_SIZE, flip_byte

FRAME = FRAME_HEADER_BYTES + PAGE_SIZE
WAL = f"{DB_FILE_NAME}-wal"


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault folder as a crash leaves it: many commits still only in the WAL."""
    live = tmp_path_factory.mktemp("wal-live") / "vault"
    vault, _ = Vault.create(live, PASSPHRASE)
    holder = vault.raw_connection()  # keeps the WAL from being checkpointed away
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0").fetchall()
        vault.checkpoint()  # the vault's creation in the database file, the WAL empty
        register = RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
        for i in range(6):
            register.save_parent(Parent("Walter", f"Walsen {i}", notes="W" * 3000))
        snapshot = live.parent / "krasj"
        snapshot.mkdir()
        for name in (DB_FILE_NAME, keyfile.KEY_FILE_NAME, keyfile.MIRROR_FILE_NAME, WAL):
            shutil.copyfile(live / name, snapshot / name)
    finally:
        holder.close()
        vault.lock()
    return snapshot


@pytest.fixture
def copy(crashed: Path, tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(crashed, target)
    (tmp_path / "pass").write_text(PASSPHRASE, encoding="utf-8")
    return target


def _frames(folder: Path) -> int:
    return ((folder / WAL).stat().st_size - HEADER_BYTES) // FRAME


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _check(folder: Path) -> int:
    return main(["check", "--vault", str(folder), "--passphrase-file", str(folder.parent / "pass")])


def test_an_intact_wal_reads_whole(copy: Path) -> None:
    reading = read_wal(copy / WAL)
    assert reading is not None and reading.frames == _frames(copy) > 6
    assert reading.first_broken is None and not reading.damaged


def test_a_broken_frame_followed_by_good_ones_is_reported_as_damage_and_nothing_is_written(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    frames = _frames(copy)
    flip_byte(copy / WAL, HEADER_BYTES + 2 * FRAME + FRAME_HEADER_BYTES + 100)  # frame 3's page
    reading = read_wal(copy / WAL)
    assert reading is not None and reading.first_broken == 3
    assert reading.valid_after_broken == frames - 3 and reading.damaged

    before = _fingerprint(copy)
    assert _check(copy) == 1
    err = capsys.readouterr().err
    assert "SKADE: Loggfila bufapp.db-wal er skadet i blokk 3" in err and "restore" in err
    assert _fingerprint(copy) == before  # the WAL is left for IT, not replayed and dropped


def test_a_broken_frame_header_in_the_middle_is_damage_too(copy: Path) -> None:
    flip_byte(copy / WAL, HEADER_BYTES + 4 * FRAME + 20)  # frame 5's stored checksum
    reading = read_wal(copy / WAL)
    assert reading is not None and reading.first_broken == 5 and reading.damaged


@pytest.mark.parametrize("how", ["flipped byte", "cut short"])
def test_a_broken_last_frame_is_a_torn_tail_not_damage(
    copy: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    wal = copy / WAL
    if how == "flipped byte":
        flip_byte(wal, wal.stat().st_size - PAGE_SIZE // 2)
    else:
        with open(wal, "r+b") as handle:
            handle.truncate(wal.stat().st_size - 1000)
    reading = read_wal(wal)
    assert reading is not None and not reading.damaged
    assert _check(copy) == 0, capsys.readouterr().err


def test_opening_a_vault_with_a_damaged_wal_keeps_a_copy_of_it_first(copy: Path) -> None:
    """Opening replays the WAL only up to the break and closing empties it: the commits after it
    would be gone for good. A copy is kept before SQLite touches it, and the person is told."""
    flip_byte(copy / WAL, HEADER_BYTES + 2 * FRAME + FRAME_HEADER_BYTES + 100)
    damaged = (copy / WAL).read_bytes()
    with Vault.open(copy, PASSPHRASE) as vault:
        kept = vault.damaged_wal_kept
    assert kept is not None and kept.read_bytes() == damaged
    assert kept.parent.name == "sikkerhetskopier-før-oppgradering"
    assert kept.stat().st_mode & 0o777 == 0o600


def test_bufapp_admin_says_when_it_kept_a_damaged_wal(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flip_byte(copy / WAL, HEADER_BYTES + 2 * FRAME + FRAME_HEADER_BYTES + 100)
    target = copy.parent / "kopi.bufbackup"
    passphrase = ["--passphrase-file", str(copy.parent / "pass")]
    assert main(["backup", "--vault", str(copy), *passphrase, "--to", str(target)]) == 0
    err = capsys.readouterr().err
    assert "ADVARSEL: Loggen over de siste endringene i databasen var skadet" in err
    assert "sikkerhetskopier-før-oppgradering" in err


@pytest.mark.parametrize("how", ["whole", "torn tail"])
def test_a_whole_or_torn_wal_is_not_copied(copy: Path, how: str) -> None:
    if how == "torn tail":
        with open(copy / WAL, "r+b") as handle:
            handle.truncate((copy / WAL).stat().st_size - 1000)
    with Vault.open(copy, PASSPHRASE) as vault:
        assert vault.damaged_wal_kept is None
    assert not (copy / "sikkerhetskopier-før-oppgradering").exists()
