"""Run the registered figures, print the table, optionally write JSON.

A missed target is reported (MISSED), never a failure: the exit code is 0 unless a benchmark
itself breaks (1) or the command line is wrong (2).

The machine's load average is printed at the start and the end of a run and written to the JSON
under ``RUN_KEY`` (beside the figures, each under its own name): a figure measured while other
work ran is only comparable with one measured under a similar load.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from benchmarks.registry import BenchmarkFunction, Result, RunConfig, all_benchmarks

COLUMNS = ("name", "value", "unit", "baseline", "ratio", "target", "meets")
MISSED = "MISSED"
RUN_KEY = "_run"  # in the JSON: about the run, not a figure


def machine_load() -> list[float] | None:
    """The load average over 1, 5 and 15 minutes (None where the system has none, e.g. Windows)."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def describe_load(load: list[float] | None) -> str:
    return "unknown" if load is None else "/".join(f"{value:.2f}" for value in load)


LOAD_HEADING = f"machine load (1/5/15 min, {os.cpu_count()} cores)"


def parse_args(argv: Sequence[str] | None, available: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="bufapp's performance figures, each next to a baseline from the same run.",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes (for the test suite); numbers are noise"
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help=f"run only these (repeatable or comma separated): {', '.join(available)}",
    )
    args = parser.parse_args(argv)
    args.only = chosen_names(args.only, available, parser)
    return args


def chosen_names(
    only: list[str] | None, available: Sequence[str], parser: argparse.ArgumentParser
) -> list[str]:
    if not only:
        return list(available)
    wanted = {name.strip() for option in only for name in option.split(",") if name.strip()}
    unknown = sorted(wanted - set(available))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(available)}")
    return [name for name in available if name in wanted]  # registration order


def run_one(name: str, function: BenchmarkFunction, config: RunConfig) -> Result | None:
    print(f"running {name} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    try:
        result = function(config)
    except Exception:
        traceback.print_exc()
        print(f"ERROR in {name}", file=sys.stderr, flush=True)
        return None
    if result.name != name:
        raise ValueError(f"benchmark {name!r} returned a result named {result.name!r}")
    seconds = time.perf_counter() - started
    print(
        f"  {name} done in {seconds:.1f} s; load {describe_load(machine_load())}",
        file=sys.stderr,
        flush=True,
    )
    return result


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.4g}"


def _target(result: Result) -> str:
    if result.target_low is not None:
        return f"{result.target_on} {result.target_low:g}–{result.target:g}"
    return f"{result.target_on} <= {result.target:g}"


def table_rows(results: Sequence[Result]) -> list[tuple[str, ...]]:
    return [
        (
            r.name,
            _number(r.value),
            r.unit,
            _number(r.baseline),
            "-" if r.ratio is None else f"{r.ratio:.2f}",
            _target(r),
            "yes" if r.meets_target else MISSED,
        )
        for r in results
    ]


def format_table(results: Sequence[Result]) -> str:
    rows = [COLUMNS, *table_rows(results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    notes = [f"  {r.name}: {r.note}" for r in results if r.note]
    if notes:
        lines += ["", "notes:", *notes]
    return "\n".join(line.rstrip() for line in lines)


def run_json(
    results: Sequence[Result], load_at_start: list[float] | None, load_at_end: list[float] | None
) -> dict[str, object]:
    """Every figure under its name, and the run's circumstances under ``RUN_KEY``."""
    run = {"cores": os.cpu_count(), "load_at_start": load_at_start, "load_at_end": load_at_end}
    return {RUN_KEY: run, **{result.name: result.to_json() for result in results}}


def write_json(path: Path, figures: dict[str, object]) -> None:
    path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def summary(results: Sequence[Result], failed: Sequence[str], seconds: float) -> str:
    missed = [r.name for r in results if not r.meets_target]
    text = f"{len(results)} figure(s) in {seconds:.1f} s."
    if missed:
        text += f" {MISSED} target: {', '.join(missed)} (reported, not a failure)."
    if failed:
        text += f" ERROR in: {', '.join(failed)}."
    return text


def main(argv: Sequence[str] | None = None) -> int:
    benchmarks = all_benchmarks()
    args = parse_args(argv, list(benchmarks))
    config = RunConfig(quick=args.quick)
    load_at_start = machine_load()
    print(f"{LOAD_HEADING}: {describe_load(load_at_start)}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    results: list[Result] = []
    failed: list[str] = []
    for name in args.only:
        result = run_one(name, benchmarks[name], config)
        if result is None:
            failed.append(name)
        else:
            results.append(result)
    load_at_end = machine_load()
    mode = "quick run: tiny sizes, numbers are noise" if config.quick else "full run"
    print(f"bufapp benchmarks ({mode}; lower is better)\n")
    print(format_table(results))
    print()
    print(summary(results, failed, time.perf_counter() - started))
    print(
        f"{LOAD_HEADING.capitalize()}: {describe_load(load_at_start)} at the start, "
        f"{describe_load(load_at_end)} at the end."
    )
    if args.json is not None:
        write_json(args.json, run_json(results, load_at_start, load_at_end))
    return 1 if failed else 0
