"""The parent's written language and interpreter need: the rules of the register, and the
categories of Nasjonalt tolkeregister."""

from __future__ import annotations

import pytest

from bufapp.domain import validation
from bufapp.domain.entities import Parent
from bufapp.domain.interpreting import (
    INTERPRETER_CATEGORIES,
    TOLKELOVEN,
    accepted_categories,
    categories_text,
    check_language_needs,
    is_language_code,
)
from tests.conftest import TODAY


def _fields(parent: Parent) -> list[str]:
    return [p.field for p in validation.check_parent(parent, TODAY)]


def test_the_categories_run_from_a_to_e_with_a_norwegian_description() -> None:
    assert list(INTERPRETER_CATEGORIES) == ["A", "B", "C", "D", "E"]
    assert INTERPRETER_CATEGORIES["B"] == "statsautorisert"
    assert "ToSPoT" in INTERPRETER_CATEGORIES["D"]
    assert "Tolkeloven" in TOLKELOVEN and "Nasjonalt tolkeregister" in TOLKELOVEN


@pytest.mark.parametrize(
    ("level", "accepted", "text"),
    [
        ("A", ("A",), "A"),
        ("B", ("A", "B"), "A–B"),
        ("C", ("A", "B", "C"), "A–C"),
        ("E", ("A", "B", "C", "D", "E"), "A–E"),
        ("", (), ""),
        ("F", (), ""),
    ],
)
def test_a_level_accepts_itself_and_every_better_category(
    level: str, accepted: tuple[str, ...], text: str
) -> None:
    assert accepted_categories(level) == accepted
    assert categories_text(level) == text


@pytest.mark.parametrize("code", ["nb", "nn", "en", "se", "smj", "sma", "ar", "fkv", "xyz"])
def test_known_codes_and_codes_an_office_adds_are_languages(code: str) -> None:
    assert is_language_code(code)


@pytest.mark.parametrize("code", ["a", "abcd", "SE", "nb-NO", "nordsamisk", "s1", "sé"])
def test_anything_else_is_not_a_language_code(code: str) -> None:
    assert not is_language_code(code)


def test_a_parent_with_a_written_language_and_an_interpreter_of_a_category_is_valid() -> None:
    parent = Parent(
        "Máret", "Čuđe", written_language="se", interpreter_language="nordsamisk",
        interpreter_level="B",
    )  # fmt: skip
    assert _fields(parent) == []
    assert _fields(Parent("Ola", "Nordmann")) == []  # the office's standard, no interpreter


def test_a_written_language_that_is_no_code_is_rejected_under_its_field() -> None:
    problems = check_language_needs("Nordsamisk", None, "")
    assert [p.field for p in problems] == ["written_language"]
    assert "2–3 små bokstaver" in problems[0].message


def test_a_level_needs_an_interpreter_language() -> None:
    assert _fields(Parent("Ola", "Nordmann", interpreter_level="B")) == ["interpreter_level"]
    problems = check_language_needs("", None, "A")
    assert "bare når forelderen trenger tolk" in problems[0].message


def test_a_level_must_be_a_category_of_the_register() -> None:
    parent = Parent("Ola", "Nordmann", interpreter_language="arabisk", interpreter_level="F")
    problems = validation.check_parent(parent, TODAY)
    assert [p.field for p in problems] == ["interpreter_level"]
    assert "(A–E)" in problems[0].message
