"""The parent's group-offer participations (issue 22 § 4) as documents for the archive, each an
internal document (journal type X), laid out as the access pack lays them out
(``services.access.group_offers``), in the archive's wording (``forms/archive_record.toml``
[group_offers]). A participation changes as the parent goes on (started, completed): its
version is a fingerprint of the record, so the archive's latest copy holds every step. It
concerns the parent, not one child: it goes with every case of the parent's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.services.access.group_offers import participation_event
from bufapp.services.archive.followup_items import fingerprint_version
from bufapp.services.archive.model import ArchiveItem, ItemKind, JournalType

if TYPE_CHECKING:
    from bufapp.documents.access.pack import PackEvent
    from bufapp.documents.forms import Form
    from bufapp.services.archive.items import Candidates
    from bufapp.storage.uow import UnitOfWork


def group_offer_items(found: Candidates) -> list[ArchiveItem]:
    kind = ItemKind.GROUP_PARTICIPATION
    offers = {o.id: o for o in found.uow.group_offers.offers()}
    items = []
    for parent_id in found.parent_ids:
        for record in found.uow.group_offers.of_parent(parent_id):
            on = record.informed_on or record.referred_on or record.started_on
            on = on or record.completed_on or record.stopped_on
            if on is None:
                continue
            offer = offers.get(record.offer_id)
            about = offer.name if offer is not None else "informert om tilbudene"
            items.append(
                ArchiveItem(
                    kind=kind,
                    item_id=record.id or 0,
                    version=fingerprint_version(record),
                    parent_id=parent_id,
                    title=f"{kind.label} {on:%d.%m.%Y} – {about}",
                    document_date=on,
                    journal_type=JournalType.INTERNAL,
                    case_numbers=found.case_numbers(parent_id, ()),
                    parties=found.parties((parent_id,), ()),
                    sender=found.caseworker,
                )
            )
    return items


def group_offer_record_event(uow: UnitOfWork, item: ArchiveItem, words: Form) -> PackEvent:
    """The participation ``item`` stands for, read now, as the access pack lays it out."""
    record = uow.group_offers.get(GroupParticipation, item.item_id)
    offer = uow.group_offers.get(GroupOffer, record.offer_id) if record.offer_id else None
    event = participation_event(record, offer, words)
    assert event is not None  # an item is only made of a record with a day
    return event
