"""Unlocking a vault whose WAL is damaged: the window says what happened and where the copy
of the damaged log is (issue 17 §7: nothing lost without a word)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.storage.wal import FRAME_HEADER_BYTES, HEADER_BYTES
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.storage.helpers import flip_byte
from tests.storage.test_wal_damage import FRAME, WAL, copy, crashed  # noqa: F401  (fixtures)
from tests.ui.conftest import unlock


def test_the_window_says_a_damaged_log_was_kept_aside(
    qtbot: QtBot,
    tasks: TaskManager,
    copy: Path,  # noqa: F811  (the fixture imported above)
    window_factory: Callable[..., MainWindow],
) -> None:
    # A byte of frame 3's page: frames 4 and on are good, and SQLite would drop them.
    flip_byte(copy / WAL, HEADER_BYTES + 2 * FRAME + FRAME_HEADER_BYTES + 100)
    window = window_factory()
    Messages.answer_next(QMessageBox.StandardButton.Ok)
    unlock(qtbot, tasks, window, PASSPHRASE)
    said = [text for text in Messages.shown if "Loggen over de siste endringene" in text]
    assert len(said) == 1 and "sikkerhetskopier-før-oppgradering" in said[0]
    kept = list((copy / "sikkerhetskopier-før-oppgradering").glob("*-skadet-bufapp.db-wal"))
    assert len(kept) == 1 and str(kept[0]) in said[0]
