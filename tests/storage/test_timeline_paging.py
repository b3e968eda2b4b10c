"""Issue 18: a parent's timeline is read a page at a time off the index (parent, moment, entry),
so the first page costs the same whether the parent has 20 entries or 20,000.

The plan test looks at what SQLite does with the repository's own statement (EXPLAIN QUERY
PLAN): no sort of the parent's entries. The paging tests fetch page after page and compare with
the whole timeline, moments that tie included.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from bufapp.domain.contact_log import ContactEntry, Participants, TimelineItem
from bufapp.domain.entities import Parent
from bufapp.domain.enums import ContactForm
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import TODAY
from tests.unit.test_register_service import add_parent, oslo_noon


def pid(parent: Parent) -> int:
    assert parent.id is not None
    return parent.id


def fill(log: ContactLogService, owner: Parent, other: Parent, count: int) -> None:
    """``count`` entries of ``owner``, every third with ``other`` taking part; entries come in
    pairs at the same moment, so paging must break ties by id."""
    entries = [
        ContactEntry(
            pid(owner),
            oslo_noon(TODAY - timedelta(days=number // 2)),
            ContactForm.PHONE,
            summary=f"Samtale nummer {number}.",
            participants=Participants(other_parent_ids=(pid(other),) if number % 3 == 0 else ()),
        )
        for number in range(count)
    ]
    log.save_many(entries, final=True)


def all_pages(log: ContactLogService, parent_id: int, size: int) -> list[TimelineItem]:
    found: list[TimelineItem] = []
    while True:
        page = log.timeline_page(parent_id, found[-1] if found else None, size)
        assert page.total == len(log.timeline(parent_id))
        found.extend(page.items)
        if len(page.items) < size:
            return found


def recorded(vault: Vault, call: Any) -> list[tuple[str, Any]]:
    statements: list[tuple[str, Any]] = []

    def listen(
        _c: object, _cursor: object, statement: str, parameters: Any, *_rest: object
    ) -> None:
        statements.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", listen)
    try:
        with UnitOfWork(vault.session_factory) as uow:
            call(uow)
    finally:
        event.remove(vault.engine, "before_cursor_execute", listen)
    return [(s, p) for s, p in statements if s.lstrip().upper().startswith("SELECT")]


def plan_of(vault: Vault, statement: str, parameters: Any) -> str:
    with vault.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        return "\n".join(str(row[-1]) for row in rows)


def test_pages_fetched_to_the_end_are_exactly_the_whole_timeline(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari, per = add_parent(register, "Kari"), add_parent(register, "Per")
    fill(contact_log, kari, per, 23)
    whole = contact_log.timeline(pid(kari))
    assert len(whole) == 23
    assert [(t.occurred_at, t.id) for t in whole] == sorted(
        ((t.occurred_at, t.id) for t in whole), reverse=True
    )
    for size in (1, 4, 22, 23, 200):
        assert all_pages(contact_log, pid(kari), size) == whole
    # The other parent's timeline holds the entries he took part in, paged the same way.
    assert all_pages(contact_log, pid(per), 3) == contact_log.timeline(pid(per))
    assert len(contact_log.timeline(pid(per))) == 8


@pytest.mark.parametrize("paged", [False, True])
def test_the_timeline_page_is_read_off_the_index_without_a_sort(
    vault: Vault, register: RegisterService, contact_log: ContactLogService, paged: bool
) -> None:
    kari, per = add_parent(register, "Kari"), add_parent(register, "Per")
    fill(contact_log, kari, per, 6)
    last = contact_log.timeline(pid(kari))[2]
    after = (last.occurred_at, last.id) if paged else None
    with vault.engine.connect() as connection:
        connection.execute(text("ANALYZE"))  # as a vault in use would have statistics
        connection.commit()
    (page_query,) = recorded(vault, lambda uow: uow.contacts.timeline(pid(kari), after, 200))
    plan = plan_of(vault, *page_query)
    assert "TEMP B-TREE" not in plan, plan
    assert "ix_contact_entry_parent_timeline" in plan, plan


def test_a_changed_moment_moves_the_entry_in_every_timeline_it_is_on(
    vault: Vault, register: RegisterService, contact_log: ContactLogService
) -> None:
    kari, per = add_parent(register, "Kari"), add_parent(register, "Per")
    fill(contact_log, kari, per, 6)
    shared = contact_log.timeline(pid(per))[0]  # Kari's entry that Per took part in
    entry = contact_log.entry(shared.id)
    moved = contact_log.save(
        replace(entry, occurred_at=entry.occurred_at - timedelta(days=30), change_reason="Feil")
    )
    for parent in (kari, per):
        assert contact_log.timeline(pid(parent))[-1].id == moved.id
        assert all_pages(contact_log, pid(parent), 2) == contact_log.timeline(pid(parent))
    # Whoever changes the entry's moment (not only the repository), the links follow it.
    with vault.engine.begin() as connection:
        connection.execute(
            text("UPDATE contact_entry SET occurred_at = :when WHERE id = :id"),
            {"when": "2026-06-15 10:01:00.000000", "id": moved.id},  # a minute after the newest
        )
    for parent in (kari, per):
        assert contact_log.timeline_page(pid(parent), None, 1).items[0].id == moved.id
        assert all_pages(contact_log, pid(parent), 2) == contact_log.timeline(pid(parent))
