"""Issue 18: the unlock screen loads only what it shows (the panel and the menus), and unlocking
to the parent list loads neither the PDF stack nor alembic. Each start is a fresh interpreter
(``tests.ui.startup_probe``), the way the ``bufapp`` command starts: in this process the tests
have imported everything already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bufapp import paths
from tests.conftest import PASSPHRASE

REPOSITORY = Path(__file__).resolve().parents[2]
PDF_STACK = ("reportlab", "pikepdf", "pypdfium2", "PySide6.QtPrintSupport", "PySide6.QtPdf")
DATABASE_STACK = ("sqlalchemy", "sqlalchemy.orm", "sqlcipher3", "alembic", "argon2")
# What the first screen has no use for: case views and dialogs, services, domain rules.
UNLOCK_SCREEN_NEEDS_NONE_OF = (
    *PDF_STACK,
    *DATABASE_STACK,
    "bufapp.services.workspace",
    "bufapp.services.setup",
    "bufapp.security.recovery",
    "bufapp.ui.register.record_dialogs",
    "bufapp.ui.register.placement_dialog",
    "bufapp.ui.vault.recovery_dialog",
    "bufapp.ui.vault.setup_wizard",
    "bufapp.ui.register.parents_view",
    "bufapp.ui.register.overview_view",
    "bufapp.ui.vault.backup_dialogs",
    "bufapp.ui.vault.recovery_key_pages",
    # Issue 18, second round: what the mixins and status-bar widgets pulled in at import, and
    # the desktop's lock signals (D-Bus), which only an unlocked window needs.
    "bufapp.domain.enums",
    "bufapp.services.clock",
    "zoneinfo",
    "subprocess",
    "PySide6.QtDBus",
    "bufapp.ui.vault.system_events",
    "bufapp.ui.widgets.file_dialogs",
)


def _start(mode: str, vault_dir: Path, home: Path, stdin: str = "", full: bool = False) -> Any:
    environment = {key: value for key, value in os.environ.items() if key != paths.VAULT_ENV}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("DATA", "CONFIG", "CACHE", "STATE"):
        (home / name.lower()).mkdir(parents=True, exist_ok=True)
        environment[f"XDG_{name}_HOME"] = str(home / name.lower())
    finished = subprocess.run(
        [sys.executable, "-m", "tests.ui.startup_probe", mode, str(vault_dir)],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        env=environment,
        timeout=180,
        check=False,
    )
    assert finished.returncode == 0 and finished.stdout.strip(), finished.stderr[-3000:]
    shown = json.loads(finished.stdout.strip().splitlines()[-1])
    return shown if full else set(shown["modules"])


def test_the_unlock_screen_loads_no_database_pdf_or_case_modules(
    locked_vault: Path, tmp_path: Path
) -> None:
    loaded = _start("locked", locked_vault, tmp_path / "home")
    assert "bufapp.ui.vault.unlock_panel" in loaded  # the probe did reach the unlock screen
    assert sorted(loaded & set(UNLOCK_SCREEN_NEEDS_NONE_OF)) == []
    assert (
        sorted(name for name in loaded if name.startswith(("bufapp.domain", "bufapp.services")))
        == []
    )


def test_the_unlock_screen_makes_no_list_text_tab_or_dialog_classes(
    locked_vault: Path, tmp_path: Path
) -> None:
    """PySide makes a Qt class, with its enums, when it is first used: the window manners know
    lists, texts, tab bars and button boxes by Qt's class names, so the unlock screen (which
    has none) makes none of them."""
    made = set(_start("locked", locked_vault, tmp_path / "home", full=True)["qt_classes"])
    if "QCalendarWidget" in made:
        pytest.skip("this PySide makes every class at import")
    assert "QLineEdit" in made  # the passphrase field: the probe did see the screen
    unneeded = {
        "QAbstractItemView",
        "QListWidget",
        "QTabBar",
        "QTextEdit",
        "QPlainTextEdit",
        "QDialogButtonBox",
        "QFileDialog",
        "QInputDialog",
        "QColorDialog",
        "QFontDialog",
        "QMouseEvent",  # event classes: the manners' filter saw the window being built
        "QHoverEvent",
    }
    assert sorted(made & unneeded) == []


def test_while_the_passphrase_is_typed_the_list_path_loads_and_windows_get_their_manners(
    locked_vault: Path, tmp_path: Path
) -> None:
    """The unlock screen itself is arranged for the keyboard at once; the event filters and the
    preload come once it is up, and the preload loads no PDF stack or alembic."""
    facts = _start("locked", locked_vault, tmp_path / "home", full=True)
    assert facts["arranged"] is True
    facts = _start("waiting", locked_vault, tmp_path / "home", full=True)
    assert facts["dialog_arranged"] is True  # the window manners watch again
    loaded = set(facts["modules"])
    assert {
        "sqlalchemy.orm",
        "bufapp.services.register",
        "bufapp.ui.register.parents_view",
    } <= loaded
    assert sorted(loaded & {*PDF_STACK, "alembic"}) == []


def test_unlocking_to_the_parent_list_loads_no_pdf_stack_and_no_alembic(
    locked_vault: Path, tmp_path: Path
) -> None:
    loaded = _start("unlock", locked_vault, tmp_path / "home", stdin=PASSPHRASE)
    assert (
        "bufapp.ui.register.parents_view" in loaded and "sqlalchemy.orm" in loaded
    )  # it did unlock
    assert sorted(loaded & {*PDF_STACK, "alembic"}) == []
    # The wording files (TOML, read by the services), the date writer and the label lookup
    # (plain Python and XML) may come; nothing that makes a PDF.
    light = {"bufapp.documents.forms", "bufapp.documents.dates", "bufapp.documents.labels"}
    assert {name for name in loaded if name.startswith("bufapp.documents.")} <= light
