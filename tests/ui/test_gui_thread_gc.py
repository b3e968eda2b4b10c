"""A Qt object that only a reference cycle keeps is freed on the GUI thread, never on a worker's:
a widget destroyed off the GUI thread deadlocks or corrupts the heap (a segfault between two UI
tests in CI). The automatic collector would run in whichever thread crossed its threshold."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

_kept: list[object] = []  # what the worker allocated, alive until the test ends


def _allocate_on_a_worker() -> None:
    def allocate() -> None:
        _kept.extend([] for _ in range(20_000))  # far past the youngest generation's threshold

    worker = threading.Thread(target=allocate, name="database-worker")
    worker.start()
    worker.join()


def test_a_qt_object_only_a_cycle_keeps_is_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    freed_on: list[str] = []
    gc.collect()
    orphan = QObject()
    orphan.itself = orphan  # type: ignore[attr-defined]  # a cycle: only the collector frees it
    weakref.finalize(orphan, lambda: freed_on.append(threading.current_thread().name))
    del orphan
    try:
        _allocate_on_a_worker()
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    finally:
        _kept.clear()
    assert freed_on == [threading.main_thread().name]


def test_the_program_switches_the_automatic_collector_off_when_it_makes_its_application() -> None:
    script = (
        "import gc\n"
        "from bufapp.ui.qt import make_application\n"
        "make_application(['bufapp'])\n"
        "print(gc.isenabled())\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert shown.stdout.strip() == "False"


def test_a_full_pass_waits_until_the_old_generation_has_grown_by_a_quarter(qtbot: QtBot) -> None:
    """As CPython's own collector: a full pass over a large heap stalls the window, so the GUI
    thread's collector runs one only once a quarter more objects have grown old since the last."""
    from bufapp.ui import gui_thread_gc

    kept = gui_thread_gc._OldGeneration.size_after_full, gui_thread_gc._OldGeneration.checked_at
    thresholds = gc.get_threshold()
    try:
        gc.collect()
        gc.collect(1)  # one pass of the middle generation: the oldest's counter is now 1
        gc.set_threshold(thresholds[0], thresholds[1], 0)  # so the counters allow a full pass
        full_passes = gc.get_stats()[2]["collections"]

        gui_thread_gc._OldGeneration.size_after_full = 10 * len(gc.get_objects(generation=2))
        gui_thread_gc._OldGeneration.checked_at = 0.0
        gui_thread_gc.collect_due()
        assert gc.get_stats()[2]["collections"] == full_passes  # not grown: no full pass

        gui_thread_gc._OldGeneration.size_after_full = 0
        gui_thread_gc._OldGeneration.checked_at = 0.0
        gui_thread_gc.collect_due()
        assert gc.get_stats()[2]["collections"] == full_passes + 1
    finally:
        gc.set_threshold(*thresholds)
        gui_thread_gc._OldGeneration.size_after_full = kept[0]
        gui_thread_gc._OldGeneration.checked_at = kept[1]


def test_windows_left_open_are_deleted_before_exit_while_the_application_lives() -> None:
    """The program deletes what is left after its event loop (and the test session at its end):
    freed at the interpreter's exit instead, a window outlived the application (exit code 139)."""
    script = (
        "import shiboken6\n"
        "from PySide6.QtWidgets import QApplication, QDialog, QLabel\n"
        "from bufapp.ui.qt import make_application\n"
        "from bufapp.ui.gui_thread_gc import release_before_exit\n"
        "app = make_application(['bufapp'])\n"
        "window = QDialog()\n"
        "window.itself = window\n"  # a cycle: only the collector frees it, and it is off
        "QLabel('æøå áčđŋšŧž', window)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "deleted = release_before_exit()\n"
        "print(deleted, shiboken6.isValid(window), len(QApplication.topLevelWidgets()))\n"
    )
    shown = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == ["1", "False", "0"]
