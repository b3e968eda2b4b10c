"""Where things live: the user's data and config folders, and the program's own resources.

Resources (fonts, icons, forms) are found inside the installed package, beside the source in a
checkout, or in the PyInstaller bundle when frozen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "bufapp"
VAULT_ENV = "BUFAPP_VAULT"
_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_vault_dir() -> Path:
    override = os.environ.get(VAULT_ENV)
    return Path(override).expanduser() if override else data_dir() / "vault"


def demo_vault_dir() -> Path:
    return data_dir() / "demo-vault"


def _bundled(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [
        *([Path(frozen_root) / name] if frozen_root else []),
        _PACKAGE_DIR / name,  # installed wheel: force-included into the package
        _PACKAGE_DIR.parent / name,  # source checkout or editable install
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bufapp cannot find its {name} folder (looked in {candidates})")


def resources_dir() -> Path:
    return _bundled("resources")


def forms_dir() -> Path:
    """The shipped forms; a municipality's own copy in ``config_dir()/forms`` takes precedence."""
    return _bundled("forms")


def user_forms_dir() -> Path:
    return config_dir() / "forms"
