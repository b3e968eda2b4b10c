"""Document forms: the wording of each document, from TOML files under ``forms/``.

A municipality can override a form by placing a file with the same name in its user config
folder (``paths.user_forms_dir()``). Its values are laid over ours key by key, so a copy that
only changes one sentence still has everything else. A broken override never stops a letter:
the problem is reported (file and line, in Norwegian) and our wording is used instead.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bufapp import paths

_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class Form:
    """A form's values, where they came from, and anything wrong with an override."""

    name: str
    values: Mapping[str, Any]
    sources: tuple[Path, ...]
    problems: tuple[str, ...] = ()

    def text(self, dotted: str) -> str:
        """The string at ``section.key``; a missing one is a programming error in our forms."""
        value: Any = self.values
        for part in dotted.split("."):
            value = value[part]
        if not isinstance(value, str):
            raise TypeError(f"form {self.name}: {dotted} is not text")
        return value


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


def _problem_reading(path: Path, failure: Exception) -> str:
    if isinstance(failure, tomllib.TOMLDecodeError):
        found = _POSITION.search(str(failure))
        where = f"linje {found.group(1)}" if found else "ukjent linje"
        return (
            f"Skjemaet {path} har en feil på {where} og kan ikke brukes. "
            "bufapps eget skjema brukes i stedet."
        )
    if isinstance(failure, UnicodeDecodeError):
        return f"Skjemaet {path} er ikke lagret som UTF-8. bufapps eget skjema brukes i stedet."
    return f"Skjemaet {path} kan ikke leses. bufapps eget skjema brukes i stedet."


def _overlay(
    ours: Mapping[str, Any], theirs: Mapping[str, Any], path: Path, at: str = ""
) -> tuple[dict[str, Any], list[str]]:
    """Their values over ours, key by key; a value of the wrong kind keeps ours."""
    merged = dict(ours)
    problems = []
    for key, value in theirs.items():
        name = f"{at}{key}"
        if key not in ours:
            problems.append(f"Skjemaet {path}: «{name}» er ikke i bruk og blir ikke tatt med.")
        elif isinstance(ours[key], dict):
            if isinstance(value, dict):
                merged[key], inner = _overlay(ours[key], value, path, f"{name}.")
                problems += inner
            else:
                problems.append(f"Skjemaet {path}: «{name}» skal være en seksjon; vår brukes.")
        elif type(value) is not type(ours[key]):
            problems.append(f"Skjemaet {path}: «{name}» har feil type verdi; vår tekst brukes.")
        else:
            merged[key] = value
    return merged, problems


def load_form(name: str, shipped: Path | None = None, overrides: Path | None = None) -> Form:
    """The form ``name`` (e.g. "common"), with the municipality's override laid over ours."""
    ours_path = (shipped or paths.forms_dir()) / f"{name}.toml"
    ours = _read(ours_path)  # ours must be valid: the test suite reads every shipped form
    their_path = (overrides or paths.user_forms_dir()) / f"{name}.toml"
    if not their_path.is_file():
        return Form(name, ours, (ours_path,))
    try:
        theirs = _read(their_path)
    except (OSError, ValueError) as failure:
        return Form(name, ours, (ours_path,), (_problem_reading(their_path, failure),))
    merged, problems = _overlay(ours, theirs, their_path)
    return Form(name, merged, (ours_path, their_path), tuple(problems))
