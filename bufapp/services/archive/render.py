"""The archive export's documents made on every core: each is built with reportlab and converted
to PDF/A-2b with pikepdf, pure Python work that holds the GIL, so one process uses one core.

The export reads the vault in its own process and hands each worker only a document's recipe
(plain data: ``bufapp.documents.recipe``) or a kept PDF/A to check; a worker returns the bytes.
The key, the vault and the session never leave the exporting process, and nothing is written to
a temporary file. Workers are started with ``spawn`` (fresh interpreters, as on Windows and
macOS, so they inherit no memory of this process, the key among it), which costs each one the
import of the PDF stack: a short export is made here, without workers, and this process makes
documents too, so there is one worker fewer than the cores.

Results come back in the export's order with a bounded number of documents in flight, so memory
stays flat whatever the export's size; when the export stops (done, cancelled, failed, the
vault locked) the pool is stopped with it, and a worker still building is terminated: no other
process keeps a document.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor, Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bufapp.errors import ArchiveExportFailed, BufappError, ExportNotArchival
from bufapp.security import hardening

if TYPE_CHECKING:  # loaded when an export runs, not when the workspace is built at unlock
    from concurrent.futures import ProcessPoolExecutor

    from bufapp.documents.recipe import Recipe

PARALLEL_FROM = 12  # documents; fewer are made sooner here than a worker can start
IN_FLIGHT_PER_WORKER = 2  # one being built, one waiting: the workers never idle
# Documents made and waiting to be written, beyond those the workers hold: enough for this
# process to go on while a worker starts (about half a second, a few documents), few enough
# that memory stays flat.
MADE_AHEAD = 6
# How long the pool's manager thread may take to end after a cancel before its pipe is closed
# under it (``_unblock``); it normally ends at once.
MANAGER_GRACE_SECONDS = 5.0
Workers = Callable[[int], int]  # documents in the export -> worker processes (0: none)


@dataclass(frozen=True)
class Job:
    """One document of an export: a recipe to build and convert, or a kept PDF/A to check."""

    recipe: Recipe | None = None
    kept: bytes | None = None


def archival(job: Job) -> bytes:
    """The document as PDF/A-2b: a kept one exactly as it was kept, others built now."""
    from bufapp.documents import pdfa

    if job.kept is not None:
        if pdfa.findings(job.kept):  # checked when it was kept; checked again before it leaves
            raise ExportNotArchival
        return job.kept
    assert job.recipe is not None
    try:
        # to_pdfa validates the very bytes it returns (the same check as pdfa.findings), so
        # a built document is not validated twice: validation is half an export's time.
        return pdfa.to_pdfa(job.recipe.pdf())
    except pdfa.PdfaConversionFailed as failure:
        raise ExportNotArchival from failure


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def workers_for(count: int) -> int:
    """How many worker processes an export of ``count`` documents uses (0: none). This process
    makes documents too, so it is one fewer than the cores: each worker costs a start."""
    available = cores()
    if count < PARALLEL_FROM or available < 2:
        return 0
    return min(available - 1, count)


def made(jobs: Iterable[Job], workers: int) -> Iterator[bytes]:
    """The documents of ``jobs`` in their order, made by ``workers`` processes and this one.

    A job goes to the workers while they have fewer than two each in hand, and is made here
    otherwise: this process keeps busy while the workers start (half a second or more: a fresh
    interpreter importing the PDF stack) and between writing files, and no worker idles.
    ``jobs`` is read as the results are taken, so a job is read from the vault only shortly
    before it is needed, and at most ``workers * 2 + MADE_AHEAD`` documents wait to be
    written. Closing the iterator (a cancel, a failure) stops the workers."""
    if workers == 0:
        for job in jobs:
            yield archival(job)
        return
    in_hand = workers * IN_FLIGHT_PER_WORKER
    with _pool(workers) as pool:
        waiting: deque[Future[Any]] = deque()
        for job in jobs:
            if sum(1 for f in waiting if not f.done()) < in_hand:
                waiting.append(_submit(pool, job))
            else:
                waiting.append(_done(archival(job)))
            while waiting and (waiting[0].done() or len(waiting) > in_hand + MADE_AHEAD):
                yield _result(waiting.popleft())
        while waiting:
            yield _result(waiting.popleft())


def _done(pdf: bytes) -> Future[Any]:
    """A document made here, in line with those the workers make."""
    made_here: Future[Any] = Future()
    made_here.set_result(pdf)
    return made_here


@contextlib.contextmanager
def _pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_started
    )
    try:
        yield pool
    finally:
        _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the pool now: queued documents are dropped and a worker still building one is
    terminated (it holds case data). ProcessPoolExecutor has no public way to end a running
    task before Python 3.14 (``terminate_workers``), hence its process table and thread.

    The pool's manager thread reaps the workers too, and ``shutdown`` forgets that thread once
    called: it is joined here, so when this returns every worker has ended and been reaped
    (joining a worker that thread reaps can return before its exit is recorded)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    if manager is not None:
        manager.join(MANAGER_GRACE_SECONDS)
        if manager.is_alive():
            _unblock(manager)
            manager.join(MANAGER_GRACE_SECONDS)
    for process in processes:
        with contextlib.suppress(Exception):
            process.join()


def _unblock(manager: object) -> None:
    """A worker terminated while it was sending a result leaves half a message in the result
    pipe, and the manager thread waits for the rest of it for ever (seen once under load: the
    cancel hung, and at exit the interpreter would have waited for that thread too). The workers'
    ends of the pipe died with them; closing ours gives the reader end-of-file, the manager
    takes the pool as broken and ends."""
    # The manager's own reference: ``shutdown`` has already dropped the pool's.
    writer = getattr(getattr(manager, "result_queue", None), "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.close()


def _worker_started() -> None:
    """In each worker, before its first document: no core file of case data, and the PDF
    stack imported once (``archival`` needs it)."""
    hardening.disable_core_dumps()
    from bufapp.documents import disclosure_check, letter, pdfa  # noqa: F401  (the PDF stack)


@dataclass(frozen=True)
class _Refused:
    """A BufappError on its way back from a worker. Not every one can be pickled as it is
    (``DisclosureBlocked`` takes two arguments), so its class, message and fields travel and
    the same error is raised again here, with its Norwegian message."""

    kind: type[BufappError]
    args: tuple[Any, ...]
    state: dict[str, Any]

    def error(self) -> BufappError:
        error = self.kind.__new__(self.kind)
        error.args = self.args
        error.__dict__.update(self.state)
        return error


def _archival_in_worker(job: Job) -> bytes | _Refused:
    try:
        return archival(job)
    except BufappError as refused:
        return _Refused(type(refused), refused.args, dict(vars(refused)))


def _submit(pool: ProcessPoolExecutor, job: Job) -> Future[Any]:
    try:
        return pool.submit(_archival_in_worker, job)
    except BrokenExecutor as failure:  # a worker died before (see _result)
        raise ArchiveExportFailed from failure


def _result(future: Future[Any]) -> bytes:
    try:
        outcome = future.result()
    except BrokenExecutor as failure:  # a worker died (killed, out of memory)
        raise ArchiveExportFailed from failure
    if isinstance(outcome, _Refused):
        raise outcome.error()
    return outcome
