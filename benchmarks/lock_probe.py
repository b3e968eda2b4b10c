"""One lock in a real bufapp process, for ``lock_bench``: what starting afresh at a lock costs.

    python -m benchmarks.lock_probe VAULT_DIR OUT_JSON PARENTS   (passphrase on stdin)

Starts bufapp as its command does (``bufapp.app.run`` on ``--vault``), unlocks to a filled parent
list, then locks the old way once (in this process: ``after_lock`` off) and unlocks again: the
warm unlock. Then it locks as the program does: the process is replaced by a fresh one at the
lock screen (``--locked``), which notes when that screen shows, unlocks (the cold unlock) and
writes the figures to OUT_JSON. The cold unlock starts once the database stack has loaded, as
it has by the time a person has typed the passphrase. Both unlocks include the key derivation at the vault's floor.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bufapp import app
from bufapp.__main__ import parse_args
from bufapp.ui import application as ui_application

VAULT, OUT, PARENTS = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
ARGS = parse_args(["--vault", str(VAULT), *sys.argv[4:]])
PASSPHRASE_ENV = "BUFAPP_LOCK_PROBE_PASSPHRASE"


def wait_until(condition: Callable[[], bool], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            print("lock_probe: timed out", file=sys.stderr, flush=True)
            os._exit(3)
        QApplication.processEvents()
        time.sleep(0.002)


def unlock_seconds(window: Any) -> float:
    """Submit the passphrase and wait for every parent in the list."""
    started = time.perf_counter()
    window.unlock_panel.passphrase.setText(os.environ[PASSPHRASE_ENV])
    window.unlock_panel.submit()
    wait_until(lambda: window.work is not None and window.work.parents.model.rowCount() == PARENTS)
    return time.perf_counter() - started


def session(application: ui_application.Application) -> None:
    window = application.window
    unlock_seconds(window)  # the first, cold, unlock of the process: not a figure
    relaunch, window.after_lock = window.after_lock, None
    window.lock_action.trigger()
    warm = unlock_seconds(window)
    window.after_lock = relaunch
    os.environ["BUFAPP_LOCK_PROBE_MARKS"] = json.dumps(
        {"warm_unlock": warm, "locking": time.time()}
    )
    window.lock_action.trigger()  # replaces this process


def after_relaunch(application: ui_application.Application) -> None:
    marks = json.loads(os.environ["BUFAPP_LOCK_PROBE_MARKS"])
    marks["lock_to_screen"] = time.time() - marks.pop("locking")
    # The database stack loads while a person types the passphrase (seconds): let it finish.
    # (It starts once the window has appeared; until then the worker is idle too.)
    wait_until(lambda: "bufapp.services.workspace" in sys.modules and application.tasks.idle())
    marks["cold_unlock"] = unlock_seconds(application.window)
    OUT.write_text(json.dumps(marks))
    application.qt.quit()


original_start_locked = ui_application.Application.start_locked


def start_locked(self: ui_application.Application) -> None:
    original_start_locked(self)
    QTimer.singleShot(0, lambda: (after_relaunch if ARGS.locked else session)(self))


if __name__ == "__main__":
    os.environ.setdefault(PASSPHRASE_ENV, sys.stdin.readline().strip())
    ui_application.Application.start_locked = start_locked  # type: ignore[method-assign]
    sys.exit(app.run(ARGS))
