"""A real bufapp session in its own process, driven as a person would, for the memory scan.

``python memory_session.py VAULT WORK [bufapp flags]``. Runs the real program (``bufapp.app.run``)
on VAULT: unlocks, opens every parent's card and contact log, previews a PDF, writes
``WORK/browsed`` and waits for ``WORK/go``, then locks with Ctrl+L's action. If the lock starts
the program afresh, that new process (the same command plus bufapp's own flags) writes
``WORK/locked`` once its lock screen shows; if the lock returns instead, this process does.
Each file holds the process id, so the test knows whose memory to read.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bufapp import app
from bufapp.__main__ import parse_args
from bufapp.ui import application as ui_application
from bufapp.ui.contacts.extract_dialog import ExtractDialog
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.widgets.window_context import LOG_VIEW

PASSPHRASE = os.environ["MEMORY_SESSION_PASSPHRASE"]
VAULT, WORK = Path(sys.argv[1]), Path(sys.argv[2])
ARGS = parse_args(["--vault", str(VAULT), *sys.argv[3:]])


def wait_until(condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the session did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(application: ui_application.Application) -> None:
    application.tasks.run_blocking(lambda: None)
    wait_until(application.tasks.idle)
    QApplication.processEvents()


def report(name: str) -> None:
    (WORK / name).write_text(str(os.getpid()))


def drive(application: ui_application.Application) -> None:
    window = application.window
    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.submit()
    wait_until(lambda: window.workspace is not None)
    settle(application)
    assert window.workspace is not None
    parents = application.tasks.run_blocking(window.workspace.register.parent_summaries)
    for parent in parents:
        window.open_parent(parent.id)
        settle(application)
        window.show_view(LOG_VIEW)
        settle(application)
    window.contacts.make_extract(parents[0].id)
    settle(application)
    extract = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExtractDialog))
    extract.submit()
    wait_until(lambda: any(isinstance(w, PdfPreviewDialog) for w in QApplication.topLevelWidgets()))
    settle(application)
    report("browsed")
    wait_until(lambda: (WORK / "go").exists(), seconds=300)
    window.lock_action.trigger()
    report("locked")  # reached only when the lock did not start the program afresh


original_start_locked = ui_application.Application.start_locked


def start_locked(self: ui_application.Application) -> None:
    original_start_locked(self)
    if getattr(
        ARGS, "locked", False
    ):  # the fresh process after a lock: say so once the lock screen shows
        QTimer.singleShot(200, lambda: report("locked"))
    else:
        QTimer.singleShot(0, lambda: drive(self))


ui_application.Application.start_locked = start_locked  # type: ignore[method-assign]
sys.exit(app.run(ARGS))
