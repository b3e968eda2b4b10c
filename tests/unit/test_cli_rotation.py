"""bufapp-admin rekey and recovery-key (issue 17 §4) on real vaults: each prints the new
recovery key once, the old key opens nothing any more, and --confirm marks the new one."""

from __future__ import annotations

from pathlib import Path

import pytest

from bufapp.cli import main
from bufapp.errors import WrongRecoveryKey
from bufapp.storage import key_change
from bufapp.storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.storage.helpers import wrapped_data_key


@pytest.fixture(autouse=True)
def no_secrets_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BUFAPP_PASSPHRASE", "BUFAPP_NEW_PASSPHRASE", "BUFAPP_RECOVERY_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str, Path]:
    """A vault, its first recovery key, and a file holding its passphrase."""
    directory = tmp_path / "vault"
    vault, recovery_key = Vault.create(directory, PASSPHRASE)
    vault.lock()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return directory, recovery_key, secret


def _printed_key(out: str) -> str:
    return next(line.strip() for line in out.splitlines() if line.count("-") == 7)


def _confirmed(directory: Path) -> bool:
    with Vault.open(directory, PASSPHRASE) as vault:
        return vault.recovery_key_confirmed


def _confirm(directory: Path, secret: Path, key_file: Path) -> int:
    return main(
        [
            "recovery-key",
            "--confirm",
            "--vault",
            str(directory),
            "--passphrase-file",
            str(secret),
            "--recovery-key-file",
            str(key_file),
        ]
    )


def test_rekey_changes_the_data_key_and_prints_a_new_recovery_key(
    made: tuple[Path, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory, old_recovery_key, secret = made
    old_data_key = wrapped_data_key(directory, PASSPHRASE)
    assert main(["rekey", "--vault", str(directory), "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    new_recovery_key = _printed_key(out)
    assert new_recovery_key != old_recovery_key
    assert "Sikkerhetskopier tatt før i dag" in out
    assert "ikke bekreftet" in out  # no terminal here to retype it at
    assert not key_change.opens(directory / "bufapp.db", old_data_key)

    with pytest.raises(WrongRecoveryKey):
        Vault.recover(directory, old_recovery_key, NEW_PASSPHRASE)
    assert not _confirmed(directory)
    typed = tmp_path / "key"
    typed.write_text(old_recovery_key + "\n")
    assert _confirm(directory, secret, typed) == 1
    assert "ikke den som gjelder" in capsys.readouterr().err
    typed.write_text(new_recovery_key.lower() + "\n")
    assert _confirm(directory, secret, typed) == 0
    assert _confirmed(directory)
    Vault.recover(directory, new_recovery_key, NEW_PASSPHRASE).lock()


def test_recovery_key_replaces_a_confirmed_key(
    made: tuple[Path, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory, old_recovery_key, secret = made
    with Vault.open(directory, PASSPHRASE) as vault:
        vault.confirm_recovery_key()  # a lost sheet of a confirmed key is replaceable too
    assert main(["recovery-key", "--vault", str(directory), "--passphrase-file", str(secret)]) == 0
    new_recovery_key = _printed_key(capsys.readouterr().out)
    assert not _confirmed(directory)
    typed = tmp_path / "key"
    typed.write_text(new_recovery_key)
    assert _confirm(directory, secret, typed) == 0
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(directory, old_recovery_key, NEW_PASSPHRASE)


class _Terminal:
    """stdin as a terminal: the key is asked for again there (getpass answers below)."""

    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_new_key_is_typed_back_and_a_wrong_one_asked_again(
    made: tuple[Path, str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    directory, old_recovery_key, secret = made
    printed: list[str] = []

    def typed_back(prompt: str) -> str:
        if not printed:
            printed.append(_printed_key(capsys.readouterr().out))
            return old_recovery_key  # the old sheet, by mistake
        return printed[0]

    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", typed_back)
    assert main(["rekey", "--vault", str(directory), "--passphrase-file", str(secret)]) == 0
    captured = capsys.readouterr()
    assert "ikke den som gjelder" in captured.err
    assert "Gjenopprettingsnøkkelen er bekreftet." in captured.out
    assert _confirmed(directory)
