"""What every screenshot module needs: wait for queued database work, and save a widget as PNG."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from bufapp.ui.widgets.tasks import TaskManager

Namer = Callable[[str], Path]

# Called with each widget once it shows, before it is saved (tests check every view and dialog).
inspector: Callable[[QWidget], None] | None = None
# Called with each widget and its file name (a run in another language lists bokmål left).
reporter: Callable[[QWidget, Path], None] | None = None


def settle(tasks: TaskManager, rounds: int = 4) -> None:
    """Let queued database work finish and its results reach the widgets."""
    for _ in range(rounds):
        tasks.run_blocking(lambda: None)
        QApplication.processEvents()
    deadline = time.monotonic() + 30
    while not tasks.idle() and time.monotonic() < deadline:  # answers that started more work
        tasks.run_blocking(lambda: None)
        QApplication.processEvents()


def save(widget: QWidget, path: Path, shots: list[Path]) -> None:
    widget.show()
    QApplication.processEvents()
    if inspector is not None:
        inspector(widget)
    if reporter is not None:
        reporter(widget, path)
    widget.grab().save(str(path))
    shots.append(path)
