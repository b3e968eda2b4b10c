"""Run in an archive export worker (tests/storage/test_archive_parallel.py): this module imports
nothing of bufapp, so what the worker has loaded is the worker's own doing."""

from __future__ import annotations

import sys


def loaded_modules() -> list[str]:
    return sorted(sys.modules)
