"""One database worker thread; results come back on the GUI thread.

The shape follows Anki's task manager: a single-thread executor runs every database task in
order (so locking simply queues behind the work in flight), and completions are posted to a
queue that a queued signal drains on the GUI thread. A generation counter drops callbacks that
belong to views closed by a lock, so a late result never reaches a dead widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal

T = TypeVar("T")
ErrorHandler = Callable[[Exception], None]


class TaskManager(QObject):
    _posted = Signal()

    def __init__(self, on_unhandled_error: ErrorHandler) -> None:
        super().__init__()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bufapp-db")
        self._closures: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._generation = 0
        self._closed = False
        self._on_unhandled_error = on_unhandled_error
        self._posted.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        task: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> Future[None]:
        """Run ``task`` on the database thread; ``on_done(result)`` or ``on_error(exc)`` on the GUI thread."""
        generation = self._generation

        def work() -> None:
            try:
                result = task()
            except Exception as failure:  # delivered to the GUI, never lost in the thread
                handler = on_error or self._on_unhandled_error
                # bind now: Python unbinds ``failure`` when the except block ends
                self._post(generation, lambda error=failure: handler(error))
                return
            if on_done is not None:
                self._post(generation, lambda: on_done(result))

        if self._closed:  # a timer that fired while the program was closing: nothing to do
            cancelled: Future[None] = Future()
            cancelled.cancel()
            return cancelled
        return self._executor.submit(work)

    def run_blocking(self, task: Callable[[], T], timeout: float | None = None) -> T:
        """Run ``task`` after everything queued and wait for it (locking, shutdown)."""
        return self._executor.submit(task).result(timeout)

    def forget_pending_callbacks(self) -> None:
        """Results of tasks started before now are dropped (their views are gone)."""
        with self._lock:
            self._generation += 1
            self._closures.clear()

    def shutdown(self) -> None:
        self._closed = True
        self.forget_pending_callbacks()
        self._executor.shutdown(wait=True)

    def _post(self, generation: int, closure: Callable[[], None]) -> None:
        with self._lock:
            if generation != self._generation:
                return
            self._closures.append(closure)
        self._posted.emit()

    def _drain(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            closure()
