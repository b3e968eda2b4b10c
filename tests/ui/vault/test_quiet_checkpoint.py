"""After a quiet moment without input, the open vault's WAL is emptied into the database file
(issue 17 §7), on the database thread; the window stays unlocked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from bufapp.domain.entities import Parent
from bufapp.storage.layout import DB_FILE_NAME
from bufapp.storage.vault import Vault
from bufapp.ui.main_window import MainWindow
from bufapp.ui.qt import make_application
from bufapp.ui.vault.idle import InactivityWatcher
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock


def test_a_quiet_moment_empties_the_wal_and_keeps_the_window_open(
    qtbot: QtBot,
    tasks: TaskManager,
    vault: Vault,
    vault_dir: Path,
    window_factory: Callable[..., MainWindow],
) -> None:
    vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)
    tasks.run_blocking(lambda: workspace.register.save_parent(Parent("Walter", "Walsen")))
    wal = vault_dir / f"{DB_FILE_NAME}-wal"
    assert wal.stat().st_size > 0

    watcher = InactivityWatcher(make_application([]), timeout_ms=3_600_000, quiet_ms=50)
    watcher.quiet.connect(window.checkpoint)
    watcher.start()
    qtbot.waitUntil(lambda: wal.stat().st_size == 0, timeout=10_000)
    settle(qtbot, tasks)
    assert window.workspace is workspace
