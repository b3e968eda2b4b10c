"""Issue 18: search reads a page of hits off the full-text index and counts only up to a cap,
so a word found in half the office's entries costs what a rare word costs.

Pages fetched one after another (each after the last hit of the one before) must add up to
exactly the hits of one big search, in the same order; the count says «more than» past the cap.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from bufapp.domain.contact_log import ContactEntry, SearchHit
from bufapp.domain.enums import ContactForm
from bufapp.domain.folding import fts_query
from bufapp.services.contacts import log as contact_log_module
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage import contact_search
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY
from tests.unit.test_register_service import add_parent, oslo_noon

ENTRIES = 30  # all say «notat»; every third also «samvær»; the first «logoped»


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, ContactLogService]]:
    vault, _recovery = Vault.create(tmp_path_factory.mktemp("paging") / "vault", PASSPHRASE)
    try:
        register = RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
        log = ContactLogService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
        kari, per = add_parent(register, "Kari"), add_parent(register, "Per")
        entries = [
            ContactEntry(
                (kari if number % 2 else per).id or 0,
                # Written oldest first, except the last, written late about an old contact.
                oslo_noon(TODAY - timedelta(days=ENTRIES - number if number < ENTRIES - 1 else 90)),
                ContactForm.PHONE,
                summary=f"Notat {number}: samtale om skolen."
                + (" Samværet gikk fint." if number % 3 == 0 else "")
                + (" Time hos logoped." if number == 0 else ""),
            )
            for number in range(ENTRIES)
        ]
        log.save_many(entries, final=True)
        yield vault, log
    finally:
        vault.lock()


def every_page(log: ContactLogService, query: str, size: int) -> list[SearchHit]:
    hits: list[SearchHit] = []
    while True:
        page = log.search(query, size, hits[-1].entry_id if hits else None)
        hits.extend(page.hits)
        if len(page.hits) < size:
            return hits


@pytest.mark.parametrize("query", ["notat", "samvaer", "Samvær skolen", "logoped", "ingenting"])
def test_pages_one_after_another_are_exactly_the_hits_of_one_search(
    office: tuple[Vault, ContactLogService], query: str
) -> None:
    _vault, log = office
    everything = log.search(query, limit=1_000)
    assert not everything.capped and everything.total == len(everything.hits)
    for size in (1, 4, 10, 30):
        assert every_page(log, query, size) == list(everything.hits)


def test_hits_come_newest_written_first(office: tuple[Vault, ContactLogService]) -> None:
    _vault, log = office
    ids = [h.entry_id for h in log.search("notat").hits]
    assert len(ids) == ENTRIES
    assert ids == sorted(ids, reverse=True)  # the late-written old contact comes first


def test_the_count_stops_at_the_cap_and_says_there_are_more(
    office: tuple[Vault, ContactLogService], monkeypatch: pytest.MonkeyPatch
) -> None:
    _vault, log = office
    monkeypatch.setattr(contact_log_module, "SEARCH_COUNT_CAP", 12)
    many = log.search("notat", limit=5)
    assert (many.total, many.capped, len(many.hits)) == (12, True, 5)
    exactly = log.search("samvaer", limit=5)  # 10 hits: under the cap, counted exactly
    assert (exactly.total, exactly.capped, len(exactly.hits)) == (10, False, 5)
    rest = log.search("notat", limit=5, after=many.hits[-1].entry_id)
    assert rest.capped and rest.hits[0].entry_id < many.hits[-1].entry_id


def test_a_search_neither_counts_nor_sorts_every_hit(
    office: tuple[Vault, ContactLogService],
) -> None:
    vault, log = office
    statements: list[tuple[str, Any]] = []

    def listen(_c: object, _cursor: object, statement: str, parameters: Any, *_rest: Any) -> None:
        statements.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", listen)
    try:
        log.search("samv notat")
    finally:
        event.remove(vault.engine, "before_cursor_execute", listen)
    (page, parameters), *more = [(s, p) for s, p in statements if "MATCH" in s]
    assert more == []
    assert "count(" not in page.lower()
    assert "LIMIT" in page
    # Each word became the OR of the index's words it begins: read lazily, newest first.
    assert parameters[0] == '("samvaeret") AND ("notat")'
    with vault.engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {page}", parameters).all()
    assert not any("TEMP B-TREE" in str(row[-1]) for row in plan), plan


def test_a_search_reads_the_terms_one_page_of_ids_and_the_pages_rows_with_names(
    office: tuple[Vault, ContactLogService],
) -> None:
    """Its fixed cost: one statement per word (the index's terms it begins), one read of the
    index, one of the page's rows, their parents' names joined in; no read of every parent."""
    vault, log = office
    statements: list[str] = []

    def listen(_c: object, _cursor: object, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(vault.engine, "before_cursor_execute", listen)
    try:
        found = log.search("samv notat")
    finally:
        event.remove(vault.engine, "before_cursor_execute", listen)
    reads = [s for s in statements if s.split()[0].upper() in ("SELECT", "WITH")]
    assert len(reads) == 2 + 2, reads
    assert [s for s in reads if "FROM parent" in s and "contact_entry" not in s] == []
    assert {h.parent_name for h in found.hits} == {"Kari Testesen", "Per Testesen"}


def test_a_hits_excerpt_is_made_when_it_is_first_shown(
    office: tuple[Vault, ContactLogService],
) -> None:
    """A page holds up to 200 hits, a screen shows a few: the search itself makes no excerpt."""
    _vault, log = office
    hits = log.search("samvær").hits
    assert hits and not any("_found" in vars(hit) for hit in hits)
    first = hits[0]
    assert (first.field, "Samværet gikk fint." in first.excerpt) == ("summary", True)
    assert [hit for hit in hits if "_found" in vars(hit)] == [first]


@pytest.mark.parametrize("most", [1, 3, 64])
def test_the_terms_a_word_begins_are_the_index_vocabularys(
    office: tuple[Vault, ContactLogService], most: int
) -> None:
    """Found term by term, one seek each, they are the terms the vocabulary table lists."""
    vault, _log = office
    with UnitOfWork(vault.session_factory) as uow:
        vocabulary = [
            term
            for (term,) in uow.session.execute(
                text("SELECT term FROM contact_search_vocab ORDER BY term")
            )
        ]
        starts = {""} | {term[:n] for term in vocabulary for n in (1, 2, 4)} | {"samvx", "zz"}
        for start in sorted(starts):
            expected = [term for term in vocabulary if term.startswith(start)][:most]
            assert uow.contact_search.terms_begun(start, most) == expected, start


@pytest.mark.parametrize(
    ("query", "expected"),
    [("samv", 10), ("SAMVÆRET", 10), ("not", 30), ("n", 30), ("logo", 1), ("samvx", 0)],
)
@pytest.mark.parametrize("most_terms", [64, 0])  # 0: every word past the limit (a prefix)
def test_a_word_finds_what_its_prefix_finds(
    office: tuple[Vault, ContactLogService],
    monkeypatch: pytest.MonkeyPatch,
    query: str,
    expected: int,
    most_terms: int,
) -> None:
    """The OR of the index's words equals FTS5's own prefix query, also past the term limit."""
    vault, log = office
    monkeypatch.setattr(contact_search, "_MOST_TERMS", most_terms)
    assert log.search(query).total == expected
    with vault.engine.connect() as connection:
        (prefix,) = connection.exec_driver_sql(
            "SELECT count(*) FROM contact_search WHERE contact_search MATCH ?",
            (fts_query(query),),
        ).one()
    assert prefix == expected
