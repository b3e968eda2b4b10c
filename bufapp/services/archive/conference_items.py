"""Familieråd (issue 22 § 3) for the archive: the family's plan as it was printed for those who
took part and kept (PDF/A), one document per conference — the latest print, sent again when the
plan is printed anew (its version counts the prints). Outgoing: the participants who came are its
recipients, the day it was printed its dispatch. A conference whose plan was never printed has no
document yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.domain.enums import DocumentKind
from bufapp.services.archive.model import ArchiveItem, ItemKind, JournalType
from bufapp.services.clock import oslo_date

if TYPE_CHECKING:
    from bufapp.services.archive.items import Candidates


def conference_items(found: Candidates) -> list[ArchiveItem]:
    items = []
    for parent_id in found.parent_ids:
        kept = [
            d
            for d in found.uow.documents.of_parent(parent_id)
            if d.kind is DocumentKind.FAMILY_CONFERENCE_PLAN and d.family_conference_id
        ]
        if not kept:
            continue
        for conference in found.uow.family_conferences.of_parent(parent_id):
            prints = [d for d in kept if d.family_conference_id == conference.id]
            if not prints:
                continue
            latest = max(prints, key=lambda d: (d.made_at, d.id or 0))
            on = oslo_date(latest.made_at)
            items.append(
                ArchiveItem(
                    kind=ItemKind.FAMILY_CONFERENCE,
                    item_id=conference.id or 0,
                    version=len(prints),
                    parent_id=parent_id,
                    title=latest.title,
                    document_date=on,
                    journal_type=JournalType.OUTGOING,
                    case_numbers=found.case_numbers(parent_id, ()),
                    parties=found.parties((parent_id,), ()),
                    sender=", ".join(x for x in (found.caseworker, found.office) if x),
                    recipients=tuple(p.name for p in conference.came),
                    dispatched_on=on,
                    stored_document_id=latest.id,
                )
            )
    return items
