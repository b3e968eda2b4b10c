"""Build step: compile the translation catalogues (.ts → .qm) with PySide6's own lrelease.

Hatchling runs this for every wheel, editable installs included, so an installed or frozen
bufapp always has catalogues made from the .ts files in git, and none are kept as binaries.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogueBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        script = Path(self.root) / "packaging" / "translations.py"
        spec = importlib.util.spec_from_file_location("bufapp_translations", script)
        assert spec is not None and spec.loader is not None
        translations = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(translations)
        # Beside their .ts: the wheel takes resources/ whole (force-include, git's ignores aside),
        # and an editable install reads resources/ in the checkout.
        translations.compile_all()
