"""Every way to set a passphrase measures it the same way: creating a vault in storage and
bufapp-admin, which also knows the office's and caseworker's names it was given (issue 17 §6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bufapp.cli import main
from bufapp.errors import WeakPassphrase
from bufapp.storage.vault import Vault

GUESSABLE = ["Password123", "sommer2026!", "barnevern1"]


@pytest.mark.parametrize("guessable", GUESSABLE)
def test_storage_refuses_a_guessable_passphrase_and_creates_nothing(
    vault_dir: Path, guessable: str
) -> None:
    with pytest.raises(WeakPassphrase, match="for lett å gjette"):
        Vault.create(vault_dir, guessable)
    assert not vault_dir.exists()


def _init(vault: Path, passphrase_file: Path, *names: str) -> int:
    office = ["--office", names[0], "--caseworker", names[1]] if names else []
    return main(["init", "--vault", str(vault), "--passphrase-file", str(passphrase_file), *office])


def test_the_cli_refuses_a_passphrase_made_of_the_names_it_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BUFAPP_PASSPHRASE", raising=False)
    secret = tmp_path / "pass"
    secret.write_text("Åse Øvrebø Fjellvik\n", encoding="utf-8")
    vault = tmp_path / "v"
    assert _init(vault, secret, "Fjellvik kommune", "Åse Øvrebø") == 1
    said = capsys.readouterr().err
    assert "navn på kontoret, kommunen eller deg selv" in said
    assert said.rstrip().endswith("Ingenting ble endret.")
    assert not vault.exists()
