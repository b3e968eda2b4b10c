"""The whole-file check is off the unlock path: the list is read first, on the database thread;
the quick check runs afterwards on a thread and connection of its own; UNLOCKED is written only
after its verdict, and a save made while it runs lands after UNLOCKED."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlcipher3 import dbapi2

from bufapp.domain.audit import AuditAction
from bufapp.domain.entities import Parent
from bufapp.storage import engine, vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE, CreatedVault
from tests.ui.conftest import settle, unlock

Statements = list[tuple[str, str]]  # (thread name, statement)


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> Statements:
    """Every statement SQLite runs on a vault connection, with the thread that ran it (SQLite's
    own trace callback on the real connections)."""
    seen: Statements = []
    real = engine.connect_raw

    def traced(db_path: Path, key: bytes | bytearray) -> dbapi2.Connection:
        connection = real(db_path, key)
        connection.set_trace_callback(
            lambda sql: seen.append((threading.current_thread().name, sql))
        )
        return connection

    monkeypatch.setattr(engine, "connect_raw", traced)
    monkeypatch.setattr(vault, "connect_raw", traced)
    return seen


def _first(statements: Statements, words: str) -> int:
    return next(i for i, (_t, sql) in enumerate(statements) if words in sql.lower())


def test_the_check_runs_after_the_list_on_its_own_thread_and_unlocked_follows_it(
    qtbot: QtBot,
    tasks: TaskManager,
    window_factory: Callable[..., MainWindow],
    created_vault: CreatedVault,
    statements: Statements,
) -> None:
    created_vault.vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)

    checks = [(t, sql) for t, sql in statements if "quick_check" in sql.lower()]
    assert checks and all(t == "bufapp-check" for t, _sql in checks)
    assert _first(statements, "from parent") < _first(statements, "quick_check")
    assert _first(statements, "quick_check") < _first(statements, "insert into audit")
    assert workspace.audit.recent(1)[0].action is AuditAction.UNLOCKED


def test_a_save_made_while_the_check_runs_lands_after_unlocked(
    qtbot: QtBot,
    tasks: TaskManager,
    window_factory: Callable[..., MainWindow],
    created_vault: CreatedVault,
) -> None:
    created_vault.vault.lock()
    window = window_factory()
    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.submit()
    settle(qtbot, tasks, until=lambda: window.workspace is not None)
    workspace = window.workspace
    assert workspace is not None
    # Sent before the verdict can be in: the check starts only after the list's work.
    tasks.run(lambda: workspace.register.save_parent(Parent("Kari", "Nordmann")))
    qtbot.waitUntil(lambda: workspace.vault.soundness.decided, timeout=10_000)
    qtbot.waitUntil(lambda: not window.backups.soundness_check_running, timeout=10_000)
    settle(qtbot, tasks)

    actions = [r.action for r in reversed(workspace.audit.recent(10))]
    assert actions == [AuditAction.UNLOCKED, AuditAction.CREATED]  # once, and first
    assert workspace.audit.verify().intact
    assert tasks.errors == []  # type: ignore[attr-defined]


def test_a_lock_before_the_check_started_still_records_unlocked_then_locked(
    qtbot: QtBot,
    tasks: TaskManager,
    window_factory: Callable[..., MainWindow],
    created_vault: CreatedVault,
) -> None:
    """The lock's own writes wait for a verdict: the lock starts the check if the list had not
    yet (it used to wait for ever)."""
    created_vault.vault.lock()
    window = window_factory()
    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.submit()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    window.lock()  # in the same turn as the unlock: the list's work is still queued
    settle(qtbot, tasks)

    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    actions = [r.action for r in reversed(workspace.audit.recent(3))]
    assert actions == [AuditAction.UNLOCKED, AuditAction.LOCKED, AuditAction.UNLOCKED]
