"""The command line's own mistakes in Norwegian: argparse writes its usage errors in English
(Python ships no Norwegian catalogue for it), so the few kinds it can raise are said again here,
one sentence each, with the usage line. The exit code stays argparse's 2."""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

_SAID = (
    (re.compile(r"the following arguments are required: (.+)"), "Mangler {0}."),
    (re.compile(r"unrecognized arguments: (.+)"), "Ukjent: {0}."),
    (
        re.compile(r"argument (\S+): invalid int value: '(.*)'"),
        "{0} må være et helt tall, ikke «{1}».",
    ),
    (
        re.compile(r"argument (\S+): invalid choice: '(.*)' \(choose from (.+)\)"),
        "{0} kan ikke være «{1}»; velg en av {2}.",
    ),
    (re.compile(r"argument (\S+): expected one argument"), "{0} må ha en verdi etter seg."),
    (re.compile(r"ambiguous option: (\S+) could match (.+)"), "{0} kan bety flere valg: {1}."),
    (re.compile(r"argument (\S+): (må .+)"), "{0} {1}."),  # our own type= checks
    (re.compile(r"argument (\S+): (.+)"), "{0}: {1}"),
)


def in_norwegian(message: str) -> str:
    """One of argparse's error messages, said in Norwegian (an unknown one as it came)."""
    for pattern, said in _SAID:
        found = pattern.fullmatch(message)
        if found:
            return said.format(*found.groups())
    return message


class NorwegianParser(argparse.ArgumentParser):
    def format_usage(self) -> str:
        return re.sub(r"^usage:", "Bruk:", super().format_usage())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {in_norwegian(message)}\n")
