"""Writes wait until the vault is known to be sound.

Unlocking does not read the whole file (that grows with the vault): the check runs afterwards,
on its own connection and thread, while the person reads. Until its verdict nothing may be
written, not even the UNLOCKED record: a commit that writes waits here. On "sound" the first
commit carries the opening records (UNLOCKED, a restore) ahead of its own, so the trail still
begins the session with them; on "damaged" every waiting and later write fails with
``DamagedAtUnlock`` and the file stays as it was.

The wait is in ``before_commit``: the writing transaction already holds the write lock, so the
opening records go into that same transaction (a separate one from another thread would wait for
that lock: a deadlock). The check itself only reads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from bufapp.domain.audit import AuditEvent
from bufapp.errors import DamagedAtUnlock

WRITES = "writes"  # session.info: this transaction writes, though the ORM may not show it
_EVENTS = "audit_events"  # audit_capture's queue: written by its before_commit, after ours
_CARRIES = "carries_opening"
_STARTED = "changes_at_begin"


class Soundness:
    """The verdict on the vault's file; known sound unless ``hold`` was called."""

    def __init__(self) -> None:
        self._decided = threading.Event()
        self._decided.set()
        self._problems: list[str] = []
        self._opening: list[AuditEvent] = []
        self._on_recorded: Callable[[], None] = lambda: None
        self._guard = threading.Lock()  # the opening records: the check's thread and writers

    def hold(self, opening: list[AuditEvent], on_recorded: Callable[[], None]) -> None:
        """Writes wait for ``decide`` from now on; ``opening`` goes first once sound."""
        self._problems = []
        self._opening = list(opening)
        self._on_recorded = on_recorded
        self._decided.clear()

    @property
    def decided(self) -> bool:
        return self._decided.is_set()

    @property
    def damaged(self) -> bool:
        return self.decided and bool(self._problems)

    @property
    def known_sound(self) -> bool:
        return self.decided and not self._problems

    @property
    def opening_due(self) -> bool:
        return bool(self._opening)

    def decide(self, problems: list[str]) -> None:
        """The check's verdict: no problems is sound. Damage found later stops writes too."""
        with self._guard:
            if problems:
                self._problems = list(problems)
                self._opening = []  # never written to a damaged file
            self._decided.set()

    def wait_until_sound(self) -> None:
        self._decided.wait()
        if self._problems:
            raise DamagedAtUnlock()

    def _before_commit(self, session: Session) -> None:
        if session.in_nested_transaction():
            return
        if not _changes_rows(session) and self._defer(session.info.get(_EVENTS, [])):
            return  # nothing to write, or only records (of reading) that the opening takes
        self.wait_until_sound()
        if self._opening and not session.info.get(_CARRIES):
            # First in the queue audit_capture writes just after this listener.
            session.info.setdefault(_EVENTS, [])[0:0] = self._opening
            session.info[_CARRIES] = True

    def _defer(self, events: list[AuditEvent]) -> bool:
        """Whether the commit goes on without the verdict: it writes nothing, or only audit
        records (a record opened, a document read …), which join the opening ones in order so
        the reading goes on; whoever locks must wait for the verdict to write them
        (``Workspace.lock``). Not once the verdict is in: they are written now."""
        if not events:
            return True  # nothing to write at all
        with self._guard:
            if self.decided:
                return False
            self._opening.extend(events)
            events.clear()
            return True

    def _after_commit(self, session: Session) -> None:
        session.info.pop(_STARTED, None)
        if session.info.pop(_CARRIES, False):
            self._opening = []
            self._on_recorded()

    def _after_rollback(self, session: Session) -> None:
        if session.get_nested_transaction() is None:
            session.info.pop(_STARTED, None)
            session.info.pop(_CARRIES, None)  # the opening records wait for the next write


def _changes_rows(session: Session) -> bool:
    """Whether committing this session changes rows (besides audit records): changes not
    flushed yet, rows changed on its connection since it began (raw SQL too), or said so."""
    if session.new or session.dirty or session.deleted or session.info.get(WRITES):
        return True
    started = session.info.get(_STARTED)
    return started is not None and _total_changes(session) != started


def _total_changes(session: Session) -> int | None:
    raw = session.connection().connection.driver_connection
    return getattr(raw, "total_changes", None)


def _began(session: Session, transaction: SessionTransaction, connection: Connection) -> None:
    if transaction.parent is None:
        raw = connection.connection.driver_connection
        session.info[_STARTED] = getattr(raw, "total_changes", None)


def install(factory: sessionmaker[Session], soundness: Soundness) -> None:
    """Before audit_capture.install: its before_commit must see the opening records queued."""
    event.listen(factory, "after_begin", _began)
    event.listen(factory, "before_commit", soundness._before_commit)
    event.listen(factory, "after_commit", soundness._after_commit)
    event.listen(factory, "after_rollback", soundness._after_rollback)
