"""A hostile backup chosen in the window (issue 17 §5): the preview refuses it with one
Norwegian sentence before any restore dialog is shown, and the person keeps working in the
open vault, its data untouched."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.services.register import RegisterService
from bufapp.storage import backup
from bufapp.storage.vault import DB_FILE_NAME
from bufapp.ui.main_window import MainWindow
from bufapp.ui.vault.backup_widgets import Choices
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE, CreatedVault
from tests.storage.helpers import PAGE_SIZE, add_sample_register, dump_tables
from tests.storage.test_hostile_backups import ATTACKS, _crafted
from tests.ui.conftest import settle, unlock


@pytest.fixture(autouse=True)
def own_settings_and_choices(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # never the real settings
    Choices.reset()
    yield
    Choices.reset()


def _garbage_pages(source: Path, target: Path) -> Path:
    return _crafted(source, target, {DB_FILE_NAME: os.urandom(4 * PAGE_SIZE)})


@pytest.mark.parametrize(
    ("attack", "words"),
    [
        (ATTACKS["zip bomb"], "langt mer enn en ekte sikkerhetskopi"),
        (ATTACKS["version x"], "er ugyldig"),
        (_garbage_pages, "ikke en bufapp-database"),
    ],
    ids=["zip bomb", "version x", "garbage pages"],
)
def test_the_preview_refuses_a_hostile_backup_and_the_vault_stays_open(
    qtbot: QtBot,
    tasks: TaskManager,
    window_factory: Callable[..., MainWindow],
    created_vault: CreatedVault,
    register: RegisterService,
    tmp_path: Path,
    attack: Callable[[Path, Path], Path],
    words: str,
) -> None:
    add_sample_register(register, parents=2)
    good = backup.create_backup(created_vault.vault, tmp_path / "kopier" / "god.bufbackup")
    hostile = attack(good.path, tmp_path / "kopier" / "fiendtlig.bufbackup")
    data = dump_tables(created_vault.vault)
    created_vault.vault.lock()
    window = window_factory()
    workspace = unlock(qtbot, tasks, window, PASSPHRASE)

    Choices.answer_next(hostile)
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    window.restore_action.trigger()
    settle(qtbot, tasks, until=lambda: bool(Messages.shown))

    (shown,) = Messages.shown
    assert words in shown and "Uventet" not in shown and "Error" not in shown
    assert window.backups.restore_dialog is None
    assert window.workspace is workspace and not workspace.vault.is_locked
    assert dump_tables(workspace.vault) == data
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "config") == ["kopier", "vault"]
