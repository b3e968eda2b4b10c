"""Where each demo parent stands, read back through the services once the families are made:
the children and their placements, the contact log's held conversations and crises, the contact
plan (read, as ``hidden`` reads, in one unit of work; written only through the services). The follow-up (``followup``, ``information``) is written from this, so it fits the log."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from bufapp.demo.data import DEFINITE_PLACE
from bufapp.domain.contact_log import ContactPlan, TimelineItem
from bufapp.domain.entities import Child, Parent, Placement
from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    EntryStatus,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
)
from bufapp.services.clock import oslo_date
from bufapp.services.contacts.log import ContactLogService
from bufapp.storage.uow import UnitOfWork

# How the situation decides the texts: a key of followup_texts' PURPOSE_* tables.
VOLUNTARY, CARE_ORDER, EMERGENCY, REUNIFIED = "voluntary", "care_order", "emergency", "reunified"
WITHOUT_RESPONSIBILITY = "without_responsibility"
BUSY_ENTRIES = 100  # a parent with a long, dense log (the demo's busy parents have 300+)


@dataclass(frozen=True)
class Situation:
    parent: Parent
    role: ParentRole
    children: tuple[Child, ...]
    placements: tuple[Placement, ...]  # of those children, oldest first
    kind: str  # VOLUNTARY, CARE_ORDER, EMERGENCY, REUNIFIED, or "" (never placed)
    responsibility: bool  # for at least one of the children
    entries: tuple[TimelineItem, ...]  # not withdrawn, oldest first
    plan: ContactPlan

    @property
    def id(self) -> int:
        return self.parent.id or 0

    @property
    def held(self) -> list[TimelineItem]:
        return [e for e in self.entries if e.form.is_held_conversation]

    @property
    def engaged(self) -> bool:
        """Talked with, and not refusing contact now."""
        return bool(self.held) and not self.plan.refuses

    @property
    def busy(self) -> bool:
        return len(self.entries) >= BUSY_ENTRIES

    @property
    def placed_on(self) -> date | None:
        return min((p.start_date for p in self.placements), default=None)

    @property
    def home_again(self) -> date | None:
        """The day the children moved home, when the latest placement ended so."""
        last = max(self.placements, key=lambda p: p.start_date, default=None)
        if last is None or last.end_reason is not PlacementEndReason.REUNIFICATION:
            return None
        return last.end_date

    @property
    def text_key(self) -> str:
        """Which texts fit: a parent without parental responsibility has their own."""
        if not self.responsibility and self.kind in (VOLUNTARY, CARE_ORDER):
            return WITHOUT_RESPONSIBILITY
        return self.kind

    def held_on_or_after(self, day: date) -> list[TimelineItem]:
        return [e for e in self.held if day_of(e) >= day]

    def crises(self) -> list[TimelineItem]:
        return [e for e in self.held if ContactTopic.CRISIS in e.topics]

    def offer_letters(self) -> list[TimelineItem]:
        return [
            e
            for e in self.entries
            if e.form is ContactForm.LETTER and ContactTopic.INFORMATION in e.topics
        ]

    def words(self, **more: str) -> dict[str, str]:
        """The placeholders of ``followup_texts``."""
        names = [c.given_names.split()[0] for c in self.children]
        barn = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]
        current = [p for p in self.placements if p.end_date is None] or list(self.placements)
        place = DEFINITE_PLACE.get(current[-1].place_type, "fosterhjemmet") if current else ""
        role = self.role.label.lower()
        de, dem = (barn, barn) if len(names) == 1 else ("de", "dem")
        return {
            "barn": barn,
            "Barn": barn[:1].upper() + barn[1:],
            "de": de,
            "De": de[:1].upper() + de[1:],
            "dem": dem,
            "forelderen": role,
            "Forelder": role[:1].upper() + role[1:],
            "stedet": place,
            **more,
        }


def day_of(item: TimelineItem) -> date:
    return oslo_date(item.occurred_at)


def situations(
    unit_of_work: Callable[[], UnitOfWork],
    contact_log: ContactLogService,
    parent_ids: Sequence[int],
    today: date,
) -> list[Situation]:
    """Every parent's situation, read in one unit of work (the card's ``parent_detail`` would
    also work out every deadline, for each parent in turn); the log through its service."""
    with unit_of_work() as uow:
        read = [
            (uow.parents.get(pid), uow.children.of_parent(pid), uow.plans.get(pid))
            for pid in parent_ids
        ]
        placed = {
            child.id: uow.placements.of_child(child.id)
            for _, children, _ in read
            for child in children
            if child.id is not None
        }
    return [
        _situation(parent, children, placed, plan, contact_log, today)
        for parent, children, plan in read
    ]


def _situation(
    parent: Parent,
    children: list[Child],
    placed: dict[int | None, list[Placement]],
    plan: ContactPlan,
    contact_log: ContactLogService,
    today: date,
) -> Situation:
    pid = parent.id or 0
    placements = sorted((p for c in children for p in placed[c.id]), key=lambda p: p.start_date)
    links = [link for c in children for link in c.parents if link.parent_id == pid]
    entries = sorted(
        (e for e in contact_log.timeline(pid) if e.status is not EntryStatus.WITHDRAWN),
        key=lambda e: (e.occurred_at, e.id),
    )
    return Situation(
        parent=parent,
        role=links[0].role if links else ParentRole.MOTHER,
        children=tuple(children),
        placements=tuple(placements),
        kind=_kind(tuple(placements), today),
        responsibility=any(link.parental_responsibility for link in links),
        entries=tuple(entries),
        plan=plan,
    )


def _kind(placements: tuple[Placement, ...], today: date) -> str:
    ongoing = {p.basis for p in placements if p.is_ongoing(today)}
    for basis, kind in (
        (PlacementBasis.CARE_ORDER, CARE_ORDER),
        (PlacementBasis.VOLUNTARY, VOLUNTARY),
        (PlacementBasis.EMERGENCY, EMERGENCY),
    ):
        if basis in ongoing:
            return kind
    if placements and max(placements, key=lambda p: p.start_date).end_reason is (
        PlacementEndReason.REUNIFICATION
    ):
        return REUNIFIED
    return ""
