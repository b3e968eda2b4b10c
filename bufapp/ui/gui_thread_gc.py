"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold is
crossed: the database worker, the soundness check. A window or dialog that only a reference
cycle keeps (closures, bound slots) is then destroyed *there*, and a Qt widget destroyed off the
GUI thread deadlocks or corrupts the heap (a segfault in CI, seen between two UI tests). So the
automatic collector is switched off, and a timer on the GUI thread collects instead, generation
by generation as the thresholds ask, as the automatic one would have.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

INTERVAL_MS = 500  # garbage waits at most this long; young collections cost well under 1 ms


class GuiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collect_due)
        self._timer.start()


class _OldGeneration:
    """How large the oldest generation was after the last full collection. As CPython's own
    collector does, a full pass runs only once a quarter more objects have grown old since: a
    full pass over a large heap stalls the window, and done each time the counters allow it
    freed more than the automatic collector ever did (an open dialog among it, issue 19)."""

    size_after_full = 0
    checked_at = 0.0


CHECK_OLD_GENERATION_EVERY_S = 30.0  # counting it walks every old object


def collect_due() -> int:
    """Collect what the automatic collector would collect now; the number of objects found
    unreachable. Call it on the GUI thread."""
    thresholds, counts = gc.get_threshold(), gc.get_count()
    if counts[2] > thresholds[2] and _old_generation_grew():
        found = gc.collect(2)
        _OldGeneration.size_after_full = len(gc.get_objects(generation=2))
        return found
    for generation in (1, 0):
        if counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


def _old_generation_grew() -> bool:
    now = time.monotonic()
    if now - _OldGeneration.checked_at < CHECK_OLD_GENERATION_EVERY_S:
        return False
    _OldGeneration.checked_at = now
    grown = len(gc.get_objects(generation=2)) - _OldGeneration.size_after_full
    return grown > _OldGeneration.size_after_full // 4


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Collect on ``app``'s thread from now on (once per application)."""
    collector = getattr(app, "_bufapp_gc", None)
    if collector is None:
        collector = GuiThreadCollector(app)
        app._bufapp_gc = collector  # type: ignore[attr-defined]
    gc.disable()  # on every call: something may have switched it back on
    return collector


def release_before_exit() -> int:
    """Delete every window still open and collect what only cycles keep, now, on the GUI thread
    while the application lives; the number of windows deleted.

    Left to the interpreter's last collection, with the automatic collector off, a window is
    freed after the application is gone, in whatever order modules are torn down: a segfault at
    exit (exit code 139 in CI after every test had passed). ``deleteLater`` rather than ``close``:
    nothing may ask a question at exit; the vault was locked before."""
    app = QApplication.instance()
    if app is None:
        return 0
    windows = app.topLevelWidgets()
    for window in windows:
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(windows)
