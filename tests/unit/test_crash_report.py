"""An unexpected failure leaves its type and where on stderr, never its message nor locals:
stderr ends up in the desktop session's journal (issue 17 §6)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bufapp import cli, crash_report

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Kari Nordmann 01017012345"


def _load_journal(text: str) -> None:
    national_id = SECRET  # a local the report must not show either
    raise KeyError(f"{text} {national_id}")


def _failure() -> BaseException:
    try:
        try:
            _load_journal("Mor sa at")
        except KeyError as inner:
            raise ValueError(SECRET) from inner
    except ValueError as outer:
        return outer
    raise AssertionError("unreachable")


def test_a_report_names_the_types_and_every_frame_but_no_message() -> None:
    report = crash_report.describe(_failure())
    assert SECRET not in report and "Mor sa at" not in report
    lines = report.splitlines()
    assert lines[0] == "ValueError" and "KeyError" in lines
    raising = next(line for line in lines if line.endswith(" i _load_journal"))
    assert raising.strip().startswith("tests/unit/test_crash_report.py:")
    assert str(ROOT.parent) not in report  # the folders above name the user


def test_the_innermost_frame_is_named() -> None:
    assert crash_report.innermost(_failure()).startswith(
        "ValueError i tests/unit/test_crash_report.py:"
    )
    assert crash_report.innermost(KeyError("x")) == "KeyError"  # never raised: no frame


def test_what_python_prints_on_its_own_goes_through_the_report(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import threading
        from bufapp import crash_report
        crash_report.install()

        class Leaky:
            def __repr__(self):
                return "Leaky({SECRET!r})"
            def __del__(self):
                raise RuntimeError({SECRET!r})

        Leaky()  # an unraisable failure: Python would print the repr and the message
        thread = threading.Thread(target=lambda: {{}}[{SECRET!r}])
        thread.start()
        thread.join()
        raise LookupError({SECRET!r})
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 1
    assert SECRET not in result.stderr
    for kind in ("RuntimeError", "KeyError", "LookupError"):
        assert f"bufapp: Uventet feil: {kind}\n" in result.stderr
    assert "<string>:" in result.stderr and " i __del__" in result.stderr


def test_the_cli_names_type_and_place_of_an_unexpected_failure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def check(_args: object) -> int:  # stands for any bug in a command (a file error is
        raise LookupError(SECRET)  # said by its errno instead: test_cli_bad_input)

    monkeypatch.setattr(cli, "cmd_check", check)
    for debug in ("", "1"):
        monkeypatch.setenv(cli.DEBUG_ENV, debug)
        assert cli.main(["check"]) == 1
        said = capsys.readouterr().err
        assert SECRET not in said and "LookupError" in said
        assert "tests/unit/test_crash_report.py:" in said and " i check" in said
