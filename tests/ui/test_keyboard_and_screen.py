"""Every view and dialog the screenshot registry shows, walked as a keyboard user on the smallest
screen bufapp promises to fit (1366×768 less a taskbar), at 100 % and at 200 %."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import SMALL_SCREEN
from tests.ui.window_walk import walk_all

ROOT = Path(__file__).resolve().parents[2]


def test_every_window_fits_the_screen_and_the_keyboard_reaches_everything(
    qtbot: QtBot, tmp_path: Path
) -> None:
    walk = walk_all(tmp_path)
    assert walk.windows >= 25
    assert walk.findings == [], "\n".join(walk.findings)


def test_at_200_percent_every_window_still_fits_and_scrolls_inside(tmp_path: Path) -> None:
    """Qt scaled by 2 on a screen twice as large: every widget, font and margin is drawn twice
    as big, and each window must still fit, as at 100 %."""
    screen = SMALL_SCREEN.with_name("screen-2732x1456.json")
    environment = dict(
        os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR="2"
    )
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.window_walk"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = run.stdout.splitlines()
    assert run.returncode == 0, run.stderr[-2000:]
    assert report[0].startswith("windows: ") and int(report[0].split()[1]) >= 25
    assert report[1:] == []
