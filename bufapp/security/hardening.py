"""Process hardening: keep decrypted memory out of core dumps."""

from __future__ import annotations

import contextlib
import sys


def disable_core_dumps() -> None:
    """A crash must not write the data key and open journals to a core file on disk."""
    if sys.platform.startswith(("linux", "darwin")):
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            pr_set_dumpable = 4
            ctypes.CDLL(None).prctl(pr_set_dumpable, 0, 0, 0, 0)
