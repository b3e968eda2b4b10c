"""bufapp-admin end to end on real vaults: exit codes, messages, nothing changed on failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bufapp.cli import main
from bufapp.security import keyfile
from bufapp.storage.vault import DB_FILE_NAME
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.recovery_typos import with_caught_typo


@pytest.fixture
def secrets_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "secrets"
    folder.mkdir()
    (folder / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (folder / "new").write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    (folder / "wrong").write_text("helt feil passord\n", encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def no_secrets_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "BUFAPP_PASSPHRASE",
        "BUFAPP_NEW_PASSPHRASE",
        "BUFAPP_RECOVERY_KEY",
        "BUFAPP_VAULT",
    ):
        monkeypatch.delenv(name, raising=False)


def _check(vault: Path, secret_file: Path) -> int:
    return main(["check", "--vault", str(vault), "--passphrase-file", str(secret_file)])


def _init(vault: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Create a vault through the CLI and return the recovery key it printed."""
    code = main(
        [
            "init",
            "--vault",
            str(vault),
            "--passphrase-file",
            str(secrets_dir / "pass"),
            "--office",
            "Fjellvik kommune",
            "--caseworker",
            "Åse Øvrebø",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    key_line = next(line.strip() for line in out.splitlines() if line.count("-") == 7)
    return key_line


def test_init_prints_recovery_key_once_and_check_passes(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    recovery_key = _init(vault, secrets_dir, capsys)
    assert len(recovery_key.replace("-", "")) == 40
    assert (vault / DB_FILE_NAME).exists() and keyfile.exists(vault)
    assert recovery_key not in (vault / keyfile.KEY_FILE_NAME).read_text()

    assert _check(vault, secrets_dir / "pass") == 0
    assert "OK" in capsys.readouterr().out


def test_init_refuses_existing_vault(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    _init(vault, secrets_dir, capsys)
    before = (vault / keyfile.KEY_FILE_NAME).read_bytes()
    assert main(["init", "--vault", str(vault), "--passphrase-file", str(secrets_dir / "new")]) == 1
    assert "finnes allerede" in capsys.readouterr().err
    assert (vault / keyfile.KEY_FILE_NAME).read_bytes() == before


def test_wrong_passphrase_says_so_and_changes_nothing(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    _init(vault, secrets_dir, capsys)
    before = (vault / keyfile.KEY_FILE_NAME).read_bytes()
    code = main(
        [
            "passwd",
            "--vault",
            str(vault),
            "--passphrase-file",
            str(secrets_dir / "wrong"),
            "--new-passphrase-file",
            str(secrets_dir / "new"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip() == "bufapp-admin: Feil passord. Ingenting ble endret."
    assert (vault / keyfile.KEY_FILE_NAME).read_bytes() == before


def test_passwd_then_recover(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    recovery_key = _init(vault, secrets_dir, capsys)
    assert (
        main(
            [
                "passwd",
                "--vault",
                str(vault),
                "--passphrase-file",
                str(secrets_dir / "pass"),
                "--new-passphrase-file",
                str(secrets_dir / "new"),
            ]
        )
        == 0
    )
    assert _check(vault, secrets_dir / "pass") == 1
    assert _check(vault, secrets_dir / "new") == 0

    (secrets_dir / "key").write_text(recovery_key.lower().replace("-", " ") + "\n")
    assert (
        main(
            [
                "recover",
                "--vault",
                str(vault),
                "--recovery-key-file",
                str(secrets_dir / "key"),
                "--new-passphrase-file",
                str(secrets_dir / "pass"),
            ]
        )
        == 0
    )
    assert _check(vault, secrets_dir / "pass") == 0


def test_recover_reports_typo_by_group(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    recovery_key = _init(vault, secrets_dir, capsys)
    (secrets_dir / "key").write_text(with_caught_typo(recovery_key, 2))
    code = main(
        [
            "recover",
            "--vault",
            str(vault),
            "--recovery-key-file",
            str(secrets_dir / "key"),
            "--new-passphrase-file",
            str(secrets_dir / "new"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "gruppe 3" in err


def test_backup_and_restore_round_trip(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    _init(vault, secrets_dir, capsys)
    backup_file = tmp_path / "kopi.bufbackup"
    assert (
        main(
            [
                "backup",
                "--vault",
                str(vault),
                "--passphrase-file",
                str(secrets_dir / "pass"),
                "--to",
                str(backup_file),
            ]
        )
        == 0
    )
    assert backup_file.exists()

    assert main(["restore", "--from", str(backup_file), "--vault", str(vault)]) == 1
    assert "--force" in capsys.readouterr().err

    restored = tmp_path / "gjenopprettet"
    passphrase = ["--passphrase-file", str(secrets_dir / "pass")]  # the backup is opened first
    assert main(["restore", "--from", str(backup_file), "--vault", str(restored), *passphrase]) == 0
    assert _check(restored, secrets_dir / "pass") == 0

    command = ["restore", "--from", str(backup_file), "--vault", str(vault), "--force"]
    assert main([*command, *passphrase]) == 0
    out = capsys.readouterr().out
    assert "flyttet til" in out
    moved = [p for p in tmp_path.iterdir() if p.name.startswith("v.erstattet-")]
    assert len(moved) == 1 and (moved[0] / DB_FILE_NAME).exists()


def test_damaged_vault_check_exits_1_with_restore_advice(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    _init(vault, secrets_dir, capsys)
    db = vault / DB_FILE_NAME
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0xFF
    db.write_bytes(bytes(data))
    code = _check(vault, secrets_dir / "pass")
    err = capsys.readouterr().err
    assert code == 1
    assert "restore" in err
    assert "Traceback" not in err


def test_missing_secret_without_terminal_is_one_clear_line(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _init(tmp_path / "v", secrets_dir, capsys)
    env = {**os.environ, "BUFAPP_KDF_MINIMUM": "1"}
    env.pop("BUFAPP_PASSPHRASE", None)
    result = subprocess.run(
        [sys.executable, "-m", "bufapp.cli", "check", "--vault", str(tmp_path / "v")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("bufapp-admin: Passord mangler")


def test_usage_error_exits_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bufapp.cli", "backup", "--vault", str(tmp_path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "--to" in result.stderr


def test_open_of_missing_vault_is_reported(
    tmp_path: Path, secrets_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "check",
                "--vault",
                str(tmp_path / "ingen"),
                "--passphrase-file",
                str(secrets_dir / "pass"),
            ]
        )
        == 1
    )
    assert "Fant ingen" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        ([], "Mangler KOMMANDO."),
        (["backup"], "Mangler --to."),
        (["backup", "--to"], "--to må ha en verdi etter seg."),
        (["demo", "--parents", "abc"], "--parents må være et helt tall, ikke «abc»."),
        (["audit", "nope"], "operation kan ikke være «nope»; velg en av 'verify'."),
        (["check", "--bogus"], "Ukjent: --bogus."),
        (["tull"], "KOMMANDO kan ikke være «tull»"),
    ],
)
def test_usage_errors_are_said_in_norwegian_and_exit_2(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from bufapp.cli import main

    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("Bruk: bufapp-admin") and said in err
    for english in ("usage:", "required", "unrecognized", "invalid", "expected", "choose from"):
        assert english not in err
