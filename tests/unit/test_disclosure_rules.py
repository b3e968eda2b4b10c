"""The rules of what a document may say, and to whom (bufapp.domain.disclosure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bufapp.domain.disclosure import Disclosure, SecretKind, disclosure_for, whereabouts_secrets
from bufapp.domain.entities import Parent, Placement
from bufapp.domain.enums import AddressProtection, Audience, PlacementBasis, PlaceType

HIDDEN = Placement(
    1,
    PlacementBasis.CARE_ORDER,
    PlaceType.FOSTER_HOME,
    date(2025, 1, 10),
    place_name="Fosterhjem i Guovdageaidnu",
    carer_names="Áile og Niillas Ŋuolla",
    place_address="Ŋuollageaidnu 7, 9520 Guovdageaidnu",
    place_phone="784 81 234",
    whereabouts_hidden=True,
    hidden_decided_on=date(2025, 1, 8),
    hidden_basis="Fylkesnemndas vedtak",
)
MOTHER = Parent(
    "Máret",
    "Čuđe",
    address_line="Čuđejohka 12",
    postal_town="Karasjok",
    id=1,
    address_protection=AddressProtection.CONFIDENTIAL,
)
FATHER = Parent(
    "Piera",
    "Somby",
    address_line="Duottarluodda 5",
    id=2,
    address_protection=AddressProtection.STRICTLY_CONFIDENTIAL,
)


def rules(audience: Audience, reader: int | None = 1, reason: str = "") -> Disclosure:
    return disclosure_for(audience, reader, [HIDDEN], [MOTHER, FATHER], ["Karasjok"], reason)


@pytest.mark.parametrize(
    "text",
    [
        "Ánde bor hos Niillas Ŋuolla nå",
        "Familien Nguolla er fine",  # folded: ŋ → n
        "besøk i Guovdageaidnu neste uke",
        "GUOVDAGEAIDNU",
        "Ring 78481234 før du drar",
        "Ring 784 81 234",
        "Adressen er Ŋuollageaidnu  7",
        "Áile sa at det gikk bra",
        "Han bor hos Niillas nå",
    ],
)
def test_every_trace_of_hidden_whereabouts_is_found_in_free_text(text: str) -> None:
    for audience in (Audience.PARENT, Audience.THIRD_PARTY):
        found = rules(audience).find(text)
        assert found is not None and found.kind is SecretKind.WHEREABOUTS, (audience, text)


@pytest.mark.parametrize(
    "text",
    [
        "Samvær i Karasjok hver tredje helg",  # the parent's own town says nothing of the child
        "Fosterhjemmet melder at det går bra",  # role words, not names
        "Ringte 784 81 2345",  # a longer number is another number
        "Ŋuollageaidnu 71",  # another house
    ],
)
def test_ordinary_text_is_not_taken_for_a_secret(text: str) -> None:
    assert rules(Audience.PARENT).find(text) is None


def test_the_office_copy_and_a_written_reason_may_name_the_foster_home() -> None:
    assert rules(Audience.INTERNAL).find("Niillas Ŋuolla") is None
    reasoned = rules(Audience.THIRD_PARTY, None, "Fastlegen må vite hvem som følger opp")
    assert reasoned.find("Niillas Ŋuolla") is None
    assert reasoned.find("Duottarluodda 5") is not None  # a confidential address: never


def test_a_confidential_address_reaches_only_its_own_parent() -> None:
    own = rules(Audience.PARENT, reader=1)
    assert own.find("Čuđejohka 12") is None
    assert own.find("Duottarluodda 5") is not None  # the other parent's
    assert own.shows_address_of(MOTHER, 1) and not own.shows_address_of(FATHER, 1)
    third = rules(Audience.THIRD_PARTY, None)
    assert third.find("Cudejohka 12") is not None
    assert not third.shows_address_of(MOTHER, 1)


def test_a_placement_that_is_not_hidden_has_no_secrets() -> None:
    open_placement = Placement(
        1,
        PlacementBasis.VOLUNTARY,
        PlaceType.FOSTER_HOME,
        date(2025, 1, 1),
        place_name="Fosterhjem i Alta",
        carer_names="Kari Nordmann",
    )
    assert whereabouts_secrets(open_placement) == []
    assert rules(Audience.PARENT).shows_placement(open_placement)
    assert not rules(Audience.PARENT).shows_placement(HIDDEN)


def test_a_field_that_names_a_secret_is_named_without_repeating_the_secret() -> None:
    problems = rules(Audience.THIRD_PARTY, None).check(
        {"current_situation": "Ánde bor hos Áile", "request": "Vurder bolig"},
        {"current_situation": "Situasjonen nå"},
    )
    assert [p.field for p in problems] == ["current_situation"]
    assert "Situasjonen nå" in problems[0].message and "Áile" not in problems[0].message


def test_finishing_is_refused_with_each_field_named_and_whether_a_reason_may_lift_it() -> None:
    from bufapp.errors import DisclosureBlocked

    rules = disclosure_for(Audience.THIRD_PARTY, None, [HIDDEN], [MOTHER], ["Karasjok"])
    with pytest.raises(DisclosureBlocked) as hidden:
        rules.require_discreet({"a": "Hos Áile", "b": "Greit"}, {"a": "Situasjonen nå"})
    assert [p.field for p in hidden.value.problems] == ["a"] and hidden.value.whereabouts
    with pytest.raises(DisclosureBlocked) as address:
        rules.require_discreet({"a": "Bor i Čuđejohka 12"}, {})
    assert not address.value.whereabouts
    rules.require_discreet({"a": "Ingenting hemmelig"}, {})


def test_a_foster_mother_who_shares_the_childs_first_name_does_not_hide_the_child() -> None:
    placement = replace(HIDDEN, carer_names="Áile og Niillas Ŋuolla")
    rules = disclosure_for(
        Audience.PARENT, 1, [placement], [MOTHER], ["Karasjok"], known_names=["Áile Turi"]
    )
    assert rules.find("Áile har begynt på skolen") is None  # the child, by her own name
    assert rules.find("Niillas kjørte") is not None
    assert rules.find("Áile og Niillas Ŋuolla") is not None


def test_a_sibling_placed_in_the_same_hidden_foster_home_is_not_shown_either() -> None:
    sibling = replace(
        HIDDEN, child_id=2, whereabouts_hidden=False, hidden_decided_on=None, hidden_basis=""
    )
    elsewhere = replace(sibling, place_name="Fosterhjem i Alta", carer_names="Kari Nordmann",
                        place_address="", place_phone="")  # fmt: skip
    rules = disclosure_for(Audience.PARENT, 1, [HIDDEN, sibling], [MOTHER])
    assert not rules.shows_placement(sibling)
    assert rules.shows_placement(elsewhere)


def test_a_document_the_parent_receives_never_names_the_foster_home_whatever_the_reason() -> None:
    from bufapp.errors import DisclosureBlocked

    for_parent = rules(Audience.PARENT, 1, "Forelderen ba om adressen")
    assert for_parent.find("Niillas Ŋuolla") is not None
    assert not for_parent.shows_placement(HIDDEN)
    with pytest.raises(DisclosureBlocked) as refused:
        for_parent.require_discreet({"a": "Hos Niillas"}, {})
    assert not refused.value.whereabouts  # no reason is offered: none can lift it
