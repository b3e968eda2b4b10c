"""The words of every shipped form, read as a lawyer and a typographer would: legal references
use the numbering of barnevernsloven 2021 and are marked for the municipality to check; the
first-conversation norm is the guideline's, not a section of law; a time of day is «kl. 10.15»
and a percentage «17 %». The nynorsk forms (forms/nn/) are read by the same rules, and use no
bokmål where nynorsk has its own word. English forms (forms/en/) have their own rules: «section
13-1», «at 10:15», «17%»."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bufapp import paths

FORMS = paths.forms_dir()
# Bokmål, and nynorsk: the same law, the same typography. (English is read by its own rules.)
NYNORSK = sorted(FORMS.glob("nn/*.toml"))
SHIPPED = sorted(FORMS.glob("*.toml")) + NYNORSK
CHECK_MARK = "# Kommunen bør kontrollere"
LEGAL = re.compile(r"§|\bartikkel\b|\bart\.\s*\d|\bjf\.")
# The 1992 Act's words and sections that bufapp's subjects fall under; none exists in the 2021 Act
# with the same meaning (taushetsplikt is § 13-1 now, omsorgsovertakelse § 5-1, …), and its
# names in nynorsk: «barnevernlova», «barneverntenesta».
OLD_ACT = re.compile(
    r"barnevernloven|barneverntjenesten|barnevernlova|barneverntenesta|fylkesnemnd|"
    r"§\s*(4-4|4-5|4-12|4-16|4-19|6-4|6-7|6-7\s*a)(?![\d-])"
)
PLACEHOLDER_TIME = re.compile(r"\{(time|start|end)\}")


def _strings(value: Any, at: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield at, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{at}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{at}.{key}" if at else key)


def _name(path: Path) -> str:
    return path.relative_to(FORMS).as_posix()


def _form(path: Path) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


@pytest.mark.parametrize("path", SHIPPED, ids=_name)
def test_legal_references_use_the_2021_act_and_are_marked_for_checking(path: Path) -> None:
    cited = [(key, text) for key, text in _strings(_form(path)) if LEGAL.search(text)]
    for key, text in _strings(_form(path)):
        assert not OLD_ACT.search(text), f"{_name(path)} {key}: {text}"
        assert not re.search(r"(GDPR|personvernforordningen)\)? art(ikkel|\.) 7\b", text), key
    if cited:
        assert CHECK_MARK in path.read_text(encoding="utf-8"), f"{_name(path)}: {cited[0]}"


def test_the_first_conversation_is_the_guidelines_norm_not_a_section_of_law() -> None:
    for path in SHIPPED:
        for key, text in _strings(_form(path)):
            if re.search(r"første samtale", text, re.IGNORECASE):
                assert "§" not in text, f"{_name(path)} {key}"


@pytest.mark.parametrize("path", SHIPPED, ids=_name)
def test_times_are_written_kl_and_percentages_with_a_space(path: Path) -> None:
    for key, text in _strings(_form(path)):
        where = f"{_name(path)} {key}: {text}"
        assert not re.search(r"\d%|\}%", text), where  # «17 %», never «17%»
        assert not re.search(r"\bklokk(a|en)\b", text, re.IGNORECASE), where
        assert not re.search(r"\b\d{1,2}:\d{2}\b", text), where  # «10.15», not «10:15»
        is_time = "time" in key.rsplit(".", 1)[-1]  # {start}/{end} are dates elsewhere
        for found in PLACEHOLDER_TIME.finditer(text):
            if found.group(1) != "time" and not is_time:
                continue
            before = text[: found.start()]
            joined = re.search(r"(kl\.|Kl\.) $|\{start\}[–-]$", before)
            assert joined, f"{where}: a time without «kl.»"


def test_no_document_or_service_writes_a_time_with_a_colon() -> None:
    """Norwegian writes «kl. 10.15»; the forms put «kl.» before every {time}."""
    root = Path(paths.__file__).parent
    for package in ("documents", "services"):
        for source in sorted((root / package).rglob("*.py")):
            assert "%H:%M" not in source.read_text(encoding="utf-8"), source.name


def test_a_print_with_initials_is_called_pseudonymised_never_anonymised() -> None:
    """Initials and role words can still point to a person: the print is pseudonymised."""
    root = Path(paths.__file__).parent
    forms = sorted(paths.forms_dir().rglob("*.toml"))  # bokmål and every language
    sources = [*root.rglob("*.py"), *forms, root.parent / "README.md"]
    for source in sources:
        text = source.read_text(encoding="utf-8")
        assert not re.search(r"anonymi[sz]|anonymt|anonymous", text, re.IGNORECASE), source


ENGLISH = sorted((paths.forms_dir() / "en").glob("*.toml"))
# English cites law in words: "the Child Welfare Act (barnevernsloven) section 13-1".
ENGLISH_LEGAL = re.compile(r"§|\bsections?\s+\d|\barticle\s+\d|\bchapter\s+\d|\bcf\.", re.I)


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: f"en/{p.name}")
def test_english_forms_mark_the_law_and_write_times_and_shares_the_english_way(path: Path) -> None:
    """The English rules: legal references marked for the municipality to check, the Acts of
    2021 (never the 1992 names, nor the old «County Social Welfare Board»), «section», never
    «§»; a time «at 10:15» (no «kl.»); a percentage «17%», without a space; the first
    conversation a guideline's norm; «pseudonymised» (a test below reads every form)."""
    cited = []
    for key, text in _strings(_form(path)):
        where = f"en/{path.name} {key}: {text}"
        if ENGLISH_LEGAL.search(text):
            cited.append(where)
        assert "§" not in text, where
        assert not OLD_ACT.search(text), where
        assert not re.search(r"county social welfare board", text, re.IGNORECASE), where
        assert not re.search(r"\bkl\.|\bklokk", text, re.IGNORECASE), where
        assert not re.search(r"\d %|\} %", text), where  # «17%», never «17 %»
        assert not re.search(r"\b\d{1,2}\.\d{2}\b", text), where  # «10:15», not «10.15»
        for found in re.finditer(r"\{time\}", text):
            assert text[: found.start()].endswith("at "), f"{where}: a time without «at»"
        if re.search(r"first conversation", text, re.IGNORECASE):
            assert not re.search(r"\bsection\b", text, re.IGNORECASE), where
    if cited:
        assert CHECK_MARK in path.read_text(encoding="utf-8"), cited[0]


def test_english_dates_name_the_month() -> None:
    """«1 December 2026»: a month written in words, never a numeric date read two ways."""
    dates = _form(paths.forms_dir() / "en" / "common.toml")["dates"]
    for key in ("short", "long", "long_with_weekday"):
        assert "{month_name}" in dates[key] and "{month" not in dates[key].replace(
            "{month_name}", ""
        ), key


# Bokmål words with a nynorsk word of their own. (The role words of network_map.toml and the
# change list's labels in visit_plan.toml are bokmål on purpose: they match what is written in
# bokmål; none of them is here.)
BOKMAAL = re.compile(
    r"\b(ikke|hva|hvem|hvordan|hvorfor|hvis|hvor|noen|noe|fra|mye|deres|dere|selv|bare|"
    r"barnevernstjenesten?|taushetsplikt|anonym\w*)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", NYNORSK, ids=_name)
def test_a_nynorsk_form_writes_nynorsk(path: Path) -> None:
    for key, text in _strings(_form(path)):
        found = BOKMAAL.search(text)
        assert not found, f"{_name(path)} {key}: «{found.group(0)}» in {text}"
