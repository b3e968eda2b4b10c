"""The demo-data generator: deterministic, synthetic IDs only, and varied enough to show every
state the overview can be in. Every test fills a real encrypted vault through the register."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bufapp.demo.fill import DemoRefused, DemoSummary, fill_demo, organisation_number
from bufapp.domain import national_id
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.deadlines import Deadline, Urgency
from bufapp.domain.enums import (
    HELD_CONVERSATION_FORMS,
    ContactForm,
    ContactTopic,
    DeadlineKind,
    EntryStatus,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    ReferralState,
    TaskResponsible,
    TaskStatus,
)
from bufapp.domain.network_rules import check_map, compare, summarise
from bufapp.domain.validation import org_number_is_valid
from bufapp.services.clock import OSLO, oslo_date
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.followup.service import FollowUpService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, PASSPHRASE, TODAY

PARENTS = 30  # one busy parent (several hundred contacts) among them
BUSY = 300
SAMI_LETTERS = set("áčđŋšŧž")
INTERPRETED_LANGUAGES = {
    "nordsamisk", "polsk", "litauisk", "somali", "tigrinja", "arabisk", "dari", "thai", "ukrainsk",
}  # fmt: skip


@dataclass(frozen=True)
class Filled:
    register: RegisterService
    log: ContactLogService
    summary: DemoSummary
    stored: dict[str, list[Any]]

    def deadlines(self, kind: DeadlineKind) -> list[Deadline]:
        return [d for d in self.register.deadlines() if d.kind is kind]

    def entries_of(self, parent_id: int | None) -> list[ContactEntry]:
        return [e for e in self.stored["contacts"] if parent_id in e.parent_ids]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    """One demo vault shared by the tests that only read it (filling takes most of the time),
    its contact-log deadlines fed into the register as the app does."""
    vault, _ = Vault.create(tmp_path_factory.mktemp("demo") / "vault", PASSPHRASE)
    register = RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    log = ContactLogService(
        lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY, now=lambda: NOW
    )
    register.add_provider(log.deadline_provider)
    summary = fill_demo(register, parents=PARENTS, seed=1, contact_log=log)
    yield Filled(register, log, summary, _stored(vault))
    vault.lock()


def _stored(vault: Vault) -> dict[str, list[Any]]:
    with UnitOfWork(vault.session_factory) as uow:
        parents = uow.parents.list()
        # An entry with both parents present is listed for each of them: keep it once.
        entries = {e.id: e for p in parents for e in uow.contacts.of_parent(p.id or 0)}
        return {
            "parents": parents,
            "children": uow.children.list(),
            "placements": uow.placements.list(),
            "contacts": sorted(entries.values(), key=lambda e: (e.occurred_at, e.id or 0)),
            "tasks": [t for p in parents for t in uow.tasks.of_parent(p.id or 0)],
            "plans": uow.plans.all(),
            "services": uow.services.list(),
            "consents": uow.consents.all(),
            "referrals": [r for p in parents for r in uow.referrals.of_parent(p.id or 0)],
            "maps": [
                uow.network_maps.get(listing.id)
                for p in parents
                for listing in uow.network_maps.of_parent(p.id or 0)
            ],
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
        "contacts": [_contact_view(e) for e in stored["contacts"]],
        "tasks": [
            (t.what, t.responsible_name, t.due, t.status, t.outcome) for t in stored["tasks"]
        ],
        "plans": [
            (p.every_days, p.agreed_on, p.refused_on, p.next_offer_on) for p in stored["plans"]
        ],
        "deadlines": [(d.due, d.done_on) for d in register.deadlines()],
        "services": [(s.name, s.type, s.postal_address) for s in stored["services"]],
        "consents": [
            (c.purpose, c.categories, c.given_on, c.valid_until, c.withdrawn_on)
            for c in stored["consents"]
        ],
        "referrals": [(r.request, r.categories, r.history) for r in stored["referrals"]],
        "maps": [replace(m, id=None, parent_id=0) for m in stored["maps"]],
        "followup": [_followup_view(vault, p.id or 0) for p in stored["parents"]],
    }


def _followup_view(vault: Vault, parent_id: int) -> tuple[Any, ...]:
    """A parent's follow-up page as the caseworker reads it, without database ids."""
    service = FollowUpService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    page = service.page(parent_id)
    agreement = page.agreement
    return (
        (page.purpose.parent_words, page.purpose.caseworker_words, page.purpose.agreed_on),
        (agreement.how, agreement.preferred_place, agreement.support_person),
        [(p.kind, p.dated, p.goal, p.time_frame) for c in page.children for p in c.plans],
        [(g.item, g.given_on, g.manner, g.understood, g.repeat_on, g.note)
         for g in page.information],
        [(a.written_on, a.outlook, a.text, a.reassess_on) for a in page.assessments],
        [(e.on, e.words) for e in page.evaluations],
        [(w.kind, w.words, w.wished_on, w.answered_on, w.outcome, w.answer, w.reason)
         for w in page.wishes],
    )  # fmt: skip


def _contact_view(e: ContactEntry) -> tuple[Any, ...]:
    people = e.participants
    return (e.occurred_at, e.form, e.initiative, e.place, e.topics, len(e.child_ids), e.status,
            e.version, e.summary, e.parent_words, e.agreed, people.interpreter_name, people.carers)  # fmt: skip


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
    entries, tasks, plans = stored["contacts"], stored["tasks"], stored["plans"]
    # A parent who declined contact had the conversation offered, but not held: the held line
    # counts only the conversations held.
    held = [
        d
        for d in filled.register.deadlines()
        if d.kind is DeadlineKind.FIRST_CONVERSATION_HELD and d.done_on is not None
    ]
    assert summary.first_conversations == len(held)
    assert summary.tasks == len(tasks) > 0
    assert summary.open_tasks == sum(t.is_open for t in tasks) > 0
    assert summary.contact_plans == len(plans) > 0
    assert summary.refusals == sum(p.refuses for p in plans) > 0
    assert summary.revised_entries == sum(e.version > 1 for e in entries) > 0
    assert summary.withdrawn_entries == sum(e.status is EntryStatus.WITHDRAWN for e in entries)
    assert summary.open_entries == sum(e.status is EntryStatus.OPEN for e in entries) > 0
    counts = Counter(p for e in entries for p in e.parent_ids)
    assert summary.busy_parents == sum(n >= BUSY for n in counts.values()) == 1


def test_office_and_caseworker_are_invented_but_valid(filled: Filled) -> None:
    office, caseworker = filled.register.office(), filled.register.caseworker()
    assert office is not None and caseworker is not None
    assert office.municipality == "Barnevernstjenesten i Fjellvik kommune"
    assert org_number_is_valid(office.org_number)
    assert caseworker.name and caseworker.email.endswith("eksempel.no")


def test_same_seed_and_day_give_the_same_vault(
    register: RegisterService, vault: Vault, tmp_path: Path
) -> None:
    fill_demo(register, parents=12, seed=7, busy_parents=1)
    other_register, other_vault = _other_register(tmp_path)
    try:
        fill_demo(other_register, parents=12, seed=7, busy_parents=1)
        first, second = _snapshot(register, vault), _snapshot(other_register, other_vault)
    finally:
        other_vault.lock()
    assert first["summaries"] and len(first["contacts"]) > BUSY
    assert first["tasks"] and first["plans"] and first["maps"]
    assert any(view[3] for view in first["followup"])  # assessments: the follow-up is compared
    assert first == second


def test_another_seed_gives_other_people(
    register: RegisterService, vault: Vault, tmp_path: Path
) -> None:
    fill_demo(register, parents=16, seed=1, busy_parents=0)
    other_register, other_vault = _other_register(tmp_path)
    try:
        fill_demo(other_register, parents=16, seed=2, busy_parents=0)
        first, second = _snapshot(register, vault), _snapshot(other_register, other_vault)
    finally:
        other_vault.lock()
    assert first["parents"] != second["parents"]
    assert first["children"] != second["children"]
    assert first["placements"] != second["placements"]
    assert first["contacts"] != second["contacts"]


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


def test_some_parents_read_another_language_and_need_an_interpreter_of_a_category(
    filled: Filled,
) -> None:
    parents = filled.stored["parents"]
    assert any(p.written_language not in ("", "nb", "nn") for p in parents)
    levelled = [p for p in parents if p.interpreter_level]
    assert levelled and all(p.needs_interpreter for p in levelled)
    assert {p.interpreter_level for p in levelled} <= set("ABCDE")
    assert all(p.written_language == "" for p in parents if p.preferred_language == "norsk")


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
    deadlines = filled.deadlines(DeadlineKind.FIRST_CONVERSATION)
    urgencies = Counter(d.urgency(TODAY) for d in deadlines)
    assert urgencies[Urgency.OVERDUE] >= 1
    assert urgencies[Urgency.SOON] + urgencies[Urgency.LATER] >= 1
    assert urgencies[Urgency.DONE] >= urgencies[Urgency.OVERDUE]


def test_deadline_variety_follows_the_offices_own_first_conversation_days(vault: Vault) -> None:
    register = RegisterService(
        lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY, first_conversation_days=7
    )
    fill_demo(register, parents=PARENTS, seed=1, busy_parents=0)
    urgencies = Counter(d.urgency(TODAY) for d in register.deadlines())
    assert urgencies[Urgency.OVERDUE] >= 1
    assert urgencies[Urgency.SOON] + urgencies[Urgency.LATER] >= 1
    assert urgencies[Urgency.DONE] >= 1


def test_first_conversations_are_held_soon_after_placement(filled: Filled) -> None:
    register = filled.register
    done = [
        d
        for d in register.deadlines()
        if d.kind is DeadlineKind.FIRST_CONVERSATION and d.done_on is not None
    ]
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


# --- the contact log -----------------------------------------------------------------------------


def _texts(entry: ContactEntry) -> list[str]:
    people = entry.participants
    return [
        entry.summary,
        entry.parent_words,
        entry.agreed,
        entry.place,
        people.support_person,
        people.interpreter_name,
        people.carers,
        people.others,
    ]


def test_a_busy_parent_has_hundreds_of_varied_contacts_over_years(filled: Filled) -> None:
    counts = Counter(p for e in filled.stored["contacts"] for p in e.parent_ids)
    busy = [parent for parent, n in counts.items() if n >= BUSY]
    assert busy and max(counts.values()) <= 600
    assert sorted(counts.values())[-len(busy) - 1] <= 60  # the others keep modest logs
    for parent in busy:
        entries = filled.entries_of(parent)
        summaries = [e.summary for e in entries]
        assert len(set(summaries)) >= 0.6 * len(summaries)
        days = [oslo_date(e.occurred_at) for e in entries]
        assert max(days) - min(days) >= timedelta(days=700)
        assert {e.form for e in entries} == set(ContactForm)
        # A rhythm, not a flat line: the first three months are busier than a later quarter.
        first = min(days)
        early = sum(d < first + timedelta(days=91) for d in days)
        later = sum(first + timedelta(days=365) <= d < first + timedelta(days=456) for d in days)
        assert early > later


def test_every_form_topic_and_initiative_is_used(filled: Filled) -> None:
    entries = filled.stored["contacts"]
    assert {e.form for e in entries} == set(ContactForm)
    assert {t for e in entries for t in e.topics} == set(ContactTopic)
    assert len({e.initiative for e in entries}) >= 4


def test_entries_are_filled_in_as_a_caseworker_would(filled: Filled) -> None:
    entries = filled.stored["contacts"]
    children = {p.id: set() for p in filled.stored["parents"]}
    for child in filled.stored["children"]:
        for link in child.parents:
            children[link.parent_id].add(child.id)
    for entry in entries:
        assert 1 <= len(entry.topics) <= 3, entry
        assert entry.summary.strip()
        assert set(entry.child_ids) <= set().union(*(children[p] for p in entry.parent_ids))
        if entry.form is ContactForm.FAILED_ATTEMPT:
            assert not entry.parent_words
        if entry.form in (ContactForm.OFFICE_MEETING, ContactForm.HOME_VISIT):
            assert entry.place
        for text in _texts(entry):
            assert "{" not in text and "}" not in text, text
    held = [e for e in entries if e.form.is_held_conversation]
    quoted = [e for e in held if e.parent_words]
    assert 0.3 * len(held) < len(quoted) < 0.9 * len(held)
    assert all(e.parent_words.startswith("«") for e in quoted)
    assert sum(bool(e.agreed) for e in held) > 0.3 * len(held)
    assert all(e.child_ids for e in entries)  # every parent here has a child placed
    people = [e.participants for e in held]
    assert any(p.interpreter_language and p.interpreter_name for p in people)
    assert any(p.support_person for p in people)
    assert any(p.carers for p in people)
    assert any(p.others for p in people)
    assert any(p.other_parent_ids for p in people)  # both parents at a meeting


def test_contacts_fall_on_working_days_in_office_hours_mostly(filled: Filled) -> None:
    moments = [e.occurred_at.astimezone(OSLO) for e in filled.stored["contacts"]]
    assert all(m.date() < TODAY for m in moments)
    assert sum(m.weekday() < 5 for m in moments) >= 0.97 * len(moments)
    assert sum(8 <= m.hour < 16 for m in moments) >= 0.95 * len(moments)


def test_texts_are_norwegian_with_sami_words_to_search_by(filled: Filled) -> None:
    texts = [" ".join(_texts(e)) for e in filled.stored["contacts"]]
    sami = [t for t in texts if SAMI_LETTERS & set(t)]
    assert len(sami) >= 20
    assert any("samvær" in t.lower() for t in sami)
    found = filled.log.search("maret samvaer")  # typed without Sami or Norwegian letters
    assert found.total >= 1
    assert all("Máret" in " ".join(_texts(filled.log.entry(h.entry_id))) for h in found.hits)


def test_follow_up_tasks_are_overdue_soon_later_and_closed(filled: Filled) -> None:
    urgencies = Counter(d.urgency(TODAY) for d in filled.deadlines(DeadlineKind.FOLLOW_UP))
    assert urgencies[Urgency.OVERDUE] and urgencies[Urgency.SOON] and urgencies[Urgency.LATER]
    tasks = filled.stored["tasks"]
    assert {t.status for t in tasks} == set(TaskStatus)
    assert {t.responsible for t in tasks} == set(TaskResponsible)
    for task in tasks:
        assert task.what and "{" not in task.what + task.outcome + task.responsible_name
        if task.responsible is TaskResponsible.OTHER:
            assert task.responsible_name
        if not task.is_open:
            assert task.outcome and task.closed_on is not None and task.closed_on <= TODAY
    entries = {e.id: e for e in filled.stored["contacts"]}
    for task in tasks:
        if task.entry_id is None:  # the family's plan from a familieråd became tasks (issue 22)
            assert task.what.startswith("Familierådets plan: ") and task.responsible_name
            continue
        entry = entries[task.entry_id]
        assert entry.agreed  # a task comes from what was agreed
        assert task.due is not None and task.due >= oslo_date(entry.occurred_at)


def test_contact_plans_are_mostly_kept_and_one_has_a_gap(filled: Filled) -> None:
    urgencies = Counter(d.urgency(TODAY) for d in filled.deadlines(DeadlineKind.CONTACT_FREQUENCY))
    assert urgencies[Urgency.OVERDUE] >= 1
    assert urgencies[Urgency.SOON] + urgencies[Urgency.LATER] > urgencies[Urgency.OVERDUE]
    first_talks = {
        d.parent_id: d.done_on for d in filled.deadlines(DeadlineKind.FIRST_CONVERSATION)
    }
    for plan in filled.stored["plans"]:
        if plan.refuses:
            continue
        assert plan.every_days in (7, 14, 30)
        talked = first_talks[plan.parent_id]
        assert talked is not None and plan.agreed_on is not None and talked <= plan.agreed_on


def test_parents_who_refuse_contact_are_offered_it_again(filled: Filled) -> None:
    refusing = [p for p in filled.stored["plans"] if p.refuses]
    assert len(refusing) >= 2
    offers = filled.deadlines(DeadlineKind.NEW_OFFER)
    assert {d.parent_id for d in offers} == {p.parent_id for p in refusing}
    assert {d.urgency(TODAY) for d in offers} >= {Urgency.OVERDUE, Urgency.SOON}
    for plan in refusing:
        assert plan.refused_on is not None
        after = [
            e
            for e in filled.entries_of(plan.parent_id)
            if oslo_date(e.occurred_at) > plan.refused_on
        ]
        assert after and not any(e.form.is_held_conversation for e in after)


def test_some_entries_are_revised_withdrawn_or_still_open(filled: Filled) -> None:
    entries = filled.stored["contacts"]
    revised = [e for e in entries if e.version > 1]
    assert revised
    for entry in revised:
        assert entry.id is not None and entry.change_reason
        earlier = filled.log.versions(entry.id)
        assert earlier and earlier[0].entry != entry
        assert earlier[0].entry.summary != entry.summary or (
            earlier[0].entry.parent_words != entry.parent_words
        )
    withdrawn = [e for e in entries if e.status is EntryStatus.WITHDRAWN]
    assert withdrawn and all(e.withdrawn_reason for e in withdrawn)
    still_open = [e for e in entries if e.status is EntryStatus.OPEN]
    assert still_open
    assert sum(e.status is EntryStatus.FINAL for e in entries) > 0.95 * len(entries)


def test_each_parent_card_shows_exactly_that_parents_deadlines(filled: Filled) -> None:
    # The card computes deadlines for one parent only; it must agree with the whole office.
    everything = filled.register.deadlines()
    for parent in filled.stored["parents"]:
        card = filled.register.parent_detail(parent.id or 0).deadlines
        assert list(card) == [d for d in everything if d.parent_id == parent.id]


def test_directory_consents_and_referrals_show_every_state(filled: Filled) -> None:
    services = filled.stored["services"]
    assert filled.summary.services == len(services) >= 8
    # Invented places only: every address is in the invented Fjellvik (or left empty).
    assert all(s.postal_address in ("",) or s.postal_address.endswith("9965 Fjellvik")
               for s in services)  # fmt: skip
    consents = filled.stored["consents"]
    assert filled.summary.consents == len(consents)
    assert any(c.withdrawn_on is not None for c in consents)
    assert any(c.valid_until is not None and c.valid_until < TODAY for c in consents)
    assert any(
        c.valid_until is not None and TODAY <= c.valid_until <= TODAY + timedelta(days=30)
        for c in consents
    )
    referrals = filled.stored["referrals"]
    assert filled.summary.referrals == len(referrals)
    assert {r.state for r in referrals} == set(ReferralState)
    assert any(r.reply_expected_by is not None and r.reply_expected_by < TODAY
               and r.state is ReferralState.SENT for r in referrals)  # fmt: skip


def test_some_parents_have_a_responsibility_group_with_meetings_over_time(
    filled: Filled,
) -> None:
    # Three held meetings and one planned per group, for the parents with a NAV consent.
    assert filled.summary.meetings >= 4 and filled.summary.meetings % 4 == 0


def test_one_parent_has_three_maps_over_a_year_showing_a_widening_network(
    filled: Filled,
) -> None:
    maps = filled.stored["maps"]
    assert filled.summary.network_maps == len(maps) >= 3
    by_parent = Counter(m.parent_id for m in maps)
    (widening,) = [pid for pid, n in by_parent.items() if n == 3]
    assert set(by_parent.values()) <= {1, 3}  # the others get one map each
    series = sorted((m for m in maps if m.parent_id == widening), key=lambda m: m.drawn_on)
    first, middle, last = series
    assert timedelta(days=330) <= last.drawn_on - first.drawn_on <= timedelta(days=400)
    assert last.drawn_on < TODAY and all(m.drawn_on.weekday() < 5 for m in series)
    assert len(first.members) < len(middle.members) < len(last.members)
    assert all(m.parent_words.startswith("«") for m in series)
    parent = next(p for p in filled.stored["parents"] if p.id == widening)
    assert (SAMI_LETTERS | set("æøå")) & set(parent.full_name.lower())
    # Keys carry over, so the maps compare: ties strengthen and the network widens.
    change = compare(first, last)
    assert change.new and change.stronger and change.broke and change.filled
    before, after = summarise(first), summarise(last)
    assert before.critical > after.critical and before.reciprocal < after.reciprocal
    assert len(before.empty_sectors) > len(after.empty_sectors)
    assert last.ties and all(check_map(m, TODAY) == [] for m in maps)


def test_one_familys_foster_home_is_hidden_and_its_documents_keep_it_so(filled: Filled) -> None:
    """The demo shows issue 16's case: the placement is marked, and neither the innsyn pack,
    the parent's extract nor a network map says where the children live."""
    from bufapp.services.access.service import AccessService
    from bufapp.services.documents import DocumentService
    from bufapp.services.network_documents import NetworkDocuments
    from tests.documents.pdf_checks import flat

    hidden = [p for p in filled.stored["placements"] if p.whereabouts_hidden]
    assert hidden and all(p.hidden_decided_on and p.hidden_basis for p in hidden)
    child = next(c for c in filled.stored["children"] if c.id == hidden[0].child_id)
    parent_id = child.parents[0].parent_id
    secrets = {
        hidden[0].place_municipality,
        hidden[0].place_address.split(",")[0],
        hidden[0].place_phone,
        *hidden[0].carer_names.replace(" og ", " ").split()[1:],  # the foster father and family
    }
    uow = filled.register.unit_of_work
    texts = [
        flat(AccessService(uow, now=lambda: NOW).pack_pdf(parent_id)),
        flat(DocumentService(uow, today=lambda: TODAY).contact_extract(
            parent_id, TODAY - timedelta(days=3 * 365), TODAY)),
    ]  # fmt: skip
    maps = [m for m in filled.stored["maps"] if m.parent_id == parent_id]
    texts += [flat(NetworkDocuments(uow, now=lambda: NOW).map_pdf(m.id or 0)) for m in maps]
    for text in texts:
        assert not [s for s in secrets if s in text]
    assert "Bostedet er skjult for foreldrene" in texts[0]
    confidential = [p for p in filled.stored["parents"] if p.has_confidential_address]
    assert confidential  # the other parent
