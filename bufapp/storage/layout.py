"""What a vault folder holds, without loading the database or crypto stack (start-up uses this).

The key-file names repeat ``bufapp.security.keyfile``'s on purpose, so that deciding between the
setup wizard and the unlock screen imports nothing heavy; a test keeps them equal.
"""

from __future__ import annotations

from pathlib import Path

DB_FILE_NAME = "bufapp.db"
KEY_FILE_NAMES = ("bufapp.keys", "bufapp.keys.mirror")


def is_vault(directory: Path) -> bool:
    return any((Path(directory) / name).exists() for name in (*KEY_FILE_NAMES, DB_FILE_NAME))
