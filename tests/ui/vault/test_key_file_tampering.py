"""Issue 17 §2 in the window: a key file whose KDF settings were lowered is reported as damaged
or changed, with a restore offered, never as a wrong passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE, CreatedVault
from tests.storage.test_key_file_attacks import EIGHT_MIB, _set_passphrase_kdf
from tests.ui.conftest import settle


def test_a_downgraded_key_file_at_unlock_says_so_and_offers_a_restore(
    qtbot: QtBot,
    tasks: TaskManager,
    window_factory: Callable[..., MainWindow],
    created_vault: CreatedVault,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # never the real settings
    created_vault.vault.lock()
    _set_passphrase_kdf(created_vault.directory, memory_kib=EIGHT_MIB, iterations=1)
    window = window_factory()

    Messages.answer_next(QMessageBox.StandardButton.No)  # "restore now?": not now
    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.submit()
    settle(qtbot, tasks, until=lambda: bool(window.unlock_panel.message.text()))
    settle(qtbot, tasks)

    assert window.workspace is None
    assert "endret av noen andre" in window.unlock_panel.message.text()
    assert window.unlock_panel.failures == 0  # not counted as a wrong guess
    assert any("sikkerhetskopi" in shown for shown in Messages.shown)
    assert tasks.errors == []  # type: ignore[attr-defined]
