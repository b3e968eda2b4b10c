"""What an unexpected failure leaves on stderr: its type and where it happened, nothing more.

A desktop session keeps stderr in its journal (systemd, Windows event logs). An exception's
message, a traceback's source lines and an object's repr can carry a parent's name, a national
ID or a sentence of a journal, so none of them is ever written; the file, line and function of
every frame are enough for IT to find the fault.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import PurePath
from types import TracebackType
from typing import TextIO

# The exceptions a failure was raised from or during, followed this many steps at most.
CHAIN_LIMIT = 5


def describe(failure: BaseException) -> str:
    """«KeyError» and its frames as «  bufapp/ui/x.py:12 i load», innermost last; then the
    failures it came from, the same way."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = failure
    while current is not None and id(current) not in seen and len(seen) < CHAIN_LIMIT:
        seen.add(id(current))
        if lines:
            lines.append("forårsaket av:")
        lines.append(_kind(current))
        lines.extend(_frames(current.__traceback__))
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "\n".join(lines)


def innermost(failure: BaseException) -> str:
    """«KeyError i bufapp/cli.py:12 i rekey»: the type and the frame that raised it."""
    frames = _frames(failure.__traceback__)
    return f"{_kind(failure)} i {frames[-1].strip()}" if frames else _kind(failure)


def report(failure: BaseException, stream: TextIO | None = None) -> None:
    print(f"bufapp: Uventet feil: {describe(failure)}", file=stream or sys.stderr)


def install() -> None:
    """Every route Python has for printing a failure on its own goes through describe()."""
    sys.excepthook = lambda kind, failure, trace: report(failure)
    threading.excepthook = lambda args: report(args.exc_value) if args.exc_value else None
    # An exception in __del__ or a finaliser: Python would print the object's repr as well.
    sys.unraisablehook = lambda unraisable: report(unraisable.exc_value)


def _kind(failure: BaseException) -> str:
    kind = type(failure)
    module = "" if kind.__module__ == "builtins" else f"{kind.__module__}."
    return f"{module}{kind.__qualname__}"


def _frames(trace: TracebackType | None) -> list[str]:
    # walk_tb reads neither source lines nor locals, only code objects and line numbers.
    return [
        f"  {_short(frame.f_code.co_filename)}:{line} i {frame.f_code.co_name}"
        for frame, line in traceback.walk_tb(trace)
    ]


def _short(filename: str) -> str:
    """The last three parts (bufapp/ui/widgets/tasks.py): the folders above name the user."""
    return "/".join(PurePath(filename).parts[-3:])
