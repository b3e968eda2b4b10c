"""An entry's journal text made comparable: composed and trimmed text, topics and children in a
fixed order, and the part of an entry a new version is about. The same content then always
compares equal, so a re-save without changes makes no new version."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC

from bufapp.domain.contact_log import ContactEntry, Participants
from bufapp.domain.enums import ContactTopic, EntryStatus


def journal_content(entry: ContactEntry) -> ContactEntry:
    """The part of an entry that is journal text (what a new version is about)."""
    return replace(
        entry,
        tasks=(),
        status=EntryStatus.FINAL,
        version=1,
        change_reason="",
        finalised_at=None,
        withdrawn_at=None,
        withdrawn_reason="",
        exempt_reason="",  # a marking on the entry, not its text: no new version for it
        exempt_basis="",
    )


def composed(text: str) -> str:
    """Composed letters (text pasted from macOS or a PDF may carry decomposed ones)."""
    return unicodedata.normalize("NFC", text).strip()


def tidy_entry(entry: ContactEntry) -> ContactEntry:
    """Trimmed, composed text; topics in their fixed order and children by id, so that the
    same content always compares equal (a re-save without changes makes no new version)."""
    people = entry.participants
    return replace(
        entry,
        occurred_at=entry.occurred_at.astimezone(UTC),  # one zone, so equal moments compare equal
        place=composed(entry.place),
        summary=composed(entry.summary),
        parent_words=composed(entry.parent_words),
        agreed=composed(entry.agreed),
        change_reason=composed(entry.change_reason),
        exempt_reason=composed(entry.exempt_reason),
        topics=tuple(t for t in ContactTopic if t in entry.topics),
        child_ids=tuple(sorted(set(entry.child_ids))),
        participants=Participants(
            other_parent_ids=tuple(
                sorted({p for p in people.other_parent_ids if p != entry.parent_id})
            ),
            support_person=composed(people.support_person),
            interpreter_language=composed(people.interpreter_language),
            interpreter_name=composed(people.interpreter_name),
            carers=composed(people.carers),
            others=composed(people.others),
        ),
        tasks=tuple(
            replace(t, what=composed(t.what), responsible_name=composed(t.responsible_name))
            for t in entry.tasks
        ),
    )
