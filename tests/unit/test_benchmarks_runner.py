"""The performance suite runs end to end (``--quick``) and writes the JSON later issues rely on."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
FIRST_FIGURES = {"vault_insert_query", "vault_open", "vault_open_600mb", "vault_check_600mb", "kdf"}
DESKTOP_FIGURES = {
    "startup_to_unlock",
    "unlock_to_parent_list",
    "unlock_3000_parents",
    "unlock_600mb_vault",
    "peak_memory",
    "peak_memory_with_kdf",
}
CONTACT_FIGURES = {"timeline_20k", "search_1m"}
CONTACT_RATIOS = {"timeline_20k_vs_plain", "search_1m_vs_plain", "timeline_growth", "search_growth"}
FIGURE_KEYS = {"value", "unit", "baseline", "ratio", "target", "target_on"}
RUN_KEY = "_run"


def is_positive_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def run_quick_suite(json_path: Path, *only: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    chosen = [f"--only={name}" for name in only]
    return subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(json_path), *chosen],
        cwd=REPOSITORY_ROOT,
        env=env,
        capture_output=True,
        text=True,
        # A guard against a hang, not a speed check: the quick suite starts several programs
        # (bufapp, a bare window, a lock that restarts the process) on a shared 2-core machine.
        timeout=240,
    )


def test_quick_run_reports_every_figure_in_json(tmp_path: Path) -> None:
    out = tmp_path / "out.json"

    finished = run_quick_suite(out)

    assert finished.returncode == 0, finished.stderr
    assert "vault_insert_query" in finished.stdout  # the table is printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    del figures[RUN_KEY]  # the run's load, checked below
    assert set(figures) >= FIRST_FIGURES | DESKTOP_FIGURES | CONTACT_FIGURES | CONTACT_RATIOS
    for name, figure in figures.items():
        assert set(figure) == FIGURE_KEYS, name
        assert is_positive_number(figure["value"]), name
        assert is_positive_number(figure["target"]), name
        assert figure["target_on"] in {"ratio", "value"}, name
        if figure["baseline"] is None:
            assert figure["ratio"] is None, name
            assert figure["target_on"] == "value", name
        else:
            assert is_positive_number(figure["baseline"]), name
            assert math.isclose(figure["ratio"], figure["value"] / figure["baseline"]), name
    assert figures["kdf"]["baseline"] is None
    assert figures["vault_insert_query"]["target_on"] == "ratio"
    assert figures["vault_open"]["target_on"] == "value"
    for name in ("vault_open_600mb", "vault_check_600mb"):  # growth: against 60 MB
        assert figures[name]["target_on"] == "ratio", name
    assert figures["startup_to_unlock"]["target_on"] == "ratio"
    assert figures["unlock_to_parent_list"]["target_on"] == "value"
    assert figures["peak_memory"]["unit"] == "MiB"
    assert figures["peak_memory"]["target_on"] == "ratio"
    for name in ("unlock_3000_parents", "unlock_600mb_vault"):  # growth: against 300 parents
        assert figures[name]["target_on"] == "ratio", name
    for name in CONTACT_FIGURES:  # milliseconds against an absolute target, beside plain sqlite3
        assert figures[name]["unit"] == "ms", name
        assert figures[name]["target_on"] == "value", name
        assert figures[name]["baseline"] is not None, name
    for name in CONTACT_RATIOS:  # against plain sqlite3, or the small office against the large
        assert figures[name]["target_on"] == "ratio", name


def test_a_run_reports_the_machine_load_at_its_start_and_end(tmp_path: Path) -> None:
    out = tmp_path / "out.json"

    finished = run_quick_suite(out, "kdf")

    assert finished.returncode == 0, finished.stderr
    assert "Machine load (1/5/15 min" in finished.stdout
    run = json.loads(out.read_text(encoding="utf-8"))[RUN_KEY]
    assert run["cores"] == os.cpu_count()
    for when in ("load_at_start", "load_at_end"):
        assert len(run[when]) == 3, when
        assert all(isinstance(value, float) and value >= 0 for value in run[when]), when
