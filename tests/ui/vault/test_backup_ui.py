"""Backups from the window, on real vaults: the indicator (amber when old or never), a backup
from the Fil menu with progress and a cancel that leaves nothing, a restore after its preview
(another vault's needs the box ticked; the old vault is kept and the message says where), the
full check, and a damaged vault, found by the check after unlocking, that is locked again
unwritten and leads to restoring."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from bufapp import settings as settings_store
from bufapp.domain.audit import AuditAction
from bufapp.domain.entities import Parent
from bufapp.errors import DamagedAtUnlock, VaultDamaged
from bufapp.services.backups import BackupService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import DB_FILE_NAME, Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.vault.backup_actions import DAMAGED_AT_UNLOCK
from bufapp.ui.vault.backup_widgets import Choices, backup_age
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE, CreatedVault
from tests.storage.helpers import PAGE_SIZE, add_sample_register, flip_byte
from tests.storage.test_backup import OTHER_PASSPHRASE
from tests.ui.conftest import settle, unlock

Ok = QMessageBox.StandardButton.Ok


@pytest.fixture(autouse=True)
def own_settings_and_choices(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # never the real settings
    Choices.reset()
    yield
    Choices.reset()


@pytest.fixture
def ready(
    created_vault: CreatedVault, register: RegisterService
) -> tuple[CreatedVault, RegisterService]:
    add_sample_register(register, parents=4)
    return created_vault, register


def _labels(widget: object) -> str:
    return " | ".join(label.text() for label in widget.findChildren(QLabel))  # type: ignore[attr-defined]


def _parents(vault: Vault) -> int:
    with vault.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM parent")).scalar_one()


def test_backup_age_words_and_when_it_turns_amber() -> None:
    today = date(2026, 6, 15)
    assert backup_age(today, today) == ("i dag", False)
    assert backup_age(date(2026, 6, 14), today) == ("i går", False)
    assert backup_age(date(2026, 6, 12), today) == ("for 3 dager siden", False)
    assert backup_age(date(2026, 6, 8), today) == ("for 7 dager siden", False)
    assert backup_age(date(2026, 6, 7), today) == ("for 8 dager siden", True)
    assert backup_age(None, today) == ("aldri", True)


def test_backup_from_the_menu_is_written_verified_and_remembered(
    qtbot: QtBot,
    tasks: TaskManager,
    window_factory: Callable[..., MainWindow],
    ready: tuple[CreatedVault, RegisterService],
    tmp_path: Path,
) -> None:
    ready[0].vault.lock()
    window = window_factory()
    assert not window.backups.backup_indicator.isVisible() and not window.backup_action.isEnabled()
    unlock(qtbot, tasks, window, PASSPHRASE)
    indicator = window.backups.backup_indicator
    assert indicator.text() == "Siste sikkerhetskopi: aldri" and indicator.stale
    assert "Advarsel" in indicator.accessibleDescription()

    stick = tmp_path / "minnepinne"
    stick.mkdir()
    Choices.answer_next(stick)
    Messages.answer_next(Ok)
    window.backup_action.trigger()
    settle(qtbot, tasks, until=lambda: any("er tatt og kontrollert" in m for m in Messages.shown))

    (written,) = stick.iterdir()
    assert written.name.startswith("bufapp-") and written.suffix == ".bufbackup"
    assert written.name in Messages.shown[-1] and " kB)" in Messages.shown[-1]
    assert window.backups.backup_progress.percent == 100
    settle(qtbot, tasks, until=lambda: not window.backups.backup_indicator.stale)
    assert indicator.text() == "Siste sikkerhetskopi: i dag"
    assert settings_store.load().backup_dir == str(stick) == window.settings.backup_dir

    # The indicator is refreshed by a timer too (a window left unlocked over midnight).
    window.backups.backup_indicator.show_last(None, date.today())
    assert window.backups.backup_indicator.stale
    window.backups._backup_age_timer.timeout.emit()
    settle(qtbot, tasks, until=lambda: not window.backups.backup_indicator.stale)
    assert window.backups._backup_age_timer.isActive()


def test_a_cancelled_backup_leaves_nothing_and_says_so(
    qtbot: QtBot,
    tasks: TaskManager,
    window_factory: Callable[..., MainWindow],
    ready: tuple[CreatedVault, RegisterService],
    tmp_path: Path,
) -> None:
    ready[0].vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)
    stick = tmp_path / "minnepinne"
    stick.mkdir()
    gate = threading.Event()
    tasks.run(gate.wait)  # holds the database thread, so the cancel comes before the first step
    Choices.answer_next(stick)
    window.backup_action.trigger()
    window.backups.backup_progress.findChild(QPushButton).click()  # Avbryt
    gate.set()
    settle(qtbot, tasks, until=lambda: "avbrutt" in window.statusBar().currentMessage())
    assert list(stick.iterdir()) == []
    assert Messages.shown == [] and window.backups.backup_indicator.stale


def _preview_dialog(qtbot: QtBot, tasks: TaskManager, window: MainWindow, backup: Path) -> object:
    Choices.answer_next(backup)
    window.restore_action.trigger()
    settle(qtbot, tasks, until=lambda: window.backups.restore_dialog is not None)
    return window.backups.restore_dialog


def test_restore_shows_the_preview_then_replaces_and_keeps_the_old_vault(
    qtbot: QtBot,
    tasks: TaskManager,
    window_factory: Callable[..., MainWindow],
    ready: tuple[CreatedVault, RegisterService],
    tmp_path: Path,
) -> None:
    created, register = ready
    made = BackupService(created.vault, lambda: UnitOfWork(created.vault.session_factory)).make(
        tmp_path / "kopier"
    )
    register.save_parent(Parent("Etter", "Sikkerhetskopien"))  # gone after the restore
    created.vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)

    dialog = _preview_dialog(qtbot, tasks, window, made.path)
    shown = _labels(dialog)
    assert "Foreldre:" in shown and "Kontakter i kontaktloggen:" in shown
    assert "| 4 |" in shown and "annen database" not in shown
    assert dialog.restore_button.isEnabled()  # type: ignore[attr-defined]
    Messages.answer_next(Ok)
    dialog.restore_button.click()  # type: ignore[attr-defined]
    settle(qtbot, tasks, until=lambda: any("er gjenopprettet" in m for m in Messages.shown))

    assert window.workspace is None
    (moved,) = [p for p in tmp_path.iterdir() if p.name.startswith("vault.erstattet-")]
    assert str(moved) in Messages.shown[-1] and "ikke slettet" in Messages.shown[-1]
    assert "passordet som gjaldt" in window.unlock_panel.message.text()
    with Vault.open(moved, PASSPHRASE) as kept:
        assert _parents(kept) == 5
    Messages.answer_next(Ok)
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    assert _parents(workspace.vault) == 4
    restored = workspace.audit.last(AuditAction.RESTORED)
    assert restored is not None and made.path.name in restored.detail


def test_another_vaults_backup_needs_the_box_ticked(
    qtbot: QtBot,
    tasks: TaskManager,
    window_factory: Callable[..., MainWindow],
    ready: tuple[CreatedVault, RegisterService],
    tmp_path: Path,
) -> None:
    other, _ = Vault.create(tmp_path / "annet", OTHER_PASSPHRASE)
    with other:
        foreign = BackupService(other, lambda: UnitOfWork(other.session_factory)).make(tmp_path)
    ready[0].vault.lock()
    window = window_factory()
    unlock(qtbot, tasks, window, PASSPHRASE)

    dialog = _preview_dialog(qtbot, tasks, window, foreign.path)
    assert "Sikkerhetskopi av en annen database." in _labels(dialog)
    assert "kan bare åpnes med passordet til den andre" in _labels(dialog)
    assert not dialog.restore_button.isEnabled()  # type: ignore[attr-defined]
    dialog.other_vault.setChecked(True)  # type: ignore[attr-defined]
    assert dialog.restore_button.isEnabled()  # type: ignore[attr-defined]
    Messages.answer_next(Ok)
    dialog.restore_button.click()  # type: ignore[attr-defined]
    settle(qtbot, tasks, until=lambda: any("er gjenopprettet" in m for m in Messages.shown))

    Messages.answer_next(Ok)
    workspace = unlock(qtbot, tasks, window, OTHER_PASSPHRASE)
    assert workspace.vault.vault_id == other.vault_id


def test_full_check_from_the_menu_lists_the_result(
    qtbot: QtBot,
    tasks: TaskManager,
    window_factory: Callable[..., MainWindow],
    ready: tuple[CreatedVault, RegisterService],
) -> None:
    ready[0].vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    window.check_action.trigger()
    settle(qtbot, tasks, until=lambda: window.backups.check_dialog is not None)
    assert "Databasen er hel." in _labels(window.backups.check_dialog)
    checked = workspace.audit.last(AuditAction.INTEGRITY_CHECKED)
    assert checked is not None


def _damage(vault: Vault, where: str) -> int:
    """The offset of a byte to flip: in a table's root page (the vault opens, the check after
    the list finds it): one the list and the views read at unlock (``parent``) or one they do
    not (``network_map``); or in the first page (the vault no longer opens at all)."""
    if where == "first page":
        return 100
    table = "parent" if where == "a page the list reads" else "network_map"
    with vault.engine.connect() as connection:
        root = connection.execute(
            text("SELECT rootpage FROM sqlite_master WHERE name = :t"), {"t": table}
        ).scalar_one()
    return (root - 1) * PAGE_SIZE + 1234


@pytest.mark.parametrize(
    "where", ["a page the list does not read", "a page the list reads", "first page"]
)
def test_a_damaged_vault_is_locked_unwritten_and_leads_to_restore(
    qtbot: QtBot,
    tasks: TaskManager,
    window_factory: Callable[..., MainWindow],
    ready: tuple[CreatedVault, RegisterService],
    tmp_path: Path,
    where: str,
) -> None:
    """The list may appear (the check runs after it); the check's verdict then locks the vault
    without writing a byte to it (not even UNLOCKED) and offers the restore."""
    created, _ = ready
    vault = created.vault
    made = BackupService(vault, lambda: UnitOfWork(vault.session_factory)).make(tmp_path / "k")
    offset = _damage(vault, where)
    vault.lock()  # checkpoints: the rows are in the database file
    database = created.directory / DB_FILE_NAME
    flip_byte(database, offset)
    damaged = database.read_bytes()
    window = window_factory()

    Messages.answer_next(QMessageBox.StandardButton.Yes)  # "restore now?"
    Choices.answer_next(made.path)
    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.submit()
    settle(qtbot, tasks, until=lambda: window.backups.restore_dialog is not None)

    assert window.workspace is None and window.work is None
    assert database.read_bytes() == damaged  # nothing written, not even UNLOCKED
    if where != "first page":
        assert window.unlock_panel.message.text() == DAMAGED_AT_UNLOCK
    asked = [m for m in Messages.shown if "Vil du velge en sikkerhetskopi" in m]
    assert len(asked) == 1
    # A page the list reads says so at once, as any failing read does; otherwise only writes
    # that waited for the verdict fail (the app leaves those to the window's one message).
    said = tasks.errors  # type: ignore[attr-defined]
    assert all(isinstance(e, VaultDamaged) for e in said)
    if where == "a page the list does not read":
        assert all(isinstance(e, DamagedAtUnlock) for e in said)
    said.clear()
    dialog = window.backups.restore_dialog
    assert "vises ikke før databasen er låst opp" in _labels(dialog)
    Messages.answer_next(Ok)
    dialog.restore_button.click()  # type: ignore[attr-defined]
    settle(qtbot, tasks, until=lambda: any("er gjenopprettet" in m for m in Messages.shown))

    Messages.answer_next(Ok)
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    assert _parents(workspace.vault) == 4
    session = [r.action for r in reversed(workspace.audit.recent(20))]
    session = session[len(session) - 1 - session[::-1].index(AuditAction.UNLOCKED) :]
    assert session[:2] == [AuditAction.UNLOCKED, AuditAction.RESTORED]  # then what it read
    assert tasks.errors == []  # type: ignore[attr-defined]
