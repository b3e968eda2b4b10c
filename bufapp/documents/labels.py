"""The interface's words in a document: a domain label (a contact form, a topic, a category, a
role) translated as the interface catalogue of the document's language has it.

The catalogues ``resources/translations/bufapp_LANG.ts`` (Qt Linguist XML: source text →
translation) hold every label's translation, so a document and the screen use the same words.
This reads them with the standard library (no Qt in documents). A label with no translation,
or a language with no catalogue (one a municipality added only as forms), stays in bokmål.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from bufapp import paths
from bufapp.languages import SOURCE_LANGUAGE


def catalogue_path(language: str, folder: Path | None = None) -> Path:
    return (folder or paths.resources_dir() / "translations") / f"bufapp_{language}.ts"


@lru_cache(maxsize=16)
def _catalogue(path: Path) -> dict[str, str]:
    """Source text → finished translation; an unfinished or empty one is left out."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    found: dict[str, str] = {}
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        text = "".join(translation.itertext())
        if text:
            found.setdefault(source, text)
    return found


class Labels:
    """``Labels("nn")("Telefon")`` → the nynorsk interface's word; bokmål where it has none."""

    def __init__(self, language: str = SOURCE_LANGUAGE, folder: Path | None = None) -> None:
        self.language = language
        self._words = (
            {} if language == SOURCE_LANGUAGE else _catalogue(catalogue_path(language, folder))
        )

    def __call__(self, label: str) -> str:
        return self._words.get(label, label)

    def all(self, labels: Iterable[str]) -> tuple[str, ...]:
        return tuple(self(label) for label in labels)
