"""Process hardening: keep decrypted memory out of core dumps, and secrets out of the
environment that child processes inherit."""

from __future__ import annotations

import contextlib
import os
import sys

# Secrets bufapp-admin accepts from the environment, for scripts.
PASSPHRASE_ENV = "BUFAPP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "BUFAPP_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "BUFAPP_RECOVERY_KEY"
SECRET_ENVS = (PASSPHRASE_ENV, NEW_PASSPHRASE_ENV, RECOVERY_KEY_ENV)


def take_secrets_from_environment() -> dict[str, str]:
    """Remove every secret variable from the environment (needed or not) and return the
    non-empty ones, so no process started later (a PDF viewer, screenshots) inherits one."""
    taken = {}
    for name in SECRET_ENVS:
        value = os.environ.pop(name, "")  # os.environ.pop unsets it for child processes too
        if value:
            taken[name] = value
    return taken


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
