"""Contact entries: the rows, the parents/topics/children they concern, versions, the search index.

The full-text table holds folded text (see ``bufapp.domain.folding``) and is written in the same
transaction as the entry, so it can never disagree with what is stored.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, case, func, or_, select, text, tuple_
from sqlalchemy.orm import Session, selectinload

from bufapp.domain.contact_log import ContactEntry, Participants, TimelineItem
from bufapp.domain.enums import HELD_CONVERSATION_FORMS, ContactForm, ContactTopic, EntryStatus
from bufapp.domain.folding import fold
from bufapp.storage import driver_sql
from bufapp.storage.mapping import get_row
from bufapp.storage.models import (
    SEARCH_TABLE,
    ContactEntryChildRow,
    ContactEntryParentRow,
    ContactEntryRow,
    ContactEntryTopicRow,
    ContactEntryVersionRow,
    ParentRow,
    UTCDateTime,
)

_NO_ID_ABOVE = 2**63 - 1  # SQLite's largest rowid: "from the newest"
# Where a page of a timeline ends: (occurred_at, entry id) of its last row.
TimelineKey = tuple[datetime, int]

_PARTICIPANT_FIELDS = (
    "support_person",
    "interpreter_language",
    "interpreter_name",
    "carers",
    "others",
)
_PLAIN_FIELDS = (
    "parent_id",
    "occurred_at",
    "form",
    "initiative",
    "place",
    "summary",
    "parent_words",
    "agreed",
    "status",
    "version",
    "change_reason",
    "withdrawn_reason",
    "finalised_at",
    "withdrawn_at",
    "exempt_reason",
    "exempt_basis",
)
SUMMARY_START = 240  # characters of the summary a timeline row carries


def _entity(row: ContactEntryRow) -> ContactEntry:
    others = tuple(link.parent_id for link in row.parent_links if link.parent_id != row.parent_id)
    participants = Participants(
        other_parent_ids=others, **{name: getattr(row, name) for name in _PARTICIPANT_FIELDS}
    )
    return ContactEntry(
        participants=participants,
        topics=tuple(sorted((t.topic for t in row.topic_rows), key=_TOPIC_ORDER.__getitem__)),
        child_ids=tuple(c.child_id for c in row.child_rows),
        id=row.id,
        **{name: getattr(row, name) for name in _PLAIN_FIELDS},
    )


def _ids(joined: str | None) -> tuple[int, ...]:
    return tuple(sorted(int(v) for v in joined.split(","))) if joined else ()


_TOPIC_ORDER = {topic: index for index, topic in enumerate(ContactTopic)}


def _topics(joined: str | None) -> tuple[ContactTopic, ...]:
    if not joined:
        return ()
    return tuple(sorted((ContactTopic(v) for v in joined.split(",")), key=_TOPIC_ORDER.__getitem__))


@functools.cache
def _timeline_query(paged: bool, limited: bool) -> Any:
    """The timeline's SELECT, built once (building it cost more than running it for a page)."""
    link = ContactEntryParentRow
    topics = (
        select(func.group_concat(ContactEntryTopicRow.topic))
        .where(ContactEntryTopicRow.entry_id == ContactEntryRow.id)
        .scalar_subquery()
    )
    children = (
        select(func.group_concat(ContactEntryChildRow.child_id))
        .where(ContactEntryChildRow.entry_id == ContactEntryRow.id)
        .scalar_subquery()
    )
    query = (
        select(
            ContactEntryRow.id,
            ContactEntryRow.parent_id,
            ContactEntryRow.occurred_at,
            ContactEntryRow.form,
            ContactEntryRow.status,
            ContactEntryRow.version,
            func.substr(ContactEntryRow.summary, 1, SUMMARY_START),
            func.length(ContactEntryRow.parent_words) > 0,
            func.length(ContactEntryRow.exempt_reason) > 0,
            topics,
            children,
        )
        .select_from(link)
        .join(ContactEntryRow, link.entry_id == ContactEntryRow.id)
        .where(link.parent_id == bindparam("parent"))
        # Ordered by the link's own columns, so SQLite walks the index instead of sorting.
        .order_by(link.occurred_at.desc(), link.entry_id.desc())
    )
    if paged:
        after = tuple_(bindparam("when", type_=UTCDateTime()), bindparam("entry"))
        query = query.where(tuple_(link.occurred_at, link.entry_id) < after)
    if limited:
        query = query.limit(bindparam("limit"))
    return query


class ContactRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- entries ------------------------------------------------------------------------------

    def get(self, entry_id: int) -> ContactEntry:
        return _entity(self._row(entry_id))

    def _row(self, entry_id: int | None) -> ContactEntryRow:
        return get_row(self.session, ContactEntryRow, entry_id)

    def add(self, entry: ContactEntry) -> ContactEntry:
        return self._save(ContactEntryRow(), entry)

    def update(self, entry: ContactEntry) -> ContactEntry:
        return self._save(self._row(entry.id), entry)

    def _save(self, row: ContactEntryRow, entry: ContactEntry) -> ContactEntry:
        for name in _PLAIN_FIELDS:
            setattr(row, name, getattr(entry, name))
        for name in _PARTICIPANT_FIELDS:
            setattr(row, name, getattr(entry.participants, name))
        row.parent_links = [
            ContactEntryParentRow(
                parent_id=parent_id, position=position, occurred_at=entry.occurred_at
            )
            for position, parent_id in enumerate(entry.parent_ids)
        ]
        row.topic_rows = [ContactEntryTopicRow(topic=t) for t in dict.fromkeys(entry.topics)]
        row.child_rows = [ContactEntryChildRow(child_id=c) for c in sorted(set(entry.child_ids))]
        self.session.add(row)
        self.session.flush()
        self._index(row)
        return _entity(row)

    def _index(self, row: ContactEntryRow) -> None:
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

    def of_parent(self, parent_id: int) -> list[ContactEntry]:
        """Every entry concerning the parent, newest first, whole."""
        rows = self.session.scalars(
            select(ContactEntryRow)
            .join(ContactEntryParentRow)
            .where(ContactEntryParentRow.parent_id == parent_id)
            .options(
                selectinload(ContactEntryRow.parent_links),
                selectinload(ContactEntryRow.topic_rows),
                selectinload(ContactEntryRow.child_rows),
            )
            .order_by(ContactEntryRow.occurred_at.desc(), ContactEntryRow.id.desc())
        )
        return [_entity(row) for row in rows]

    def latest(self, parent_id: int) -> ContactEntry | None:
        """The parent's most recent entry that was not withdrawn."""
        entry_id = self.session.scalars(
            select(ContactEntryRow.id)
            .join(ContactEntryParentRow)
            .where(
                ContactEntryParentRow.parent_id == parent_id,
                ContactEntryRow.status != EntryStatus.WITHDRAWN,
            )
            .order_by(ContactEntryRow.occurred_at.desc(), ContactEntryRow.id.desc())
            .limit(1)
        ).first()
        return None if entry_id is None else self.get(entry_id)

    def timeline(
        self, parent_id: int, after: TimelineKey | None = None, limit: int | None = None
    ) -> list[TimelineItem]:
        """The parent's entries as light rows, newest first, in one query: all of them, or the
        ``limit`` that come after ``after`` (keyset paging on the index (parent, moment, entry):
        a page costs the same however long the timeline is)."""
        query = _timeline_query(after is not None, limit is not None)
        parameters: dict[str, Any] = {"parent": parent_id, "limit": limit}
        if after is not None:
            parameters |= {"when": after[0], "entry": after[1]}
        return [
            TimelineItem(
                id=r[0],
                parent_id=r[1],
                occurred_at=r[2],
                form=r[3],
                status=r[4],
                version=r[5],
                summary_start=r[6] or "",
                has_parent_words=bool(r[7]),
                exempt=bool(r[8]),
                topics=_topics(r[9]),
                child_ids=_ids(r[10]),
            )
            for r in self.session.execute(query, parameters)
        ]

    def count_of(self, parent_id: int) -> int:
        """How many entries (withdrawn ones too) concern the parent."""
        return self.session.execute(
            select(func.count()).where(ContactEntryParentRow.parent_id == parent_id)
        ).scalar_one()

    def _first_topic(self) -> Any:
        return (
            select(ContactEntryTopicRow.entry_id)
            .where(
                ContactEntryTopicRow.entry_id == ContactEntryRow.id,
                ContactEntryTopicRow.topic == ContactTopic.FIRST_CONVERSATION,
            )
            .exists()
        )

    def first_conversation_moments(
        self, any_held_conversation: bool
    ) -> list[tuple[int, datetime, ContactForm, bool]]:
        """(parent, when, form, has topic) of every entry that can complete a first
        conversation: not withdrawn, not a failed attempt, and with the topic 'Første samtale'
        (or, if the office chose so, any held conversation), for every parent it concerns."""
        first = self._first_topic()
        counts = (
            or_(first, ContactEntryRow.form.in_(HELD_CONVERSATION_FORMS))
            if any_held_conversation
            else first
        )
        rows = self.session.execute(
            select(
                ContactEntryParentRow.parent_id,
                ContactEntryRow.occurred_at,
                ContactEntryRow.form,
                first,
            )
            .join(ContactEntryRow, ContactEntryParentRow.entry_id == ContactEntryRow.id)
            .where(
                ContactEntryRow.status != EntryStatus.WITHDRAWN,
                ContactEntryRow.form != ContactForm.FAILED_ATTEMPT,
                counts,
            )
        )
        return [(p, when, form, bool(has_first)) for p, when, form, has_first in rows]

    def last_contacts(
        self, parent_id: int | None = None
    ) -> list[tuple[int, datetime | None, datetime | None]]:
        """(parent, latest held conversation, latest entry of any kind), not withdrawn; for
        every parent, or for one."""
        held = ContactEntryRow.form.in_(HELD_CONVERSATION_FORMS)
        query = (
            select(
                ContactEntryParentRow.parent_id,
                func.max(case((held, ContactEntryRow.occurred_at))),
                func.max(ContactEntryRow.occurred_at),
            )
            .join(ContactEntryRow, ContactEntryParentRow.entry_id == ContactEntryRow.id)
            .where(ContactEntryRow.status != EntryStatus.WITHDRAWN)
            .group_by(ContactEntryParentRow.parent_id)
        )
        if parent_id is not None:
            query = query.where(ContactEntryParentRow.parent_id == parent_id)
        rows = self.session.execute(query)
        return [(p, last_held, last_any) for p, last_held, last_any in rows]

    # --- versions -----------------------------------------------------------------------------

    def add_version(
        self, entry_id: int, version: int, snapshot: str, because: str, when: datetime
    ) -> None:
        self.session.add(
            ContactEntryVersionRow(
                entry_id=entry_id,
                version=version,
                snapshot=snapshot,
                replaced_because=because,
                replaced_at=when,
            )
        )
        self.session.flush()

    def versions(self, entry_id: int) -> list[tuple[int, str, str, datetime]]:
        """(version, snapshot JSON, why it was replaced, when), oldest first."""
        rows = self.session.scalars(
            select(ContactEntryVersionRow)
            .where(ContactEntryVersionRow.entry_id == entry_id)
            .order_by(ContactEntryVersionRow.version)
        )
        return [(r.version, r.snapshot, r.replaced_because, r.replaced_at) for r in rows]

    # --- search -------------------------------------------------------------------------------

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
