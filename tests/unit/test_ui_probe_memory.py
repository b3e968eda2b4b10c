"""The peak-memory probe measures bufapp's unlock screen as bufapp builds it.

The probe replaces the key derivation and times the list's rows; hooked in before the program
started, those hooks imported the register service (so SQLAlchemy, the ORM and the models) into
the unlock screen's memory, where bufapp loads them only while the passphrase is typed."""

from __future__ import annotations

import os

import pytest

from benchmarks import ui_bench
from benchmarks.vault_filler import Office

pytestmark = pytest.mark.skipif(
    not os.path.exists("/proc/self/status"), reason="the probe reads VmHWM on Linux"
)


def test_the_unlock_screen_is_measured_before_the_database_stack_loads() -> None:
    with ui_bench.desk(office=Office(10)) as place:
        report = ui_bench.unlocked_start(place)

    assert report["sqlalchemy_at_unlock_screen"] is False
    # Typing the passphrase loads the database stack; the list comes after that.
    assert report["peak_mib_at_unlock_screen"] < report["peak_mib_before_enter"]
    assert report["peak_mib_before_enter"] <= report["peak_mib"]
