"""Full integrity check of a vault: key file copies, every page's HMAC, and SQLite's own check."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlcipher3 import dbapi2

from bufapp.errors import VaultDamaged
from bufapp.security import keyfile
from bufapp.storage.vault import Vault


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(vault: Vault) -> IntegrityReport:
    """Read every page. Problems are Norwegian lines; the vault is not changed."""
    report = IntegrityReport()
    for name in keyfile.damaged_copies(vault.directory):
        report.problems.append(
            f"Nøkkelfilen {name} mangler eller er skadet (den andre kopien er brukt)."
        )
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
