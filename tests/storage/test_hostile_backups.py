"""Hostile backups (issue 17 §5): a file crafted to hurt — a ZIP bomb, a garbage or plaintext
database, a manifest with wrong types, duplicate member names, a key file with hostile KDF
settings, sizes that lie, no room to extract — is refused with one Norwegian sentence, by the
preview and by the restore, before anything is extracted or replaced: the live vault's files
stay byte for byte what they were. And a restore replaces only a vault, never a person's own
folder (§7)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bufapp.cli import main
from bufapp.errors import BackupError, StorageFull
from bufapp.security import keyfile
from bufapp.services.backups import BackupService
from bufapp.storage import backup, backup_file, restore
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import DB_FILE_NAME, Vault
from tests.conftest import PASSPHRASE, CreatedVault
from tests.storage.helpers import PAGE_SIZE, add_sample_register, dump_tables, snapshot

BOMB_BYTES = 256 << 20  # inflates from a quarter of a MiB; the was 3 GiB from 3 MB
Edit = Callable[[dict[str, Any]], None]


def service_for(vault: Vault) -> BackupService:
    return BackupService(vault, lambda: UnitOfWork(vault.session_factory))


@pytest.fixture
def good_backup(created_vault: CreatedVault, register: Any, tmp_path: Path) -> Path:
    add_sample_register(register)
    return backup.create_backup(created_vault.vault, tmp_path / "kopier" / "god.bufbackup").path


def _members(source: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(source) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _crafted(
    source: Path,
    target: Path,
    replaced: dict[str, bytes] | None = None,
    edit: Edit | None = None,
    extra: tuple[tuple[str, bytes], ...] = (),
    compression: int = zipfile.ZIP_STORED,
    as_list: bool = False,
) -> Path:
    """``source`` rewritten as an attacker would: members replaced, their sums and sizes in
    the manifest recomputed so they agree, then the manifest edited (with ``as_list``, put in
    a list); ``extra`` written first, so that where a name is there twice, Python's zipfile
    sees the genuine member (the last) and another tool may see the other."""
    members = {**_members(source), **(replaced or {})}
    manifest = json.loads(members.pop(backup.MANIFEST))
    manifest["files"] = {n: backup_file.sha256_hex(members[n]) for n in backup.MEMBERS}
    manifest["sizes"] = {n: len(members[n]) for n in backup.MEMBERS}
    if edit is not None:
        edit(manifest)
    with warnings.catch_warnings(), zipfile.ZipFile(target, "w", compression) as archive:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we want
        for name, data in (*extra, *members.items()):
            archive.writestr(name, data)
        archive.writestr(backup.MANIFEST, json.dumps([manifest] if as_list else manifest))
    return target


def _bomb(source: Path, target: Path) -> Path:
    """The database member replaced by BOMB_BYTES of zeros, deflated, with a manifest whose
    sum and size are right: only the ratio gives it away."""
    members = _members(source)
    manifest = json.loads(members.pop(backup.MANIFEST))
    digest, zeros = hashlib.sha256(), bytes(1 << 20)
    member = zipfile.ZipInfo(DB_FILE_NAME, date_time=(2026, 6, 15, 12, 0, 0))
    member.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(target, "w") as archive:
        with archive.open(member, "w") as written:
            for _ in range(BOMB_BYTES // len(zeros)):
                digest.update(zeros)
                written.write(zeros)
        archive.writestr(keyfile.KEY_FILE_NAME, members[keyfile.KEY_FILE_NAME])
        manifest["files"][DB_FILE_NAME] = digest.hexdigest()
        manifest["sizes"] = {
            DB_FILE_NAME: BOMB_BYTES,
            keyfile.KEY_FILE_NAME: len(members[keyfile.KEY_FILE_NAME]),
        }
        archive.writestr(backup.MANIFEST, json.dumps(manifest))
    assert target.stat().st_size < BOMB_BYTES // 500
    return target


def _hostile_kdf_key_file(key_bytes: bytes) -> bytes:
    """The key file with Argon2 memory 2^32-1 KiB and its checksum recomputed."""
    body = json.loads(key_bytes)
    body.pop("checksum")
    body["slots"]["passphrase"]["kdf"]["memory_kib"] = 2**32 - 1
    body["checksum"] = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
    return json.dumps(body).encode()


def _plaintext_database(folder: Path) -> bytes:
    path = folder / "klartekst.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE parent (name TEXT)")
        connection.execute("INSERT INTO parent VALUES ('Ukryptert')")
    connection.close()
    return path.read_bytes()


def _set(key: str, value: object) -> Edit:
    return lambda manifest: manifest.__setitem__(key, value)


def _drop(key: str) -> Edit:
    return lambda manifest: manifest.pop(key)


def _size_of_database(size: object) -> Edit:
    return lambda manifest: manifest["sizes"].__setitem__(DB_FILE_NAME, size)


ATTACKS: dict[str, Callable[[Path, Path], Path]] = {
    "zip bomb": _bomb,
    "garbage database": lambda s, t: _crafted(s, t, {DB_FILE_NAME: b"not a database " * 999}),
    "plaintext database": lambda s, t: _crafted(
        s, t, {DB_FILE_NAME: _plaintext_database(t.parent)}
    ),
    "empty database": lambda s, t: _crafted(s, t, {DB_FILE_NAME: b""}),
    # Refused by KeyFile.from_bytes's bounds on the KDF settings (issue 17 §2, the key-file
    # work); the backup reader only has to call it and say so in one sentence.
    "hostile kdf": lambda s, t: _crafted(
        s, t, {keyfile.KEY_FILE_NAME: _hostile_kdf_key_file(_members(s)[keyfile.KEY_FILE_NAME])}
    ),
    "version x": lambda s, t: _crafted(s, t, edit=_set("version", "x")),
    "version missing": lambda s, t: _crafted(s, t, edit=_drop("version")),
    "vault_id missing": lambda s, t: _crafted(s, t, edit=_drop("vault_id")),
    "vault_id a number": lambda s, t: _crafted(s, t, edit=_set("vault_id", 17)),
    "created not a time": lambda s, t: _crafted(s, t, edit=_set("created", "i går")),
    "files a list": lambda s, t: _crafted(s, t, edit=_set("files", [])),
    "manifest a list": lambda s, t: _crafted(s, t, as_list=True),
    "size that lies": lambda s, t: _crafted(s, t, edit=_size_of_database(PAGE_SIZE)),
    "size a string": lambda s, t: _crafted(s, t, edit=_size_of_database("mye")),
    "another vault's id": lambda s, t: _crafted(s, t, edit=_set("vault_id", "en-annen")),
    "duplicate database": lambda s, t: _crafted(
        s, t, extra=((DB_FILE_NAME, os.urandom(2 * PAGE_SIZE)),)
    ),
    "duplicate key file": lambda s, t: _crafted(s, t, extra=((keyfile.KEY_FILE_NAME, b"{}"),)),
}


def _refused(call: Callable[[], object]) -> str:
    with pytest.raises(BackupError) as refused:
        call()
    message = str(refused.value)
    assert message.endswith(".") and "Error" not in message and "\n" not in message
    return message


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_a_hostile_backup_is_refused_by_preview_and_restore_and_replaces_nothing(
    created_vault: CreatedVault, good_backup: Path, tmp_path: Path, attack: str
) -> None:
    hostile = ATTACKS[attack](good_backup, tmp_path / "kopier" / "fiendtlig.bufbackup")
    vault = created_vault.vault
    data = dump_tables(vault)

    _refused(lambda: backup.read_backup(hostile))
    _refused(lambda: service_for(vault).preview(hostile))
    _refused(lambda: service_for(vault).restore(hostile, confirm_other_vault=True))
    assert not vault.is_locked  # refused before the person's work was interrupted
    vault.lock()
    before = snapshot(created_vault.directory)
    _refused(lambda: restore.restore_backup(hostile, created_vault.directory, True, True))
    _refused(lambda: restore.restore_backup(hostile, tmp_path / "ny"))

    assert snapshot(created_vault.directory) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopier", "vault"]
    assert sorted(p.name for p in hostile.parent.iterdir()) == [
        "fiendtlig.bufbackup",
        "god.bufbackup",
        *(["klartekst.db"] if attack == "plaintext database" else []),
    ]
    with Vault.open(created_vault.directory, PASSPHRASE) as reopened:
        assert dump_tables(reopened) == data


def test_a_garbage_database_of_whole_pages_is_opened_with_the_key_and_refused(
    created_vault: CreatedVault, good_backup: Path, tmp_path: Path
) -> None:
    """Random whole pages look like ciphertext: only opening them with the key tells."""
    hostile = _crafted(
        good_backup,
        tmp_path / "kopier" / "søppel.bufbackup",
        {DB_FILE_NAME: os.urandom(8 * PAGE_SIZE)},
    )
    vault = created_vault.vault
    data = dump_tables(vault)

    message = _refused(lambda: service_for(vault).preview(hostile))
    assert "ikke en bufapp-database" in message
    _refused(lambda: service_for(vault).restore(hostile))
    assert not vault.is_locked and dump_tables(vault) == data

    vault.lock()
    before = snapshot(created_vault.directory)
    restore_backup = restore.restore_backup  # with the passphrase, as bufapp-admin restore does
    _refused(lambda: restore_backup(hostile, created_vault.directory, True, passphrase=PASSPHRASE))
    assert snapshot(created_vault.directory) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopier", "vault"]


def _passphrase_file(folder: Path, passphrase: str) -> list[str]:
    path = folder / "passord.txt"
    path.write_text(passphrase, encoding="utf-8")
    return ["--passphrase-file", str(path)]


@pytest.mark.parametrize("passphrase", [PASSPHRASE, "ikke det riktige passordet 9"])
def test_cli_restore_opens_the_backup_with_the_passphrase_before_replacing_anything(
    created_vault: CreatedVault,
    good_backup: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    passphrase: str,
) -> None:
    """Garbage of whole pages with the right passphrase, a good backup with a wrong one."""
    wrong = passphrase != PASSPHRASE
    source = good_backup
    if not wrong:
        source = _crafted(
            good_backup,
            tmp_path / "kopier" / "søppel.bufbackup",
            {DB_FILE_NAME: os.urandom(PAGE_SIZE)},
        )
    created_vault.vault.lock()
    before = snapshot(created_vault.directory)
    secret = _passphrase_file(tmp_path / "kopier", passphrase)

    command = ["restore", "--from", str(source), "--vault", str(created_vault.directory)]
    assert main([*command, "--force", *secret]) == 1

    error = capsys.readouterr().err
    assert ("Passordet åpner ikke" if wrong else "ikke en bufapp-database") in error
    assert snapshot(created_vault.directory) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopier", "vault"]


def test_an_old_deflated_backup_without_sizes_still_restores(
    created_vault: CreatedVault, good_backup: Path, tmp_path: Path
) -> None:
    data = dump_tables(created_vault.vault)
    old = _crafted(
        good_backup,
        tmp_path / "kopier" / "gammel.bufbackup",
        edit=_drop("sizes"),
        compression=zipfile.ZIP_DEFLATED,
    )
    with zipfile.ZipFile(old) as archive:
        assert archive.getinfo(DB_FILE_NAME).compress_type == zipfile.ZIP_DEFLATED

    restore.restore_backup(old, tmp_path / "gjenopprettet")
    with Vault.open(tmp_path / "gjenopprettet", PASSPHRASE) as restored:
        assert dump_tables(restored) == data


def test_a_new_backup_stores_its_members_and_states_their_sizes(good_backup: Path) -> None:
    with zipfile.ZipFile(good_backup) as archive:
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_STORED}
        manifest = json.loads(archive.read(backup.MANIFEST))
        sizes = {name: archive.getinfo(name).file_size for name in backup.MEMBERS}
    assert manifest["sizes"] == sizes


def test_no_room_to_extract_is_refused_before_anything_is_written(
    created_vault: CreatedVault, good_backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = created_vault.vault
    real_usage = backup_file.shutil.disk_usage
    database_size = (created_vault.directory / DB_FILE_NAME).stat().st_size

    def nearly_full(path: Any) -> Any:
        total, used, _free = real_usage(path)
        return type(real_usage(path))(total, used, database_size // 2)

    monkeypatch.setattr(backup_file.shutil, "disk_usage", nearly_full)
    with pytest.raises(StorageFull, match="ikke plass"):
        service_for(vault).preview(good_backup)
    vault.lock()
    before = snapshot(created_vault.directory)
    with pytest.raises(StorageFull, match="ikke plass"):
        restore.restore_backup(good_backup, created_vault.directory, replace=True)
    assert snapshot(created_vault.directory) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopier", "vault"]


# --- what a restore may replace (§7) ----------------------------------------------------------


def _ordinary_folder(path: Path) -> Path:
    path.mkdir()
    (path / "brev til mamma.odt").write_bytes(b"mine egne filer")
    (path / "bilder").mkdir()
    (path / "bilder" / "ferie.jpg").write_bytes(b"\xff\xd8 bilde")
    return path


def _ordinary_file(path: Path) -> Path:
    path.write_bytes(b"en vanlig fil")
    return path


@pytest.mark.parametrize("make_target", [_ordinary_folder, _ordinary_file])
@pytest.mark.parametrize("force", [False, True])
def test_restore_refuses_a_target_that_is_not_a_vault_even_with_force(
    good_backup: Path, tmp_path: Path, make_target: Callable[[Path], Path], force: bool
) -> None:
    target = make_target(tmp_path / "Dokumenter")
    before = snapshot(tmp_path / "Dokumenter") if target.is_dir() else target.read_bytes()

    message = _refused(lambda: restore.restore_backup(good_backup, target, force, force))

    assert "ikke en bufapp-database" in message
    after = snapshot(target) if target.is_dir() else target.read_bytes()
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Dokumenter", "kopier", "vault"]


@pytest.mark.parametrize("empty_folder", [False, True])
def test_restore_into_an_empty_folder_or_a_new_path_leaves_nothing_aside(
    created_vault: CreatedVault, good_backup: Path, tmp_path: Path, empty_folder: bool
) -> None:
    target = tmp_path / "ny"
    if empty_folder:
        target.mkdir()
    data = dump_tables(created_vault.vault)

    assert restore.restore_backup(good_backup, target) is None

    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopier", "ny", "vault"]
    assert target.stat().st_mode & 0o777 == 0o700
    for name in (DB_FILE_NAME, keyfile.KEY_FILE_NAME, keyfile.MIRROR_FILE_NAME):
        assert (target / name).stat().st_mode & 0o777 == 0o600
    with Vault.open(target, PASSPHRASE) as restored:
        assert dump_tables(restored) == data


def test_cli_restore_onto_an_ordinary_folder_is_refused_with_force_too(
    good_backup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    documents = _ordinary_folder(tmp_path / "Dokumenter")
    before = snapshot(documents)

    command = ["restore", "--from", str(good_backup), "--vault", str(documents), "--force"]
    assert main(command) == 1

    assert "ikke en bufapp-database" in capsys.readouterr().err
    assert snapshot(documents) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Dokumenter", "kopier", "vault"]
