"""Levekår's assessments (issue 22) as documents for the archive: each assessment an internal
document (journal type X), laid out as the access pack lays it out (``services.access.living``)
in the archive's wording (``forms/archive_record.toml`` [living]). An assessment is never
changed, so each goes once. It concerns the parent, not one child: it goes with every case of
the parent's, as minutes do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.services.access.living import assessment_event
from bufapp.services.archive.followup_items import fingerprint_version
from bufapp.services.archive.model import ArchiveItem, ItemKind, JournalType

if TYPE_CHECKING:
    from bufapp.documents.access.pack import PackEvent
    from bufapp.documents.forms import Form
    from bufapp.services.archive.items import Candidates
    from bufapp.storage.uow import UnitOfWork


def living_items(found: Candidates) -> list[ArchiveItem]:
    items = []
    kind = ItemKind.LIVING_ASSESSMENT
    for parent_id in found.parent_ids:
        for assessment in found.uow.living.of_parent(parent_id):
            on = assessment.assessed_on
            items.append(
                ArchiveItem(
                    kind=kind,
                    item_id=assessment.id or 0,
                    version=fingerprint_version(assessment),
                    parent_id=parent_id,
                    title=f"{kind.label} {on:%d.%m.%Y}",
                    document_date=on,
                    journal_type=JournalType.INTERNAL,
                    case_numbers=found.case_numbers(parent_id, ()),
                    parties=found.parties((parent_id,), ()),
                    sender=found.caseworker,
                )
            )
    return items


def living_record_event(uow: UnitOfWork, item: ArchiveItem, words: Form) -> PackEvent:
    """The assessment ``item`` stands for, as the access pack lays it out."""
    found = uow.living.of_parent(item.parent_id, only=item.item_id)
    return assessment_event(found[0], words)
