"""One cold open of a vault and of a plain database: ``vault_open`` runs this in a new process.

    python -m benchmarks.open_probe VAULT_DIR PLAIN_DB [--plain-first]

Prints ``{"vault": seconds, "plain": seconds}``. Imports and the key derivation happen before the
clock starts; everything else Vault.open does is timed, plus one query on each side.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.storage_workload import BENCH_PASSPHRASE, connect_plain
from bufapp.security import kdf, keyfile
from bufapp.storage.models import ParentRow
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

COUNT_PARENTS = "SELECT count(*) FROM parent"


def open_vault_seconds(directory: Path, key_encryption_key: bytes) -> float:
    """Vault.open after its key derivation, then the first query."""
    started = time.perf_counter()
    key_file = Vault._read_key_file(directory)
    data_key = key_file.unwrap_passphrase(key_encryption_key)
    vault = Vault._unlock(directory, key_file, data_key)
    with UnitOfWork(vault.session_factory) as uow:
        uow.session.scalar(select(func.count()).select_from(ParentRow))
    elapsed = time.perf_counter() - started
    vault.lock()
    return elapsed


def open_plain_seconds(path: Path) -> float:
    started = time.perf_counter()
    connection = connect_plain(path)
    connection.execute(COUNT_PARENTS).fetchone()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("vault_dir", type=Path)
    parser.add_argument("plain_db", type=Path)
    parser.add_argument("--plain-first", action="store_true")
    args = parser.parse_args()
    key_encryption_key = kdf.derive_key(BENCH_PASSPHRASE, keyfile.read(args.vault_dir).kdf)
    seconds: dict[str, float] = {}
    if args.plain_first:
        seconds["plain"] = open_plain_seconds(args.plain_db)
    seconds["vault"] = open_vault_seconds(args.vault_dir, key_encryption_key)
    if not args.plain_first:
        seconds["plain"] = open_plain_seconds(args.plain_db)
    print(json.dumps(seconds))


if __name__ == "__main__":
    main()
