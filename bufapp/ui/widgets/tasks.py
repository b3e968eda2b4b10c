"""One database worker thread; results come back on the GUI thread.

The shape follows Anki's task manager: a single-thread executor runs every database task in
order (so locking simply queues behind the work in flight), and completions are posted to a
queue that a queued signal drains on the GUI thread. A generation counter drops callbacks that
belong to views closed by a lock, and each callback is tied to the Qt objects it answers (its
receivers): when one of them has been deleted by the time the answer arrives (the person closed
the dialog), the answer is dropped, so a late result never reaches a dead widget.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

T = TypeVar("T")
ErrorHandler = Callable[[Exception], None]
Receivers = tuple[QObject, ...]


def receivers_of(callback: object) -> Receivers:
    """The Qt objects ``callback`` would touch, as far as Python shows them: the ``self`` of a
    bound method, and the objects a closure or ``functools.partial`` holds (a captured ``self``
    included), following captured callables in turn. An object that is not a QObject but holds
    widgets (a helper class) is invisible here: pass ``owner=`` for it."""
    found: dict[int, QObject] = {}
    seen: set[int] = set()
    waiting = [callback]
    while waiting:
        for item in _captured(waiting.pop()):
            if isinstance(item, QObject):
                found.setdefault(id(item), item)
            elif callable(item) and id(item) not in seen:
                seen.add(id(item))
                waiting.append(item)
    return tuple(found.values())


def _captured(callback: object) -> Iterable[object]:
    if isinstance(callback, functools.partial):
        yield callback.func
        yield from callback.args
        yield from callback.keywords.values()
        return
    bound_to = getattr(callback, "__self__", None)
    if bound_to is not None:
        yield bound_to
        callback = getattr(callback, "__func__", callback)
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            yield cell.cell_contents
        except ValueError:  # a cell not filled yet (a name assigned after the closure)
            continue


def alive(receivers: Receivers) -> bool:
    return all(shiboken6.isValid(receiver) for receiver in receivers)


class TaskManager(QObject):
    _posted = Signal()

    def __init__(self, on_unhandled_error: ErrorHandler) -> None:
        super().__init__()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bufapp-db")
        self._closures: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._generation = 0
        self._closed = False
        self._unanswered = 0  # tasks run and not yet answered (or known to need no answer)
        self._on_unhandled_error = on_unhandled_error
        self._posted.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        task: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
        *,
        owner: QObject | None = None,
    ) -> Future[None]:
        """Run ``task`` on the database thread; ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.

        The answer goes only to receivers that still live: those of each callback (see
        ``receivers_of``) and ``owner``, the widget that asked, for callbacks whose receivers
        Python cannot see. A result for a deleted receiver is dropped; a failure goes to the
        unhandled-error handler instead, so no failure is lost with its window."""
        generation = self._generation
        owners: Receivers = () if owner is None else (owner,)
        done_receivers = owners + receivers_of(on_done) if on_done is not None else ()
        error_receivers = owners + receivers_of(on_error) if on_error is not None else ()

        def work() -> None:
            try:
                result = task()
            except Exception as failure:  # delivered to the GUI, never lost in the thread
                # bind now: Python unbinds ``failure`` when the except block ends
                self._post(
                    generation, lambda error=failure: self._fail(on_error, error_receivers, error)
                )
                return
            if on_done is not None:
                self._post(generation, lambda: on_done(result) if alive(done_receivers) else None)
            else:
                self._answered(1)

        if self._closed:  # a timer that fired while the program was closing: nothing to do
            cancelled: Future[None] = Future()
            cancelled.cancel()
            return cancelled
        with self._lock:
            self._unanswered += 1
        return self._executor.submit(work)

    def idle(self) -> bool:
        """Every task run so far has finished and its answer has been delivered (or dropped)."""
        with self._lock:
            return self._unanswered == 0

    def run_blocking(self, task: Callable[[], T], timeout: float | None = None) -> T:
        """Run ``task`` after everything queued and wait for it (locking, shutdown)."""
        return self._executor.submit(task).result(timeout)

    def forget_pending_callbacks(self) -> None:
        """Results of tasks started before now are dropped (their views are gone)."""
        with self._lock:
            self._generation += 1
            self._unanswered -= len(self._closures)
            self._closures.clear()

    def shutdown(self) -> None:
        self._closed = True
        self.forget_pending_callbacks()
        self._executor.shutdown(wait=True)

    def _fail(self, on_error: ErrorHandler | None, receivers: Receivers, error: Exception) -> None:
        if on_error is not None and alive(receivers):
            on_error(error)
        else:
            self._on_unhandled_error(error)

    def _answered(self, count: int) -> None:
        with self._lock:
            self._unanswered -= count

    def _post(self, generation: int, closure: Callable[[], None]) -> None:
        with self._lock:
            if generation != self._generation:
                self._unanswered -= 1
                return
            self._closures.append(closure)
        self._posted.emit()

    def _drain(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            try:
                closure()
            except (
                Exception
            ):  # reported as Qt reports a failing slot; the other answers still arrive
                sys.excepthook(*sys.exc_info())
            finally:
                self._answered(1)
