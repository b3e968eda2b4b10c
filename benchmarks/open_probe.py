"""One cold unlock of a vault on the database side, and one open of a plain database, in a fresh
process: ``vault_open`` runs this in a new process for each measurement.

    python -m benchmarks.open_probe VAULT_DIR PLAIN_DB [--plain-first]
        < {"passphrase": …, "key_hex": …}

The vault side is what the unlock screen runs on the database thread once the passphrase is
submitted: bufapp is started as its command does (``bufapp.__main__.main(["--vault", …])``),
and instead of showing the unlock screen the probe calls the opener that ``bufapp.app.run``
gave the application, wrapped by the window's own ``checked_unlock`` as the unlock screen wraps
it. So the figure follows the real unlock path, whatever it does now or later: reading the key
file, ``Vault.open``, the schema check, an integrity check if the unlock runs one, the UNLOCKED
audit record. The one thing left out is the key derivation (``kdf.derive_key`` returns the key
the caller derived beforehand). The imports are done before the clock starts, as they are by the
time a person has typed the passphrase. One count query follows on each side.

Then, untimed for the open, the probe times the vault's whole-file check
(``BackupService.quick_check``: what runs in the background after the window is usable) and
reports it as ``check``.

Prints ``{"vault": seconds, "plain": seconds, "check": seconds}``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

import bufapp.services.workspace  # noqa: F401  (loaded while a person types)
import bufapp.ui.application as application_module
from benchmarks.storage_workload import connect_plain
from benchmarks.ui_probe import replace_key_derivation
from bufapp.__main__ import main as start_bufapp
from bufapp.storage.models import ParentRow
from bufapp.storage.uow import UnitOfWork

COUNT_PARENTS = "SELECT count(*) FROM parent"
# What the UNLOCKED audit record is to the vault: one small row, committed (synchronous=FULL).
PLAIN_LOG = "CREATE TABLE IF NOT EXISTS unlock_log (id INTEGER PRIMARY KEY, at TEXT, what TEXT)"
PLAIN_RECORD = "INSERT INTO unlock_log (at, what) VALUES (datetime('now'), 'vault unlocked')"


def unlock_seconds(opener: Any, passphrase: str) -> tuple[float, Any]:
    """The opener the unlock screen calls, then the first query."""
    started = time.perf_counter()
    workspace = opener(passphrase)
    with UnitOfWork(workspace.vault.session_factory) as uow:
        uow.session.scalar(select(func.count()).select_from(ParentRow))
    return time.perf_counter() - started, workspace


def check_seconds(workspace: Any) -> float:
    started = time.perf_counter()
    if not workspace.backups.quick_check().ok:
        raise RuntimeError("the benchmark vault fails its integrity check")
    return time.perf_counter() - started


def open_plain_seconds(path: Path) -> float:
    started = time.perf_counter()
    connection = connect_plain(path)
    connection.execute(COUNT_PARENTS).fetchone()
    connection.execute("BEGIN")
    connection.execute(PLAIN_LOG)
    connection.execute(PLAIN_RECORD)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def measure(opener: Any, passphrase: str, plain: Path, plain_first: bool) -> dict[str, float]:
    seconds: dict[str, float] = {}
    if plain_first:
        seconds["plain"] = open_plain_seconds(plain)
    seconds["vault"], workspace = unlock_seconds(opener, passphrase)
    if not plain_first:
        seconds["plain"] = open_plain_seconds(plain)
    seconds["check"] = check_seconds(workspace)
    workspace.vault.lock()  # not workspace.lock(): the next run finds the same vault
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("vault_dir", type=Path)
    parser.add_argument("plain_db", type=Path)
    parser.add_argument("--plain-first", action="store_true")
    args = parser.parse_args()
    secret = json.loads(sys.stdin.read())
    replace_key_derivation(secret["passphrase"], bytes.fromhex(secret["key_hex"]))

    class ProbedApplication(application_module.Application):
        def __init__(self, *arguments: Any, **keywords: Any) -> None:
            super().__init__(*arguments, **keywords)
            # The opener exactly as the unlock screen gets it (MainWindow wraps it the same way).
            self.probe_opener = self.window.backups.checked_unlock(
                keywords["opener"], self.directory
            )

        def start_locked(self) -> None:
            seconds = measure(
                self.probe_opener, secret["passphrase"], args.plain_db, args.plain_first
            )
            print(json.dumps(seconds), flush=True)
            self.qt.exit(0)

        def exec(self) -> int:
            return 0  # everything ran in start_locked

    application_module.Application = ProbedApplication  # type: ignore[misc]
    return start_bufapp(["--vault", str(args.vault_dir)])


if __name__ == "__main__":
    sys.exit(main())
