"""The main window's backup actions: the "Siste sikkerhetskopi" indicator, taking a backup to a
chosen folder (with progress, on the database thread), restoring one after a preview (the
window locks, the vault is replaced, the old one kept aside), the full check, and the quick check
on every unlock, which leads to restoring instead of opening a damaged vault. A mixin of
MainWindow.

The database stack is imported where it is used: none of it is needed before unlocking."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from bufapp import settings as settings_store
from bufapp.errors import BackupCancelled, BufappError, VaultDamaged
from bufapp.ui.backup_widgets import (
    OSLO,
    BackupIndicator,
    BackupProgress,
    Choices,
    DamageRelay,
    oslo_text,
    size_text,
)
from bufapp.ui.messages import Button, Messages
from bufapp.ui.qt import tr

DAMAGED_AT_UNLOCK = (
    "Kontrollen ved opplåsing fant skade i databasen, så den er ikke åpnet. Ingenting er "
    "endret. Gjenopprett fra siste sikkerhetskopi og kontakt IT."
)

BACKUP_AGE_REFRESH_MS = 30 * 60 * 1000
Restorer = Callable[[Path, bool], Any]  # (backup file, confirmed another vault) -> outcome


class BackupActions:
    workspace: Any
    tasks: Any
    settings: Any
    unlock_panel: Any
    statusBar: Callable[[], Any]  # QMainWindow's (an annotation only: a stub would shadow it)

    def lock(self) -> None:  # provided by MainWindow
        raise NotImplementedError

    # --- the indicator and the unlock check -------------------------------------------------------

    def install_backup_indicator(self) -> None:
        self.backup_indicator = BackupIndicator()
        self.backup_indicator.clicked.connect(self.make_backup)
        self.backup_indicator.hide()
        self.statusBar().addPermanentWidget(self.backup_indicator)
        # A window left unlocked over midnight still counts the days right.
        self._backup_age_timer = QTimer(self)  # type: ignore[arg-type]
        self._backup_age_timer.setInterval(BACKUP_AGE_REFRESH_MS)
        self._backup_age_timer.timeout.connect(self.show_last_backup)
        self._backup_age_timer.start()

    def show_last_backup(self) -> None:
        workspace = self.workspace
        if workspace is not None:
            self.tasks.run(workspace.backups.last_backup, self._show_backup_age)

    def _show_backup_age(self, last: datetime | None) -> None:
        today = datetime.now(OSLO).date()
        self.backup_indicator.show_last(last.astimezone(OSLO).date() if last else None, today)

    def _damage_relay(self) -> DamageRelay:
        if not hasattr(self, "_relay"):
            self._relay = DamageRelay(self)  # type: ignore[arg-type]
            self._relay.damaged.connect(self._offer_restore_after_damage)
        return self._relay

    def checked_unlock(
        self, open_workspace: Callable[..., Any], place: Path | None = None
    ) -> Callable[..., Any]:
        """``open_workspace`` followed, on the database thread, by the quick check: a damaged
        vault is closed again (its keys forgotten, nothing written to it) and the person is
        offered to restore; a restored vault records its restore now that it is open. A vault
        too damaged to open at all (its folder ``place`` known) is offered a restore as well."""
        relay = self._damage_relay()

        def open_and_check(*args: Any) -> Any:
            try:
                workspace = open_workspace(*args)
            except VaultDamaged:  # KeyFileDamaged too
                if place is not None:
                    relay.damaged.emit(place)
                raise
            if not workspace.backups.quick_check().ok:
                directory = workspace.backups.directory
                workspace.vault.lock()  # not workspace.lock(): that would write to it
                relay.damaged.emit(directory)
                raise VaultDamaged(DAMAGED_AT_UNLOCK)
            with contextlib.suppress(BufappError):  # an unrecorded restore must not block work
                workspace.backups.note_restore()
            return workspace

        return open_and_check

    def _offer_restore_after_damage(self, directory: Path) -> None:
        answer = Messages.ask(
            self,  # type: ignore[arg-type]
            tr(DAMAGED_AT_UNLOCK)
            + "\n\n"
            + tr("Vil du velge en sikkerhetskopi å gjenopprette nå?"),
            default=Button.Yes,
        )
        if answer == Button.Yes:
            self._choose_and_preview(directory, None)

    # --- taking a backup -----------------------------------------------------------------------------

    def make_backup(self) -> None:
        workspace = self.workspace
        running = getattr(self, "backup_progress", None)  # closed by a lock as well
        if workspace is None or (running is not None and running.isVisible()):
            return
        folder = Choices.folder(
            self,  # type: ignore[arg-type]
            tr("Velg mappe eller minnepinne for sikkerhetskopien"),
            self.settings.backup_dir,
        )
        if folder is None:
            return
        progress = BackupProgress(self)  # type: ignore[arg-type]
        progress.show()
        self.backup_progress = progress

        def done(made: Any) -> None:
            progress.close()
            self._remember_backup_folder(folder)
            self.show_last_backup()
            Messages.info(
                self,  # type: ignore[arg-type]
                tr(
                    "Sikkerhetskopien er tatt og kontrollert:\n{name} ({size})\ni {folder}\n\n"
                    "Oppbevar den på et kryptert medium eller kommunens filserver."
                ).format(name=made.path.name, size=size_text(made.size_bytes), folder=folder),
            )

        def failed(failure: Exception) -> None:
            progress.close()
            if isinstance(failure, BackupCancelled):
                self.statusBar().showMessage(str(failure), 10_000)
            elif isinstance(failure, BufappError):
                Messages.error(self, str(failure))  # type: ignore[arg-type]
            else:
                raise failure

        backups = workspace.backups
        self.tasks.run(lambda: backups.make(folder, progress.report), done, failed)

    def _remember_backup_folder(self, folder: Path) -> None:
        if self.settings.backup_dir == str(folder):
            return
        chosen = self.settings.replace(backup_dir=str(folder))
        with contextlib.suppress(BufappError, OSError):  # only a convenience: never an error
            settings_store.save(chosen)
        self.settings = chosen

    # --- restoring ---------------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        workspace = self.workspace
        if workspace is not None:
            self._choose_and_preview(workspace.backups.directory, workspace.backups)

    def _choose_and_preview(self, directory: Path, backups: Any) -> None:
        """``backups`` is the open vault's service, or None when no vault is open (after a
        damaged unlock): the preview then cannot count, and the restore works on the folder."""
        path = Choices.backup_file(
            self,  # type: ignore[arg-type]
            tr("Velg sikkerhetskopien som skal gjenopprettes"),
            self.settings.backup_dir,
        )
        if path is None:
            return
        from bufapp.services import backups as backup_service

        if backups is not None:
            preview: Callable[[], Any] = lambda: backups.preview(path)  # noqa: E731
            restore: Restorer = backups.restore
        else:
            preview = lambda: backup_service.preview_for_directory(directory, path)  # noqa: E731
            restore = lambda p, ok: backup_service.restore_into(directory, p, ok)  # noqa: E731
        self.tasks.run(
            preview, lambda shown: self._confirm_restore(shown, directory, restore),
            self._backup_failed,
        )  # fmt: skip

    def _confirm_restore(self, preview: Any, directory: Path, restore: Restorer) -> None:
        from bufapp.ui.backup_dialogs import RestorePreviewDialog  # not at start-up

        dialog = RestorePreviewDialog(preview, directory, self)  # type: ignore[arg-type]
        dialog.accepted.connect(
            lambda: self._restore(preview.path, dialog.confirmed_other_vault, restore)
        )
        self.restore_dialog = dialog
        dialog.open()

    def _restore(self, path: Path, other_vault: bool, restore: Restorer) -> None:
        if self.workspace is not None:
            self.lock()  # drafts kept, views closed, keys forgotten; then the files are free
        self.unlock_panel.message.setText(tr("Gjenoppretter fra sikkerhetskopien …"))
        self.tasks.run(lambda: restore(path, other_vault), self._restored, self._restore_failed)

    def _restored(self, outcome: Any) -> None:
        text = tr("Sikkerhetskopien fra {made} er gjenopprettet.").format(
            made=oslo_text(outcome.made_at)
        )
        if outcome.moved_aside is not None:
            text += "\n\n" + tr(
                "Databasen som var i bruk, er ikke slettet. Den ligger i\n{place}"
            ).format(place=outcome.moved_aside)
        hint = tr(
            "Lås opp med passordet som gjaldt da sikkerhetskopien ble tatt, eller med "
            "gjenopprettingsnøkkelen."
        )
        self.unlock_panel.message.setText(hint)
        Messages.info(self, text + "\n\n" + hint)  # type: ignore[arg-type]

    def _restore_failed(self, failure: Exception) -> None:
        self.unlock_panel.message.clear()
        if not isinstance(failure, BufappError):
            raise failure
        Messages.error(
            self,  # type: ignore[arg-type]
            str(failure) + "\n\n" + tr("Databasen er ikke erstattet. Lås opp som før."),
        )

    def _backup_failed(self, failure: Exception) -> None:
        if not isinstance(failure, BufappError):
            raise failure
        Messages.error(self, str(failure))  # type: ignore[arg-type]

    # --- the full check ------------------------------------------------------------------------------

    def check_database(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        self.statusBar().showMessage(tr("Kontrollerer hele databasen …"))

        def shown(report: Any) -> None:
            from bufapp.ui.backup_dialogs import CheckResultDialog  # not at start-up

            self.statusBar().clearMessage()
            dialog = CheckResultDialog(report, self)  # type: ignore[arg-type]
            dialog.restore_requested.connect(self.restore_from_backup)
            self.check_dialog = dialog
            dialog.open()

        self.tasks.run(workspace.backups.full_check, shown, self._backup_failed)
