"""Input validation: every problem at once, as Norwegian messages that name the field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bufapp.domain import validation
from bufapp.domain.entities import Child, Office, Parent, ParentLink, Placement
from bufapp.domain.enums import ParentRole, PlacementBasis, PlacementEndReason, PlaceType
from bufapp.domain.national_id import make_synthetic
from bufapp.errors import FieldProblem, ValidationFailed
from tests.conftest import TODAY

ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def synthetic_id(born: date, *, d_number: bool = False) -> str:
    """A synthetic (month + 80) number for ``born``; never a real person's."""
    for individual in range(1000):
        number = make_synthetic(born, individual, d_number=d_number)
        if number is not None:
            return number
    raise AssertionError(f"no synthetic number for {born}")


def org_number(first_eight: str) -> str | None:
    """Complete eight digits with the Brønnøysund mod-11 check digit (None: no valid one)."""
    check = 11 - sum(int(d) * w for d, w in zip(first_eight, ORG_WEIGHTS, strict=True)) % 11
    check = 0 if check == 11 else check
    return None if check == 10 else first_eight + str(check)


def fields(problems: list[FieldProblem]) -> list[str]:
    return [p.field for p in problems]


def messages_for(problems: list[FieldProblem], field: str) -> list[str]:
    return [p.message for p in problems if p.field == field]


def a_parent(**changes: object) -> Parent:
    values: dict[str, object] = {"given_names": "Kari", "family_name": "Testesen"}
    values.update(changes)
    return Parent(**values)  # type: ignore[arg-type]


def a_child(**changes: object) -> Child:
    values: dict[str, object] = {
        "given_names": "Lise",
        "family_name": "Testesen",
        "birth_date": date(2018, 3, 4),
        "case_number": "2026/1234",
    }
    values.update(changes)
    return Child(**values)  # type: ignore[arg-type]


def a_placement(**changes: object) -> Placement:
    values: dict[str, object] = {
        "child_id": 1,
        "basis": PlacementBasis.CARE_ORDER,
        "place_type": PlaceType.FOSTER_HOME,
        "start_date": date(2026, 1, 10),
    }
    values.update(changes)
    return Placement(**values)  # type: ignore[arg-type]


# --- require_valid ------------------------------------------------------------------------------


def test_require_valid_passes_silently_without_problems() -> None:
    validation.require_valid([])


def test_require_valid_raises_with_every_problem_and_per_field_lookup() -> None:
    problems = [FieldProblem("a", "Første feil."), FieldProblem("b", "Andre feil.")]
    with pytest.raises(ValidationFailed) as caught:
        validation.require_valid(problems)
    assert caught.value.problems == problems
    assert caught.value.for_field("b") == ["Andre feil."]
    assert str(caught.value) == "Første feil.\nAndre feil."


# --- parents ------------------------------------------------------------------------------------


def test_a_complete_parent_has_no_problems() -> None:
    born = date(1990, 5, 17)
    parent = a_parent(
        national_id=synthetic_id(born),
        birth_date=born,
        postal_code="0150",
        phone="+47 912 34 567",
        email="kari@example.no",
        interpreter_language="arabisk",
    )
    assert validation.check_parent(parent, TODAY) == []


def test_a_parent_needs_a_given_or_family_name() -> None:
    problems = validation.check_parent(a_parent(given_names=" ", family_name=""), TODAY)
    assert problems == [FieldProblem("given_names", "Navn må fylles ut (fornavn eller etternavn).")]
    # Either name alone is enough (some people have only one).
    assert validation.check_parent(a_parent(given_names=""), TODAY) == []
    assert validation.check_parent(a_parent(family_name=""), TODAY) == []


def test_all_problems_of_a_parent_are_reported_at_once() -> None:
    parent = a_parent(
        given_names="",
        family_name="",
        national_id="123",
        postal_code="12",
        phone="12",
        email="ikke-en-adresse",
        interpreter_language="  ",
    )
    assert fields(validation.check_parent(parent, TODAY)) == [
        "given_names",
        "national_id",
        "postal_code",
        "phone",
        "email",
        "interpreter_language",
    ]


def test_future_birth_date_is_rejected() -> None:
    problems = validation.check_parent(a_parent(birth_date=TODAY + timedelta(days=1)), TODAY)
    assert problems == [FieldProblem("birth_date", "Fødselsdato kan ikke være fram i tid.")]
    assert validation.check_parent(a_parent(birth_date=TODAY), TODAY) == []


def test_birth_date_that_does_not_match_the_national_id_is_rejected() -> None:
    parent = a_parent(national_id=synthetic_id(date(1990, 5, 17)), birth_date=date(1990, 5, 18))
    assert validation.check_parent(parent, TODAY) == [
        FieldProblem("birth_date", "Fødselsdatoen stemmer ikke med fødselsnummeret/D-nummeret.")
    ]


def test_d_number_birth_date_is_compared_without_the_forty() -> None:
    born = date(1985, 12, 24)
    parent = a_parent(national_id=synthetic_id(born, d_number=True), birth_date=born)
    assert validation.check_parent(parent, TODAY) == []


def test_national_id_with_a_birth_date_in_the_future_is_rejected() -> None:
    number = synthetic_id(date(2030, 1, 1))  # individual 500–999: the 2000s
    assert validation.check_parent(a_parent(national_id=number), TODAY) == [
        FieldProblem("national_id", "Fødselsnummer/D-nummer: fødselsdatoen er fram i tid.")
    ]


def test_invalid_national_id_message_names_the_field_and_the_reason() -> None:
    (message,) = messages_for(
        validation.check_parent(a_parent(national_id="123"), TODAY), "national_id"
    )
    assert message == "Fødselsnummer/D-nummer må ha 11 siffer."


@pytest.mark.parametrize("postal_code", ["0150", "9990", " 5003 "])
def test_valid_postal_codes(postal_code: str) -> None:
    assert validation.check_parent(a_parent(postal_code=postal_code), TODAY) == []


@pytest.mark.parametrize("postal_code", ["150", "01500", "O150", "01-50"])
def test_postal_code_must_have_four_digits(postal_code: str) -> None:
    assert validation.check_parent(a_parent(postal_code=postal_code), TODAY) == [
        FieldProblem("postal_code", "Postnummeret må ha 4 siffer.")
    ]


@pytest.mark.parametrize(
    "phone", ["", "91234567", "912 34 567", "+47 912 34 567", "(+47) 912-34-567", "0047 22334455"]
)
def test_valid_phone_numbers(phone: str) -> None:
    assert validation.check_parent(a_parent(phone=phone), TODAY) == []


@pytest.mark.parametrize("phone", ["1234567", "telefon", "912 34 56x", "++4791234567"])
def test_invalid_phone_numbers_name_the_field(phone: str) -> None:
    (problem,) = validation.check_parent(a_parent(phone=phone), TODAY)
    assert problem.field == "phone"
    assert problem.message.startswith("Telefonnummeret")


@pytest.mark.parametrize("email", ["", "kari@example.no", "kari.testesen+bv@kommune.example.no"])
def test_valid_email_addresses(email: str) -> None:
    assert validation.check_parent(a_parent(email=email), TODAY) == []


@pytest.mark.parametrize("email", ["kari", "kari@example", "kari.example.no", "ka ri@example.no"])
def test_invalid_email_addresses_name_the_field(email: str) -> None:
    assert validation.check_parent(a_parent(email=email), TODAY) == [
        FieldProblem("email", "E-postadressen ser ikke riktig ut (mangler @ eller domene).")
    ]


def test_interpreter_language_must_be_named_when_an_interpreter_is_needed() -> None:
    # None means no interpreter; an empty answer means someone ticked "needs interpreter" only.
    assert validation.check_parent(a_parent(interpreter_language=None), TODAY) == []
    assert validation.check_parent(a_parent(interpreter_language=" "), TODAY) == [
        FieldProblem("interpreter_language", "Skriv hvilket språk tolken skal tolke til.")
    ]


# --- office and organisation numbers -------------------------------------------------------------


def test_org_number_check_digit_computed_by_hand_is_accepted() -> None:
    # 1·3 + 2·2 + 3·7 + 4·6 + 5·5 + 6·4 + 7·3 + 8·2 = 138; 138 mod 11 = 6; 11 − 6 = 5
    assert org_number("12345678") == "123456785"
    assert validation.org_number_is_valid("123456785")
    assert not validation.org_number_is_valid("123456784")


@settings(max_examples=200)
@given(first_eight=st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_exactly_the_mod11_completion_of_an_org_number_is_valid(first_eight: str) -> None:
    expected = org_number(first_eight)
    valid = [d for d in "0123456789" if validation.org_number_is_valid(first_eight + d)]
    assert valid == ([] if expected is None else [expected[-1]])


@pytest.mark.parametrize("number", ["12345678", "1234567850", "12345678X", "", "12345678 5"])
def test_org_number_must_have_nine_digits(number: str) -> None:
    assert not validation.org_number_is_valid(number)


# Python's ``\d`` matches every Unicode decimal digit (full-width ０–９ from an East Asian input
# method, Arabic-Indic ٠–٩ pasted from a parent's SMS, ...). The national ID parser guards with
# isascii(); the other patterns in validation.py do not, so such text is stored and printed on
# letters and exports as-is.


def test_org_number_with_full_width_digits_is_rejected() -> None:
    assert not validation.org_number_is_valid("１２３４５６７８５")


def test_postal_code_with_full_width_digits_is_rejected() -> None:
    assert fields(validation.check_parent(a_parent(postal_code="０１５０"), TODAY)) == [
        "postal_code"
    ]


def test_phone_with_arabic_indic_digits_is_rejected() -> None:
    assert fields(validation.check_parent(a_parent(phone="٩١٢٣٤٥٦٧"), TODAY)) == ["phone"]


def test_case_number_with_full_width_digits_is_rejected() -> None:
    problems = validation.check_child(a_child(case_number="２０２４/１２３"), TODAY)
    assert fields(problems) == ["case_number"]


def test_office_accepts_a_valid_org_number_with_spaces() -> None:
    assert validation.check_office(Office("Testvik kommune", org_number="123 456 785")) == []
    assert validation.check_office(Office("Testvik kommune")) == []  # optional


def test_office_rejects_a_bad_org_number_and_a_missing_municipality() -> None:
    problems = validation.check_office(Office(" ", org_number="123456784"))
    assert problems == [
        FieldProblem("municipality", "Kommune/tjeneste må fylles ut."),
        FieldProblem(
            "org_number", "Organisasjonsnummeret må ha 9 siffer med gyldig kontrollsiffer."
        ),
    ]


# --- children -----------------------------------------------------------------------------------


@pytest.mark.parametrize("case_number", ["2024/1234", "24/5", "2024/1234-2", " 2024/1 "])
def test_case_number_formats_accepted(case_number: str) -> None:
    assert validation.check_child(a_child(case_number=case_number), TODAY) == []


@pytest.mark.parametrize("case_number", ["abc", "2024", "2024-1234", "2024/", "/1234", "2024/12a"])
def test_case_number_in_another_format_is_rejected(case_number: str) -> None:
    assert validation.check_child(a_child(case_number=case_number), TODAY) == [
        FieldProblem("case_number", "Saksnummeret må se slik ut: år/løpenummer, f.eks. 2024/1234.")
    ]


def test_missing_case_number_has_its_own_message() -> None:
    (problem,) = validation.check_child(a_child(case_number="  "), TODAY)
    assert problem == FieldProblem(
        "case_number", "Saksnummer i fagsystemet må fylles ut (f.eks. 2024/1234)."
    )


def test_child_needs_a_given_name_and_a_past_birth_date() -> None:
    problems = validation.check_child(
        a_child(given_names="", birth_date=TODAY + timedelta(days=1)), TODAY
    )
    assert problems == [
        FieldProblem("given_names", "Fornavn må fylles ut."),
        FieldProblem("birth_date", "Fødselsdato kan ikke være fram i tid."),
    ]


def test_child_birth_date_must_match_the_national_id() -> None:
    number = synthetic_id(date(2018, 3, 4))
    assert validation.check_child(a_child(national_id=number), TODAY) == []
    problems = validation.check_child(
        a_child(national_id=number, birth_date=date(2018, 3, 5)), TODAY
    )
    assert fields(problems) == ["birth_date"]


def test_the_same_parent_linked_twice_is_rejected() -> None:
    links = (ParentLink(7, ParentRole.MOTHER), ParentLink(7, ParentRole.OTHER_WITH_RESPONSIBILITY))
    assert validation.check_child(a_child(parents=links), TODAY) == [
        FieldProblem("parents", "Samme forelder er koblet til barnet to ganger.")
    ]
    two = (ParentLink(7, ParentRole.MOTHER), ParentLink(8, ParentRole.FATHER))
    assert validation.check_child(a_child(parents=two), TODAY) == []


# --- placements ---------------------------------------------------------------------------------


def test_ongoing_and_properly_ended_placements_are_valid() -> None:
    assert validation.check_placement(a_placement(), TODAY) == []
    ended = a_placement(end_date=date(2026, 3, 1), end_reason=PlacementEndReason.REUNIFICATION)
    assert validation.check_placement(ended, TODAY) == []
    one_day = a_placement(
        end_date=date(2026, 1, 10), end_reason=PlacementEndReason.MOVED
    )  # ends the day it starts (an emergency placement that was moved the same day)
    assert validation.check_placement(one_day, TODAY) == []


def test_placement_ending_before_it_starts_is_rejected() -> None:
    placement = a_placement(end_date=date(2026, 1, 9), end_reason=PlacementEndReason.MOVED)
    assert validation.check_placement(placement, TODAY) == [
        FieldProblem("end_date", "Sluttdatoen kan ikke være før startdatoen.")
    ]


def test_end_reason_without_end_date_is_rejected() -> None:
    placement = a_placement(end_reason=PlacementEndReason.ADOPTION)
    assert validation.check_placement(placement, TODAY) == [
        FieldProblem("end_date", "Fyll ut sluttdato når du oppgir hvorfor plasseringen endte.")
    ]


def test_end_date_without_end_reason_is_rejected() -> None:
    placement = a_placement(end_date=date(2026, 3, 1))
    assert validation.check_placement(placement, TODAY) == [
        FieldProblem("end_reason", "Oppgi hvorfor plasseringen endte.")
    ]


def test_end_date_in_the_future_is_rejected() -> None:
    placement = a_placement(
        end_date=TODAY + timedelta(days=1), end_reason=PlacementEndReason.CAME_OF_AGE
    )
    assert validation.check_placement(placement, TODAY) == [
        FieldProblem("end_date", "Sluttdato kan ikke være fram i tid.")
    ]


def test_placement_cannot_start_before_the_child_was_born() -> None:
    child = a_child(birth_date=date(2018, 3, 4))
    before = a_placement(start_date=date(2018, 3, 3))
    assert validation.check_placement_against_child(before, child) == [
        FieldProblem("start_date", "Startdatoen kan ikke være før barnet ble født.")
    ]
    # Newborns are placed straight from the maternity ward.
    assert (
        validation.check_placement_against_child(a_placement(start_date=date(2018, 3, 4)), child)
        == []
    )


def test_texts_stripped_trims_every_text_field_but_the_kept_ones() -> None:
    from dataclasses import dataclass

    from bufapp.domain.enums import KorScale
    from bufapp.domain.validation import texts_stripped

    @dataclass(frozen=True)
    class Note:
        item: str
        words: str
        count: int = 0
        scale: KorScale = KorScale.ORS

    note = texts_stripped(Note(" key ", "\n  sa det selv  \n\n", 3), keep=("item",))
    assert note == Note(" key ", "sa det selv", 3)
    assert note.scale is KorScale.ORS  # a StrEnum member keeps its kind
