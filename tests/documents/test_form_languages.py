"""Every shipped translation of a form is whole: the same texts as bokmål under the same keys,
the same {placeholders}, no settings of its own, and marked as not yet checked by a native
writer until it has been. Nynorsk covers every form (an office's written standard); English
covers the documents a parent gets and the screen forms behind them."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from bufapp import paths

FORMS = paths.forms_dir()
SOURCE = {path.stem: path for path in sorted(FORMS.glob("*.toml"))}
# The forms of the documents a parent gets: the parent's copy of a referral, the consent
# declaration, the information sheet, the invitation, innsyn (the pack, the contact extract and
# the access report), and the wording every letter shares.
PARENT_FACING = {
    "common",
    "referral",
    "consent",
    "information_sheet",
    "meeting_invitation",
    "access_pack",
    "contact_extract",
    "access_report",
}
# The forms whose words are on screen and, through the role table, in the parent's information
# sheet: the follow-up page (checklist, who decides what), levekår, samvær and the feedback.
SCREEN_FORMS = {"followup", "living", "visits", "feedback"}
SHIPPED_LANGUAGES = {"nn": set(SOURCE), "en": PARENT_FACING | SCREEN_FORMS}
TRANSLATIONS = sorted(FORMS.glob("*/*.toml"))
STATUS = re.compile(r"^# translation-status: (unchecked|checked by .+)$", re.MULTILINE)
PLACEHOLDER = re.compile(r"\{([a-z_]+)[^}]*\}")


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


# Sections whose values are settings (which category of information a part carries), not words,
# by form. The [sections] of referral, consent, action_list and group_offers are headings: words.
SETTINGS_SECTIONS = {
    "meeting_invitation": {"sections"},
    "meeting_minutes": {"sections"},
    "referral": {"section_categories"},
}
# What a [dates] pattern of common.toml may use (bufapp.documents.dates): a language picks its own.
DATE_FIELDS = {"day", "month", "year", "month_name", "weekday", "hour", "minute"}


def _is_text(value: Any) -> bool:
    """A string, or a list (of strings, of rows of strings, of small tables of strings)."""
    if isinstance(value, str):
        return True
    if isinstance(value, list):
        return all(_is_text(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(item, str) for item in value.values())
    return False


def _texts(values: dict[str, Any], settings: set[str], at: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in values.items():
        if f"{at}{key}" in settings:
            continue
        if isinstance(value, dict):
            found |= _texts(value, settings, f"{at}{key}.")
        elif _is_text(value):
            found[f"{at}{key}"] = value
    return found


def _others(values: dict[str, Any], settings: set[str], at: str = "") -> set[str]:
    """Keys whose values are settings: numbers, flags, the categories a part carries."""
    found: set[str] = set()
    for key, value in values.items():
        if f"{at}{key}" in settings:
            found.add(f"{at}{key}")
        elif isinstance(value, dict):
            found |= _others(value, settings, f"{at}{key}.")
        elif not _is_text(value):
            found.add(f"{at}{key}")
    return found


def _flat(text: Any) -> list[str]:
    if isinstance(text, str):
        return [text]
    if isinstance(text, dict):
        return [item for value in text.values() for item in _flat(value)]
    return [item for value in text for item in _flat(value)]


def _codes(text: Any) -> list[str]:
    """The stable keys of a list of small tables (a checklist's items): never translated."""
    return (
        [item.get("key", "") for item in text if isinstance(item, dict)]
        if isinstance(text, list)
        else []
    )


def _placeholders(text: Any) -> set[str]:
    return {name for item in _flat(text) for name in PLACEHOLDER.findall(item)}


@pytest.mark.parametrize("language", sorted(SHIPPED_LANGUAGES))
def test_each_shipped_language_has_every_form_it_promises(language: str) -> None:
    present = {path.stem for path in (FORMS / language).glob("*.toml")}
    assert SHIPPED_LANGUAGES[language] <= present, sorted(SHIPPED_LANGUAGES[language] - present)


def test_no_translation_folder_ships_that_is_not_promised() -> None:
    folders = {path.name for path in FORMS.iterdir() if path.is_dir()}
    assert folders <= set(SHIPPED_LANGUAGES), folders


@pytest.mark.parametrize("path", TRANSLATIONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_translation_has_the_same_texts_and_placeholders(path: Path) -> None:
    assert path.stem in SOURCE, f"{path}: no bokmål form of that name"
    settings = SETTINGS_SECTIONS.get(path.stem, set())
    ours, theirs = _texts(_read(SOURCE[path.stem]), settings), _texts(_read(path), settings)
    assert sorted(set(ours) - set(theirs)) == [], "missing"
    assert sorted(set(theirs) - set(ours)) == [], "not in bokmål"
    for key, text in ours.items():
        if key.startswith("dates.") and isinstance(text, str):
            # A date pattern: "1 December 2026" may name the month where bokmål numbers it.
            assert _placeholders(theirs[key]) <= DATE_FIELDS, key
            continue
        assert _placeholders(theirs[key]) == _placeholders(text), key
        assert _codes(theirs[key]) == _codes(text), key
        if isinstance(text, list) and key.startswith("dates."):
            assert len(theirs[key]) == len(text), key  # seven weekdays, twelve months


@pytest.mark.parametrize("path", TRANSLATIONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_translation_holds_no_settings_of_its_own(path: Path) -> None:
    """Numbers and flags (a cut-off, a category) are the office's, in bokmål's form: a copy in a
    translation would silently undo the office's own setting in that language."""
    assert _others(_read(path), SETTINGS_SECTIONS.get(path.stem, set())) == set()


@pytest.mark.parametrize("path", TRANSLATIONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_translation_says_whether_a_native_writer_has_checked_it(path: Path) -> None:
    assert STATUS.search(path.read_text(encoding="utf-8")), path
