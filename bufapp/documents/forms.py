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
from bufapp.languages import SOURCE_LANGUAGE, language_order

_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class Form:
    """A form's values, where they came from, and anything wrong with an override."""

    name: str
    values: Mapping[str, Any]
    sources: tuple[Path, ...]
    problems: tuple[str, ...] = ()
    language: str = SOURCE_LANGUAGE  # the language its texts are in (missing ones: bokmål)

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


def _laid_over(form: Form, path: Path, missing_note: str | None = None) -> Form:
    """``form`` with the file at ``path`` laid over it; a broken file is reported and skipped."""
    try:
        theirs = _read(path)
    except (OSError, ValueError) as failure:
        problems = (*form.problems, _problem_reading(path, failure))
        return Form(form.name, form.values, form.sources, problems, form.language)
    merged, problems = _overlay(form.values, theirs, path)
    if missing_note is not None:
        problems += [
            f"Skjemaet {path}: «{key}» mangler; {missing_note}"
            for key in _text_keys(form.values) - _text_keys(theirs)
        ]
    sources = (*form.sources, path)
    return Form(form.name, merged, sources, (*form.problems, *problems), form.language)


def _text_keys(values: Mapping[str, Any], at: str = "") -> set[str]:
    """The dotted keys of every text (a string or a list of strings) in a form."""
    keys: set[str] = set()
    for key, value in values.items():
        if isinstance(value, dict):
            keys |= _text_keys(value, f"{at}{key}.")
        elif isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            keys.add(f"{at}{key}")
    return keys


def load_form(
    name: str,
    language: str = SOURCE_LANGUAGE,
    shipped: Path | None = None,
    overrides: Path | None = None,
) -> Form:
    """The form ``name`` (e.g. "common") in ``language``, with the municipality's overrides.

    Bokmål is the source: ``forms/NAME.toml``. Another language's file (``forms/nn/NAME.toml``,
    or the municipality's ``forms/se/NAME.toml`` in its override folder) holds only the texts
    and is laid over bokmål, so numbers and settings (a cut-off, a category) stay the office's
    in every language. Layers, last wins: our bokmål, the office's bokmål, our LANGUAGE, the
    office's LANGUAGE. A text missing from a language is reported and shown in bokmål.
    """
    shipped_dir = shipped or paths.forms_dir()
    override_dir = overrides or paths.user_forms_dir()
    ours_path = shipped_dir / f"{name}.toml"
    form = Form(name, _read(ours_path), (ours_path,))  # ours is valid: the suite reads each
    if (override_dir / f"{name}.toml").is_file():
        form = _laid_over(form, override_dir / f"{name}.toml")
    if language == SOURCE_LANGUAGE:
        return form
    form = Form(form.name, form.values, form.sources, form.problems, language)
    note = "teksten står på bokmål."
    shipped_translation = shipped_dir / language / f"{name}.toml"
    if shipped_translation.is_file():
        form = _laid_over(form, shipped_translation)
        note = None  # ours is complete (a test checks it); an office override may be partial
    their_translation = override_dir / language / f"{name}.toml"
    if their_translation.is_file():
        form = _laid_over(form, their_translation, note)
    return form


def form_languages(
    name: str, shipped: Path | None = None, overrides: Path | None = None
) -> tuple[str, ...]:
    """The languages ``name`` can be written in: bokmål, ours, and any the office has added."""
    found = {SOURCE_LANGUAGE}
    for folder in (shipped or paths.forms_dir(), overrides or paths.user_forms_dir()):
        if folder.is_dir():
            found |= {sub.name for sub in folder.iterdir() if (sub / f"{name}.toml").is_file()}
    return tuple(sorted(found, key=language_order))
