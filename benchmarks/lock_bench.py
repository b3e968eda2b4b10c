"""What a lock costs now that it starts the program afresh (issue 17 §1): the time from Ctrl+L to
the new process's lock screen, against a bare PySide6 window's start; and the next unlock (cold,
in the new process) against an unlock after a lock that kept the process (warm), the old way.

SQLCipher's ``cipher_memory_security`` stays off, so reads and writes pay nothing: the storage,
timeline and search figures are the measure of that.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks.registry import Result, RunConfig, benchmark
from benchmarks.storage_workload import BENCH_PASSPHRASE
from benchmarks.ui_bench import PROBE_TIMEOUT_SECONDS, REPOSITORY_ROOT, desk, minimal_start

LOCK_TARGET_RATIO = 2.5


def one_lock(place: object, out: Path) -> dict[str, float]:
    out.unlink(missing_ok=True)
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.lock_probe",
            str(place.vault_dir),  # type: ignore[attr-defined]
            str(out),
            str(place.parents),  # type: ignore[attr-defined]
        ],
        cwd=REPOSITORY_ROOT,
        env=place.environment,  # type: ignore[attr-defined]
        input=BENCH_PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=PROBE_TIMEOUT_SECONDS,
        check=False,
    )
    if finished.returncode != 0 or not out.exists():
        raise RuntimeError(
            f"lock_probe exited with {finished.returncode}: {finished.stderr[-2000:]}"
        )
    return json.loads(out.read_text())


@benchmark("lock_restart")
def lock_restart(config: RunConfig) -> Result:
    """From Ctrl+L to the fresh process's lock screen, vs a bare PySide6 window's start.

    A lock replaces the process by a fresh one (execv), so what it costs is a start; the bare
    window's start (a fresh interpreter, offscreen, the same size) is the least a start costs.
    The next unlocks are in the note: they include the key derivation at the floor."""
    parents = config.pick(quick=5, full=300)
    repetitions = config.pick(quick=1, full=5)
    with desk(parents=parents) as place:
        out = place.vault_dir.parent / "lock-probe.json"
        locks = [one_lock(place, out) for _ in range(repetitions)]
        bare = [minimal_start(place) for _ in range(repetitions)]
    bare_seconds = statistics.median(r["shown"] - r["spawned"] for r in bare)

    def median(key: str) -> float:
        return statistics.median(lock[key] for lock in locks)

    note = (
        f"{place.parents} demo parents; lock → new process's lock screen (execv, offscreen), "
        f"baseline a bare QMainWindow's start; next unlock to the filled list (KDF at the floor "
        f"included): cold after the restart {median('cold_unlock'):.3f} s, warm after an "
        f"in-process lock {median('warm_unlock'):.3f} s; median of {repetitions}"
    )
    return Result(
        "lock_restart",
        median("lock_to_screen"),
        "s",
        bare_seconds,
        target=LOCK_TARGET_RATIO,
        target_on="ratio",
        note=note,
    )
