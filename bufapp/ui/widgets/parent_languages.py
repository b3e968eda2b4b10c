"""The parent's languages as the interface says them: the written language chosen for the
parent's documents, and the interpreter the parent needs («arabisk, kategori A–B»). The register
dialog, the parent's card, the contact editor and the cooperation agreement all say it alike."""

from __future__ import annotations

from bufapp.domain.collation import sort_key
from bufapp.domain.entities import Parent
from bufapp.domain.interpreting import INTERPRETER_CATEGORIES, TOLKELOVEN, categories_text
from bufapp.languages import LANGUAGE_NAMES, language_name, language_order
from bufapp.ui.qt import tr

# The written standards and the Sami languages first, as bufapp's own order has them.
_FIRST = ("nb", "nn", "en", "se", "smj", "sma")


def office_standard_label() -> str:
    return tr("Som kontoret (bokmål/nynorsk)")


def written_language_label(code: str) -> str:
    """«nordsamisk» for ``se``; the office's standard for an empty code."""
    return tr(language_name(code)) if code else office_standard_label()


def written_language_choices(current: str = "") -> list[tuple[str, str]]:
    """(label, code): the office's standard, bokmål, nynorsk, English, the Sami languages, then
    the others in Norwegian alphabetical order; a code an office has added, when the parent has
    it, last."""
    first = sorted((c for c in LANGUAGE_NAMES if c in _FIRST), key=language_order)
    rest = sorted(
        (c for c in LANGUAGE_NAMES if c not in _FIRST), key=lambda c: sort_key(language_name(c))
    )
    codes = [*first, *rest]
    if current and current not in LANGUAGE_NAMES:
        codes.append(current)
    return [(office_standard_label(), ""), *((written_language_label(c), c) for c in codes)]


def level_choices() -> list[tuple[str, str]]:
    """(label, category) for the level combo: none said, then A (the best) to E; a level is the
    lowest category accepted."""
    choices = [(tr("Ikke oppgitt"), "")]
    for category, description in INTERPRETER_CATEGORIES.items():
        label = (
            tr("Kategori {category}: {description}")
            if category == "A"
            else tr("Minst kategori {category}: {description}")
        )
        choices.append((label.format(category=category, description=tr(description)), category))
    return choices


def tolkeloven() -> str:
    return tr(TOLKELOVEN)


def interpreter_need(parent: Parent) -> str:
    """«arabisk, kategori A–B», «arabisk» without a level; empty when no interpreter is needed."""
    if not parent.needs_interpreter:
        return ""
    language = (parent.interpreter_language or "").strip()
    categories = categories_text(parent.interpreter_level)
    if not categories:
        return language
    return tr("{language}, kategori {categories}").format(language=language, categories=categories)


def interpreter_reminder(parent: Parent) -> str:
    """«Forelderen trenger tolk (arabisk, kategori A–B).»; empty when no interpreter is needed."""
    need = interpreter_need(parent)
    return tr("Forelderen trenger tolk ({language}).").format(language=need) if need else ""
