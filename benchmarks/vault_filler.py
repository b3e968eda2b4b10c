"""Grow a vault built the app's way, fast: copies of its own rows under new ids, in raw SQL.

``fill_demo`` writes through the services (validation, a flush and an audit record per row): on
this shared 2-core machine 300 parents take one to two and a half minutes, so a 3,000-parent
office or a 600 MB vault filled that way would take most of an hour. The growth figures
therefore fill 300 parents with ``fill_demo`` and then copy rows inside one transaction on the
vault's own keyed connection (``Vault.raw_connection``, every pragma of the vault):

- ``copy_office``: every row that belongs to a parent or child (children, placements, contact
  entries with their links, versions and search rows, consents, referrals, groups, documents …)
  once more per copy, under new ids, with the copies' links pointing at the copies. The office,
  caseworker, drafts and audit trail are not copied (the audit chain must stay verifiable), and
  the copies have no national ID (it is unique; the register allows a parent without one).
- ``add_entries``: more contact entries for the same parents, copies of the existing ones.
- ``add_documents``: stored documents (random bytes of a typical PDF's size) until the database
  file reaches a size.

Which tables are copied follows from the schema (``Base.metadata``'s foreign keys), so a new
table that belongs to a parent is copied without a change here.

``template(Office(…))`` makes each vault once per run (the figures work on copies of it) and
says how long that took; ``unlock_secret`` and ``probe_environment`` are what the probe
processes are given.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, Table

import bufapp.storage.models.audit  # noqa: F401  (its tables join the metadata: never copied)
from benchmarks.storage_workload import BENCH_PASSPHRASE
from benchmarks.ui_probe import PARENTS_VIEW
from bufapp import paths
from bufapp.app import register_for
from bufapp.demo.fill import fill_demo
from bufapp.domain.enums import DocumentKind
from bufapp.security import kdf, keyfile
from bufapp.services.drafts import RETURN_POINT, DraftService, ReturnPoint
from bufapp.settings import Settings
from bufapp.storage.layout import DB_FILE_NAME
from bufapp.storage.models import Base
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

NEVER_COPIED = ("office", "caseworker", "draft", "alembic_version")
NEVER_COPIED_PREFIXES = ("audit",)
SEARCH_TABLE = "contact_search"  # the FTS5 index of contact_entry (rowid = entry id)
DOCUMENT_BYTES = 160 * 1024  # about a two-page letter as PDF/A with its embedded font
DOCUMENTS_PER_TRANSACTION = 200


def _copyable(table: Table) -> bool:
    return table.name not in NEVER_COPIED and not table.name.startswith(NEVER_COPIED_PREFIXES)


def tables_hanging_off(roots: Iterable[str]) -> list[Table]:
    """``roots`` and every table that refers to one of them (transitively), parents first."""
    chosen = set(roots)
    grew = True
    while grew:
        grew = False
        for table in Base.metadata.sorted_tables:
            refers = any(key.column.table.name in chosen for key in table.foreign_keys)
            if table.name not in chosen and refers and _copyable(table):
                chosen.add(table.name)
                grew = True
    return [table for table in Base.metadata.sorted_tables if table.name in chosen]


def _own_id(table: Table) -> str | None:
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and isinstance(keys[0].type, Integer) and not keys[0].foreign_keys:
        return keys[0].name
    return None


class _Copier:
    """Copies the rows that exist now (the originals) ``copies`` times."""

    def __init__(self, connection: Any, tables: list[Table]) -> None:
        self.connection = connection
        self.tables = tables
        self.names = {table.name for table in tables}
        self.span: dict[str, int] = {}
        for table in tables:
            own = _own_id(table)
            if own is not None:
                (largest,) = connection.execute(f"SELECT max({own}) FROM {table.name}").fetchone()
                self.span[table.name] = largest or 0

    def _shift(self, table: Table, column: Any, copy: int) -> str:
        if column.name == _own_id(table):
            return f"{column.name} + {copy * self.span[table.name]}"
        for key in column.foreign_keys:
            target = key.column.table.name
            if target in self.names:
                return f"{column.name} + {copy * self.span[target]}"
        if column.name == "national_id":
            return "NULL"  # unique; a parent or child may have none
        if column.unique:
            raise ValueError(f"{table.name}.{column.name} is unique: the filler cannot copy it")
        return f'"{column.name}"'  # quoted: a column may be named by a keyword (a date's "on")

    def _originals(self, table: Table) -> str:
        """A WHERE clause that selects only the rows that existed before copying."""
        own = _own_id(table)
        if own is not None:
            return f"{own} <= {self.span[table.name]}"
        for column in table.columns:
            for key in column.foreign_keys:
                target = key.column.table.name
                if target in self.span:
                    return f"{column.name} <= {self.span[target]}"
        raise ValueError(f"{table.name}: no column tells the original rows from the copies")

    def copy(self, copies: int) -> None:
        for copy in range(1, copies + 1):
            for table in self.tables:
                columns = list(table.columns)
                names = ", ".join(f'"{column.name}"' for column in columns)
                values = ", ".join(self._shift(table, column, copy) for column in columns)
                self.connection.execute(
                    f"INSERT INTO {table.name} ({names}) SELECT {values} FROM {table.name} "
                    f"WHERE {self._originals(table)}"
                )
            if "contact_entry" in self.span:
                offset = copy * self.span["contact_entry"]
                self.connection.execute(
                    f"INSERT INTO {SEARCH_TABLE} (rowid, summary, parent_words, agreed) "
                    f"SELECT rowid + {offset}, summary, parent_words, agreed FROM {SEARCH_TABLE} "
                    f"WHERE rowid <= {self.span['contact_entry']}"
                )


def _in_one_transaction(vault: Vault, roots: Iterable[str], copies: int) -> None:
    with closing(vault.raw_connection()) as connection:
        connection.execute("BEGIN")
        try:
            _Copier(connection, tables_hanging_off(roots)).copy(copies)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")


def copy_office(vault: Vault, copies: int) -> None:
    """Every parent and child with everything that is theirs, ``copies`` more times."""
    _in_one_transaction(vault, ("parent", "child"), copies)


def add_entries(vault: Vault, copies: int) -> None:
    """Every contact entry (with its links and search row) ``copies`` more times, same parents."""
    _in_one_transaction(vault, ("contact_entry",), copies)


def database_size(vault: Vault) -> int:
    """The database's size in bytes, its write-ahead log moved into it first."""
    vault.checkpoint()
    return database_size_at(vault.directory)


def database_size_at(directory: Path) -> int:
    database = directory / DB_FILE_NAME
    wal = database.with_name(DB_FILE_NAME + "-wal")
    return database.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def add_documents(vault: Vault, database_bytes: int) -> int:
    """Stored documents, spread over the parents, until the database file holds about
    ``database_bytes``; returns how many were added (call again until none are: the file
    grows by a little more than the documents' bytes, but free pages are used first)."""
    with closing(vault.raw_connection()) as connection:
        parent_ids = [row[0] for row in connection.execute("SELECT id FROM parent ORDER BY id")]
        missing = database_bytes - database_size(vault)
        count = max(0, -(-missing // DOCUMENT_BYTES))  # rounded up: at least the size asked
        made_at = datetime(2025, 6, 1, 12, tzinfo=UTC).replace(tzinfo=None).isoformat(" ")
        for first in range(0, count, DOCUMENTS_PER_TRANSACTION):
            rows = []
            for number in range(first, min(count, first + DOCUMENTS_PER_TRANSACTION)):
                pdf = os.urandom(DOCUMENT_BYTES)
                rows.append(
                    (
                        DocumentKind.CONTACT_EXTRACT.value,
                        parent_ids[number % len(parent_ids)],
                        f"Utskrift av kontaktlogg {number + 1}",
                        made_at,
                        hashlib.sha256(pdf).hexdigest(),
                        len(pdf),
                        pdf,
                    )
                )
            connection.execute("BEGIN")
            connection.executemany(
                "INSERT INTO stored_document (kind, parent_id, title, made_at, sha256, size, pdf, "
                "disclosure_reason) VALUES (?, ?, ?, ?, ?, ?, ?, '')",
                rows,
            )
            connection.execute("COMMIT")
        return count


# --- for the probe processes ---------------------------------------------------------------------


def probe_environment(home: Path) -> dict[str, str]:
    """This process's environment with Qt offscreen and every XDG folder in ``home``, so no
    probe reads or writes the user's own bufapp folders (the vault is given with --vault)."""
    environment = {key: value for key, value in os.environ.items() if key != paths.VAULT_ENV}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("DATA", "CONFIG", "CACHE", "STATE"):
        folder = home / name.lower()
        folder.mkdir()
        environment[f"XDG_{name}_HOME"] = str(folder)
    return environment


def unlock_secret(directory: Path, kdf_params: kdf.KdfParams) -> str:
    """The unlock probe's stdin: the passphrase, the key derived here (outside every figure)
    and the parameters for the probe's own derivation after the unlock (peak memory)."""
    key = kdf.derive_key(BENCH_PASSPHRASE, keyfile.read(directory).kdf)
    return json.dumps(
        {"passphrase": BENCH_PASSPHRASE, "key_hex": key.hex(), "kdf": kdf_params.to_dict()}
    )


# --- the prepared vaults of a run -----------------------------------------------------------------


@dataclass(frozen=True)
class Office:
    """What a prepared vault holds: ``parents`` filled by ``fill_demo``, then (fast, in SQL,
    ``vault_filler``) ``copies`` more of the whole office, then entries and documents until the
    database holds about ``database_mib``."""

    parents: int
    copies: int = 0
    database_mib: int = 0

    @property
    def total_parents(self) -> int:
        return self.parents * (1 + self.copies)


def fill_demo_vault(directory: Path, parents: int) -> None:
    """A vault with ``parents`` demo parents, as ``open_demo_vault`` fills it (KDF at its
    floor), left where a caseworker who locked at the parent list left it: a lock starts the
    program afresh, and the fresh one goes back to the view in the return point."""
    vault, _recovery_key = Vault.create(directory, BENCH_PASSPHRASE, kdf.minimum_params())
    try:
        fill_demo(register_for(vault, Settings()), parents=parents, seed=1)
        drafts = DraftService(lambda: UnitOfWork(vault.session_factory))
        drafts.save(RETURN_POINT, "", ReturnPoint(view=PARENTS_VIEW))
    finally:
        vault.lock()


def grow(directory: Path, office: Office) -> None:
    """The copies, entries and documents ``office`` asks for beyond ``fill_demo``'s parents."""
    if not office.copies and not office.database_mib:
        return
    vault = Vault.open(directory, BENCH_PASSPHRASE)
    try:
        if office.copies:
            copy_office(vault, office.copies)
        if office.database_mib:
            target = office.database_mib * 1024 * 1024
            # Entries up to about a third of the size (the journal a big office builds over
            # years), documents for the rest (the PDFs kept of what was sent).
            while database_size(vault) < target // 3:
                add_entries(vault, copies=1)
            while add_documents(vault, target):
                pass
    finally:
        vault.lock()


_templates = tempfile.TemporaryDirectory(prefix="bufapp-benchmark-vaults-")  # gone at exit


@functools.cache
def template(office: Office) -> tuple[Path, str]:
    """The vault for ``office``, made once per run (the figures then copy it) and how long
    making it took."""
    directory = Path(_templates.name) / f"{office.parents}-{office.copies}-{office.database_mib}"
    started = time.perf_counter()
    if office.copies or office.database_mib:
        base, _how = template(Office(office.parents))
        shutil.copytree(base, directory)
        grow(directory, office)
    else:
        fill_demo_vault(directory, office.parents)
    seconds = time.perf_counter() - started
    size_mib = database_size_at(directory) / 2**20
    how = f"{office.total_parents} parents, {size_mib:.0f} MiB, prepared in {seconds:.0f} s"
    return directory, how
