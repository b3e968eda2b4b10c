"""The SQLCipher engine.

Made with ``creator=`` and the sqlcipher3 module (never a URL with the secret in it), a raw
256-bit key given as validated hex, the safety pragmas of DESIGN.md on every connection, and
``hide_parameters=True`` so no statement parameter (a national ID, a journal text) reaches a log
or a dialog. Low-level SQLite failures are translated to the errors a person can act on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects import sqlite  # noqa: F401  # with the module (the preload), not at unlock
from sqlalchemy.engine import ExceptionContext
from sqlcipher3 import dbapi2

from bufapp.errors import StorageFull, VaultDamaged, VaultInUse
from bufapp.fileio import create_private

_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
BUSY_TIMEOUT_MS = 10_000

# Order matters: the key first, then everything that reads the database.
SAFETY_PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",  # first, so the pragmas below wait too
    # OFF on purpose (DESIGN.md asked for ON): SQLCipher then locks and wipes every SQLite
    # allocation, which measured 8-12x slower on every read and write (benchmarks: timeline,
    # search, insert), while the decrypted text also lives, unwiped, in Python's own objects.
    # Instead every lock replaces the process (bufapp.app.relaunch_locked), which leaves no
    # freed page behind; core dumps are off; see README "security model".
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
)

_DAMAGE_MARKERS = ("file is not a database", "malformed", "hmac check failed")
_FULL_MARKERS = ("database or disk is full", "disk is full")
_BUSY_MARKERS = ("database is locked", "database is busy")


def key_pragma(key: bytes | bytearray) -> str:
    hex_key = bytes(key).hex()
    if not _HEX_KEY.match(hex_key):  # defends the one PRAGMA built from data
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{hex_key}'\""


def connect_raw(db_path: Path, key: bytes | bytearray) -> dbapi2.Connection:
    """A keyed, configured DB-API connection with SQLite's own transaction handling off.

    Raises VaultDamaged when the (already verified) key does not open the file.
    """
    create_private(db_path)  # SQLite gives the -wal and -shm the database file's rights
    connection = dbapi2.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher logs to stderr otherwise
        connection.execute(key_pragma(key))
        for pragma in SAFETY_PRAGMAS:
            connection.execute(pragma).fetchall()
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as failure:
        connection.close()
        raise translate(failure) or VaultDamaged() from failure
    return connection


def translate(failure: BaseException) -> Exception | None:
    """The user-facing error for a low-level SQLite failure, or None to let it pass."""
    text = str(failure).lower()
    if any(marker in text for marker in _FULL_MARKERS):
        return StorageFull()
    if any(marker in text for marker in _BUSY_MARKERS):
        return VaultInUse()
    if any(marker in text for marker in _DAMAGE_MARKERS):
        return VaultDamaged()
    return None


def make_engine(db_path: Path, key_source: Callable[[], bytes | bytearray]) -> Engine:
    """``key_source`` is asked for the key at each new connection, so the engine keeps no copy
    of it and cannot reconnect once the vault has forgotten the key (it raises VaultLocked)."""
    engine = create_engine(
        f"sqlite+pysqlite:///{db_path}",
        module=dbapi2,
        creator=lambda: connect_raw(db_path, key_source()),
        hide_parameters=True,
        pool_size=2,
        max_overflow=2,
    )

    # pysqlite's implicit transactions are off (isolation_level=None); SQLAlchemy emits BEGIN
    # itself, so DDL in migrations is transactional and savepoints work. IMMEDIATE: the write
    # lock is taken (or waited for, busy_timeout) at the start. A deferred transaction that read
    # first could not upgrade once another connection had committed, and almost every
    # transaction writes at its end: the audit trail records even a record opened. Readers
    # are never blocked (WAL).
    # On the driver's cursor (announced and translated as any statement): every unit of work
    # begins, and SQLAlchemy's execution of this one statement cost more than SQLite's work.
    from bufapp.storage.driver_sql import run  # it imports this module's translate

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]
        # Already begun: a unit of work's session joining the transaction its hot paths began.
        if not connection.connection.driver_connection.in_transaction:
            run(connection, "BEGIN IMMEDIATE", ())

    @event.listens_for(engine, "handle_error")
    def _translate(context: ExceptionContext) -> None:
        replacement = translate(context.original_exception)
        if replacement is not None:
            raise replacement from context.original_exception

    return engine
