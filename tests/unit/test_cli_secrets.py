"""Issue 17 §2: a secret given to bufapp-admin in the environment leaves the environment at once,
so no process bufapp-admin starts inherits it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bufapp.cli import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, RECOVERY_KEY_ENV, main
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE

SECRETS = (PASSPHRASE_ENV, NEW_PASSPHRASE_ENV, RECOVERY_KEY_ENV)


def _seen_by_a_child_process() -> list[str]:
    names = ",".join(repr(name) for name in SECRETS)
    probe = f"import os; print(','.join(n for n in ({names},) if n in os.environ))"
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()
    return [name for name in found.split(",") if name]


def test_secrets_leave_the_environment_once_read(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].lock()
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    # Given but not needed by ``check``: it must not linger either.
    monkeypatch.setenv(NEW_PASSPHRASE_ENV, "nytt-passord ŋšž 2")
    monkeypatch.setenv(RECOVERY_KEY_ENV, "ABCDE")

    assert main(["check", "--vault", str(vault_dir)]) == 0, capsys.readouterr().err

    assert [name for name in SECRETS if name in os.environ] == []
    assert _seen_by_a_child_process() == []
