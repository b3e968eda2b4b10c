"""Screenshots of backing up: the status-bar indicator when there is no backup (amber) and right
after one, the progress dialog, the preview before a restore (this vault's backup with its
counts, and another vault's with the box to tick), and the full check, whole and damaged."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.vault.backup_dialogs import CheckResultDialog, RestorePreviewDialog
from bufapp.ui.vault.backup_widgets import BackupProgress
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace

OTHER_PASSPHRASE = "en helt annen database 2026"
EXAMPLE_DAMAGE = [
    "Kryptert side skadet: HMAC invalid for page 212",
    "Databasestruktur: Tree 14 page 212 cell 3: invalid page number 1717986918",
]


def _other_vault_backup(folder: Path) -> Path:
    from bufapp.security import kdf
    from bufapp.services.backups import BackupService
    from bufapp.storage.uow import UnitOfWork
    from bufapp.storage.vault import Vault

    vault, _recovery_key = Vault.create(folder / "annet", OTHER_PASSPHRASE, kdf.minimum_params())
    with vault:
        made = BackupService(vault, lambda: UnitOfWork(vault.session_factory)).make(folder)
    return made.path


def backup_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    window.backups.show_last_backup()
    settle(tasks)
    save(window.statusBar(), name("50-sikkerhetskopi-statuslinje-gul"), shots)

    progress = BackupProgress(window)
    progress._show(0.42)
    save(progress, name("51-sikkerhetskopi-fremdrift"), shots)
    progress.close()

    with tempfile.TemporaryDirectory(prefix="bufapp-screenshot-backup-") as scratch:
        folder = Path(scratch)
        made = workspace.backups.make(folder)
        window.backups.show_last_backup()
        settle(tasks)
        save(window.statusBar(), name("52-sikkerhetskopi-statuslinje"), shots)

        backups = workspace.backups
        dialog = RestorePreviewDialog(backups.preview(made.path), backups.directory, window)
        save(dialog, name("53-gjenopprett-forhandsvisning"), shots)
        dialog.done(0)

        foreign = _other_vault_backup(folder)
        dialog = RestorePreviewDialog(backups.preview(foreign), backups.directory, window)
        save(dialog, name("54-gjenopprett-annen-database"), shots)
        dialog.done(0)

    from bufapp.storage.integrity import IntegrityReport

    for stem, report in (
        ("55-kontroll-hel", backups.full_check()),
        ("56-kontroll-skadet", IntegrityReport(list(EXAMPLE_DAMAGE))),
    ):
        check = CheckResultDialog(report, window)
        save(check, name(stem), shots)
        check.done(0)
