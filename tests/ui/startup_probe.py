"""Start bufapp in this fresh process as its command does, and print (one JSON line) which
modules are loaded: at the unlock screen, one event-loop turn after it is shown (``locked``);
once the screen has been up a while and the unlock's preload is done, with a dialog opened then
(``waiting``); or with the parent list filled after unlocking (``unlock``, the passphrase on
stdin)::

    python -m tests.ui.startup_probe locked|waiting|unlock VAULT_DIR

Run by ``test_what_startup_loads`` in a subprocess: the test process itself has imported
everything. The caller sets QT_QPA_PLATFORM=offscreen and temporary XDG folders.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

TIMEOUT_MS = 90_000


def report(**facts: Any) -> None:
    print(json.dumps({"modules": sorted(sys.modules), **facts}), flush=True)


def qt_classes() -> list[str]:
    """The Qt classes PySide has made so far: it makes a class (and its enums) when first used."""
    from PySide6 import QtCore, QtGui, QtWidgets

    return sorted(name for module in (QtCore, QtGui, QtWidgets) for name in vars(module))


def run(mode: str, vault_dir: str) -> int:
    from PySide6.QtCore import QTimer

    import bufapp.ui.application as application_module
    from bufapp.__main__ import main

    passphrase = sys.stdin.read() if mode == "unlock" else ""

    class Probed(application_module.Application):
        def start_locked(self) -> None:
            super().start_locked()
            QTimer.singleShot(0, self.shown)
            QTimer.singleShot(TIMEOUT_MS, lambda: os._exit(3))  # never hang the test

        def shown(self) -> None:
            if mode == "locked":
                report(
                    shown=self.window.isVisible(),
                    arranged=self.arranged(self.window),
                    qt_classes=qt_classes(),
                )
                self.qt.quit()
                return
            if mode == "waiting":
                self.poll = QTimer()
                self.poll.timeout.connect(self.preloaded)
                self.poll.start(20)
                return
            panel = self.window.unlock_panel
            panel.passphrase.setText(passphrase)
            panel.submit()
            self.poll = QTimer()
            self.poll.timeout.connect(self.check)
            self.poll.start(20)

        @staticmethod
        def arranged(window: Any) -> bool:
            return window.property("bufappKeysArranged") is True

        def preloaded(self) -> None:
            from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

            if "bufapp.services.workspace" not in sys.modules or not self.tasks.idle():
                return
            if not hasattr(self, "dialog"):
                self.dialog = QDialog(self.window)
                QVBoxLayout(self.dialog).addWidget(QLineEdit())
                self.dialog.show()
                return
            if self.arranged(self.dialog):
                self.poll.stop()
                report(dialog_arranged=True)
                self.qt.quit()

        def check(self) -> None:
            work = self.window.work
            if work is None or work.parents.model.rowCount() == 0 or not self.tasks.idle():
                return
            self.poll.stop()
            report(rows=work.parents.model.rowCount())
            self.qt.quit()

    application_module.Application = Probed  # type: ignore[misc]
    return main(["--vault", vault_dir])


if __name__ == "__main__":
    sys.exit(run(*sys.argv[1:]))
