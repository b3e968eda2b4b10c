"""§1 of issue 17: after a lock, the process holds nothing of the session.

A real session runs in its own process (``memory_session.py``): unlock, every parent's card and
contact log, a PDF preview. Then a second reader scans that process's memory through
``/proc/PID/mem``, as an attacker with the sleeping laptop would: first during the session (the
scan must find what was shown, or it proves nothing), then after Ctrl+L, when it must find no
copy of the data key (raw, or as the hex of ``PRAGMA key``), of the audit-chain key, of any
national ID shown or of any marker sentence from the contact log.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bufapp.app import register_for
from bufapp.demo.fill import fill_demo
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import ContactForm
from bufapp.security import audit_mac, kdf, keyfile
from bufapp.services.contacts.log import ContactLogService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/mem"),
]

DRIVER = Path(__file__).with_name("memory_session.py")
PARENTS = 8


def _vault_with_markers(directory: Path) -> tuple[list[str], list[str]]:
    """A vault of invented parents, each with one contact whose text is a unique marker."""
    vault, _recovery = Vault.create(directory, PASSPHRASE, kdf.minimum_params())
    try:
        register = register_for(vault)
        fill_demo(register, parents=PARENTS, seed=3)
        log = ContactLogService(lambda: UnitOfWork(vault.session_factory))
        ids, markers = [], []
        for number, summary in enumerate(register.parent_summaries()):
            parent = register.parent(summary.id)
            if parent.national_id:  # a few demo parents have none registered yet
                ids.append(parent.national_id)
            marker = f"Minnetestens merkesetning {number:03d} om samvaer og bolig."
            markers.append(marker)
            when = datetime.now(UTC) - timedelta(days=1, minutes=number)
            log.save(ContactEntry(summary.id, when, ContactForm.PHONE, summary=marker), final=True)
        assert len(ids) >= PARENTS // 2
        return ids, markers
    finally:
        vault.lock()


def _keys(directory: Path) -> list[bytes]:
    """The data key and the audit-chain key, found here as an attacker with the passphrase."""
    stored = keyfile.read(directory)
    data_key = bytes(stored.unwrap_passphrase(kdf.derive_key(PASSPHRASE, stored.kdf)))
    return [data_key, audit_mac.chain_key(data_key, stored.vault_id)]


def _needles(keys: list[bytes], ids: list[str], markers: list[str]) -> dict[str, list[bytes]]:
    """What to look for, in each form it can take in memory (Python str, UTF-8, Qt's UTF-16)."""
    found: dict[str, list[bytes]] = {}
    for number, key in enumerate(keys):
        found[f"nøkkel {number}"] = [key, key.hex().encode(), key.hex().upper().encode()]
    for text in [*ids, *markers]:
        found[text] = [text.encode(), text.encode("utf-16-le")]
    return found


def _readable_regions(pid: int) -> Iterator[tuple[int, int]]:
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        fields = line.split()
        span, perms = fields[0], fields[1]
        name = fields[5] if len(fields) > 5 else ""
        if perms[0] != "r" or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
            continue
        start, end = (int(part, 16) for part in span.split("-"))
        yield start, end


def _scan(pid: int, needles: dict[str, list[bytes]]) -> dict[str, int]:
    hits = dict.fromkeys(needles, 0)
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as memory:
        for start, end in _readable_regions(pid):
            try:
                memory.seek(start)
                region = memory.read(end - start)
            except OSError:
                continue  # a guard page or a mapping gone since /maps was read
            for name, forms in needles.items():
                hits[name] += sum(region.count(form) for form in forms)
    return hits


def _wait_for(path: Path, process: subprocess.Popen[bytes], seconds: float = 180) -> int:
    deadline = time.monotonic() + seconds
    while not path.exists() or not path.read_text():
        if process.poll() is not None:
            raise AssertionError(f"the session ended early:\n{process.stderr.read().decode()}")  # type: ignore[union-attr]
        if time.monotonic() > deadline:
            raise AssertionError(f"no {path.name} after {seconds} s")
        time.sleep(0.1)
    return int(path.read_text())


def test_after_lock_nothing_of_the_session_is_left_in_memory(tmp_path: Path) -> None:
    if not os.access("/proc/self/mem", os.R_OK):
        pytest.skip("this machine does not let a process read another's memory")
    vault, work = tmp_path / "vault", tmp_path / "work"
    work.mkdir()
    ids, markers = _vault_with_markers(vault)
    needles = _needles(_keys(vault), ids, markers)
    environment = {
        **os.environ,
        "MEMORY_SESSION_PASSPHRASE": PASSPHRASE,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(Path(__file__).parents[2]),
    }
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(vault), str(work)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        pid = _wait_for(work / "browsed", process)
        try:
            during = _scan(pid, needles)
        except PermissionError:
            pytest.skip("reading another process's memory needs CAP_SYS_PTRACE here")
        # The scan sees what the session showed, so a clean scan after the lock means something.
        assert during["nøkkel 0"] > 0, "the scan did not find the data key during the session"
        assert sum(during[text] > 0 for text in ids) == len(ids), during
        assert sum(during[text] > 0 for text in markers) > 0, during

        (work / "go").write_text("1")
        assert _wait_for(work / "locked", process) == pid  # the same process, started afresh
        after = _scan(pid, needles)
        left = {name: count for name, count in after.items() if count}
        assert left == {}, f"left in memory after lock: {left}"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
