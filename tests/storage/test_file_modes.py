"""Every file bufapp writes is readable by its owner only, whatever the umask says.

A real vault is created, written to, checkpointed, migrated (its safety copy), backed up,
restored and exported to the archive; then every file and folder that bufapp made under the
vault folder, the backup folder, the restored vault and the archive export has no rights for
the group or others. A vault from before (its files 0644) is tightened when it opens.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bufapp.services.archive.model import ExportScope
from bufapp.services.register import RegisterService
from bufapp.storage import backup, restore
from bufapp.storage.vault import DB_FILE_NAME, Vault
from tests.conftest import PASSPHRASE, CreatedVault
from tests.storage.test_archive_export import make_case

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX rights")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most desktops have: group and others may read what is not made private."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def too_open(folder: Path) -> list[str]:
    """Files and folders under ``folder`` (not ``folder`` itself) that others may use."""
    return sorted(
        f"{path.relative_to(folder)} {stat.filemode(path.stat().st_mode)}"
        for path in folder.rglob("*")
        if path.stat().st_mode & 0o077
    )


def test_every_file_of_a_vault_its_backups_and_exports_is_private(
    created_vault: CreatedVault, register: RegisterService, tmp_path: Path
) -> None:
    vault, directory = created_vault.vault, created_vault.directory
    forms = tmp_path / "forms"
    forms.mkdir()
    case = make_case(vault, register, forms)  # written: the -wal and -shm are there
    assert Path(f"{vault.db_path}-wal").exists()
    assert vault.directory.stat().st_mode & 0o077 == 0
    assert too_open(directory) == []

    with vault.raw_connection() as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    vault._safety_copy("proeve")  # what a migration keeps beside the vault
    backups = tmp_path / "minnepinne"
    made = backup.create_backup(vault, backups / "bufapp-sikkerhetskopi.zip")
    restored = tmp_path / "gjenopprettet"
    restore.restore_backup(made.path, restored)
    with Vault.open(restored, PASSPHRASE) as reopened:
        reopened.raw_connection().close()
    archive = tmp_path / "arkiv"
    archive.mkdir()
    result = case.archive.export(ExportScope(case.mother), archive)
    assert result.folder is not None and any(result.folder.iterdir())

    for folder in (directory, backups, restored, archive):
        assert too_open(folder) == [], folder.name
    assert restored.stat().st_mode & 0o077 == 0


def test_a_vault_made_before_is_made_private_when_it_opens(
    created_vault: CreatedVault,
) -> None:
    directory = created_vault.directory
    created_vault.vault.lock()
    os.chmod(directory, 0o755)
    for path in directory.iterdir():
        os.chmod(path, 0o644)
    assert too_open(directory) != []
    theirs = directory / "notater.txt"  # not bufapp's: left as its owner made it
    theirs.write_text("egne notater")
    os.chmod(theirs, 0o644)

    with Vault.open(str(directory), PASSPHRASE) as vault:
        vault.raw_connection().close()
        assert (directory / DB_FILE_NAME).stat().st_mode & 0o777 == 0o600
    assert too_open(directory) == ["notater.txt -rw-r--r--"]
    assert directory.stat().st_mode & 0o077 == 0
