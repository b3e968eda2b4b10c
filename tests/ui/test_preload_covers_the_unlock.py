"""Issue 18: what unlocking to the parent list imports is loaded while the passphrase is typed
(the preload), not after Enter, where each import adds to the wait for the list. Fresh
interpreters, as in ``test_what_startup_loads``."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.ui.test_what_startup_loads import _start


def test_unlocking_to_the_list_imports_nothing_the_preload_did_not_load(
    locked_vault: Path, tmp_path: Path
) -> None:
    preloaded = _start("waiting", locked_vault, tmp_path / "home")
    unlocked = _start("unlock", locked_vault, tmp_path / "home", stdin=PASSPHRASE)
    assert "bufapp.ui.register.parents_view" in unlocked  # it did unlock
    assert sorted(unlocked - preloaded) == []
