"""A plain, non-editable install must be a working program: resources, forms and migrations
ship inside the wheel and are found from there, and a vault can be created and checked."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = out.glob("bufapp-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_resources_forms_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "bufapp/resources/fonts/DejaVuSans.ttf",
        "bufapp/resources/fonts/LICENSE-DejaVu.txt",
        "bufapp/resources/translations/qtbase_nb.qm",  # Qt's own buttons in bokmål
        "bufapp/forms/common.toml",
        "bufapp/storage/migrations/env.py",
        "bufapp/storage/migrations/script.py.mako",
        "bufapp/storage/migrations/versions/0001_initial_register.py",
    ):
        assert required in names, required
    assert not any(name.startswith(("tests/", "benchmarks/")) for name in names)


@pytest.mark.slow
def test_installed_wheel_finds_its_files_and_makes_a_vault(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    # The installed copy comes first on the path, and we run outside the checkout.
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "BUFAPP_PASSPHRASE": "pakke-test 12345",
    }
    probe = (
        "import bufapp, bufapp.paths as p;"
        "print(bufapp.__file__); print(p.resources_dir()); print(p.forms_dir())"
    )
    lines = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    assert all(line.startswith(str(site)) for line in lines), lines
    assert (Path(lines[1]) / "fonts" / "DejaVuSans.ttf").exists()
    assert (Path(lines[1]) / "translations" / "qtbase_nb.qm").exists()

    vault = tmp_path / "vault"
    for command in (["init"], ["check"]):
        result = subprocess.run(
            [sys.executable, "-m", "bufapp.cli", *command, "--vault", str(vault)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
