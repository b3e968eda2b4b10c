"""Crash-safe file writes: a file is either the old one or the complete new one, never half.

And private ones: every file bufapp writes is readable by its owner only (0600, folders 0700),
whatever the umask says. Files are created with that mode (``open_private``,
``create_private``, ``atomic_write_bytes``); SQLite gives a database's -wal and -shm the mode
of the database file, so a database created private stays private. On Windows chmod only
touches the read-only flag: there the user's profile folder is what keeps others out.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from bufapp.errors import StorageFull

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def open_private(path: Path, mode: str = "wb") -> BinaryIO:
    """Open ``path`` for writing bytes, readable by its owner only; ``"xb"``: it must be new."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
    flags |= os.O_EXCL if "x" in mode else os.O_TRUNC
    fd = os.open(path, flags, PRIVATE_FILE)
    _tighten(path, PRIVATE_FILE)  # the mode above counts only when the file is created
    return os.fdopen(fd, "wb")


def create_private(path: Path) -> None:
    """Create ``path`` empty and private unless it exists (before SQLite creates a database)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def private_folder(path: Path) -> Path:
    """Create bufapp's own folder ``path`` (and its parents) if needed, private either way."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    _tighten(path, PRIVATE_FOLDER)
    return path


def make_private(paths: Iterable[Path]) -> None:
    """Owner-only rights for files and folders bufapp made earlier (missing ones are skipped)."""
    for path in paths:
        _tighten(path, PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


def _tighten(path: Path, mode: int) -> None:
    # Best effort: a FAT memory stick or a network share may refuse chmod, and a backup or an
    # export must not fail for rights such a file system cannot keep anyway.
    with contextlib.suppress(OSError):
        os.chmod(path, mode)


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
            _tighten(Path(temp_name), mode)
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
