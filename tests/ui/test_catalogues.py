"""The interface catalogues: every text of the source is in each, translated, with its plural
forms, and none is left over from a text that is gone; compiled, they translate and pluralise.

The catalogues are made by the binding's own lupdate (packaging/translations.py update) and
compiled by its lrelease when bufapp is built."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from bufapp import paths

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = paths.resources_dir() / "translations"
TRANSLATED = ("nn", "en")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> dict[str, ElementTree.Element]:
    root = ElementTree.parse(path).getroot()
    return {
        message.findtext("source") or "": message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _unfinished(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        return any(not (form.text or "").strip() for form in translation.iter("numerusform"))
    return not (translation.text or "").strip()


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped catalogues brought up to date with today's source, in a copy."""
    copy = tmp_path_factory.mktemp("catalogues")
    for shipped in CATALOGUES.glob("bufapp_*.ts"):
        shutil.copy(shipped, copy / shipped.name)
    _script().update(ROOT, copy)
    return copy


@pytest.mark.parametrize("language", ["nb", *TRANSLATED])
def test_a_catalogue_holds_exactly_the_texts_of_the_source(refreshed: Path, language: str) -> None:
    """A new text not yet in the catalogue, or an entry whose text is gone: run
    ``python packaging/translations.py update`` and translate what it adds."""
    shipped = _messages(CATALOGUES / f"bufapp_{language}.ts")
    fresh = _messages(refreshed / f"bufapp_{language}.ts")
    assert sorted(set(fresh) - set(shipped)) == [], "not in the catalogue"
    assert sorted(set(shipped) - set(fresh)) == [], "no longer in the source"


@pytest.mark.parametrize("language", ["nb", *TRANSLATED])
def test_every_text_of_a_catalogue_is_translated(language: str) -> None:
    messages = _messages(CATALOGUES / f"bufapp_{language}.ts")
    assert messages, language
    assert sorted(text for text, message in messages.items() if _unfinished(message)) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_translation_keeps_the_placeholders_of_its_source(language: str) -> None:
    placeholder = re.compile(r"\{[a-z_]*\}|%n|%L?\d")
    wrong = []
    for text, message in _messages(CATALOGUES / f"bufapp_{language}.ts").items():
        translation = message.find("translation")
        if translation is None or _unfinished(message):
            continue  # the test above names it
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if sorted(set(placeholder.findall(form))) != sorted(set(placeholder.findall(text))):
                wrong.append((text, form))
    assert wrong == []


def _compiled(tmp_path: Path) -> Path:
    _script().compile_all(CATALOGUES, tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("nb", "1 kontakt", "2 kontakter"),
        ("nn", "1 kontakt", "2 kontaktar"),
        ("en", "1 contact", "2 contacts"),
    ],
)
def test_compiled_catalogues_give_the_plural_that_fits_the_number(
    qapp: QApplication, tmp_path: Path, language: str, one: str, two: str
) -> None:
    translator = QTranslator()
    assert translator.load(str(_compiled(tmp_path) / f"bufapp_{language}.qm"))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("", "%n kontakter", None, 1) == one
        assert QCoreApplication.translate("", "%n kontakter", None, 2) == two
    finally:
        qapp.removeTranslator(translator)
