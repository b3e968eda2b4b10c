"""Desktop figures: starting bufapp to its unlock screen, unlocking to the parent list, and the
memory that takes, against a bare PySide6 window started the same way in the same run.

Every start is a fresh process (``ui_probe.py``) with QT_QPA_PLATFORM=offscreen and temporary
XDG folders; the vault is a throwaway one in a temporary folder, opened with ``--vault``. This
module itself never imports Qt.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.registry import Result, RunConfig, benchmark
from benchmarks.storage_workload import BENCH_PASSPHRASE
from benchmarks.timing import Measurement, compare
from bufapp import paths
from bufapp.app import register_for
from bufapp.security import kdf, keyfile
from bufapp.services.demo import fill_demo
from bufapp.settings import Settings
from bufapp.storage.vault import Vault

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
STARTUP_TARGET_RATIO = 1.5
UNLOCK_TARGET_SECONDS = 0.3
MEMORY_TARGET_RATIO = 2.5
PROBE_TIMEOUT_SECONDS = 120

Report = dict[str, Any]


@dataclass(frozen=True)
class UiSizes:
    parents: int
    startups: int  # alternating pairs of starts (bufapp, minimal window)
    unlocks: int
    memory_pairs: int
    warmups: int  # untimed starts of each side first: disk cache, font cache, bytecode


def sizes(config: RunConfig) -> UiSizes:
    # An office with 300 parents, as in the storage figures.
    return config.pick(
        quick=UiSizes(parents=30, startups=1, unlocks=1, memory_pairs=1, warmups=0),
        full=UiSizes(parents=300, startups=7, unlocks=5, memory_pairs=3, warmups=1),
    )


# --- the scratch folder, the vault and the probe processes ---------------------------------------


@dataclass(frozen=True)
class Desk:
    """A temporary home for the probes: their environment and a prepared vault."""

    environment: dict[str, str]
    vault_dir: Path
    parents: int
    secret: str  # JSON for the unlock probe: the passphrase and the derived key


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


def prepare_vault(directory: Path, parents: int) -> tuple[int, str]:
    """A vault with ``parents`` demo parents, as ``open_demo_vault`` fills it (KDF at its floor).
    Returns the number of parents and the unlock probe's secret; the key derivation happens
    here, outside every figure."""
    vault, _recovery_key = Vault.create(directory, BENCH_PASSPHRASE, kdf.minimum_params())
    try:
        filled = fill_demo(register_for(vault, Settings()), parents=parents, seed=1).parents
    finally:
        vault.lock()
    key = kdf.derive_key(BENCH_PASSPHRASE, keyfile.read(directory).kdf)
    return filled, json.dumps({"passphrase": BENCH_PASSPHRASE, "key_hex": key.hex()})


@contextmanager
def desk(parents: int) -> Iterator[Desk]:
    with tempfile.TemporaryDirectory(prefix="bufapp-benchmark-ui-") as folder:
        root = Path(folder)
        (root / "home").mkdir()
        filled, secret = prepare_vault(root / "vault", parents)
        yield Desk(probe_environment(root / "home"), root / "vault", filled, secret)


def probe(place: Desk, *arguments: str, stdin: str | None = None) -> Report:
    """One probe process; its report gains ``spawned``, this process's clock just before."""
    command = [sys.executable, "-m", "benchmarks.ui_probe", *arguments]
    spawned = time.time()
    finished = subprocess.run(
        command,
        cwd=REPOSITORY_ROOT,
        env=place.environment,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=PROBE_TIMEOUT_SECONDS,
        check=False,
    )
    if finished.returncode != 0 or not finished.stdout.strip():
        raise RuntimeError(
            f"ui_probe {' '.join(arguments)} exited with {finished.returncode}: "
            f"{finished.stderr.strip()[-2000:]}"
        )
    report: Report = json.loads(finished.stdout.strip().splitlines()[-1])
    report["spawned"] = spawned
    return report


def minimal_start(place: Desk) -> Report:
    return probe(place, "minimal")


def locked_start(place: Desk) -> Report:
    return probe(place, "locked", str(place.vault_dir))


def unlocked_start(place: Desk) -> Report:
    return probe(place, "unlock", str(place.vault_dir), str(place.parents), stdin=place.secret)


def median(reports: Sequence[Report], key: str) -> float:
    return statistics.median(float(report[key]) for report in reports)


def median_span(reports: Sequence[Report], start: str, end: str) -> float:
    return statistics.median(float(report[end]) - float(report[start]) for report in reports)


# --- startup ------------------------------------------------------------------------------------


def startup_seconds(report: Report) -> float:
    return float(report["shown"]) - float(report["spawned"])


def startup_breakdown(reports: Sequence[Report]) -> str:
    """Medians of: interpreter start, imports and setup until the application is built, then
    building and showing the window up to the first event-loop turn."""
    spans = (
        ("spawned", "probe_started"),
        ("probe_started", "constructing"),
        ("constructing", "shown"),
    )
    return " + ".join(f"{median_span(reports, start, end):.3f}" for start, end in spans)


def timed_start(start: Callable[[Desk], Report], place: Desk, into: list[Report]) -> Measurement:
    def measure() -> float:
        report = start(place)
        into.append(report)
        return startup_seconds(report)

    return measure


@benchmark("startup_to_unlock")
def startup_to_unlock(config: RunConfig) -> Result:
    """From starting the process to the unlock screen shown, vs a bare PySide6 window."""
    size = sizes(config)
    bufapp_runs: list[Report] = []
    minimal_runs: list[Report] = []
    with desk(parents=0) as place:  # the locked start never reads the database
        for _ in range(size.warmups):
            locked_start(place)
            minimal_start(place)
        medians = compare(
            timed_start(locked_start, place, bufapp_runs),
            timed_start(minimal_start, place, minimal_runs),
            repetitions=size.startups,
            warmups=0,
        )
    note = (
        "fresh process (python -m benchmarks.ui_probe, offscreen) until one event-loop turn "
        "after show(); bufapp via bufapp.__main__.main --vault on an existing vault (unlock "
        "screen), baseline QApplication + QMainWindow + QLabel; interpreter + imports/setup + "
        f"window: bufapp {startup_breakdown(bufapp_runs)} s, minimal "
        f"{startup_breakdown(minimal_runs)} s; median of {size.startups}"
    )
    return Result(
        "startup_to_unlock",
        medians.candidate,
        "s",
        medians.baseline,
        target=STARTUP_TARGET_RATIO,
        target_on="ratio",
        note=note,
    )


# --- unlocking to the parent list --------------------------------------------------------------


def unlock_breakdown(reports: Sequence[Report]) -> str:
    """Medians of the unlock's phases, each since the passphrase was submitted."""

    def phase(name: str) -> float:
        return statistics.median(float(report["phases"][name]) for report in reports)

    return (
        f"workspace back on the GUI thread {phase('to_unlocked'):.3f} s, "
        f"MainWindow.unlocked() returned {phase('unlocked_returned'):.3f} s, "
        f"parent_summaries() done {phase('summaries_done'):.3f} s "
        f"(itself {phase('summaries_seconds'):.3f} s on the database thread), "
        f"rows in the model {phase('rows'):.3f} s"
    )


@benchmark("unlock_to_parent_list")
def unlock_to_parent_list(config: RunConfig) -> Result:
    """From submitting the passphrase (KDF excluded) to a filled parent list."""
    size = sizes(config)
    with desk(parents=size.parents) as place:
        for _ in range(size.warmups):
            unlocked_start(place)
        runs = [unlocked_start(place) for _ in range(size.unlocks)]
    note = (
        f"{place.parents} demo parents; fresh bufapp process at its unlock screen, passphrase "
        "submitted, key derivation replaced by the key derived beforehand; the rest is the "
        "real path (Vault.open, workspace_for on the database thread, MainWindow.unlocked) "
        f"until the list model holds every parent and one more event-loop turn ran; "
        f"{unlock_breakdown(runs)}; median of {size.unlocks}"
    )
    return Result(
        "unlock_to_parent_list",
        median(runs, "unlock_seconds"),
        "s",
        None,
        target=UNLOCK_TARGET_SECONDS,
        target_on="value",
        note=note,
    )


# --- peak memory --------------------------------------------------------------------------------


@benchmark("peak_memory")
def peak_memory(config: RunConfig) -> Result:
    """Peak RSS of bufapp started, unlocked and showing the parent list, vs a bare window."""
    size = sizes(config)
    bufapp_runs: list[Report] = []
    minimal_runs: list[Report] = []
    with desk(parents=size.parents) as place:
        for _ in range(size.memory_pairs):
            bufapp_runs.append(unlocked_start(place))
            minimal_runs.append(minimal_start(place))
    if any(report["peak_mib"] is None for report in bufapp_runs + minimal_runs):
        raise RuntimeError("peak_memory cannot read peak memory here (Linux or macOS only)")
    note = (
        "peak RSS of the probe process since exec (VmHWM on Linux, else ru_maxrss); bufapp "
        f"started, unlocked and showing {place.parents} parents (the unlock_to_parent_list "
        "scenario, Argon2 not run before), baseline "
        "QApplication + QMainWindow + QLabel shown; bufapp at its unlock screen "
        f"{median(bufapp_runs, 'peak_mib_at_unlock_screen'):.0f} MiB; with the key derivation "
        f"run afterwards in the same process ({kdf.MIN_MEMORY_KIB // 1024} MiB floor "
        f"parameters; a calibrated vault uses up to {kdf.MAX_MEMORY_KIB // 1024} MiB) "
        f"{median(bufapp_runs, 'peak_mib_with_kdf_after'):.0f} MiB; "
        f"median of {size.memory_pairs}"
    )
    return Result(
        "peak_memory",
        median(bufapp_runs, "peak_mib"),
        "MiB",
        median(minimal_runs, "peak_mib"),
        target=MEMORY_TARGET_RATIO,
        target_on="ratio",
        note=note,
    )
