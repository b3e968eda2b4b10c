"""``bufapp`` / ``python -m bufapp``: parse the arguments and hand over to the composition root."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bufapp import __version__, crash_report
from bufapp.cli_parser import NorwegianParser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = NorwegianParser(prog="bufapp", description="bufapp – oppfølging av foreldre")
    parser.add_argument(
        "--version", action="version", version=f"bufapp {__version__}", help="vis versjonen"
    )
    parser.add_argument(
        "--demo", action="store_true", help="åpne en egen demodatabase med oppdiktede personer"
    )
    parser.add_argument(
        "--vault", metavar="DIR", help="databasemappen (standard: brukerens datamappe)"
    )
    # Set by the program itself when a lock starts it afresh (see bufapp.app.relaunch_locked).
    parser.add_argument("--locked", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--window-state", default="", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # A frozen build starts its worker processes (the archive export's) through this very
        # program: freeze_support runs the worker and exits there. Not frozen, it does nothing,
        # so multiprocessing is not imported for it.
        import multiprocessing

        multiprocessing.freeze_support()
    crash_report.install()  # from the first line on, no failure prints its message
    args = parse_args(argv)
    from bufapp import app  # Qt is imported only once the arguments are known to be fine

    return app.run(args)


if __name__ == "__main__":
    sys.exit(main())
