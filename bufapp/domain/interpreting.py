"""The interpreter a parent needs, and the language the parent reads best.

Tolkeloven (lov om offentlige organers ansvar for bruk av tolk mv., in force 1 January 2022)
requires a public body to use a qualified interpreter when it is to safeguard a person's rights
or give them help and services, and it cannot do so without an interpreter. A qualified
interpreter is one listed in Nasjonalt tolkeregister (run by IMDi), in one of the categories
below: A is the most qualified. The parent's register card records the lowest category the
office accepts for this parent; a level only makes sense with a language to interpret to.

The municipality should check the categories against tolkeregisteret.no now and then: IMDi
has changed their names and requirements before, and a change is made here (and in the
interface catalogues), nowhere else.
"""

from __future__ import annotations

import re

from bufapp.domain.words import N_
from bufapp.errors import FieldProblem
from bufapp.languages import LANGUAGE_NAMES

# Nasjonalt tolkeregister's categories, most qualified first, with what each requires.
# Check against tolkeregisteret.no: the municipality is responsible for using them rightly.
INTERPRETER_CATEGORIES: dict[str, str] = {
    "A": N_("statsautorisert og tolkeutdanning"),
    "B": N_("statsautorisert"),
    "C": N_("tolkeutdanning"),
    "D": N_("bestått ToSPoT og gjennomført TAT-kurs (tolkens ansvar og rolle)"),
    "E": N_("bestått ToSPoT eller tilsvarende prøve, eller bare TAT-kurs"),
}

TOLKELOVEN = N_(
    "Tolkeloven (2022) krever at offentlige organer bruker kvalifisert tolk, det vil si en "
    "tolk i Nasjonalt tolkeregister, når de ikke kan ivareta forelderens rettigheter eller gi "
    "hjelp uten tolk. Kategori A er best kvalifisert. Velg den laveste kategorien dere godtar "
    "for denne forelderen."
)

# The form of a language code the office may add (ISO 639-1 or -3): «se», «smj», «fkv».
_CODE = re.compile(r"^[a-z]{2,3}$", re.ASCII)


def accepted_categories(level: str) -> tuple[str, ...]:
    """The categories that satisfy ``level`` (the lowest accepted): "B" gives ("A", "B");
    empty or unknown gives none."""
    order = tuple(INTERPRETER_CATEGORIES)
    return order[: order.index(level) + 1] if level in order else ()


def categories_text(level: str) -> str:
    """«A», «A–B», «A–C» …: the categories that satisfy ``level``; empty when none is set."""
    accepted = accepted_categories(level)
    if not accepted:
        return ""
    return accepted[0] if len(accepted) == 1 else f"{accepted[0]}–{accepted[-1]}"


def is_language_code(code: str) -> bool:
    """A code the register can hold: a known one, or one an office has added (2–3 letters)."""
    return code in LANGUAGE_NAMES or bool(_CODE.fullmatch(code))


def check_language_needs(
    written_language: str, interpreter_language: str | None, interpreter_level: str
) -> list[FieldProblem]:
    """Every problem with a parent's written language and interpreter need."""
    problems = []
    if written_language and not is_language_code(written_language):
        problems.append(
            FieldProblem(
                "written_language",
                N_("Skriftspråket må være en språkkode med 2–3 små bokstaver, f.eks. «se»."),
            )
        )
    if interpreter_level and interpreter_level not in INTERPRETER_CATEGORIES:
        problems.append(
            FieldProblem(
                "interpreter_level", N_("Velg en kategori fra Nasjonalt tolkeregister (A–E).")
            )
        )
    elif interpreter_level and not (interpreter_language or "").strip():
        problems.append(
            FieldProblem(
                "interpreter_level",
                N_(
                    "Tolkens kategori gjelder bare når forelderen trenger tolk. Skriv tolkespråket."
                ),
            )
        )
    return problems
