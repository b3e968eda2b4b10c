"""Typed, non-secret settings with defaults, kept as JSON in the user's config folder.

Never put case data here: this file is not encrypted.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from bufapp import paths
from bufapp.fileio import atomic_write_bytes
from bufapp.languages import INTERFACE_LANGUAGES, OFFICE_STANDARDS

SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Settings:
    # Days after a placement to *offer* the first conversation (the guideline's norm, Q-1157
    # kap. B, is 14; the Act says «kort tid»), and again from the offer to holding it. The
    # office may choose more (up to 90); the settings dialog warns above 14.
    first_conversation_days: int = 14
    # True: any held conversation after a placement counts as the first conversation (offered
    # and held); False: only an entry with the topic "Første samtale" does (a letter or SMS
    # with it offers the conversation, a held one holds it).
    first_conversation_any_held: bool = False
    auto_lock_minutes: int = 5
    vault_dir: str = ""  # empty: the platform default
    backup_dir: str = ""  # the folder the last backup went to; empty: the home folder
    # The office's written standard (målform), "nb" or "nn": its documents are written in it.
    office_standard: str = "nb"
    # The interface's language ("nb", "nn", "en"); empty: the office's standard. Read at start.
    interface_language: str = ""

    def replace(self, **changes: object) -> Settings:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


# Allowed ranges for numeric settings; a value outside falls back to the default.
RANGES: dict[str, tuple[int, int]] = {
    "first_conversation_days": (1, 90),
    "auto_lock_minutes": (1, 240),
}


# Allowed values for text settings; anything else falls back to the default.
CHOICES: dict[str, tuple[str, ...]] = {
    "office_standard": OFFICE_STANDARDS,
    "interface_language": ("", *INTERFACE_LANGUAGES),
}


def _file(config_dir: Path | None) -> Path:
    return (config_dir or paths.config_dir()) / SETTINGS_FILE


def load(config_dir: Path | None = None) -> Settings:
    """Settings from disk; unknown keys are ignored and bad values fall back to the default."""
    try:
        stored = json.loads(_file(config_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    defaults = Settings()
    values = {}
    for field in dataclasses.fields(Settings):
        value = stored.get(field.name) if isinstance(stored, dict) else None
        if type(value) is not type(getattr(defaults, field.name)):  # bool is an int subclass
            continue
        low, high = RANGES.get(field.name, (value, value))
        if low <= value <= high and value in CHOICES.get(field.name, (value,)):
            values[field.name] = value
    return Settings(**values)


def save(settings: Settings, config_dir: Path | None = None) -> None:
    target = _file(config_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(dataclasses.asdict(settings), indent=2, ensure_ascii=False) + "\n"
    atomic_write_bytes(target, data.encode("utf-8"))
