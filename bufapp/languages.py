"""The written languages bufapp's documents and interface can use.

Codes are ISO 639 (``nb``, ``nn``, ``en``, ``se`` …), also the names of the form folders
(``forms/nn/``) and of the interface catalogues (``bufapp_nn.ts``). Bokmål is the source
language: every text is first written in bokmål. A municipality can add a language (Northern
Sami, say) by putting forms in ``forms/se/`` of its override folder; bufapp ships no text it
has not been able to have checked.
"""

from __future__ import annotations

SOURCE_LANGUAGE = "nb"

# The office's written standard (målform): a municipality's letters go out in one of these.
OFFICE_STANDARDS = ("nb", "nn")

# The interface languages bufapp ships catalogues for.
INTERFACE_LANGUAGES = ("nb", "nn", "en")

# Names in bokmål, as the register and the settings show them. A code not here is shown as it is.
LANGUAGE_NAMES = {
    "nb": "bokmål",
    "nn": "nynorsk",
    "en": "engelsk",
    "se": "nordsamisk",
    "smj": "lulesamisk",
    "sma": "sørsamisk",
    "fkv": "kvensk",
    "ar": "arabisk",
    "so": "somali",
    "ti": "tigrinja",
    "pl": "polsk",
    "lt": "litauisk",
    "uk": "ukrainsk",
    "ru": "russisk",
    "fa": "persisk",
    "prs": "dari",
    "ps": "pashto",
    "ku": "kurdisk",
    "ur": "urdu",
    "vi": "vietnamesisk",
    "th": "thai",
    "tr": "tyrkisk",
    "es": "spansk",
    "fr": "fransk",
    "de": "tysk",
    "ro": "rumensk",
}

# Each language's name in itself, for the choice of a document's language.
ENDONYMS = {
    "nb": "bokmål",
    "nn": "nynorsk",
    "en": "English",
    "se": "davvisámegiella",
    "smj": "julevsámegiella",
    "sma": "åarjelsaemien gïele",
}

_ORDER = ("nb", "nn", "en", "se", "smj", "sma")


def language_order(code: str) -> tuple[int, str]:
    """Sort key: bokmål, nynorsk, English, the Sami languages, then the rest by code."""
    return (_ORDER.index(code), code) if code in _ORDER else (len(_ORDER), code)


def language_name(code: str) -> str:
    """«nynorsk» for ``nn``; an unknown code as it is."""
    return LANGUAGE_NAMES.get(code, code)


def document_language(preferred: str, available: tuple[str, ...], office_standard: str) -> str:
    """The language to offer first for a document to a parent: theirs where the document exists
    in it, else the office's written standard."""
    if preferred in available:
        return preferred
    return office_standard if office_standard in available else SOURCE_LANGUAGE
