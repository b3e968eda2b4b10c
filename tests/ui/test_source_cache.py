"""Issue 18: PySide6 reads each imported module's source to see if it uses PySide6; bufapp has
it read without keeping the text (linecache held some 20 MiB of source at the parent list).
A fresh interpreter, the way the ``bufapp`` command starts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]

PROBE = """
import inspect, json, linecache, os, sys
import bufapp.ui.qt
import sqlalchemy.orm
import bufapp.storage.vault
from shibokensupport.feature import pyside_feature_dict

def names_pyside(name):
    path = inspect.getsourcefile(sys.modules[name])
    return path is not None and "PySide6" in open(path, encoding="utf-8").read()

print(json.dumps({
    "cached": sorted(linecache.cache),
    "decided": {name: [switch, names_pyside(name)] for name, switch in pyside_feature_dict.items()
                if name in sys.modules and os.path.isfile(getattr(sys.modules[name], "__file__", None) or "")
                and sys.modules[name].__file__.endswith(".py")},
}))
"""


def test_modules_imported_after_qt_leave_no_source_in_memory() -> None:
    finished = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    facts = json.loads(finished.stdout.strip().splitlines()[-1])
    files = [path for path in facts["cached"] if not path.startswith("<")]  # not generated code
    cached = [path for path in files if "sqlalchemy" in path or "/storage/" in path]
    assert cached == []
    # PySide6 still tells the modules that name it (0: no feature switched on) from the rest (-1)
    decided = facts["decided"]
    assert decided["sqlalchemy.orm"] == [-1, False]
    assert [0, True] in decided.values()
    assert all(switch == (0 if names else -1) for switch, names in decided.values())
