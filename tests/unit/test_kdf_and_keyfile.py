"""Passphrase policy, Argon2id derivation, AES-GCM key wrapping and the mirrored key file."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bufapp import paths
from bufapp.errors import KeyFileDamaged, VaultNotFound
from bufapp.security import kdf, keyfile, passphrase
from bufapp.security.kdf import KdfParams
from bufapp.security.keyfile import KEY_FILE_NAME, MIRROR_FILE_NAME, KeyFile
from bufapp.security.keywrap import UnwrapFailed, Wrapped, unwrap, wrap

VAULT_ID = "2f1c6a0e-0000-4000-8000-000000000001"

# One set of floor parameters for the whole module: each derivation at 64 MiB costs ~0.1 s.
FLOOR = kdf.minimum_params()


# --- passphrase policy --------------------------------------------------------------------------


def test_a_good_passphrase_has_no_problems() -> None:
    assert passphrase.problems("blåbærsyltetøy i kjelleren") == []
    assert passphrase.problems("r7#Xq!m2Pz") == []  # random, exactly the minimum length


def test_short_passphrase_is_refused() -> None:
    assert passphrase.problems("abc12345x") == ["Passordet må ha minst 10 tegn."]


def test_empty_passphrase_gets_only_the_length_message() -> None:
    assert passphrase.problems("") == ["Passordet må ha minst 10 tegn."]


def test_too_few_distinct_characters_are_refused() -> None:
    assert passphrase.problems("abcabcabcabc") == ["Passordet må ha flere forskjellige tegn."]


def test_leading_or_trailing_spaces_are_refused() -> None:
    message = "Passordet kan ikke begynne eller slutte med mellomrom."
    assert passphrase.problems(" blåbærsyltetøy") == [message]
    assert passphrase.problems("blåbærsyltetøy ") == [message]
    assert passphrase.problems("blåbær syltetøy") == []  # spaces inside are fine


def test_all_problems_are_listed_together() -> None:
    assert passphrase.problems(" aa ") == [
        "Passordet må ha minst 10 tegn.",
        "Passordet må ha flere forskjellige tegn.",
        "Passordet kan ikke begynne eller slutte med mellomrom.",
    ]


@pytest.mark.parametrize(
    ("guessable", "why"),
    [
        ("Password123", "Det bygger på et av de vanligste passordene."),
        ("sommer2026!", "Det bygger på et vanlig norsk ord eller navn."),
        ("barnevern1", "Det bygger på et vanlig norsk ord eller navn."),
        ("Hemmelig2024!", "Det bygger på et vanlig norsk ord eller navn."),
        ("zxcvbnm,./", "Tastemønstre som «qwerty» er lette å gjette."),
        ("1990-05-17x", "Datoer og årstall er lette å gjette."),
        ("abcdefghij1", "Rekker som «abc» og «123» er lette å gjette."),
    ],
)
def test_long_enough_but_guessable_passphrases_are_refused_with_a_reason(
    guessable: str, why: str
) -> None:
    (refused,) = passphrase.problems(guessable)
    assert refused.startswith("Passordet er for lett å gjette.")
    assert why in refused
    assert refused.endswith("Bruk flere ord som ikke hører sammen, gjerne en hel setning.")


def test_the_offices_own_names_are_guessed_first() -> None:
    office = ["Barnevernstjenesten i Nordre Follo", "Kari Nordmann"]
    assert passphrase.problems("Kari Nordmann 1") == []  # strong to someone who knows no one
    (refused,) = passphrase.problems("Kari Nordmann 1", office)
    assert "Det bygger på navn på kontoret, kommunen eller deg selv." in refused


@pytest.mark.parametrize(
    "strong",
    [
        "demo-passord-bufapp",  # bufapp --demo's
        "test-passord æøå 1",  # tests/conftest.py's PASSPHRASE
        "nytt-passord ŋšž 2",  # and NEW_PASSPHRASE
        "trollmann paraply gulrot sykkel",
        "maskin-fjellrev-tåke-pannekake",
    ],
)
def test_passphrases_of_several_unrelated_words_pass(strong: str) -> None:
    assert passphrase.problems(strong) == []


def _listed_words() -> list[str]:
    text = (paths.resources_dir() / passphrase.WORD_LIST).read_text(encoding="utf-8")
    return [word for word in text.split() if len(word) >= 4 and not word.startswith("#")]


@settings(max_examples=50, deadline=None)
@given(words=st.lists(st.sampled_from(_listed_words()), min_size=4, max_size=4, unique=True))
def test_four_random_words_pass_even_the_commonest(words: list[str]) -> None:
    assert passphrase.problems(" ".join(words)) == []


def test_an_explanation_is_never_in_english() -> None:
    english = ("This", "Add", "password", "words", "common", "Avoid")
    for guessable in ("Password123", "aaaaaaaaab1", "abcdefghij1", "1990-05-17x", "qwerty12345"):
        for refused in passphrase.problems(guessable):
            assert not any(word in refused for word in english), refused


def test_only_the_first_characters_are_measured_so_the_meter_keeps_up() -> None:
    long_repetition = "ab" * 5000
    assert passphrase.strength(long_repetition) == passphrase.strength("ab" * 32)


# --- Argon2id -----------------------------------------------------------------------------------


def test_minimum_params_respect_the_memory_floor() -> None:
    params = kdf.minimum_params()
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 1 and params.lanes >= 1
    assert len(bytes.fromhex(params.salt_hex)) == kdf.SALT_BYTES
    assert params.algorithm == "argon2id" and params.version == 19
    assert kdf.minimum_params().salt_hex != params.salt_hex  # a fresh salt each time


def test_derive_key_is_deterministic_and_differs_by_salt_and_passphrase() -> None:
    key = kdf.derive_key("test-passord æøå 1", FLOOR)
    assert len(key) == kdf.KEY_BYTES == 32
    assert kdf.derive_key("test-passord æøå 1", FLOOR) == key
    assert kdf.derive_key("test-passord æøå 2", FLOOR) != key
    assert kdf.derive_key("test-passord æøå 1", FLOOR.with_new_salt()) != key


def test_with_new_salt_keeps_the_cost_parameters() -> None:
    fresh = FLOOR.with_new_salt()
    assert fresh.salt_hex != FLOOR.salt_hex
    assert (fresh.memory_kib, fresh.iterations, fresh.lanes) == (
        FLOOR.memory_kib,
        FLOOR.iterations,
        FLOOR.lanes,
    )


def test_params_round_trip_through_a_dict_and_refuse_other_algorithms() -> None:
    assert KdfParams.from_dict(FLOOR.to_dict()) == FLOOR
    for changes in ({"algorithm": "argon2i"}, {"version": 16}):
        with pytest.raises(ValueError):
            KdfParams.from_dict({**FLOOR.to_dict(), **changes})


def test_calibrate_uses_the_floor_when_tests_ask_for_it() -> None:
    # conftest asks for the floor so vaults in tests are quick to create.
    params = kdf.calibrate()
    assert (params.memory_kib, params.iterations, params.lanes) == (64 * 1024, 1, 1)


def test_the_environment_cannot_make_a_real_vault_use_the_floor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Whoever sets the caseworker's environment must not make a new wrap cheaper to guess: the
    # variable tests used to set is ignored; only code in the process (tests, demo) can ask.
    monkeypatch.setattr(kdf, "_floor_instead_of_calibrating", False, raising=False)
    monkeypatch.setenv("BUFAPP_KDF_MINIMUM", "1")
    params = kdf.calibrate(target_seconds=0.05)
    # Calibrated for this machine: one lane per core (up to 4); the floor has one lane.
    assert params.lanes == max(1, min(4, os.cpu_count() or 1))


def test_real_calibration_never_goes_below_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    # A tiny target: the memory search stops at once and one pass is enough. Even so, the
    # result must keep the 64 MiB floor that makes GPU guessing expensive.
    monkeypatch.setattr(kdf, "_floor_instead_of_calibrating", False, raising=False)
    params = kdf.calibrate(target_seconds=0.05)
    assert kdf.MIN_MEMORY_KIB <= params.memory_kib <= kdf.MAX_MEMORY_KIB
    assert 1 <= params.iterations <= 64
    assert 1 <= params.lanes <= 4
    assert len(kdf.derive_key("x", params)) == 32


# --- key wrapping -------------------------------------------------------------------------------


def test_wrap_unwrap_round_trip() -> None:
    data_key, kek = secrets.token_bytes(32), secrets.token_bytes(32)
    wrapped = wrap(data_key, kek, VAULT_ID, "passphrase")
    assert bytes.fromhex(wrapped.ciphertext_hex) != data_key  # never in the clear
    assert unwrap(wrapped, kek, VAULT_ID, "passphrase") == bytearray(data_key)


def test_two_wraps_of_the_same_key_use_different_nonces() -> None:
    data_key, kek = secrets.token_bytes(32), secrets.token_bytes(32)
    first, second = (wrap(data_key, kek, VAULT_ID, "passphrase") for _ in range(2))
    assert first.nonce_hex != second.nonce_hex
    assert first.ciphertext_hex != second.ciphertext_hex


@pytest.mark.parametrize(
    ("kek_changed", "vault_id", "slot"),
    [
        (True, VAULT_ID, "passphrase"),  # wrong passphrase or recovery key
        (False, "another-vault", "passphrase"),  # a wrap copied from another vault
        (False, VAULT_ID, "recovery"),  # wraps swapped between the two slots
    ],
)
def test_unwrap_fails_for_wrong_kek_other_vault_or_other_slot(
    kek_changed: bool, vault_id: str, slot: str
) -> None:
    data_key, kek = secrets.token_bytes(32), secrets.token_bytes(32)
    wrapped = wrap(data_key, kek, VAULT_ID, "passphrase")
    with pytest.raises(UnwrapFailed):
        unwrap(wrapped, secrets.token_bytes(32) if kek_changed else kek, vault_id, slot)


def test_unwrap_fails_for_tampered_or_garbled_wraps() -> None:
    data_key, kek = secrets.token_bytes(32), secrets.token_bytes(32)
    wrapped = wrap(data_key, kek, VAULT_ID, "passphrase")
    flipped = f"{int(wrapped.ciphertext_hex[0], 16) ^ 1:x}" + wrapped.ciphertext_hex[1:]
    for bad in (
        Wrapped(wrapped.nonce_hex, flipped),
        Wrapped(wrapped.nonce_hex, wrapped.ciphertext_hex[:-2]),
        Wrapped("zz" * 12, wrapped.ciphertext_hex),  # not hex
        Wrapped(wrapped.nonce_hex[:-2], wrapped.ciphertext_hex),  # short nonce
    ):
        with pytest.raises(UnwrapFailed):
            unwrap(bad, kek, VAULT_ID, "passphrase")
    with pytest.raises(UnwrapFailed):
        unwrap(wrapped, kek[:31], VAULT_ID, "passphrase")  # a key of the wrong size


# --- the key file -------------------------------------------------------------------------------


def make_key_file(vault_id: str = VAULT_ID) -> KeyFile:
    data_key = secrets.token_bytes(32)
    return KeyFile(
        vault_id=vault_id,
        created="2026-06-15T10:00:00+00:00",
        kdf=FLOOR,
        passphrase_wrap=wrap(data_key, secrets.token_bytes(32), vault_id, keyfile.SLOT_PASSPHRASE),
        recovery_wrap=wrap(data_key, secrets.token_bytes(32), vault_id, keyfile.SLOT_RECOVERY),
    )


def test_key_file_round_trips_through_bytes() -> None:
    original = make_key_file()
    data = original.to_bytes()
    assert KeyFile.from_bytes(data) == original
    assert KeyFile.from_bytes(data).to_bytes() == data  # stable serialisation


def test_key_file_holds_no_data_key_in_the_clear() -> None:
    body = json.loads(make_key_file().to_bytes())
    assert body["format"] == "bufapp-keys" and body["version"] == keyfile.VERSION
    assert set(body["slots"]) == {"passphrase", "recovery"}
    assert body["slots"]["recovery"]["kdf"] == "hkdf-sha256"


def test_tampered_checksum_is_reported_as_damage() -> None:
    body = json.loads(make_key_file().to_bytes())
    body["checksum"] = "0" * 64
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(json.dumps(body).encode())


def test_tampered_content_with_the_old_checksum_is_reported_as_damage() -> None:
    body = json.loads(make_key_file().to_bytes())
    body["vault_id"] = "another-vault"
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(json.dumps(body).encode())


@pytest.mark.parametrize(
    "data",
    [b"", b"not json", b"\xff\xfe", b"[]", b"null", b'"text"', b"{}", b'{"checksum": 1}'],
)
def test_unreadable_key_files_are_reported_as_damage(data: bytes) -> None:
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(data)


def test_key_file_missing_a_field_under_a_valid_checksum_is_damage() -> None:
    # Re-signed by someone (or some tool) after removing a slot: still unusable, still "damaged".
    body = json.loads(make_key_file().to_bytes())
    del body["checksum"]
    del body["slots"]["recovery"]
    body["checksum"] = keyfile._checksum(body)
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(json.dumps(body).encode())


def test_key_file_from_a_newer_version_says_to_update() -> None:
    body = json.loads(make_key_file().to_bytes())
    del body["checksum"]
    body["version"] = keyfile.VERSION + 1
    body["checksum"] = keyfile._checksum(body)
    with pytest.raises(KeyFileDamaged, match="nyere versjon av bufapp"):
        KeyFile.from_bytes(json.dumps(body).encode())


def test_write_keeps_two_identical_copies(tmp_path: Path) -> None:
    key_file = make_key_file()
    keyfile.write(tmp_path, key_file)
    assert (tmp_path / KEY_FILE_NAME).read_bytes() == (tmp_path / MIRROR_FILE_NAME).read_bytes()
    assert keyfile.exists(tmp_path)
    assert keyfile.damaged_copies(tmp_path) == []
    assert keyfile.read(tmp_path) == key_file


def test_read_without_any_copy_means_no_vault(tmp_path: Path) -> None:
    assert not keyfile.exists(tmp_path)
    with pytest.raises(VaultNotFound):
        keyfile.read(tmp_path)


@pytest.mark.parametrize("name", [KEY_FILE_NAME, MIRROR_FILE_NAME])
def test_read_repairs_a_missing_copy(tmp_path: Path, name: str) -> None:
    key_file = make_key_file()
    keyfile.write(tmp_path, key_file)
    (tmp_path / name).unlink()
    assert keyfile.damaged_copies(tmp_path) == [name]
    assert keyfile.read(tmp_path) == key_file
    assert keyfile.damaged_copies(tmp_path) == []
    assert (tmp_path / name).read_bytes() == key_file.to_bytes()


@pytest.mark.parametrize("name", [KEY_FILE_NAME, MIRROR_FILE_NAME])
def test_read_repairs_a_damaged_copy(tmp_path: Path, name: str) -> None:
    key_file = make_key_file()
    keyfile.write(tmp_path, key_file)
    data = bytearray((tmp_path / name).read_bytes())
    data[len(data) // 2] ^= 0x20  # one flipped bit in the middle
    (tmp_path / name).write_bytes(bytes(data))
    assert keyfile.damaged_copies(tmp_path) == [name]
    assert keyfile.read(tmp_path) == key_file
    assert (tmp_path / name).read_bytes() == key_file.to_bytes()


def test_read_repairs_a_stale_mirror_after_a_crash_between_the_writes(tmp_path: Path) -> None:
    # write() replaces the main copy first: a crash before the mirror is replaced leaves an
    # intact but older mirror (e.g. the previous passphrase wrap). The main copy wins.
    old = make_key_file()
    keyfile.write(tmp_path, old)
    new = old.with_passphrase_wrap(FLOOR.with_new_salt(), make_key_file().passphrase_wrap)
    (tmp_path / KEY_FILE_NAME).write_bytes(new.to_bytes())
    assert keyfile.damaged_copies(tmp_path) == []  # both intact, but they differ
    assert keyfile.read(tmp_path) == new
    assert (tmp_path / MIRROR_FILE_NAME).read_bytes() == new.to_bytes()


def test_read_with_both_copies_damaged_reports_damage(tmp_path: Path) -> None:
    keyfile.write(tmp_path, make_key_file())
    for name in (KEY_FILE_NAME, MIRROR_FILE_NAME):
        (tmp_path / name).write_bytes(b"{ broken")
    with pytest.raises(KeyFileDamaged):
        keyfile.read(tmp_path)
    assert keyfile.damaged_copies(tmp_path) == [KEY_FILE_NAME, MIRROR_FILE_NAME]


def test_start_up_layout_names_match_the_key_file_module() -> None:
    from bufapp.security import keyfile
    from bufapp.storage import layout

    assert layout.KEY_FILE_NAMES == (keyfile.KEY_FILE_NAME, keyfile.MIRROR_FILE_NAME)


# --- the passphrase wrap authenticates its KDF settings (issue 17 §2) -------------------------------


def test_the_passphrase_wrap_is_bound_to_every_kdf_setting() -> None:
    # The same key-encryption key, but other settings stated beside the wrap: refused by the
    # wrap itself, whatever Argon2 would have derived from them.
    data_key, kek = secrets.token_bytes(32), secrets.token_bytes(32)
    key_file = make_key_file().with_passphrase_wrap(
        FLOOR, keyfile.wrap_passphrase(data_key, kek, VAULT_ID, FLOOR)
    )
    assert key_file.unwrap_passphrase(kek) == data_key
    for changed in (
        {"memory_kib": FLOOR.memory_kib * 2},
        {"iterations": 2},
        {"lanes": 2},
        {"salt_hex": secrets.token_hex(kdf.SALT_BYTES)},
    ):
        other = KdfParams.from_dict({**FLOOR.to_dict(), **changed})
        with pytest.raises(UnwrapFailed):
            key_file.with_passphrase_wrap(other, key_file.passphrase_wrap).unwrap_passphrase(kek)
