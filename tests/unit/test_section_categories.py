"""Each free-text section of a document belongs to an information category (forms/), and a
section whose category the recipient's consent does not cover may not be filled in; a consent
to a whole type of service is named as such."""

from __future__ import annotations

from datetime import date

import pytest

from bufapp.documents.forms import load_form
from bufapp.domain.consent import (
    Consent,
    Service,
    all_of_type,
    listed_recipient,
    recipient_text,
    section_categories,
    section_problems,
    uncovered_sections,
)
from bufapp.domain.enums import ConsentForm, InformationCategory, ServiceType
from bufapp.domain.referral import FREE_TEXT_SECTIONS
from bufapp.errors import ValidationFailed

C = InformationCategory
SECTIONS = {"request": C.PERSONAL_DETAILS, "about_children": C.CHILDREN}


def test_uncovered_sections_are_those_whose_category_is_not_covered() -> None:
    assert uncovered_sections(SECTIONS, {C.PERSONAL_DETAILS}) == {"about_children": C.CHILDREN}
    assert uncovered_sections(SECTIONS, set(C)) == {}


def test_only_written_uncovered_sections_are_problems_named_by_field() -> None:
    labels = {"about_children": "Om barna"}
    texts = {"request": "Bostøtte.", "about_children": "Samvær hver tredje helg."}
    (problem,) = section_problems(texts, SECTIONS, {C.PERSONAL_DETAILS}, labels)
    assert problem.field == "about_children"
    assert problem.message.startswith("«Om barna» hører til «Opplysninger om barna».")
    assert section_problems({"about_children": "  "}, SECTIONS, (), labels) == []


def test_every_referral_section_has_a_category_in_the_shipped_form() -> None:
    form = load_form("referral")
    sections = section_categories(form.values["section_categories"])
    assert set(sections) == set(FREE_TEXT_SECTIONS)
    assert sections["about_children"] is C.CHILDREN
    assert sections["current_situation"] is C.SITUATION_AFTER_PLACEMENT


def test_a_misspelt_category_in_a_form_is_refused_not_let_through() -> None:
    with pytest.raises(ValidationFailed) as caught:
        section_categories({"about_children": "barn"})
    assert "«barn»" in caught.value.problems[0].message


def test_a_consent_to_every_service_of_a_type_is_named_as_such() -> None:
    gp = Service("Kárášjoga legekontor", ServiceType.GP, id=3)
    every = Consent(1, "x", (C.MENTAL_HEALTH,), date(2026, 1, 1), ConsentForm.ORAL,
                    service_type=ServiceType.GP)  # fmt: skip
    named = Consent(1, "x", (C.MENTAL_HEALTH,), date(2026, 1, 1), ConsentForm.ORAL, service_id=3)
    assert all_of_type(ServiceType.GP) == "alle fastleger"
    assert recipient_text(every, {3: gp}) == "alle fastleger"
    assert listed_recipient(every, {3: gp}) == "Alle fastleger"
    assert recipient_text(named, {3: gp}) == "Kárášjoga legekontor (Fastlege)"
    assert listed_recipient(named, {3: gp}) == "Kárášjoga legekontor"
    assert all(all_of_type(kind).startswith("alle ") for kind in ServiceType)
