"""Issue 18: what ``Application`` does before the unlock screen is up. The main window is built
with the window manners' filter held (it has nothing to tend then, and seeing every event of the
construction made PySide wrap them all), and the desktop's lock signals are listened to (D-Bus)
only once the screen is up: a locked window has nothing to lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import bufapp.ui.application as application_module
from bufapp.settings import Settings
from bufapp.ui.application import Application
from bufapp.ui.qt import make_application
from bufapp.ui.widgets import window_kit


def _never(*_args: str) -> object:
    raise AssertionError("the test never unlocks")


def test_the_window_is_built_with_the_manners_held_and_they_watch_again_after(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    held_while_built: list[bool] = []

    class Observed(application_module.MainWindow):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            held_while_built.append(window_kit._kit(make_application([])).held)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(application_module, "MainWindow", Observed)
    application = Application([], Settings(), tmp_path, opener=_never, recoverer=_never)  # type: ignore[arg-type]
    qtbot.addWidget(application.window)
    assert held_while_built == [True]
    assert not window_kit._kit(application.qt).held  # a window shown now is tended


def test_the_desktop_lock_watcher_starts_once_the_unlock_screen_is_up(
    qtbot: QtBot, tmp_path: Path
) -> None:
    application = Application([], Settings(), tmp_path, opener=_never, recoverer=_never)  # type: ignore[arg-type]
    qtbot.addWidget(application.window)
    application.start_locked()
    assert application.system is None  # the unlock screen is shown without it
    qtbot.waitUntil(lambda: application.system is not None, timeout=5000)
    application.system.should_lock.emit()  # type: ignore[union-attr]
    assert application.window.workspace is None  # still locked; the signal reaches the window
    qtbot.waitUntil(application.tasks.idle)  # the preload started with it
    application.idle.stop()
    application.tasks.shutdown()
