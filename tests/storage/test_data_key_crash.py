"""SIGKILL while the data key is being changed, again and again (issue 17 §4): whatever moment
the process dies at — writing the pending key file, recording the change, inside SQLCipher's
rekey, replacing the key file — the passphrase opens the vault afterwards with every record and
an intact audit trail, and no pending key file is left once it has.

The child (rekey_crasher.py) changes the key in a loop; the test kills it at a random moment
(seeded), half the rounds soon after a re-encryption began. Nothing is timed: the pause only
spreads the kills over the steps."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from bufapp.domain.entities import Parent
from bufapp.services.audit import AuditService
from bufapp.services.register import RegisterService
from bufapp.storage import key_change
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, CreatedVault
from tests.storage.helpers import add_sample_register, dump_tables

ROUNDS = 10
SEED = 20261207
CHILD = Path(__file__).with_name("rekey_crasher.py")


def _kill_while_changing(directory: Path, pause: float, inside_rekey: bool) -> None:
    """Start the child and kill it ``pause`` seconds after it opened the vault, or, when
    ``inside_rekey``, ``pause`` seconds after its first re-encryption began."""
    root = Path(__file__).parents[2]
    env = dict(os.environ, BUFAPP_TEST_PASSPHRASE=PASSPHRASE)
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")])  # this checkout
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(directory)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=root,
    )
    assert process.stdout is not None
    try:
        assert process.stdout.readline().strip() == "OPEN"
        if inside_rekey:
            assert process.stdout.readline().strip() == "REKEYING"
        try:
            process.wait(timeout=pause)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL  # it was changing keys, not failing


def test_a_kill_at_any_moment_of_a_data_key_change_loses_nothing(
    created_vault: CreatedVault,
) -> None:
    vault, directory = created_vault.vault, created_vault.directory
    register = RegisterService(lambda: UnitOfWork(vault.session_factory))
    add_sample_register(register, parents=6)
    with UnitOfWork(vault.session_factory) as uow:  # pages enough for kills inside the rekey
        for n in range(300):
            uow.parents.add(Parent("Stor", f"N{n:03d}", notes="Lang merknad. " * 1000))
        uow.commit()
    data = dump_tables(vault)
    vault.lock()
    chance = random.Random(SEED)
    for _ in range(ROUNDS):
        inside_rekey = chance.random() < 0.5
        pause = chance.uniform(0.0, 0.15) if inside_rekey else chance.uniform(0.05, 1.5)
        _kill_while_changing(directory, pause, inside_rekey)
        with Vault.open(directory, PASSPHRASE) as reopened:
            assert dump_tables(reopened) == data
            report = AuditService(lambda: UnitOfWork(reopened.session_factory)).verify()
            assert report.intact, report.problem
        assert not key_change.pending_path(directory).exists()
