"""The command line in Norwegian: argparse writes its help headings and usage errors in English
(Python ships no Norwegian catalogue for it), so the headings are named here and the few kinds of
error it can raise are said again, one sentence each, with the usage line. The exit code stays
argparse's 2."""

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


class NorwegianHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "Bruk: " if prefix is None else prefix)


class NorwegianParser(argparse.ArgumentParser):
    def __init__(self, *args, add_help: bool = True, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", NorwegianHelpFormatter)
        parents = kwargs.pop("parents", [])
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "valg"
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS,
                help="vis denne hjelpen og avslutt",
            )  # fmt: skip
        # As argparse does with parents=, but after the headings are named, so that the parents'
        # options land under the same «valg» instead of a second group of that name.
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {in_norwegian(message)}\n")
