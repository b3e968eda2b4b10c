"""SIGKILL during writes: every acknowledged commit survives, no transaction is half there, and
the vault stays intact — round after round on the same vault.

A child process (crash_writer.py) commits and prints ``ACK`` after each commit; the test kills it
at a random moment (seeded) and reopens the vault here. Timeouts are generous and nothing is
timed, so a loaded two-core machine only makes the test slower, never flaky. To hide the child's
start-up cost, the next child is started (and imports everything) while the current one writes;
it only opens the vault when told to.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import text

from bufapp.storage import integrity
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, CreatedVault
from tests.storage.crash_writer import ENTRIES

ROUNDS = 20
SEED = 20261122
WRITER = Path(__file__).with_name("crash_writer.py")
START_TIMEOUT = 120.0  # import + KDF + first commit on a very busy machine
EXIT_TIMEOUT = 60.0


@dataclass
class Child:
    process: subprocess.Popen[str]
    stderr_path: Path
    acks: list[tuple[str, str]] = field(default_factory=list)
    first_ack: threading.Event = field(default_factory=threading.Event)
    ready: threading.Event = field(default_factory=threading.Event)
    reader: threading.Thread | None = None

    def read(self, stdout: IO[str]) -> None:
        for line in stdout:
            parts = line.split()
            if parts == ["READY"]:
                self.ready.set()
            elif len(parts) == 3 and parts[0] == "ACK":
                self.acks.append((parts[1], parts[2]))
                self.first_ack.set()

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")[-3000:]


def _spawn(directory: Path, round_number: int, logs: Path) -> Child:
    env = dict(os.environ, BUFAPP_TEST_PASSPHRASE=PASSPHRASE)
    stderr_path = logs / f"writer-{round_number:02d}.stderr"
    with open(stderr_path, "w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(directory), str(round_number)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=Path(__file__).parents[2],
        )
    child = Child(process, stderr_path)
    assert process.stdout is not None
    child.reader = threading.Thread(target=child.read, args=(process.stdout,), daemon=True)
    child.reader.start()
    return child


def _kill(child: Child) -> None:
    if child.process.poll() is None:
        child.process.send_signal(signal.SIGKILL)
    child.process.wait(timeout=EXIT_TIMEOUT)
    assert child.reader is not None
    child.reader.join(timeout=EXIT_TIMEOUT)  # the pipe ends: every ACK written has been read
    for stream in (child.process.stdin, child.process.stdout):
        if stream is not None:
            stream.close()


def _verify(directory: Path, acknowledged: dict[str, str]) -> int:
    """Reopen after the crash; every acknowledged row is there, big units are whole, intact."""
    vault = Vault.open(directory, PASSPHRASE)
    try:
        report = integrity.check(vault)
        assert report.ok, report.problems
        with vault.engine.connect() as connection:
            present = dict(
                connection.execute(
                    text(
                        "SELECT p.family_name, count(c.id) FROM parent p "
                        "LEFT JOIN contact_entry c ON c.parent_id = p.id GROUP BY p.id"
                    )
                ).all()
            )
            parents = connection.execute(text("SELECT count(*) FROM parent")).scalar_one()
        assert parents == len(present), "a name was committed twice"
        missing = sorted(name for name in acknowledged if name not in present)
        assert missing == [], f"acknowledged commits lost: {missing[:10]}"
        # A unit of work is all or nothing, acknowledged or not.
        for name, entries in present.items():
            expected = ENTRIES if int(name.split("-N")[1]) % 4 == 3 else 0
            assert entries == expected, f"{name} has {entries} contact entries"
        return len(present)
    finally:
        vault.lock()


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_acknowledged_commit(
    created_vault: CreatedVault, tmp_path: Path
) -> None:
    directory = created_vault.directory
    created_vault.vault.lock()  # the child process is the only writer
    logs = tmp_path / "logs"
    logs.mkdir()
    rng = random.Random(SEED)
    acknowledged: dict[str, str] = {}

    spawned: list[Child] = []

    def spawn(round_number: int) -> Child:
        child = _spawn(directory, round_number, logs)
        spawned.append(child)
        return child

    upcoming: Child | None = spawn(0)
    try:
        for round_number in range(ROUNDS):
            assert upcoming is not None
            child = upcoming
            assert child.ready.wait(START_TIMEOUT), f"writer did not start: {child.stderr()}"
            assert child.process.stdin is not None
            child.process.stdin.write("GO\n")
            child.process.stdin.flush()
            # Start the next writer now, so its imports overlap with this round's writes.
            upcoming = spawn(round_number + 1) if round_number + 1 < ROUNDS else None

            assert child.first_ack.wait(START_TIMEOUT), f"no commit acknowledged: {child.stderr()}"
            time.sleep(rng.uniform(0.05, 0.6))
            if child.process.poll() is not None:
                pytest.fail(f"writer ended by itself: {child.stderr()}")
            _kill(child)

            acknowledged.update((name, kind) for kind, name in child.acks)
            total = _verify(directory, acknowledged)
            assert total >= len(acknowledged)
    finally:
        for leftover in spawned:  # never leave a writer behind, whatever failed
            _kill(leftover)

    assert len(acknowledged) >= ROUNDS
    assert any(kind == "big" for kind in acknowledged.values())
