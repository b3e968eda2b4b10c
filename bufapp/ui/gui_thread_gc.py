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

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500  # garbage waits at most this long; young collections cost well under 1 ms


class GuiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collect_due)
        self._timer.start()


def collect_due() -> int:
    """Collect the oldest generation whose threshold is crossed (with the younger ones), as the
    automatic collector would; the number of objects found unreachable. Call it on the GUI
    thread."""
    thresholds, counts = gc.get_threshold(), gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Collect on ``app``'s thread from now on (once per application)."""
    collector = getattr(app, "_bufapp_gc", None)
    if collector is None:
        collector = GuiThreadCollector(app)
        app._bufapp_gc = collector  # type: ignore[attr-defined]
    gc.disable()  # again: something may have switched it back on
    return collector
