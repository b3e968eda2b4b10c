"""What goes to the archive: the finished documents of a parent, or of a child's case, each with
the metadata a journal entry in the main case system needs.

Which documents count as finished (the rules the export follows):

- contact entries that are FINAL. An OPEN entry is still being written; a WITHDRAWN one was
  withdrawn as mistaken, and its text is not journal text to file (one exported before it was
  withdrawn stays in the archive, as everything filed does). A changed final entry has a new
  version and goes again.
- minutes whose status is "final"; each version is its own document, so a corrected version
  goes again. A version replaced before it was ever exported is not sent on its own: the
  current version names every change and why.
- referrals that were sent (sent, answered, declined, no answer): the letter exactly as it was
  kept as PDF/A when it was finished. The parent's copy is the same letter and is not sent.
- network maps, named (never the pseudonymised print); a map changed after it went is new.
- the follow-up's records, each its own internal document (``archive.followup_items``): the
  purpose with the cooperation agreement, the child's plans, information given, assessments,
  the parent's evaluations and wishes; one changed after it went is new.
- samvær's records (``archive.visit_items``): each version of a visit plan listing its visits,
  each evaluation of a plan, each decided application for travel support.

For a child's case number, the documents of every parent linked to a child with that number
are chosen, and of those only the ones that concern the case where the data says so: entries
and referrals are linked to children, so one linked only to other children is left out, and one
linked to no child (about the parent generally) is included. Minutes and maps belong to the
parent, not to a child, so all of the parents' minutes and maps are included.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime

from bufapp.domain.entities import Child
from bufapp.domain.enums import DocumentKind, EntryStatus, MeetingStatus, ReferralState
from bufapp.services.archive.conference_items import conference_items
from bufapp.services.archive.feedback_items import feedback_items
from bufapp.services.archive.followup_items import followup_items
from bufapp.services.archive.group_offer_items import group_offer_items
from bufapp.services.archive.living_items import living_items
from bufapp.services.archive.model import (
    ArchiveItem,
    ExportScope,
    ItemKind,
    JournalType,
    Party,
    PendingExport,
)
from bufapp.services.archive.visit_items import visit_items
from bufapp.services.clock import oslo_date, today_oslo
from bufapp.storage.uow import UnitOfWork

SENT_STATES = (
    ReferralState.SENT,
    ReferralState.ANSWERED,
    ReferralState.DECLINED,
    ReferralState.NO_ANSWER,
)


class Candidates:
    """Every finished document of a scope, exported or not, read in one unit of work.
    ``labels`` names the follow-up's checklist items; ``today`` dates an undated purpose."""

    def __init__(
        self,
        uow: UnitOfWork,
        scope: ExportScope,
        labels: Mapping[str, str] | None = None,
        today: date | None = None,
    ) -> None:
        self.uow = uow
        self.scope = scope
        self.labels = dict(labels or {})
        self.today = today or today_oslo()
        self.names = uow.parents.names()
        if scope.case_number:
            self.case_children = [
                c for c in uow.children.list() if c.case_number == scope.case_number
            ]
            parent_ids = [link.parent_id for c in self.case_children for link in c.parents]
            self.parent_ids = list(dict.fromkeys(parent_ids))
        else:
            uow.parents.get(scope.parent_id or 0)  # NotFound for a parent that is gone
            self.case_children = []
            self.parent_ids = [scope.parent_id or 0]
        self.children: dict[int, Child] = {}
        self._by_parent: dict[int, list[Child]] = {}
        for parent_id in self.parent_ids:
            self.children.update({c.id or 0: c for c in self.children_of(parent_id)})
        self._case_child_ids = {c.id for c in self.case_children}
        caseworker = uow.office.caseworker()
        office = uow.office.office()
        self.caseworker = caseworker.name if caseworker else ""
        self.office = office.municipality if office else ""

    # --- shared -------------------------------------------------------------------------------

    def concerns_case(self, child_ids: Iterable[int]) -> bool:
        linked = set(child_ids)
        return not self.scope.case_number or not linked or bool(linked & self._case_child_ids)

    def child(self, child_id: int) -> Child:
        if child_id not in self.children:
            self.children[child_id] = self.uow.children.get(child_id)
        return self.children[child_id]

    def case_numbers(self, parent_id: int, child_ids: Iterable[int]) -> tuple[str, ...]:
        """The linked children's case numbers, or all of the parent's children's: the same
        whichever scope finds the document (an entry shared with another parent belongs to
        its own parent, whose children the scope may not hold), and the same as the PDF's."""
        linked = [self.child(c) for c in child_ids]
        children = linked or self.children_of(parent_id)
        return tuple(dict.fromkeys(c.case_number for c in children if c.case_number))

    def children_of(self, parent_id: int) -> list[Child]:
        if parent_id not in self._by_parent:
            self._by_parent[parent_id] = self.uow.children.of_parent(parent_id)
        return self._by_parent[parent_id]

    def parties(self, parent_ids: Iterable[int], child_ids: Iterable[int]) -> tuple[Party, ...]:
        parents = [Party("Forelder", self.names.get(p, "")) for p in dict.fromkeys(parent_ids)]
        children = [Party("Barn", self.child(c).full_name) for c in child_ids]
        return tuple(parents + children)

    # --- the four kinds -----------------------------------------------------------------------

    def all(self) -> list[ArchiveItem]:
        found = [*self.entries(), *self.minutes(), *self.referrals(), *self.network_maps()]
        found += followup_items(self, self.labels, self.today)
        found += visit_items(self)
        found += feedback_items(self)
        found += group_offer_items(self)
        found += conference_items(self)
        found += living_items(self)  # levekår (issue 22)
        return sorted(found, key=lambda i: (i.document_date, i.kind.value, i.item_id))

    def entries(self) -> list[ArchiveItem]:
        seen: dict[int, ArchiveItem] = {}
        for parent_id in self.parent_ids:
            for entry in self.uow.contacts.of_parent(parent_id):
                if entry.id in seen or entry.status is not EntryStatus.FINAL:
                    continue
                if not self.concerns_case(entry.child_ids):
                    continue
                day = oslo_date(entry.occurred_at)
                title = f"Kontakt {day:%d.%m.%Y} – {entry.form.label}"
                if entry.version > 1:
                    title += f" (versjon {entry.version})"
                seen[entry.id or 0] = ArchiveItem(
                    kind=ItemKind.CONTACT_ENTRY,
                    item_id=entry.id or 0,
                    version=entry.version,
                    parent_id=entry.parent_id,
                    title=title,
                    document_date=day,
                    journal_type=JournalType.INTERNAL,
                    case_numbers=self.case_numbers(entry.parent_id, entry.child_ids),
                    parties=self.parties(entry.parent_ids, entry.child_ids),
                    sender=self.caseworker,
                )
        return list(seen.values())

    def minutes(self) -> list[ArchiveItem]:
        found = []
        for parent_id in self.parent_ids:
            kept = [
                d for d in self.uow.documents.of_parent(parent_id) if d.kind is DocumentKind.MINUTES
            ]
            for group in self.uow.groups.of_parent(parent_id):
                for meeting in self.uow.meetings.of_group(group.id or 0):
                    if meeting.status is not MeetingStatus.MINUTES_FINAL:
                        continue
                    versions = self.uow.meetings.versions(meeting.id or 0)
                    began = versions[-1][1] if versions else None
                    sent = [
                        d for d in kept if d.meeting_id == meeting.id and _after(d.made_at, began)
                    ]
                    day = oslo_date(meeting.starts_at)
                    title = f"Referat fra ansvarsgruppemøte {day:%d.%m.%Y}"
                    if meeting.version > 1:
                        title += f" (versjon {meeting.version})"
                    found.append(
                        ArchiveItem(
                            kind=ItemKind.MINUTES,
                            item_id=meeting.id or 0,
                            version=meeting.version,
                            parent_id=parent_id,
                            title=title,
                            document_date=day,
                            journal_type=JournalType.INTERNAL,
                            case_numbers=self.case_numbers(parent_id, ()),
                            parties=self.parties((parent_id,), ()),
                            sender=self.caseworker,
                            recipients=tuple(group.name_of(k) for k in meeting.distributed_to),
                            # The minutes as sent out, when this version was the one sent.
                            stored_document_id=sent[-1].id if sent else None,
                        )
                    )
        return found

    def referrals(self) -> list[ArchiveItem]:
        found = []
        for parent_id in self.parent_ids:
            for referral in self.uow.referrals.of_parent(parent_id):
                if referral.state not in SENT_STATES or not self.concerns_case(referral.child_ids):
                    continue
                letters = [
                    d
                    for d in self.uow.documents.of_referral(referral.id or 0)
                    if d.kind is DocumentKind.REFERRAL
                ]
                if not letters:
                    continue  # a sent referral always has its letter kept; nothing to send if not
                service = self.uow.services.get(referral.service_id).name
                copies = [self.uow.services.get(s).name for s in referral.copy_to]
                if referral.copy_to_parent:
                    copies.append(self.names.get(parent_id, ""))
                found.append(
                    ArchiveItem(
                        kind=ItemKind.REFERRAL,
                        item_id=referral.id or 0,
                        version=1,  # a finished referral is never changed
                        parent_id=parent_id,
                        title=letters[-1].title,
                        document_date=referral.finished_on or oslo_date(letters[-1].made_at),
                        journal_type=JournalType.OUTGOING,
                        case_numbers=self.case_numbers(parent_id, referral.child_ids),
                        parties=(
                            *self.parties((parent_id,), referral.child_ids),
                            Party("Mottaker", service),
                        ),
                        sender=", ".join(x for x in (self.caseworker, self.office) if x),
                        recipients=(service, *(f"Kopi: {c}" for c in copies if c)),
                        dispatched_on=referral.sent_on,
                        stored_document_id=letters[-1].id,
                    )
                )
        return found

    def network_maps(self) -> list[ArchiveItem]:
        listings = [m for p in self.parent_ids for m in self.uow.network_maps.of_parent(p)]
        versions = self.uow.archive.network_map_versions([m.id for m in listings])
        found = []
        for listing in listings:
            found.append(
                ArchiveItem(
                    kind=ItemKind.NETWORK_MAP,
                    item_id=listing.id,
                    version=versions[listing.id],
                    parent_id=listing.parent_id,
                    title=f"Nettverkskart {listing.drawn_on:%d.%m.%Y}",
                    document_date=listing.drawn_on,
                    journal_type=JournalType.INTERNAL,
                    case_numbers=self.case_numbers(listing.parent_id, ()),
                    parties=self.parties((listing.parent_id,), ()),
                    sender=self.caseworker,
                )
            )
        return found


def _after(moment: datetime, began: datetime | None) -> bool:
    return began is None or moment > began


def pending_in(
    uow: UnitOfWork,
    scope: ExportScope,
    labels: Mapping[str, str] | None = None,
    today: date | None = None,
) -> PendingExport:
    """The scope's finished documents not exported before, oldest first, with what went."""
    candidates = Candidates(uow, scope, labels, today).all()
    exported_before: dict[ItemKind, int] = {}
    last: datetime | None = None
    waiting = []
    for kind in ItemKind:
        of_kind = [item for item in candidates if item.kind is kind]
        went = uow.archive.exported(kind.value, [item.item_id for item in of_kind])
        for item in of_kind:
            when = went.get(item.key)
            if when is None:
                waiting.append(item)
                continue
            exported_before[kind] = exported_before.get(kind, 0) + 1
            last = when if last is None or when > last else last
    order = {id(item): n for n, item in enumerate(candidates)}
    waiting.sort(key=lambda item: order[id(item)])
    return PendingExport(scope, tuple(waiting), exported_before, last, uow.archive.last_folder())
