"""Settings: typed JSON in the config folder; anything odd on disk falls back to the defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bufapp import settings
from bufapp.settings import SETTINGS_FILE, Settings


def write_raw(config_dir: Path, text: str | bytes) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    (config_dir / SETTINGS_FILE).write_bytes(data)


def test_defaults() -> None:
    assert Settings() == Settings(first_conversation_days=14, auto_lock_minutes=5, vault_dir="")


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert settings.load(tmp_path / "finnes-ikke") == Settings()


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    config_dir = tmp_path / "config" / "bufapp"  # created on first save
    chosen = Settings(
        first_conversation_days=10,
        first_conversation_any_held=True,
        auto_lock_minutes=2,
        vault_dir="D:/Bufapp/Æøå",
        backup_dir="E:/Sikkerhetskopier/Årsskifte",
        office_standard="nn",
        interface_language="en",
    )
    settings.save(chosen, config_dir)
    assert settings.load(config_dir) == chosen
    # Plain, readable JSON with the Norwegian letters as written.
    text = (config_dir / SETTINGS_FILE).read_text(encoding="utf-8")
    assert "Æøå" in text
    assert json.loads(text) == {
        "first_conversation_days": 10,
        "first_conversation_any_held": True,
        "auto_lock_minutes": 2,
        "vault_dir": "D:/Bufapp/Æøå",
        "backup_dir": "E:/Sikkerhetskopier/Årsskifte",
        "office_standard": "nn",
        "interface_language": "en",
    }


def test_a_language_bufapp_does_not_have_falls_back_to_the_default(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text(
        json.dumps({"office_standard": "sv", "interface_language": "se"}), encoding="utf-8"
    )
    loaded = settings.load(tmp_path)
    assert (loaded.office_standard, loaded.interface_language) == ("nb", "")


def test_save_overwrites_the_previous_settings(tmp_path: Path) -> None:
    settings.save(Settings(auto_lock_minutes=2), tmp_path)
    settings.save(Settings(auto_lock_minutes=15), tmp_path)
    assert settings.load(tmp_path).auto_lock_minutes == 15
    assert [p.name for p in tmp_path.iterdir()] == [SETTINGS_FILE]  # no temp files left behind


def test_replace_returns_a_changed_copy() -> None:
    original = Settings()
    changed = original.replace(auto_lock_minutes=10)
    assert changed.auto_lock_minutes == 10
    assert original.auto_lock_minutes == 5


def test_wrong_typed_values_fall_back_to_their_defaults(tmp_path: Path) -> None:
    write_raw(
        tmp_path,
        json.dumps(
            {
                "first_conversation_days": "14 dager",
                "auto_lock_minutes": 2.5,
                "vault_dir": 42,
            }
        ),
    )
    assert settings.load(tmp_path) == Settings()


def test_each_value_falls_back_on_its_own(tmp_path: Path) -> None:
    write_raw(tmp_path, json.dumps({"first_conversation_days": None, "auto_lock_minutes": 3}))
    assert settings.load(tmp_path) == Settings(auto_lock_minutes=3)


def test_unknown_keys_are_ignored(tmp_path: Path) -> None:
    write_raw(tmp_path, json.dumps({"auto_lock_minutes": 7, "theme": "mørk", "old_key": [1]}))
    assert settings.load(tmp_path) == Settings(auto_lock_minutes=7)


@pytest.mark.parametrize(
    "content",
    ["", "{ not json", '{"auto_lock_minutes": 7', "[1, 2, 3]", "null", '"text"', "17"],
)
def test_corrupt_file_gives_defaults(tmp_path: Path, content: str) -> None:
    write_raw(tmp_path, content)
    assert settings.load(tmp_path) == Settings()


def test_file_that_is_not_utf8_gives_defaults(tmp_path: Path) -> None:
    write_raw(tmp_path, b'{"vault_dir": "\xe6\xf8\xe5"}')  # Latin-1 æøå
    assert settings.load(tmp_path) == Settings()


def test_unreadable_path_gives_defaults(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).mkdir()  # a folder where the file should be
    assert settings.load(tmp_path) == Settings()


def test_booleans_are_not_taken_for_numbers(tmp_path: Path) -> None:
    write_raw(tmp_path, json.dumps({"auto_lock_minutes": True, "first_conversation_days": False}))
    loaded = settings.load(tmp_path)
    assert type(loaded.auto_lock_minutes) is int
    assert loaded == Settings()
