"""An entry's journal text made comparable (services/contacts/entry_text): the same content,
typed or pasted differently, compares equal, so a re-save without changes makes no new version;
a marking or a task is not journal text."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from bufapp.domain.contact_log import ContactEntry, FollowUpTask, Participants
from bufapp.domain.enums import ContactForm, ContactTopic, EntryStatus
from bufapp.services.contacts.entry_text import journal_content, tidy_entry

WHEN = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _entry(**changes: object) -> ContactEntry:
    entry = ContactEntry(
        parent_id=1,
        occurred_at=WHEN,
        form=ContactForm.PHONE,
        summary="Samvær i Kárášjohka",
        topics=(ContactTopic.VISITS,),
        child_ids=(3,),
    )
    return replace(entry, **changes)  # type: ignore[arg-type]


def test_pasted_decomposed_letters_spaces_and_order_make_the_same_entry() -> None:
    typed = _entry(
        topics=tuple(ContactTopic)[:3],
        child_ids=(3, 5),
        participants=Participants(other_parent_ids=(2,), support_person="Áile"),
    )
    pasted = _entry(
        occurred_at=WHEN.astimezone(timezone(timedelta(hours=1))),  # the same moment
        summary="  " + unicodedata.normalize("NFD", typed.summary) + "\n",
        topics=tuple(reversed(tuple(ContactTopic)[:3])),
        child_ids=(5, 3, 5),
        participants=Participants(
            other_parent_ids=(2, 1, 2),  # the entry's own parent is not another participant
            support_person=unicodedata.normalize("NFD", " Áile "),
        ),
    )
    assert tidy_entry(pasted) == tidy_entry(typed)
    assert tidy_entry(pasted).summary == "Samvær i Kárášjohka"


def test_the_journal_content_leaves_out_tasks_status_and_the_access_marking() -> None:
    plain = _entry()
    marked = _entry(
        status=EntryStatus.OPEN,
        version=3,
        tasks=(FollowUpTask(what="Ringe fosterhjemmet", due=WHEN.date()),),
        exempt_reason="Viser hvor fosterhjemmet bor",
        exempt_basis="hidden_whereabouts",
    )
    assert journal_content(marked) == journal_content(plain)
    assert journal_content(_entry(summary="Noe annet")) != journal_content(plain)
