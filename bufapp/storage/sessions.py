"""What a unit of work gets from the open vault: its sessions, and a connection of its pool.

A unit of work that only runs the register's hot statements (``driver_sql``) needs neither a
``Session`` nor SQLAlchemy's ``Connection``: building them, beginning and resetting them cost
several times a short read. It takes a connection straight from the pool (``pooled``); should it
need the ORM or the commit's listeners after all, its session joins that same connection and
the transaction begun on it (``joining``), so the unit stays one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from bufapp.storage.driver_sql import Pooled


class VaultSessions:
    """Callable as a session factory; closes what it hands out when the vault locks (``track``)."""

    def __init__(
        self,
        new_session: Callable[[Connection | None], Session],
        engine: Engine,
        track: Callable[[object], None],
    ) -> None:
        self._new_session = new_session
        self._engine = engine
        self._track = track

    def __call__(self) -> Session:
        return self._new_session(None)

    def pooled(self) -> Pooled:
        """A connection of the vault's pool; closing it gives it back (rolled back)."""
        connection = self._engine.raw_connection()
        self._track(connection)
        return Pooled(self._engine, connection)

    def joining(self, pooled: Pooled) -> Session:
        """A session on ``pooled``, in the transaction already begun on it (if any): the
        engine's begin listener sees it begun and sends no second BEGIN."""
        return self._new_session(Connection(self._engine, connection=pooled.pooled))
