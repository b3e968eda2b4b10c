"""Full integrity check of a vault: key file copies, every page's HMAC, and SQLite's own check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlcipher3 import dbapi2

from bufapp.errors import VaultDamaged
from bufapp.security import keyfile
from bufapp.storage import wal
from bufapp.storage.layout import DB_FILE_NAME
from bufapp.storage.vault import Vault


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def wal_problems(directory: Path) -> list[str]:
    """Commits in the WAL that SQLite would drop (frames after a broken one). Ask before the
    vault is opened: opening replays the WAL up to the break, and closing empties it."""
    reading = wal.read_wal(Path(directory) / f"{DB_FILE_NAME}-wal")
    if reading is None or not reading.damaged:
        return []  # none, whole, or only a torn last write (normal after a crash)
    name = f"{DB_FILE_NAME}-wal"
    if reading.header_broken:
        return [f"Loggfila {name} har et skadet hode, så ingen av endringene i den kan brukes."]
    return [
        f"Loggfila {name} er skadet i blokk {reading.first_broken} av {reading.frames}; "
        f"{reading.valid_after_broken} hele blokker etter den (lagrede endringer) ville gått "
        "tapt om databasen ble åpnet. Ta en kopi av hele mappen før noe annet."
    ]


def key_file_problems(directory: Path) -> list[str]:
    """Key-file copies missing or damaged. Ask before opening too: opening mends them."""
    return [
        f"Nøkkelfilen {name} mangler eller er skadet (den andre kopien er brukt)."
        for name in keyfile.damaged_copies(Path(directory))
    ]


def check(vault: Vault) -> IntegrityReport:
    """Read every page. Problems are Norwegian lines; the vault is not changed."""
    report = IntegrityReport(wal_problems(vault.directory) + key_file_problems(vault.directory))
    try:
        connection = vault.raw_connection()
    except VaultDamaged as damaged:
        report.problems.append(str(damaged))
        return report
    try:
        for (line,) in connection.execute("PRAGMA cipher_integrity_check").fetchall():
            report.problems.append(f"Kryptert side skadet: {line}")
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            report.problems.extend(f"Databasestruktur: {r[0]}" for r in rows)
        for row in connection.execute("PRAGMA foreign_key_check").fetchall():
            report.problems.append(f"Brutt kobling i tabellen {row[0]} (rad {row[1]}).")
    except dbapi2.DatabaseError as failure:
        report.problems.append(f"Databasen kunne ikke leses helt: {failure}")
    finally:
        connection.close()
    return report


def quick_check(vault: Vault) -> IntegrityReport:
    """SQLite's ``quick_check``: every page of every table and index read (so each page's HMAC
    is checked on the way) without the slower cross-checks of indexes against tables; for every
    unlock, where the full ``check`` would cost seconds on a large vault."""
    report = IntegrityReport()
    try:
        connection = vault.raw_connection()
    except VaultDamaged as damaged:
        report.problems.append(str(damaged))
        return report
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            report.problems.extend(f"Databasestruktur: {r[0]}" for r in rows)
    except dbapi2.DatabaseError as failure:
        report.problems.append(f"Databasen kunne ikke leses helt: {failure}")
    finally:
        connection.close()
    return report
