"""One start of the desktop program in a fresh process: ``ui_bench`` runs this in subprocesses.

    python -m benchmarks.ui_probe minimal
    python -m benchmarks.ui_probe locked VAULT_DIR
    python -m benchmarks.ui_probe unlock VAULT_DIR PARENTS   < {"passphrase", "key_hex", "kdf"}
    python -m benchmarks.ui_probe kdf VAULT_DIR              < {"passphrase", "kdf"}

``minimal`` shows a bare PySide6 main window, the baseline. ``locked`` starts bufapp the way the
``bufapp`` command does for an existing vault: ``bufapp.__main__.main(["--vault", VAULT_DIR])``,
so ``app.run`` builds the Application and calls ``start_locked`` (the unlock screen). The probe
only hooks in by subclassing: ``Application`` notes when it is built and, one event-loop turn
after ``start_locked`` showed the window, reports and quits.

``unlock`` goes on from the unlock screen as a person does: it types the passphrase into the
field, one key event at a time over ``TYPING_SECONDS`` (the program loads its database stack
meanwhile, as it does for a person), and presses Enter. From that key press the real opener
runs (settings, ``Vault.open``, ``workspace_for`` on the database thread, the unlock check, then
``MainWindow.unlocked``, back to the return point the vault holds) until the parent list has
been painted: the clock stops when the list's viewport has finished its first paint event with
all PARENTS rows in the model. The one thing left out is the key derivation: ``kdf.derive_key`` returns the key the
caller derived beforehand (read from stdin), so the unlock is timed without the KDF and
Argon2's buffer is not in the peak memory. After reporting that peak, the probe runs the real
derivation once with the parameters given on stdin (the ones this machine would calibrate for
a new vault) to show the peak with the KDF.

``kdf`` starts bufapp to its unlock screen like ``locked`` and runs the real key derivation
there, with the parameters given (where a real unlock runs it), before reporting the peak.

Prints one JSON line: wall-clock instants (``time.time()``, comparable with the caller's clock
taken just before it started this process), the unlock's phases in seconds, and peak memory in
MiB (``peak_memory_mib``). The caller sets QT_QPA_PLATFORM=offscreen and temporary XDG folders.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROBE_STARTED = time.time()  # after the interpreter's start and the stdlib imports above

TIMEOUT_MS = 110_000  # under the caller's 120 s; a 600 MB vault on a loaded machine needs half
PARENTS_VIEW = 1  # Foreldre, in WorkArea's order: where the benchmark vaults return to
TYPING_SECONDS = 2.0  # a passphrase of some twenty characters, typed at an ordinary pace
WINDOW_SIZE = (1200, 760)  # MainWindow's own size, so both sides paint the same area


def peak_memory_mib() -> float | None:
    """Peak resident memory of this process so far, in MiB (None where it cannot be read).

    On Linux this is VmHWM, the high-water mark of the address space since exec. ``ru_maxrss``
    would be wrong there: the kernel carries the spawning process's peak over into the child's
    (through fork/vfork and exec), so a probe started by a big benchmark process would report
    the benchmark's own size. Elsewhere ``ru_maxrss`` is used (bytes on macOS).
    """
    status = Path("/proc/self/status")
    if sys.platform.startswith("linux") and status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def report(marks: dict[str, Any]) -> None:
    print(json.dumps({"probe_started": PROBE_STARTED, **marks}), flush=True)


def give_up(why: str) -> None:
    """Fail loudly and at once: a modal error box or a stuck task must not hang the caller."""
    print(f"ui_probe: {why}", file=sys.stderr, flush=True)
    os._exit(3)


def fail_on_uncaught(kind: type[BaseException], error: BaseException, trace: Any) -> None:
    """Qt prints an exception raised in a slot and carries on; a probe must stop instead."""
    traceback.print_exception(kind, error, trace)
    give_up(f"uncaught {kind.__name__}")


# --- the baseline ----------------------------------------------------------------------------


def minimal() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    marks: dict[str, Any] = {"constructing": time.time()}
    application = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("minimal"))
    window.resize(*WINDOW_SIZE)
    window.show()

    def shown() -> None:
        marks["shown"] = time.time()
        marks["peak_mib"] = peak_memory_mib()
        report(marks)
        application.quit()

    QTimer.singleShot(0, shown)
    QTimer.singleShot(TIMEOUT_MS, lambda: give_up("the minimal window never showed"))
    return application.exec()


# --- bufapp ----------------------------------------------------------------------------------


class Unlock:
    """Types the passphrase on the unlock screen and times from Enter to the list painted."""

    def __init__(self, parents: int, passphrase: str, key: bytes, kdf: dict[str, Any]) -> None:
        self.parents = parents
        self.passphrase = passphrase
        self.key = key
        self.kdf = kdf  # the parameters for the peak with the key derivation
        self.phases: dict[str, float] = {}
        self.started = 0.0
        self.seconds = 0.0

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def hook_in(self) -> None:
        """Replace the key derivation and time the list's rows, just before Enter: hooked in at
        the start, their imports (the register service, so SQLAlchemy and the models) would be
        loaded before the unlock screen and counted in its memory, where bufapp loads them only
        while the passphrase is typed."""
        self.real_derive = replace_key_derivation(self.passphrase, self.key)
        time_parent_summaries(self)

    def begin(self, window: Any, finished: Callable[[], None]) -> None:
        from PySide6.QtCore import QTimer

        self.finished = finished
        self.window = window
        self.typed = 0
        self.typing = QTimer()
        self.typing.setInterval(round(TYPING_SECONDS * 1000 / len(self.passphrase)))
        self.typing.timeout.connect(self.type_next)
        self.typing.start()

    def type_next(self) -> None:
        field = self.window.unlock_panel.passphrase
        if self.typed < len(self.passphrase):
            press(field, self.passphrase[self.typed])
            self.typed += 1
            return
        self.typing.stop()
        if field.text() != self.passphrase:
            give_up("the typed passphrase did not arrive in the field")
        self.submit()

    def submit(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.hook_in()
        self.peak_mib_before_enter = peak_memory_mib()  # the unlock screen with the stack loaded
        self.started = time.perf_counter()
        press(self.window.unlock_panel.passphrase, "\r", Qt.Key.Key_Return)
        # The panel takes its button back only on a failure (on success the window is unlocked
        # in the same call), so this notices a refused unlock without waiting for the timeout.
        self.watch = QTimer()
        self.watch.timeout.connect(lambda: self.check_refused(self.window))
        self.watch.start(50)

    def check_refused(self, window: Any) -> None:
        panel = window.unlock_panel
        if panel.button.isEnabled() and window.workspace is None:
            give_up(f"the unlock was refused: {panel.message.text()!r}")

    def unlocked_called(self) -> None:
        self.phases["to_unlocked"] = self.elapsed()  # opened on the worker, back on the GUI thread

    def unlocked_returned(self, window: Any) -> None:
        self.phases["unlocked_returned"] = self.elapsed()
        # The rows come from the database thread through the event loop, so none are there yet.
        parents = window.work.parents
        parents.model.modelReset.connect(lambda: self.rows_set(window))
        parents.model.rowsInserted.connect(lambda *_: self.rows_set(window))
        self.paints = time_first_paint(
            parents.table.viewport(), lambda: "rows" in self.phases, self.painted
        )

    def summaries_done(self, seconds: float) -> None:
        self.phases.setdefault("summaries_done", self.elapsed())
        self.phases.setdefault("summaries_seconds", seconds)

    def rows_set(self, window: Any) -> None:
        rows = window.work.parents.model.rowCount()
        if "rows" in self.phases or rows < self.parents:  # the rows may come in parts
            return
        if rows != self.parents:
            give_up(f"the parent list shows {rows} parents, not {self.parents}")
        self.phases["rows"] = self.elapsed()

    def painted(self) -> None:
        from PySide6.QtCore import QTimer

        self.seconds = self.phases["painted"] = self.elapsed()
        self.watch.stop()
        QTimer.singleShot(0, self.finished)  # reporting is no part of painting


def press(widget: Any, text: str, key: Any = None) -> None:
    """A key press and release, delivered as the window system's would be."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = Qt.Key.Key_unknown if key is None else key
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def time_first_paint(widget: Any, ready: Callable[[], bool], painted: Callable[[], None]) -> Any:
    """Calls ``painted`` right after ``widget`` finished its first paint event once ``ready()``.

    An event filter sees the event before the widget paints: it hands the event on itself (its
    own filter removed first, so the paint runs exactly once) and then reports."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() != QEvent.Type.Paint or not ready():
                return False
            watched.removeEventFilter(self)
            QCoreApplication.sendEvent(watched, event)
            painted()
            return True  # painted just now

    watch = FirstPaint(widget)
    widget.installEventFilter(watch)
    return watch


def replace_key_derivation(passphrase: str, key: bytes) -> Callable[..., bytes]:
    """Make ``kdf.derive_key`` give the caller's key for this passphrase; returns the real one."""
    from bufapp.security import kdf

    real = kdf.derive_key

    def already_derived(passphrase_text: str, params: kdf.KdfParams) -> bytes:
        return key if passphrase_text == passphrase else real(passphrase_text, params)

    kdf.derive_key = already_derived
    return real


def time_parent_summaries(unlock: Unlock) -> None:
    """Notes when ``RegisterService.parent_rows`` (what the list shows first; its deadlines
    come after) returns and how long it took; left alone if the register no longer has it."""
    from bufapp.services.register import RegisterService

    real = getattr(RegisterService, "parent_rows", None)
    if real is None:
        return

    def timed(self: RegisterService, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return real(self, *args, **kwargs)
        finally:
            unlock.summaries_done(time.perf_counter() - started)

    RegisterService.parent_rows = timed  # type: ignore[method-assign]


def derive_at_unlock_screen(secret: dict[str, Any]) -> None:
    """The real key derivation, where a real unlock runs it: at the unlock screen, before the
    vault is opened (for the peak memory with the KDF)."""
    from bufapp.security import kdf

    kdf.derive_key(secret["passphrase"], kdf.KdfParams.from_dict(secret["kdf"]))


def start_bufapp(
    vault_dir: Path, unlock: Unlock | None, at_unlock_screen: Callable[[], None] | None = None
) -> int:
    """Start bufapp as its command does; report at the unlock screen or after unlocking."""
    from PySide6.QtCore import QTimer

    import bufapp.ui.application as application_module
    from bufapp.__main__ import main

    marks: dict[str, Any] = {}

    class ProbedWindow(application_module.MainWindow):
        def unlocked(self, workspace: Any) -> None:
            if unlock is not None:
                unlock.unlocked_called()
            super().unlocked(workspace)
            if unlock is not None:
                unlock.unlocked_returned(self)

    class ProbedApplication(application_module.Application):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            marks["constructing"] = time.time()  # imports and settings are done by now
            super().__init__(*args, **kwargs)
            QTimer.singleShot(TIMEOUT_MS, self.timed_out)

        def start_locked(self) -> None:
            super().start_locked()
            QTimer.singleShot(0, self.shown)

        def shown(self) -> None:
            marks["shown"] = time.time()
            window = self.window
            if not window.isVisible() or window.pages.currentWidget() is not window.unlock_panel:
                give_up("bufapp did not show the unlock screen")
            marks["peak_mib_at_unlock_screen"] = peak_memory_mib()
            marks["sqlalchemy_at_unlock_screen"] = "sqlalchemy" in sys.modules
            if at_unlock_screen is not None:
                at_unlock_screen()
            if unlock is None:
                self.done()
            else:
                unlock.begin(window, self.done)

        def done(self) -> None:
            marks["peak_mib"] = peak_memory_mib()
            if unlock is not None:
                from bufapp.security import kdf

                self.keep_return_point()
                marks["unlock_seconds"] = unlock.seconds
                marks["phases"] = unlock.phases
                marks["peak_mib_before_enter"] = unlock.peak_mib_before_enter
                unlock.real_derive(unlock.passphrase, kdf.KdfParams.from_dict(unlock.kdf))
                marks["peak_mib_with_kdf_after"] = peak_memory_mib()
            report(marks)
            self.qt.quit()

        def keep_return_point(self) -> None:
            """Leave the vault as it was found, for the next start: back at the parent list
            (the return point is used up on the way; a lock that restarts would keep it)."""
            from bufapp.services.drafts import RETURN_POINT, ReturnPoint

            workspace = self.window.workspace
            point = ReturnPoint(view=PARENTS_VIEW)
            self.tasks.run_blocking(lambda: workspace.drafts.save(RETURN_POINT, "", point))

        def timed_out(self) -> None:
            message = self.window.unlock_panel.message.text()
            phases = unlock.phases if unlock is not None else {}
            give_up(f"timed out; the unlock panel says {message!r}; so far {marks}, {phases}")

    application_module.Application = ProbedApplication
    application_module.MainWindow = ProbedWindow
    return main(["--vault", str(vault_dir)])


def run(argv: list[str]) -> int:
    sys.excepthook = fail_on_uncaught
    match argv:
        case ["minimal"]:
            return minimal()
        case ["locked", vault_dir]:
            return start_bufapp(Path(vault_dir), None)
        case ["kdf", vault_dir]:
            secret = json.loads(sys.stdin.read())
            return start_bufapp(Path(vault_dir), None, lambda: derive_at_unlock_screen(secret))
        case ["unlock", vault_dir, parents]:
            secret = json.loads(sys.stdin.read())
            unlock = Unlock(
                int(parents), secret["passphrase"], bytes.fromhex(secret["key_hex"]), secret["kdf"]
            )
            return start_bufapp(Path(vault_dir), unlock)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
