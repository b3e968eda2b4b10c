"""Issue 17 §2: the key file cannot be downgraded, and its settings cannot be made a bomb.

Each test performs the attack on a real vault: someone who can write the vault folder edits the
Argon2id settings of the passphrase slot in both copies and recomputes the plain checksum.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bufapp.cli import main as cli_main
from bufapp.errors import KeyFileDamaged, WrongPassphrase, WrongRecoveryKey
from bufapp.security import kdf, keyfile, keywrap, recovery
from bufapp.storage.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, CreatedVault
from tests.storage.helpers import key_file_bytes

EIGHT_MIB = 8 * 1024
TAMPERED = "endret"  # every refusal says the key file was damaged or changed by someone


def _rewrite_both_copies(directory: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Edit the JSON body of both copies and recompute the checksum, as an attacker can."""
    for name in (keyfile.KEY_FILE_NAME, keyfile.MIRROR_FILE_NAME):
        path = directory / name
        body = json.loads(path.read_text(encoding="utf-8"))
        del body["checksum"]
        change(body)
        body["checksum"] = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
        path.write_text(json.dumps(body, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _set_passphrase_kdf(directory: Path, **settings: object) -> None:
    _rewrite_both_copies(
        directory, lambda body: body["slots"]["passphrase"]["kdf"].update(settings)
    )


@pytest.fixture
def locked(created_vault: CreatedVault) -> CreatedVault:
    created_vault.vault.lock()
    return created_vault


def _on_disk_kdf(directory: Path) -> dict[str, object]:
    return json.loads((directory / keyfile.KEY_FILE_NAME).read_text())["slots"]["passphrase"]["kdf"]


# --- the downgrade ---------------------------------------------------------------------------------


def test_a_downgraded_key_file_is_refused_as_tampered_not_as_a_wrong_passphrase(
    locked: CreatedVault,
) -> None:
    _set_passphrase_kdf(locked.directory, memory_kib=EIGHT_MIB, iterations=1)
    with pytest.raises(KeyFileDamaged, match=TAMPERED):
        Vault.open(locked.directory, PASSPHRASE)


def test_recover_opens_a_downgraded_vault_and_replaces_the_settings(locked: CreatedVault) -> None:
    # The recovery slot is intact, so the recovery key still opens the vault (nothing is lost
    # to a restore); the new passphrase is wrapped under settings calibrated afresh.
    _set_passphrase_kdf(locked.directory, memory_kib=EIGHT_MIB, iterations=1)
    with Vault.recover(locked.directory, locked.recovery_key, NEW_PASSPHRASE) as vault:
        assert vault.kdf_params.memory_kib == kdf.MIN_MEMORY_KIB
    main_copy, mirror = key_file_bytes(locked.directory)
    assert main_copy == mirror
    assert _on_disk_kdf(locked.directory)["memory_kib"] == kdf.MIN_MEMORY_KIB
    Vault.open(locked.directory, NEW_PASSPHRASE).lock()


def test_recover_with_a_wrong_key_leaves_a_downgraded_file_as_it_was(
    locked: CreatedVault,
) -> None:
    _set_passphrase_kdf(locked.directory, memory_kib=EIGHT_MIB, iterations=1)
    before = key_file_bytes(locked.directory)
    other_key = recovery.generate()
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(locked.directory, other_key, NEW_PASSPHRASE)
    assert key_file_bytes(locked.directory) == before
    with pytest.raises(KeyFileDamaged, match=TAMPERED):
        Vault.open(locked.directory, PASSPHRASE)


def test_check_reports_a_downgraded_key_file(
    locked: CreatedVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_passphrase_kdf(locked.directory, memory_kib=EIGHT_MIB, iterations=1)
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    code = cli_main(["check", "--vault", str(locked.directory), "--passphrase-file", str(secret)])
    err = capsys.readouterr().err
    assert code == 1
    assert TAMPERED in err and "Feil passord" not in err


def test_a_downgrade_of_one_copy_is_repaired_from_the_other(locked: CreatedVault) -> None:
    path = locked.directory / keyfile.KEY_FILE_NAME
    body = json.loads(path.read_text())
    del body["checksum"]
    body["slots"]["passphrase"]["kdf"]["memory_kib"] = EIGHT_MIB
    body["checksum"] = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
    path.write_text(json.dumps(body))
    Vault.open(locked.directory, PASSPHRASE).lock()
    assert _on_disk_kdf(locked.directory)["memory_kib"] == kdf.MIN_MEMORY_KIB


# --- KDF bombs: refused while parsing, before any derivation --------------------------------------


@pytest.mark.parametrize(
    "settings",
    [
        pytest.param({"memory_kib": 2**32 - 1}, id="4-TiB-memory"),  # was argon2's HashingError
        pytest.param({"iterations": 2**31}, id="2^31-passes"),  # hung
        pytest.param({"memory_kib": 2 * 1024 * 1024}, id="2-GiB-memory"),
        pytest.param({"iterations": 1000}, id="1000-passes"),
        pytest.param({"lanes": 2**20}, id="2^20-lanes"),
        pytest.param({"lanes": 0}, id="no-lanes"),
        pytest.param({"iterations": 0}, id="no-passes"),
        pytest.param({"memory_kib": "65536"}, id="memory-as-text"),
        pytest.param({"iterations": 1.5}, id="fractional-passes"),
        pytest.param({"iterations": True}, id="boolean-passes"),
        pytest.param({"salt_hex": "00" * 4}, id="4-byte-salt"),
        pytest.param({"salt_hex": "00" * 1000}, id="1000-byte-salt"),
        pytest.param({"salt_hex": "zz" * 16}, id="salt-not-hex"),
    ],
)
def test_kdf_settings_outside_the_bounds_are_refused_before_deriving(
    locked: CreatedVault, settings: dict[str, object]
) -> None:
    _set_passphrase_kdf(locked.directory, **settings)
    data = (locked.directory / keyfile.KEY_FILE_NAME).read_bytes()
    # Parsing alone (no derivation) must refuse; only then is opening, which derives, safe to try.
    with pytest.raises(KeyFileDamaged, match=TAMPERED):
        keyfile.KeyFile.from_bytes(data)
    with pytest.raises(KeyFileDamaged, match=TAMPERED):
        Vault.open(locked.directory, PASSPHRASE)


# --- recover and passwd calibrate afresh ----------------------------------------------------------


def test_recover_calibrates_afresh_instead_of_inheriting_the_files_settings(
    locked: CreatedVault,
) -> None:
    # Settings in bounds but not what this machine's calibration gives (the floor, in tests).
    _set_passphrase_kdf(locked.directory, memory_kib=96 * 1024, iterations=3)
    with Vault.recover(locked.directory, locked.recovery_key, NEW_PASSPHRASE) as vault:
        chosen = vault.kdf_params
    fresh = kdf.calibrate()
    assert (chosen.memory_kib, chosen.iterations, chosen.lanes) == (
        fresh.memory_kib,
        fresh.iterations,
        fresh.lanes,
    )
    Vault.open(locked.directory, NEW_PASSPHRASE).lock()


def test_change_passphrase_calibrates_afresh(vault_dir: Path) -> None:
    inherited = kdf.KdfParams(96 * 1024, 2, 1, secrets.token_hex(kdf.SALT_BYTES))
    vault, _recovery_key = Vault.create(vault_dir, PASSPHRASE, inherited)
    with vault:
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        chosen = vault.kdf_params
    assert (chosen.memory_kib, chosen.iterations) == (kdf.MIN_MEMORY_KIB, 1)
    assert chosen.salt_hex != inherited.salt_hex


def test_bufapp_never_writes_settings_it_would_refuse_to_read(vault_dir: Path) -> None:
    weak = kdf.KdfParams(EIGHT_MIB, 1, 1, secrets.token_hex(kdf.SALT_BYTES))
    with pytest.raises(kdf.UnacceptableKdf):
        Vault.create(vault_dir, PASSPHRASE, weak)
    assert not keyfile.exists(vault_dir)


# --- the settings are authenticated; version-1 files are upgraded ---------------------------------


def test_changing_the_salt_of_a_current_key_file_makes_it_fail(locked: CreatedVault) -> None:
    _set_passphrase_kdf(locked.directory, salt_hex=secrets.token_hex(kdf.SALT_BYTES))
    with pytest.raises(WrongPassphrase):
        Vault.open(locked.directory, PASSPHRASE)


def _write_version_1(created: CreatedVault) -> dict[str, object]:
    """Rewrite the key file as bufapp wrote it before issue 17 (version 1: the KDF settings
    outside the wrap's associated data), with the vault's own data key."""
    current = keyfile.read(created.directory)
    data_key = keywrap.unwrap(
        current.recovery_wrap,
        recovery.to_kek(created.recovery_key),
        current.vault_id,
        keyfile.SLOT_RECOVERY,
    )
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(kdf.derive_key(PASSPHRASE, current.kdf)).encrypt(
        nonce, bytes(data_key), f"bufapp-key-wrap-v1|{current.vault_id}|passphrase".encode()
    )

    def as_version_1(body: dict[str, object]) -> None:
        body["version"] = 1
        slot = body["slots"]["passphrase"]  # type: ignore[index]
        slot["nonce_hex"], slot["ciphertext_hex"] = nonce.hex(), sealed.hex()

    _rewrite_both_copies(created.directory, as_version_1)
    return _on_disk_kdf(created.directory)


def test_a_version_1_key_file_opens_and_is_upgraded_under_the_same_settings(
    locked: CreatedVault,
) -> None:
    settings = _write_version_1(locked)
    Vault.open(locked.directory, PASSPHRASE).lock()
    body = json.loads((locked.directory / keyfile.KEY_FILE_NAME).read_text())
    assert body["version"] == keyfile.VERSION == 2
    assert body["slots"]["passphrase"]["kdf"] == settings
    assert key_file_bytes(locked.directory)[0] == key_file_bytes(locked.directory)[1]
    Vault.open(locked.directory, PASSPHRASE).lock()
    # Upgraded: now a changed salt is caught by the wrap itself.
    _set_passphrase_kdf(locked.directory, salt_hex=secrets.token_hex(kdf.SALT_BYTES))
    with pytest.raises(WrongPassphrase):
        Vault.open(locked.directory, PASSPHRASE)


def test_a_version_1_key_file_is_upgraded_by_recover_too(locked: CreatedVault) -> None:
    _write_version_1(locked)
    Vault.recover(locked.directory, locked.recovery_key, NEW_PASSPHRASE).lock()
    assert json.loads((locked.directory / keyfile.KEY_FILE_NAME).read_text())["version"] == 2
    Vault.open(locked.directory, NEW_PASSPHRASE).lock()
