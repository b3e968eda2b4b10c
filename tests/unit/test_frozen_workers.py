"""A frozen build (issue 24) starts the archive export's worker processes by running the program
itself again: ``main`` must hand such a start to multiprocessing before anything else, and an
ordinary start must not pay for importing multiprocessing."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys

import pytest

from bufapp import __main__ as entry


class WorkerStart(Exception):
    """Stands for freeze_support running a worker and exiting."""


def test_a_frozen_program_lets_multiprocessing_run_a_worker_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def run_worker() -> None:
        raise WorkerStart

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(multiprocessing, "freeze_support", run_worker)
    monkeypatch.setattr(entry.crash_report, "install", pytest.fail)  # not reached first
    with pytest.raises(WorkerStart):
        entry.main(["--version"])


def test_an_ordinary_start_does_not_import_multiprocessing() -> None:
    code = (
        "import sys\n"
        "from bufapp import __main__ as entry\n"
        "try:\n    entry.main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print('multiprocessing' in sys.modules)\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip().splitlines()[-1] == "False"
