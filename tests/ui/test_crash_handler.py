"""The running program's crash handler: the person sees a calm message, stderr (kept in the
session's journal) gets the failure's type and where, never its message (issue 17 §6)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bufapp.settings import Settings
from bufapp.ui.application import Application
from bufapp.ui.widgets.messages import Button, Messages

SECRET = "Kari Nordmann 01017012345"


def _never(*_args: str) -> object:
    raise AssertionError("the test never unlocks")


def _slot_that_fails() -> None:
    raise KeyError(SECRET)


def test_a_failing_slot_shows_a_calm_message_and_logs_no_message(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back when the test ends
    application = Application([], Settings(), tmp_path, opener=_never, recoverer=_never)  # type: ignore[arg-type]
    qtbot.addWidget(application.window)
    Messages.answer_next(Button.Ok)
    try:
        _slot_that_fails()
    except KeyError:
        sys.excepthook(*sys.exc_info())  # as Qt hands on a slot's failure
    finally:
        application.tasks.shutdown()
    said = capsys.readouterr().err
    assert SECRET not in said
    assert said.startswith("bufapp: Uventet feil: KeyError\n")
    assert "tests/ui/test_crash_handler.py:" in said and " i _slot_that_fails" in said
    assert Messages.shown == ["Noe uventet gikk galt (KeyError). Det som var lagret, er uendret."]
