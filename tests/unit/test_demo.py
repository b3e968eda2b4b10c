"""The demo-data generator: deterministic, synthetic IDs only, and varied enough to show every
state the overview can be in. Every test fills a real encrypted vault through the register."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bufapp.domain import national_id
from bufapp.domain.deadlines import Urgency
from bufapp.domain.enums import (
    HELD_CONVERSATION_FORMS,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
)
from bufapp.domain.validation import org_number_is_valid
from bufapp.services.clock import oslo_date
from bufapp.services.demo import DemoRefused, DemoSummary, fill_demo, organisation_number
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY

PARENTS = 30
SAMI_LETTERS = set("áčđŋšŧž")
INTERPRETED_LANGUAGES = {
    "nordsamisk", "polsk", "litauisk", "somali", "tigrinja", "arabisk", "dari", "thai", "ukrainsk",
}  # fmt: skip


@dataclass(frozen=True)
class Filled:
    register: RegisterService
    summary: DemoSummary
    stored: dict[str, list[Any]]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    """One demo vault shared by the tests that only read it (filling takes most of the time)."""
    vault, _ = Vault.create(tmp_path_factory.mktemp("demo") / "vault", PASSPHRASE)
    register = RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    summary = fill_demo(register, parents=PARENTS, seed=1)
    yield Filled(register, summary, _stored(vault))
    vault.lock()


def _stored(vault: Vault) -> dict[str, list[Any]]:
    with UnitOfWork(vault.session_factory) as uow:
        parents = uow.parents.list()
        return {
            "parents": parents,
            "children": uow.children.list(),
            "placements": uow.placements.list(),
            "contacts": [e for p in parents for e in uow.contacts.of_parent(p.id or 0)],
        }


def _snapshot(register: RegisterService, vault: Vault) -> dict[str, list[Any]]:
    """Everything a person would see, without database ids that could hide a difference."""
    stored = _stored(vault)
    return {
        "summaries": [(s.name, s.children, s.placement) for s in register.parent_summaries()],
        "parents": [
            (p.full_name, p.national_id, p.birth_date, p.phone, p.interpreter_language)
            for p in stored["parents"]
        ],
        "children": [
            (c.full_name, c.birth_date, c.case_number, c.national_id) for c in stored["children"]
        ],
        "placements": [
            (p.basis, p.place_type, p.start_date, p.end_date, p.place_name)
            for p in stored["placements"]
        ],
        "contacts": [(e.occurred_at, e.form, e.summary) for e in stored["contacts"]],
        "deadlines": [(d.due, d.done_on) for d in register.deadlines()],
    }


def _other_register(tmp_path: Path) -> tuple[RegisterService, Vault]:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE)
    return RegisterService(lambda: UnitOfWork(other.session_factory), today=lambda: TODAY), other


def test_summary_counts_what_was_stored(filled: Filled) -> None:
    summary, stored = filled.summary, filled.stored
    assert summary.parents == PARENTS == len(stored["parents"])
    assert summary.children == len(stored["children"]) > 0
    assert summary.placements == len(stored["placements"]) >= summary.children
    assert summary.contacts == len(stored["contacts"]) > 0
    assert summary.parents_with_interpreter == sum(p.needs_interpreter for p in stored["parents"])
    assert summary.parents_without_national_id == sum(not p.national_id for p in stored["parents"])
    done = [d for d in filled.register.deadlines() if d.done_on is not None]
    assert summary.first_conversations == len(done)


def test_office_and_caseworker_are_invented_but_valid(filled: Filled) -> None:
    office, caseworker = filled.register.office(), filled.register.caseworker()
    assert office is not None and caseworker is not None
    assert office.municipality == "Barneverntjenesten i Fjellvik kommune"
    assert org_number_is_valid(office.org_number)
    assert caseworker.name and caseworker.email.endswith("eksempel.no")


def test_same_seed_and_day_give_the_same_vault(
    register: RegisterService, vault: Vault, tmp_path: Path
) -> None:
    fill_demo(register, parents=PARENTS, seed=7)
    other_register, other_vault = _other_register(tmp_path)
    try:
        fill_demo(other_register, parents=PARENTS, seed=7)
        first, second = _snapshot(register, vault), _snapshot(other_register, other_vault)
    finally:
        other_vault.lock()
    assert first["summaries"] and first["contacts"]
    assert first == second


def test_another_seed_gives_other_people(
    register: RegisterService, vault: Vault, tmp_path: Path
) -> None:
    fill_demo(register, parents=PARENTS, seed=1)
    other_register, other_vault = _other_register(tmp_path)
    try:
        fill_demo(other_register, parents=PARENTS, seed=2)
        first, second = _snapshot(register, vault), _snapshot(other_register, other_vault)
    finally:
        other_vault.lock()
    assert first["parents"] != second["parents"]
    assert first["children"] != second["children"]
    assert first["placements"] != second["placements"]


@pytest.mark.parametrize("parents", [0, 1, 7])
def test_exactly_the_asked_number_of_parents(register: RegisterService, parents: int) -> None:
    summary = fill_demo(register, parents=parents, seed=3)
    assert summary.parents == parents == len(register.parent_summaries())


def test_refuses_a_vault_that_already_has_parents(register: RegisterService) -> None:
    fill_demo(register, parents=3, seed=1)
    with pytest.raises(DemoRefused):
        fill_demo(register, parents=5, seed=2)
    assert len(register.parent_summaries()) == 3


def test_every_national_id_is_synthetic_unique_and_matches_the_birth_date(
    filled: Filled,
) -> None:
    people = [*filled.stored["parents"], *filled.stored["children"]]
    numbers = [p.national_id for p in people if p.national_id]
    assert len(numbers) > PARENTS  # most parents and children have one
    assert len(numbers) == len(set(numbers))
    for person in people:
        if person.national_id:
            parsed = national_id.parse(person.national_id)
            assert parsed.synthetic, person.national_id
            assert parsed.birth_date == person.birth_date


def test_names_include_sami_and_norwegian_letters(filled: Filled) -> None:
    names = [p.full_name for p in filled.stored["parents"]]
    names += [c.full_name for c in filled.stored["children"]]
    sami_named = [name for name in names if SAMI_LETTERS & set(name)]
    assert len(sami_named) >= 2, names
    assert set("æøå") & set("".join(names).lower())


def test_some_parents_have_no_national_id(filled: Filled) -> None:
    parents = filled.stored["parents"]
    without = [p for p in parents if not p.national_id]
    assert without
    assert len(without) < len(parents) / 2


def test_some_parents_need_an_interpreter_in_their_own_language(filled: Filled) -> None:
    parents = filled.stored["parents"]
    interpreted = [p for p in parents if p.needs_interpreter]
    assert len(interpreted) >= 3
    assert {p.interpreter_language for p in interpreted} <= INTERPRETED_LANGUAGES
    assert all(p.preferred_language == p.interpreter_language for p in interpreted)
    assert any(p.preferred_language == "norsk" for p in parents)


def test_families_have_mothers_fathers_and_shared_children(filled: Filled) -> None:
    children = filled.stored["children"]
    links = [link for child in children for link in child.parents]
    roles = Counter(link.role for link in links)
    assert roles[ParentRole.MOTHER] > roles[ParentRole.FATHER] > 0
    assert any(not link.parental_responsibility for link in links)
    children_per_parent = Counter(link.parent_id for link in links)
    assert max(children_per_parent.values()) >= 2  # siblings share a parent
    assert all(child.parents for child in children)


def test_contact_details_look_real_but_are_fictional(filled: Filled) -> None:
    parents = filled.stored["parents"]
    phones = [re.sub(r"\s", "", p.phone) for p in parents if p.phone]
    assert phones and all(re.fullmatch(r"[49]\d{7}", phone) for phone in phones)
    emails = [p.email for p in parents if p.email]
    domains = ("@eksempel.no", "@example.com", "@example.org")
    assert emails and all(e.endswith(domains) and e.isascii() for e in emails)
    codes = [p.postal_code for p in parents if p.postal_code]
    assert codes and all(re.fullmatch(r"\d{4}", code) for code in codes)
    assert all(p.postal_town for p in parents if p.postal_code)
    assert any(", tlf " in p.support_person for p in parents)


def test_placements_cover_every_basis_and_fit_the_calendar(filled: Filled) -> None:
    placements = filled.stored["placements"]
    assert {p.basis for p in placements} == set(PlacementBasis)
    assert any(p.end_reason is PlacementEndReason.REUNIFICATION for p in placements)
    born = {c.id: c.birth_date for c in filled.stored["children"]}
    for p in placements:
        assert born[p.child_id] <= p.start_date <= TODAY
        assert TODAY - p.start_date <= timedelta(days=3 * 366)
        assert (p.end_date is None) == (p.end_reason is None)
        assert p.end_date is None or p.start_date <= p.end_date <= TODAY
    assert any(TODAY - p.start_date <= timedelta(days=20) for p in placements)
    # An emergency home followed by a foster home, the move on one day.
    moves = {
        (p.child_id, p.end_date) for p in placements if p.end_reason is PlacementEndReason.MOVED
    }
    assert any((p.child_id, p.start_date) in moves for p in placements)


def test_first_conversation_deadlines_are_overdue_upcoming_and_done(filled: Filled) -> None:
    urgencies = Counter(d.urgency(TODAY) for d in filled.register.deadlines())
    assert urgencies[Urgency.OVERDUE] >= 1
    assert urgencies[Urgency.SOON] + urgencies[Urgency.LATER] >= 1
    assert urgencies[Urgency.DONE] >= urgencies[Urgency.OVERDUE]


def test_deadline_variety_follows_the_offices_own_first_conversation_days(vault: Vault) -> None:
    register = RegisterService(
        lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY, first_conversation_days=7
    )
    fill_demo(register, parents=PARENTS, seed=1)
    urgencies = Counter(d.urgency(TODAY) for d in register.deadlines())
    assert urgencies[Urgency.OVERDUE] >= 1
    assert urgencies[Urgency.SOON] + urgencies[Urgency.LATER] >= 1
    assert urgencies[Urgency.DONE] >= 1


def test_first_conversations_are_held_soon_after_placement(filled: Filled) -> None:
    register = filled.register
    done = [d for d in register.deadlines() if d.done_on is not None]
    assert done
    for deadline in done:
        placed = deadline.due - timedelta(days=register.first_conversation_days)
        assert deadline.done_on is not None
        assert timedelta(days=1) <= deadline.done_on - placed <= timedelta(days=20), deadline


def test_contacts_are_in_the_past_aware_and_written_in_norwegian(filled: Filled) -> None:
    contacts = filled.stored["contacts"]
    for entry in contacts:
        assert entry.occurred_at.utcoffset() == timedelta(0)
        assert oslo_date(entry.occurred_at) < TODAY
        assert entry.summary
    held = [e for e in contacts if e.form in HELD_CONVERSATION_FORMS]
    assert held and any(e.parent_words for e in held)
    assert any(e.form not in HELD_CONVERSATION_FORMS for e in contacts)  # letters, failed calls


def test_organisation_number_is_computed_not_guessed() -> None:
    for first_eight in ("97951230", "12345678", "00000000", "55555555"):
        number = organisation_number(first_eight)
        assert org_number_is_valid(number)
        assert int(number[:8]) >= int(first_eight)
