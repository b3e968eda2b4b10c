"""CI runs exactly the README's test command, so the README never drifts from what is tested."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    command = next(line for line in ci_lines if "pytest" in line)
    assert command in readme.splitlines()


def test_readme_run_command_starts_the_demo() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert any(line.endswith("bufapp --demo") and "pip install ." in line for line in readme)
