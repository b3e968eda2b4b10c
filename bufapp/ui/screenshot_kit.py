"""What every screenshot module needs: wait for queued database work, and save a widget as PNG."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from bufapp.ui.tasks import TaskManager

Namer = Callable[[str], Path]


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
    widget.grab().save(str(path))
    shots.append(path)
