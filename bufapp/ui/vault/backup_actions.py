"""The main window's backup actions: the "Siste sikkerhetskopi" indicator, taking a backup to a
chosen folder (with progress, on the database thread), restoring one after a preview (the
window locks, the vault is replaced, the old one kept aside), the full check, and the quick check
after every unlock (once the list is shown, then after each backup and at quiet moments), on a
thread and connection of its own: nothing is written until it finds the vault sound, and damage
locks the vault again unwritten and leads to restoring. The window owns one, built with its
context and what only the window can do (lock, lock without writing, say something on the
unlock screen, keep changed settings).

The database stack is imported where it is used: none of it is needed before unlocking."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6.QtCore import QTimer

from bufapp import settings as settings_store
from bufapp.errors import BackupCancelled, BufappError, DamagedAtUnlock, VaultDamaged
from bufapp.ui.qt import tr
from bufapp.ui.vault.backup_widgets import (
    BackupIndicator,
    BackupProgress,
    Choices,
    DamageRelay,
    oslo_text,
    size_text,
)
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.services.backups import BackupPreview, BackupService, MadeBackup, RestoreOutcome
    from bufapp.services.workspace import Workspace
    from bufapp.settings import Settings
    from bufapp.storage.integrity import IntegrityReport
    from bufapp.ui.vault.backup_dialogs import CheckResultDialog, RestorePreviewDialog

DAMAGED_AT_UNLOCK = DamagedAtUnlock.message
QUIET_CHECK_EVERY_S = 30 * 60  # a quiet moment checks the file again, at most this often

BACKUP_AGE_REFRESH_MS = 30 * 60 * 1000
Restorer = Callable[[Path, bool], "RestoreOutcome"]  # (backup file, confirmed another vault)
P = ParamSpec("P")
W = TypeVar("W")


class BackupActions:
    def __init__(
        self,
        context: WindowContext,
        *,
        lock: Callable[[], None],
        lock_unwritten: Callable[[Workspace], None],
        say_on_unlock_screen: Callable[[str], None],
        keep_settings: Callable[[Settings], None],
    ) -> None:
        """``lock`` keeps drafts and forgets the keys; ``lock_unwritten`` closes the views and
        forgets the keys WITHOUT writing anything (the vault is damaged); ``keep_settings``
        makes changed settings the window's."""
        self._context = context
        self._lock = lock
        self._lock_unwritten = lock_unwritten
        self._say = say_on_unlock_screen
        self._keep_settings = keep_settings
        self._relay: DamageRelay | None = None
        self._checking: Workspace | None = None  # the workspace the background check reads
        self._last_check = 0.0
        self.backup_progress: BackupProgress | None = None
        self.restore_dialog: RestorePreviewDialog | None = None
        self.check_dialog: CheckResultDialog | None = None

    # --- the indicator and the unlock check -------------------------------------------------------

    def install_backup_indicator(self) -> None:
        """In the window's status bar, before the lock state."""
        window = self._context.window
        self.backup_indicator = BackupIndicator()
        self.backup_indicator.clicked.connect(self.make_backup)
        self.backup_indicator.hide()
        window.statusBar().addPermanentWidget(self.backup_indicator)
        # A window left unlocked over midnight still counts the days right.
        self._backup_age_timer = QTimer(window)
        self._backup_age_timer.setInterval(BACKUP_AGE_REFRESH_MS)
        self._backup_age_timer.timeout.connect(self.show_last_backup)
        self._backup_age_timer.start()

    def show_last_backup(self) -> None:
        workspace = self._context.workspace()
        if workspace is not None:
            self._context.tasks.run(workspace.backups.last_backup, self._show_backup_age)

    def _show_backup_age(self, last: datetime | None) -> None:
        from bufapp.services.clock import oslo_date, today_oslo  # zoneinfo: after unlocking

        self.backup_indicator.show_last(oslo_date(last) if last else None, today_oslo())

    def _damage_relay(self) -> DamageRelay:
        if self._relay is None:
            self._relay = DamageRelay(self._context.window)
            self._relay.damaged.connect(self._offer_restore_after_damage)
            self._relay.checked.connect(self._checked)
        return self._relay

    def checked_unlock(
        self, open_workspace: Callable[P, W], place: Path | None = None
    ) -> Callable[P, W]:
        """``open_workspace`` (on the database thread); a vault too damaged to open at all (its
        folder ``place`` known) is offered a restore. The whole file is checked afterwards
        (``check_after_list_shown``): unlocking must not grow with the vault."""
        relay = self._damage_relay()

        def open_reporting_damage(*args: P.args, **kwargs: P.kwargs) -> W:
            try:
                return open_workspace(*args, **kwargs)
            except VaultDamaged:  # KeyFileDamaged too
                if place is not None:
                    relay.damaged.emit(place)
                raise

        return open_reporting_damage

    # --- the check in the background -----------------------------------------------------------

    @property
    def soundness_check_running(self) -> bool:
        return self._checking is not None

    def check_after_list_shown(self, workspace: Workspace) -> None:
        """Queued behind the list's own database work: the check starts once the list has its
        rows, and competes with nothing the person waits for."""
        self._context.tasks.run(lambda: None, lambda _done: self.check_in_background(workspace))

    def verdict_before_writing(self, workspace: Workspace) -> None:
        """Before a lock writes (drafts, LOCKED): its writes wait for the check's verdict, so
        a check must be under way even when the lock came before the list had its rows."""
        if not workspace.vault.soundness.decided:
            self.check_in_background(workspace)

    def check_when_quiet(self) -> None:
        if time.monotonic() - self._last_check >= QUIET_CHECK_EVERY_S:
            self.check_in_background(self._context.workspace())

    def check_in_background(self, workspace: Workspace | None) -> None:
        """The quick check (every page and its HMAC) on a thread and connection of its own,
        neither the GUI's nor the database worker's: the person reads on meanwhile, and writes
        wait for its verdict (storage.soundness). The outcome comes back through the relay."""
        if (
            workspace is None
            or workspace is not self._context.workspace()
            or self.soundness_check_running
        ):
            return
        self._checking = workspace
        self._last_check = time.monotonic()
        relay = self._damage_relay()

        def check() -> None:
            try:
                outcome: object = workspace.check_soundness()
            except Exception as failure:  # the vault locked meanwhile; handed to the window
                outcome = failure
            relay.checked.emit(workspace, outcome)

        threading.Thread(target=check, name="bufapp-check", daemon=True).start()

    def _checked(self, workspace: Workspace, outcome: IntegrityReport | Exception) -> None:
        self._checking = None
        if workspace is not self._context.workspace():
            return  # locked meanwhile: nothing to say about a vault no longer open
        if isinstance(outcome, Exception):
            if isinstance(outcome, BufappError):
                Messages.error(self._context.window, str(outcome))
                return
            raise outcome
        if outcome.ok:
            self._context.tasks.run(workspace.record_opening)  # if no save has carried UNLOCKED yet
        else:
            self._lock_damaged(workspace)

    def _lock_damaged(self, workspace: Workspace) -> None:
        """Close the views and forget the keys WITHOUT writing: no drafts, no LOCKED record
        (``vault.lock``, not ``workspace.lock``). Open forms stay open with what was typed;
        a save that waited for the verdict has failed with the damage text."""
        directory = workspace.backups.directory
        self._lock_unwritten(workspace)
        self._say(tr(DAMAGED_AT_UNLOCK))
        self._offer_restore_after_damage(directory)

    def _offer_restore_after_damage(self, directory: Path) -> None:
        answer = Messages.ask(
            self._context.window,
            tr(DAMAGED_AT_UNLOCK)
            + "\n\n"
            + tr("Vil du velge en sikkerhetskopi å gjenopprette nå?"),
            default=Button.Yes,
        )
        if answer == Button.Yes:
            self._choose_and_preview(directory, None)

    # --- taking a backup -----------------------------------------------------------------------------

    def make_backup(self) -> None:
        context = self._context
        workspace = context.workspace()
        running = self.backup_progress  # closed by a lock as well
        if workspace is None or (running is not None and running.isVisible()):
            return
        folder = Choices.folder(
            context.window,
            tr("Velg mappe eller minnepinne for sikkerhetskopien"),
            context.settings().backup_dir,
        )
        if folder is None:
            return
        progress = BackupProgress(context.window)
        progress.show()
        self.backup_progress = progress

        def done(made: MadeBackup) -> None:
            progress.close()
            self._remember_backup_folder(folder)
            self.show_last_backup()
            self.check_in_background(workspace)
            Messages.info(
                context.window,
                tr(
                    "Sikkerhetskopien er tatt og kontrollert:\n{name} ({size})\ni {folder}\n\n"
                    "Oppbevar den på et kryptert medium eller kommunens filserver."
                ).format(name=made.path.name, size=size_text(made.size_bytes), folder=folder),
            )

        def failed(failure: Exception) -> None:
            progress.close()
            if isinstance(failure, BackupCancelled):
                context.window.statusBar().showMessage(str(failure), 10_000)
            elif isinstance(failure, BufappError):
                Messages.error(context.window, str(failure))
            else:
                raise failure

        backups = workspace.backups
        context.tasks.run(lambda: backups.make(folder, progress.report), done, failed)

    def _remember_backup_folder(self, folder: Path) -> None:
        settings = self._context.settings()
        if settings.backup_dir == str(folder):
            return
        chosen = settings.replace(backup_dir=str(folder))
        with contextlib.suppress(BufappError, OSError):  # only a convenience: never an error
            settings_store.save(chosen)
        self._keep_settings(chosen)

    # --- restoring ---------------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        workspace = self._context.workspace()
        if workspace is not None:
            self._choose_and_preview(workspace.backups.directory, workspace.backups)

    def _choose_and_preview(self, directory: Path, backups: BackupService | None) -> None:
        """``backups`` is the open vault's service, or None when no vault is open (after a
        damaged unlock): the preview then cannot count, and the restore works on the folder."""
        path = Choices.backup_file(
            self._context.window,
            tr("Velg sikkerhetskopien som skal gjenopprettes"),
            self._context.settings().backup_dir,
        )
        if path is None:
            return
        from bufapp.services import backups as backup_service

        if backups is not None:
            preview: Callable[[], BackupPreview] = lambda: backups.preview(path)  # noqa: E731
            restore: Restorer = backups.restore
        else:
            preview = lambda: backup_service.preview_for_directory(directory, path)  # noqa: E731
            restore = lambda p, ok: backup_service.restore_into(directory, p, ok)  # noqa: E731
        self._context.tasks.run(
            preview, lambda shown: self._confirm_restore(shown, directory, restore),
            self._backup_failed,
        )  # fmt: skip

    def _confirm_restore(self, preview: BackupPreview, directory: Path, restore: Restorer) -> None:
        from bufapp.ui.vault.backup_dialogs import RestorePreviewDialog  # not at start-up

        dialog = RestorePreviewDialog(preview, directory, self._context.window)
        dialog.accepted.connect(
            lambda: self._restore(preview.path, dialog.confirmed_other_vault, restore)
        )
        self.restore_dialog = dialog
        dialog.open()

    def _restore(self, path: Path, other_vault: bool, restore: Restorer) -> None:
        if self._context.workspace() is not None:
            self._lock()  # drafts kept, views closed, keys forgotten; then the files are free
        self._say(tr("Gjenoppretter fra sikkerhetskopien …"))
        self._context.tasks.run(
            lambda: restore(path, other_vault), self._restored, self._restore_failed
        )

    def _restored(self, outcome: RestoreOutcome) -> None:
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
        self._say(hint)
        Messages.info(self._context.window, text + "\n\n" + hint)

    def _restore_failed(self, failure: Exception) -> None:
        self._say("")
        if not isinstance(failure, BufappError):
            raise failure
        Messages.error(
            self._context.window,
            str(failure) + "\n\n" + tr("Databasen er ikke erstattet. Lås opp som før."),
        )

    def _backup_failed(self, failure: Exception) -> None:
        if not isinstance(failure, BufappError):
            raise failure
        Messages.error(self._context.window, str(failure))

    # --- the full check ------------------------------------------------------------------------------

    def check_database(self) -> None:
        context = self._context
        workspace = context.workspace()
        if workspace is None:
            return
        status = context.window.statusBar()
        status.showMessage(tr("Kontrollerer hele databasen …"))

        def shown(report: IntegrityReport) -> None:
            from bufapp.ui.vault.backup_dialogs import CheckResultDialog  # not at start-up

            status.clearMessage()
            dialog = CheckResultDialog(report, context.window)
            dialog.restore_requested.connect(self.restore_from_backup)
            self.check_dialog = dialog
            dialog.open()

        context.tasks.run(workspace.backups.full_check, shown, self._backup_failed)
