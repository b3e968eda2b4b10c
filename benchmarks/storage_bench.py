"""Storage figures: the encrypted vault against plain sqlite3 on the same workload."""

from __future__ import annotations

import functools
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.registry import Result, RunConfig, benchmark
from benchmarks.storage_workload import (
    BENCH_PASSPHRASE,
    BatchPlan,
    QueryPlan,
    RawWorkload,
    VaultWorkload,
    Workload,
    connect_plain,
    create_plain_database,
    plan,
)
from benchmarks.timing import Stopwatch, compare
from benchmarks.vault_filler import Office, probe_environment, template, unlock_secret
from bufapp.security import kdf
from bufapp.storage.vault import Vault

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
INSERT_QUERY_TARGET_RATIO = 1.5
OPEN_TARGET_SECONDS = 0.25


@dataclass(frozen=True)
class StorageSizes:
    parents: int
    batch: int  # parents (with their children and placements) per transaction
    queries: QueryPlan
    repetitions: int


def sizes(config: RunConfig) -> StorageSizes:
    # An office with 300 parents (DESIGN.md, Performance).
    return config.pick(
        quick=StorageSizes(parents=20, batch=10, queries=QueryPlan(2, 3), repetitions=1),
        full=StorageSizes(parents=300, batch=50, queries=QueryPlan(10, 20), repetitions=5),
    )


@contextmanager
def scratch_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="bufapp-benchmark-") as folder:
        yield Path(folder)


@contextmanager
def fresh_vault(folder: Path) -> Iterator[Vault]:
    """A new, empty vault at head. The KDF is at its floor: key derivation is not measured here."""
    vault, _recovery_key = Vault.create(folder / "vault", BENCH_PASSPHRASE, kdf.minimum_params())
    try:
        yield vault
    finally:
        vault.lock()


# --- one run of the insert-and-query workload -----------------------------------------------


@dataclass
class WorkloadLog:
    """What every run of one side did: seconds per phase and how many entities it read."""

    insert_seconds: list[float] = field(default_factory=list)
    query_seconds: list[float] = field(default_factory=list)
    entities_read: set[int] = field(default_factory=set)

    def median_insert(self) -> float:
        return statistics.median(self.insert_seconds)

    def median_query(self) -> float:
        return statistics.median(self.query_seconds)


def timed_run(
    workload: Workload, batches: list[BatchPlan], size: StorageSizes, log: WorkloadLog
) -> float:
    inserting, querying = Stopwatch(), Stopwatch()
    with inserting.running():
        parent_ids = workload.insert(batches)
    with querying.running():
        log.entities_read.add(workload.query(parent_ids, size.queries))
    log.insert_seconds.append(inserting.seconds)
    log.query_seconds.append(querying.seconds)
    return inserting.seconds + querying.seconds


def on_vault(batches: list[BatchPlan], size: StorageSizes, log: WorkloadLog) -> float:
    with scratch_folder() as folder, fresh_vault(folder) as vault:
        return timed_run(VaultWorkload(vault.session_factory), batches, size, log)


def on_vault_raw(batches: list[BatchPlan], size: StorageSizes, log: WorkloadLog) -> float:
    with (
        scratch_folder() as folder,
        fresh_vault(folder) as vault,
        closing(vault.raw_connection()) as connection,
    ):
        return timed_run(RawWorkload(connection), batches, size, log)


def on_plain_sqlite(batches: list[BatchPlan], size: StorageSizes, log: WorkloadLog) -> float:
    with scratch_folder() as folder:
        path = folder / "plain.db"
        create_plain_database(path)
        with closing(connect_plain(path)) as connection:
            return timed_run(RawWorkload(connection), batches, size, log)


Side = Callable[[list[BatchPlan], StorageSizes, WorkloadLog], float]


def insert_query_result(name: str, candidate: Side, config: RunConfig, what: str) -> Result:
    size = sizes(config)
    batches = plan(size.parents, size.batch)
    # One untimed run of each side first: SQLAlchemy's statement cache, imports, disk caches.
    warm_up = WorkloadLog()
    candidate(batches, size, warm_up)
    on_plain_sqlite(batches, size, warm_up)
    vault_log, plain_log = WorkloadLog(), WorkloadLog()
    medians = compare(
        lambda: candidate(batches, size, vault_log),
        lambda: on_plain_sqlite(batches, size, plain_log),
        repetitions=size.repetitions,
        warmups=0,
    )
    if len(vault_log.entities_read | plain_log.entities_read) != 1:
        raise RuntimeError(f"{name}: the two sides read different amounts of data")
    insert_ratio = vault_log.median_insert() / plain_log.median_insert()
    query_ratio = vault_log.median_query() / plain_log.median_query()
    note = (
        f"{what} vs plain sqlite3; {size.parents} parents in batches of {size.batch}, "
        f"{size.queries.rounds} rounds of list + {size.queries.parents_opened_per_round} parent "
        f"details; insert {vault_log.median_insert():.3f} s vs {plain_log.median_insert():.3f} s "
        f"({insert_ratio:.1f}x), queries {vault_log.median_query():.3f} s vs "
        f"{plain_log.median_query():.3f} s ({query_ratio:.1f}x); median of {size.repetitions}"
    )
    return Result(
        name,
        medians.candidate,
        "s",
        medians.baseline,
        target=INSERT_QUERY_TARGET_RATIO,
        target_on="ratio",
        note=note,
    )


@benchmark("vault_insert_query")
def vault_insert_query(config: RunConfig) -> Result:
    """The register workload through bufapp's whole storage path: Vault, UnitOfWork and the
    register's repositories (each batch of parents, children and placements added in one
    transaction with its audit records chained; the parent list and parents' children and
    placements read, one unit of work per screen), against plain sqlite3 running the same SQL
    with the same rows, transactions and pragmas but no encryption and no audit trail. The
    baseline is what the work costs at the least, so the ratio is everything bufapp adds:
    SQLCipher, SQLAlchemy, the units of work, the entities and the audit trail."""
    return insert_query_result(
        "vault_insert_query", on_vault, config, "vault via UnitOfWork/repositories"
    )


@benchmark("vault_insert_query_raw")
def vault_insert_query_raw(config: RunConfig) -> Result:
    """The baseline's hand-written SQL on a keyed sqlcipher3 connection with all the vault's
    pragmas vs plain sqlite3: the cost of the encryption alone, to tell it apart from the rest
    of ``vault_insert_query``. cipher_memory_security is OFF in the vault (engine.py says why),
    so this is page encryption and HMAC only."""
    return insert_query_result(
        "vault_insert_query_raw",
        on_vault_raw,
        config,
        "same hand-written SQL on a keyed sqlcipher3 connection with the vault's pragmas",
    )


# --- opening a vault ----------------------------------------------------------------------------
#
# The vault is a demo office of 300 parents grown with entries and documents to a size
# (vault_filler), so that the growth from 60 MB to 600 MB shows whatever on the unlock path
# reads the whole file.

OPEN_GROWTH_TARGET_RATIO = 2.0


@dataclass(frozen=True)
class OpenSizes:
    office: Office
    large: Office  # ten times the bytes
    repetitions: int


def open_sizes(config: RunConfig) -> OpenSizes:
    return config.pick(
        quick=OpenSizes(Office(10, database_mib=2), Office(10, database_mib=8), 1),
        full=OpenSizes(Office(300, database_mib=60), Office(300, database_mib=600), 5),
    )


def plain_database(folder: Path, parents: int) -> Path:
    """The baseline: plain sqlite3 with the vault's schema and a register of ``parents``."""
    plain = folder / "plain.db"
    create_plain_database(plain)
    with closing(connect_plain(plain)) as connection:
        RawWorkload(connection).insert(plan(parents, 50))
    return plain


def cold_unlock(vault_dir: Path, plain: Path, plain_first: bool) -> dict[str, float]:
    """Both opens, each the first of a fresh bufapp process (as when a person unlocks after a
    lock, which starts the program afresh); see open_probe."""
    command = [sys.executable, "-m", "benchmarks.open_probe", str(vault_dir), str(plain)]
    if plain_first:
        command.append("--plain-first")
    secret = unlock_secret(vault_dir, kdf.minimum_params())
    with tempfile.TemporaryDirectory(prefix="bufapp-benchmark-open-") as home:
        finished = subprocess.run(
            command,
            cwd=REPOSITORY_ROOT,
            env=probe_environment(Path(home)),
            input=secret,
            capture_output=True,
            text=True,
            check=False,
        )
    if finished.returncode != 0:
        raise RuntimeError(
            f"open_probe exited with {finished.returncode}: {finished.stderr[-2000:]}"
        )
    return json.loads(finished.stdout.strip().splitlines()[-1])


@functools.cache
def open_runs(office: Office, repetitions: int) -> tuple[list[dict[str, float]], str]:
    """``repetitions`` cold unlocks of a copy of ``office``'s vault, the plain database first
    every other time; and how the vault was prepared."""
    prepared, how = template(office)
    with scratch_folder() as folder:
        shutil.copytree(prepared, folder / "vault")
        plain = plain_database(folder, office.total_parents)
        runs = [
            cold_unlock(folder / "vault", plain, plain_first=i % 2 == 1) for i in range(repetitions)
        ]
    return runs, how


def median_of_runs(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


OPEN_MEASURE = (
    "fresh bufapp process, KDF excluded: the opener the unlock screen calls (bufapp.app.run's, "
    "wrapped by MainWindow.checked_unlock: key file + unwrap, Vault.open, schema check, the "
    "unlock's integrity check if it runs one, the UNLOCKED audit record) + one count query"
)


@benchmark("vault_open")
def vault_open(config: RunConfig) -> Result:
    """What an unlock does on the database side, key derivation excluded, for a 60 MB vault
    (300 parents with years of entries and documents), through the real unlock entry, against
    plain sqlite3's connect + pragmas + the same query + one committed row (the audit record's
    counterpart). The target is absolute (0.25 s): the database part of the 0.3 s unlock."""
    size = open_sizes(config)
    runs, how = open_runs(size.office, size.repetitions)
    note = (
        f"{OPEN_MEASURE}; baseline: sqlite3 connect + pragmas + the query + one INSERT "
        f"committed; {how}; median of {size.repetitions}"
    )
    return Result(
        "vault_open",
        median_of_runs(runs, "vault"),
        "s",
        median_of_runs(runs, "plain"),
        target=OPEN_TARGET_SECONDS,
        target_on="value",
        note=note,
    )


@benchmark("vault_open_600mb")
def vault_open_600mb(config: RunConfig) -> Result:
    """vault_open for a vault of ten times the bytes (600 MB), against the 60 MB one: unlocking
    must not read the whole file (target at most twice; the two are run one after the other)."""
    size = open_sizes(config)
    large, large_how = open_runs(size.large, size.repetitions)
    office, office_how = open_runs(size.office, size.repetitions)
    note = f"{OPEN_MEASURE}; {large_how}, against {office_how}; median of {size.repetitions}"
    return Result(
        "vault_open_600mb",
        median_of_runs(large, "vault"),
        "s",
        median_of_runs(office, "vault"),
        target=OPEN_GROWTH_TARGET_RATIO,
        target_on="ratio",
        note=note,
    )


@benchmark("vault_check_600mb")
def vault_check_600mb(config: RunConfig) -> Result:
    """Informational: the whole-file integrity check (BackupService.quick_check, every page read
    and its HMAC verified) of the 600 MB vault against the 60 MB one. It belongs after the window
    is usable, not on the unlock path; it cannot help growing with the file, so the target is
    the ratio of the sizes (it should grow no faster than the file)."""
    size = open_sizes(config)
    large, large_how = open_runs(size.large, size.repetitions)
    office, office_how = open_runs(size.office, size.repetitions)
    note = (
        f"in the open_probe process after the timed unlock; {large_how}, against {office_how}; "
        f"median of {size.repetitions}"
    )
    return Result(
        "vault_check_600mb",
        median_of_runs(large, "check"),
        "s",
        median_of_runs(office, "check"),
        target=size.large.database_mib / size.office.database_mib,
        target_on="ratio",
        note=note,
    )
