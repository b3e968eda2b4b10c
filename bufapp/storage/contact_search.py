"""Search of the contact log: the full-text index (FTS5) of entries, written with each entry,
and the queries on it (a parent's matching entries, a page of hits across the office).

The full-text table holds folded text (see ``bufapp.domain.folding``), so "samvaer" finds
"samvær".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, text
from sqlalchemy.orm import Session

from bufapp.domain.folding import fold
from bufapp.storage import driver_sql
from bufapp.storage.models import SEARCH_TABLE, ContactEntryRow, ParentRow

_NO_ID_ABOVE = 2**63 - 1  # SQLite's largest rowid: "from the newest"


class ContactSearch:
    def __init__(self, session: Session) -> None:
        self.session = session

    def index(self, row: ContactEntryRow) -> None:
        """The entry's folded text in the index, replacing what it held before."""
        self.session.execute(text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :id"), {"id": row.id})
        self.session.execute(
            text(
                f"INSERT INTO {SEARCH_TABLE} (rowid, summary, parent_words, agreed) "
                "VALUES (:id, :summary, :parent_words, :agreed)"
            ),
            {
                "id": row.id,
                "summary": fold(row.summary),
                "parent_words": fold(row.parent_words),
                "agreed": fold(row.agreed),
            },
        )

    def matching_ids(self, match: str, parent_id: int) -> set[int]:
        """Every entry of the parent whose text matches the FTS5 expression."""
        rows = self.session.scalars(
            text(
                f"SELECT s.rowid FROM {SEARCH_TABLE} s "
                "JOIN contact_entry_parent p ON p.entry_id = s.rowid "
                f"WHERE {SEARCH_TABLE} MATCH :q AND p.parent_id = :parent"
            ),
            {"q": match, "parent": parent_id},
        )
        return set(rows)

    def search(
        self, words: Sequence[str], limit: int, before: int | None = None, count_up_to: int = 0
    ) -> tuple[int, list[tuple[Any, ...]]]:
        """The ``limit`` newest-written entries containing every folded word as a word start
        (below entry id ``before``, for the next page), whole, as (id, parent, the parent's
        name, when, form, status, summary, parent's words, agreed), and how many match, counted
        up to ``count_up_to`` + 1 at most.

        Hits come in the full-text index's own order (entry id, newest written first), so a
        page is read straight off the index: a word found in half a million entries costs what a
        rare one does, and nothing counts or sorts every hit. Counting is capped for the same
        reason: the count is the length of the one list of ids read for the page.

        A search runs often and reads few rows, so its statements go straight to the unit of
        work's connection (``driver_sql``): SQLAlchemy's handling would cost more than SQLite's
        work on a small office. The parent's name comes with the page's rows.
        """
        connection = self._connection()
        match = self._expanded(connection, words)
        if match is None:
            return 0, []
        found = driver_sql.run(
            connection,
            _PAGE_IDS,
            (match, _NO_ID_ABOVE if before is None else before, max(limit, count_up_to + 1)),
        )
        page = [entry_id for (entry_id,) in found[:limit]]
        rows = driver_sql.select_rows(connection, _HITS, {"ids": json.dumps(page)})
        hits = [
            (
                entry_id,
                parent_id,
                f"{given} {family}" if given and family else given or family or "",
                *rest,
            )
            for entry_id, parent_id, given, family, *rest in rows
        ]
        return len(found), hits

    def _connection(self) -> Connection:
        """The unit of work's connection, in its transaction (ORM changes flushed first, so the
        statements on it see them)."""
        self.session.flush()
        return self.session.connection()

    def _expanded(self, connection: Connection, words: Sequence[str]) -> str | None:
        """The FTS5 expression for ``words``: each as the OR of the index's terms it begins
        (None if one begins none). FTS5 answers ``"samv"*`` by merging the whole lists of every
        such term before the first row comes; an OR of the same terms is read lazily from the
        newest end, so a page of a common word is as cheap as one of a rare word. A word that
        begins too many terms (or is not a plain word) stays a prefix query, which means the
        same."""
        parts = []
        for word in words:
            if not word.isalnum():
                parts.append(_phrase(word) + "*")
                continue
            terms = self.terms_begun(word, _MOST_TERMS + 1, connection)
            if not terms:
                return None
            if len(terms) > _MOST_TERMS:
                parts.append(_phrase(word) + "*")
            else:
                parts.append("(" + " OR ".join(_phrase(term) for term in terms) + ")")
        return " AND ".join(parts)  # FTS5 takes the implicit AND only between phrases

    def terms_begun(self, word: str, most: int, connection: Connection | None = None) -> list[str]:
        """The first ``most`` terms of the full-text index that begin with ``word``, in order."""
        connection = connection or self._connection()
        driver_sql.run(connection, _TERMS_TABLE, ())
        found = driver_sql.run(connection, _TERMS_BEGUN, (word, word + _LAST_CHARACTER, most))
        return [term for (term,) in found]


# The index's terms, one row per occurrence, on this connection only (no schema change). Unlike
# SEARCH_VOCABULARY (one row per term, with counts), finding a term here reads nothing of its
# list of entries: SEARCH_VOCABULARY counted every entry of every term a word begins (a common
# word's half a million, on every search), so finding the terms grew with the office.
_TERMS = "contact_search_terms"
_TERMS_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_TERMS} "
    f"USING fts5vocab(main, '{SEARCH_TABLE}', 'instance')"
)
# The terms in [?1, ?2), one by one: each the first term after the one before (term || char(1)
# is the least string above it), so each step is one seek in the index, not a read of a term.
_TERMS_BEGUN = f"""WITH RECURSIVE begun(term) AS (
    SELECT (SELECT term FROM {_TERMS} WHERE term >= ?1 AND term < ?2 LIMIT 1)
    UNION ALL
    SELECT (SELECT term FROM {_TERMS} WHERE term >= begun.term || char(1) AND term < ?2 LIMIT 1)
    FROM begun WHERE begun.term IS NOT NULL
) SELECT term FROM begun WHERE term IS NOT NULL LIMIT ?3"""
_PAGE_IDS = (
    f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? AND rowid < ? "
    "ORDER BY rowid DESC LIMIT ?"
)
_PAGE = func.json_each(bindparam("ids")).table_valued("value")  # the page's ids, as JSON
_HITS = (
    select(
        ContactEntryRow.id,
        ContactEntryRow.parent_id,
        ParentRow.given_names,
        ParentRow.family_name,
        ContactEntryRow.occurred_at,
        ContactEntryRow.form,
        ContactEntryRow.status,
        ContactEntryRow.summary,
        ContactEntryRow.parent_words,
        ContactEntryRow.agreed,
    )
    .outerjoin(ParentRow, ParentRow.id == ContactEntryRow.parent_id)
    .where(ContactEntryRow.id.in_(select(_PAGE.c.value)))
    .order_by(ContactEntryRow.id.desc())
)
_LAST_CHARACTER = "\U0010ffff"  # above every other in UTF-8 order: word + it ends the range
_MOST_TERMS = 64  # a word that begins more terms is searched as a prefix


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'
