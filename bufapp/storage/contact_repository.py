"""Contact entries: the rows, the parents/topics/children they concern, a parent's timeline and
versions, and the facts the deadline rules read. Each entry saved is written to the full-text
index (``contact_search``) in the same transaction, so the two can never disagree.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, bindparam, case, func, or_, select, tuple_
from sqlalchemy.orm import Session, selectinload

from bufapp.domain.contact_log import ContactEntry, Participants, TimelineItem
from bufapp.domain.enums import HELD_CONVERSATION_FORMS, ContactForm, ContactTopic, EntryStatus
from bufapp.storage.contact_search import ContactSearch
from bufapp.storage.mapping import get_row
from bufapp.storage.models import (
    ContactEntryChildRow,
    ContactEntryParentRow,
    ContactEntryRow,
    ContactEntryTopicRow,
    ContactEntryVersionRow,
    UTCDateTime,
)


def _stored(moment: datetime) -> str:
    """A moment as a UTCDateTime column holds it on SQLite (naive UTC, microseconds): for
    comparing with stored moments inside SQL."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


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
        self.search_index = ContactSearch(session)

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
        self.search_index.index(row)
        return _entity(row)

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

    def _counts_for_first_conversation(self, any_held_conversation: bool) -> Any:
        """Not withdrawn, not a failed attempt, and with the topic 'Første samtale' (or, if the
        office chose so, any held conversation): every entry that can offer or hold it."""
        first = self._first_topic()
        counts = (
            or_(first, ContactEntryRow.form.in_(HELD_CONVERSATION_FORMS))
            if any_held_conversation
            else first
        )
        return and_(
            ContactEntryRow.status != EntryStatus.WITHDRAWN,
            ContactEntryRow.form != ContactForm.FAILED_ATTEMPT,
            counts,
        )

    def first_conversation_moments(self) -> list[tuple[int, datetime, ContactForm]]:
        """(parent, when, form) of every entry with the topic 'Første samtale' that is neither
        withdrawn nor a failed attempt, for every parent it concerns: an offer (a letter, an
        SMS) or a held conversation, as the form tells. Read from the topic rows (few), not
        from every entry of the office."""
        rows = self.session.execute(
            select(
                ContactEntryParentRow.parent_id, ContactEntryRow.occurred_at, ContactEntryRow.form
            )
            .select_from(ContactEntryTopicRow)
            .join(ContactEntryRow, ContactEntryRow.id == ContactEntryTopicRow.entry_id)
            .join(ContactEntryParentRow, ContactEntryParentRow.entry_id == ContactEntryRow.id)
            .where(
                ContactEntryTopicRow.topic == ContactTopic.FIRST_CONVERSATION,
                ContactEntryRow.status != EntryStatus.WITHDRAWN,
                ContactEntryRow.form != ContactForm.FAILED_ATTEMPT,
            )
        )
        return [(p, when, form) for p, when, form in rows]

    def first_held_conversations(
        self, since: Iterable[tuple[int, datetime]]
    ) -> list[tuple[int, datetime, ContactForm]]:
        """(parent, when, form) of each parent's first held conversation (any topic, not
        withdrawn) at or after each ``since`` moment given for them; none where there is none.
        Each is read off the parent's timeline index, stopping at the first one found. The
        pairs go in as one JSON parameter, so the statement is compiled once whatever their
        number (a VALUES list of thousands costs more to compile than to run)."""
        pairs = json.dumps([[parent_id, _stored(moment)] for parent_id, moment in since])
        given = func.json_each(bindparam("pairs", pairs)).table_valued("value")
        parent = func.json_extract(given.c.value, "$[0]")
        first = (
            select(ContactEntryParentRow.entry_id)
            .join(ContactEntryRow, ContactEntryRow.id == ContactEntryParentRow.entry_id)
            .where(
                ContactEntryParentRow.parent_id == parent,
                ContactEntryParentRow.occurred_at >= func.json_extract(given.c.value, "$[1]"),
                ContactEntryRow.status != EntryStatus.WITHDRAWN,
                ContactEntryRow.form.in_(HELD_CONVERSATION_FORMS),
            )
            .order_by(ContactEntryParentRow.occurred_at)
            .limit(1)
            .scalar_subquery()
        )
        firsts = select(parent.label("parent_id"), first.label("entry_id")).subquery()
        rows = self.session.execute(
            select(firsts.c.parent_id, ContactEntryRow.occurred_at, ContactEntryRow.form).join(
                ContactEntryRow, ContactEntryRow.id == firsts.c.entry_id
            )
        )
        return [(p, when, form) for p, when, form in rows]

    def first_conversation_entries(
        self, parent_id: int, any_held_conversation: bool
    ) -> list[tuple[int, datetime, ContactForm, bool, str]]:
        """(entry, when, form, has topic, place) of one parent's entries that can offer or hold
        a first conversation, in the order they happened (read off the parent's timeline
        index)."""
        first = self._first_topic()
        rows = self.session.execute(
            select(
                ContactEntryRow.id,
                ContactEntryRow.occurred_at,
                ContactEntryRow.form,
                first,
                ContactEntryRow.place,
            )
            .join(ContactEntryParentRow, ContactEntryParentRow.entry_id == ContactEntryRow.id)
            .where(
                ContactEntryParentRow.parent_id == parent_id,
                self._counts_for_first_conversation(any_held_conversation),
            )
            .order_by(ContactEntryParentRow.occurred_at, ContactEntryRow.id)
        )
        return [(e, when, form, bool(has), place or "") for e, when, form, has, place in rows]

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
