"""The contact facts Oversikt's deadline rules read: which entries can offer or hold a first
conversation, and each parent's latest held conversation and latest entry of any kind."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time

from bufapp.domain.contact_rules import ContactFact
from bufapp.domain.enums import ContactForm
from bufapp.services.clock import OSLO, oslo_date
from bufapp.storage.uow import UnitOfWork


def first_conversation_facts(
    uow: UnitOfWork, any_held_conversation: bool, since: Mapping[int, Iterable[date]]
) -> list[ContactFact]:
    """The entries that can offer or hold a first conversation, each on its day in Oslo (an
    entry at 00:30 Oslo time belongs to that day, not the UTC day before): every entry with the
    topic (few), and, if the office chose that any held conversation counts, each parent's first
    held conversation from each placement start in ``since`` (parent -> Oslo days): all that
    the rule reads of them, and no more (an office holds hundreds of thousands of entries)."""
    facts = [
        ContactFact(parent_id, oslo_date(when), form, True)
        for parent_id, when, form in uow.contacts.first_conversation_moments()
    ]
    if any_held_conversation:
        starts = [
            (parent_id, datetime.combine(day, time(0), tzinfo=OSLO))
            for parent_id, days in since.items()
            for day in days
        ]
        facts += [
            ContactFact(parent_id, oslo_date(when), form, False)
            for parent_id, when, form in uow.contacts.first_held_conversations(starts)
        ]
    return facts


def first_conversation_entries(
    uow: UnitOfWork, parent_id: int, any_held_conversation: bool
) -> list[ContactFact]:
    """One parent's entries that can offer or hold a first conversation, in the order they
    happened, with the place written on each: what the parent's status shows."""
    return [
        ContactFact(parent_id, oslo_date(when), form, first, place=place, entry_id=entry_id)
        for entry_id, when, form, first, place in uow.contacts.first_conversation_entries(
            parent_id, any_held_conversation
        )
    ]


def last_contact_facts(uow: UnitOfWork) -> list[ContactFact]:
    """Per parent, the latest held conversation and the latest entry of any kind: all that the
    contact-plan rule reads (it takes the latest held one, and the latest offer after a
    refusal). The second stands in as a letter, which never counts as a held conversation."""
    if "last_contact_facts" not in uow.memo:
        facts = []
        for parent_id, last_held, last_any in uow.contacts.last_contacts():
            if last_held is not None:
                facts.append(ContactFact(parent_id, oslo_date(last_held), ContactForm.PHONE, False))
            if last_any is not None:
                facts.append(ContactFact(parent_id, oslo_date(last_any), ContactForm.LETTER, False))
        uow.memo["last_contact_facts"] = facts
    return uow.memo["last_contact_facts"]  # type: ignore[return-value]
