"""Crash-safe file writes: a file is either the old one or the complete new one, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from bufapp.errors import StorageFull


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (a no-op where directories cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(target: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to a temp file beside ``target``, fsync it, then rename over ``target``.

    A full disk raises StorageFull and leaves ``target`` as it was.
    """
    target = Path(target)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.chmod(temp_name, mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
        fsync_directory(target.parent)
    except OSError as failure:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if failure.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull from failure
        raise


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
