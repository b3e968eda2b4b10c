"""The parent register: office, parents, children, placements, and the deadlines they create."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from bufapp.domain import national_id, validation
from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.domain.collation import sort_key
from bufapp.domain.consent import Consent, listed_recipient
from bufapp.domain.contact_log import ContactPlan, FollowUpTask
from bufapp.domain.contact_rules import first_conversation_offers, first_conversations_held
from bufapp.domain.deadlines import (
    DEFAULT_FIRST_CONVERSATION_DAYS,
    Deadline,
    episode_starts,
    first_conversation_deadlines,
    next_open_deadlines,
    placement_episodes,
)
from bufapp.domain.documents import StoredDocument
from bufapp.domain.entities import (
    Caseworker,
    Child,
    Office,
    Parent,
    ParentLink,
    Placement,
)
from bufapp.domain.first_conversation import FirstConversationStatus, first_conversation_status
from bufapp.domain.referral import Referral
from bufapp.errors import FieldProblem
from bufapp.services.clock import oslo_date, today_oslo
from bufapp.services.contacts.facts import first_conversation_entries, first_conversation_facts
from bufapp.storage.uow import UnitOfWork

DeadlineProvider = Callable[[UnitOfWork, date], list[Deadline]]


@dataclass(frozen=True)
class ParentSummary:
    """One row of the parent list."""

    id: int
    name: str
    sort_name: str
    children: str
    placement: str
    next_deadline: Deadline | None  # None from parent_rows: the list fills it afterwards


@dataclass(frozen=True)
class ChildWithPlacements:
    child: Child
    placements: tuple[Placement, ...]


@dataclass(frozen=True)
class ParentDetail:
    parent: Parent
    children: tuple[ChildWithPlacements, ...]
    other_parents: tuple[Parent, ...]
    deadlines: tuple[Deadline, ...]
    open_tasks: tuple[FollowUpTask, ...] = ()
    plan: ContactPlan | None = None
    entry_count: int = 0
    last_conversation: date | None = None  # the latest held conversation (not a letter)
    consents: tuple[tuple[Consent, str], ...] = ()  # each with its recipient, for display
    referrals: tuple[tuple[Referral, str], ...] = ()  # newest first, each with its recipient
    documents: tuple[StoredDocument, ...] = ()  # finished documents kept in the vault
    # The latest export to the archive with the parent's documents, and how many have gone in all.
    archived: tuple[date, int] | None = None


def _has_problem(problems: list[FieldProblem], field: str) -> bool:
    return any(problem.field == field for problem in problems)


def _normalised_id(value: str | None) -> str | None:
    return national_id.normalise(value) or None if value else None


class RegisterService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        first_conversation_days: int = DEFAULT_FIRST_CONVERSATION_DAYS,
        first_conversation_any_held: bool = False,
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self.first_conversation_days = first_conversation_days
        self.first_conversation_any_held = first_conversation_any_held
        self._providers: list[DeadlineProvider] = []

    @property
    def unit_of_work(self) -> Callable[[], UnitOfWork]:
        """The unit-of-work factory, for services that work on the same vault."""
        return self._uow

    def today(self) -> date:
        """The date this register takes as today (in Oslo); tests and demos fix it."""
        return self._today()

    # --- office -------------------------------------------------------------------------------

    def office(self) -> Office | None:
        with self._uow() as uow:
            return uow.office.office()

    def save_office(self, office: Office) -> Office:
        office = replace(office, org_number=office.org_number.replace(" ", ""))
        validation.require_valid(validation.check_office(office))
        with self._uow() as uow:
            saved = uow.office.save_office(office)
            uow.commit()
        return saved

    def caseworker(self) -> Caseworker | None:
        with self._uow() as uow:
            return uow.office.caseworker()

    def save_caseworker(self, caseworker: Caseworker) -> Caseworker:
        validation.require_valid(validation.check_caseworker(caseworker))
        with self._uow() as uow:
            saved = uow.office.save_caseworker(caseworker)
            uow.commit()
        return saved

    # --- parents ------------------------------------------------------------------------------

    def save_parent(self, parent: Parent) -> Parent:
        """Add (id None) or update a parent; every problem is reported, nothing half-saved."""
        parent = replace(
            parent,
            given_names=parent.given_names.strip(),
            family_name=parent.family_name.strip(),
            national_id=_normalised_id(parent.national_id),
            written_language=parent.written_language.strip(),
            interpreter_level=parent.interpreter_level.strip(),
        )
        problems = validation.check_parent(parent, self._today())
        with self._uow() as uow:
            if parent.national_id and not _has_problem(problems, "national_id"):
                holder = uow.parents.with_national_id(parent.national_id)
                if holder is not None and holder.id != parent.id:
                    problems.append(
                        FieldProblem(
                            "national_id",
                            f"Fødselsnummeret er allerede registrert på {holder.full_name}.",
                        )
                    )
            validation.require_valid(problems)
            if parent.national_id and parent.birth_date is None:
                parent = replace(
                    parent, birth_date=national_id.parse(parent.national_id).birth_date
                )
            saved = uow.parents.update(parent) if parent.id else uow.parents.add(parent)
            uow.commit()
        return saved

    def parent(self, parent_id: int) -> Parent:
        with self._uow() as uow:
            return uow.parents.get(parent_id)

    # --- children and placements ---------------------------------------------------------------

    def save_child(self, child: Child) -> Child:
        child = replace(
            child,
            given_names=child.given_names.strip(),
            family_name=child.family_name.strip(),
            case_number=child.case_number.strip(),
            national_id=_normalised_id(child.national_id),
        )
        problems = validation.check_child(child, self._today())
        with self._uow() as uow:
            for link in child.parents:
                if not uow.parents.exists(link.parent_id):
                    problems.append(FieldProblem("parents", "En av foreldrene finnes ikke lenger."))
            if child.national_id and not _has_problem(problems, "national_id"):
                holder = uow.children.with_national_id(child.national_id)
                if holder is not None and holder.id != child.id:
                    problems.append(
                        FieldProblem(
                            "national_id",
                            f"Fødselsnummeret er allerede registrert på {holder.full_name}.",
                        )
                    )
            validation.require_valid(problems)
            saved = uow.children.update(child) if child.id else uow.children.add(child)
            uow.commit()
        return saved

    def link_parent(self, child_id: int, link: ParentLink) -> Child:
        """Connect one more parent to a child already registered (e.g. the father, later)."""
        child = self.child(child_id)
        others = tuple(
            existing for existing in child.parents if existing.parent_id != link.parent_id
        )
        return self.save_child(replace(child, parents=(*others, link)))

    def children(self) -> list[Child]:
        with self._uow() as uow:
            return uow.children.list()

    def child(self, child_id: int) -> Child:
        with self._uow() as uow:
            return uow.children.get(child_id)

    def save_placement(self, placement: Placement) -> Placement:
        problems = validation.check_placement(placement, self._today())
        with self._uow() as uow:
            child = uow.children.get(placement.child_id)
            problems += validation.check_placement_against_child(placement, child)
            validation.require_valid(problems)
            saved = (
                uow.placements.update(placement) if placement.id else uow.placements.add(placement)
            )
            uow.commit()
        return saved

    def placement(self, placement_id: int) -> Placement:
        with self._uow() as uow:
            return uow.placements.get(placement_id)

    def placements_of(self, child_id: int) -> list[Placement]:
        with self._uow() as uow:
            return uow.placements.of_child(child_id)

    # --- overview -----------------------------------------------------------------------------

    def deadlines(self) -> list[Deadline]:
        with self._uow() as uow:
            return self._deadlines(uow)

    def add_provider(self, provider: DeadlineProvider) -> None:
        """Another feature's deadlines (the contact log's, later referrals, meetings …)."""
        self._providers.append(provider)

    def _deadlines(
        self,
        uow: UnitOfWork,
        today: date | None = None,
        only: tuple[list[Child], list[Placement]] | None = None,
    ) -> list[Deadline]:
        """Every deadline; ``only`` narrows the first conversation to these children and
        placements (one parent's card need not load the whole office)."""
        today = today or self._today()
        children, placements = only or (uow.children.list(), uow.placements.list())
        return self._with_providers(uow, today, children, placements)

    def _with_providers(
        self, uow: UnitOfWork, today: date, children: list[Child], placements: list[Placement]
    ) -> list[Deadline]:
        """The first conversation (offered, then held) of ``children`` placed by ``placements``,
        and every provider's deadlines, soonest first (by parent where due the same day)."""
        any_held = self.first_conversation_any_held
        facts = first_conversation_facts(uow, any_held, episode_starts(children, placements))
        offered = first_conversation_offers(facts, any_held)
        refused = dict(uow.reads.refusals())
        for parent_id, refused_on in refused.items():
            # offered and declined: the offer is what is owed
            offered[parent_id] = sorted([*offered.get(parent_id, []), refused_on])
        deadlines = first_conversation_deadlines(
            children,
            placements,
            offered,
            today=today,
            days=self.first_conversation_days,
            held=first_conversations_held(facts, any_held),
            refused=refused,
        )
        for provider in self._providers:
            deadlines += provider(uow, today)
        return sorted(deadlines, key=lambda d: (d.due, d.parent_id))

    def first_conversation_status(self, parent_id: int) -> FirstConversationStatus | None:
        """Where the parent's first conversation stands for their latest placement episode
        still going today (else the latest): offered (when, how), held (when, form and place as
        written on the entry), refused. None when no child of theirs has been placed."""
        any_held = self.first_conversation_any_held
        today = self._today()
        with self._uow() as uow:
            episodes = [
                (end is None or end >= today, start)
                for child in uow.children.of_parent(parent_id)
                for start, end in placement_episodes(uow.placements.of_child(child.id or 0))
            ]
            if not episodes:
                return None
            refused_on = uow.plans.get(parent_id).refused_on
            facts = first_conversation_entries(uow, parent_id, any_held)
        _, placed_on = max(episodes)
        return first_conversation_status(
            facts, placed_on, self.first_conversation_days, any_held, refused_on
        )

    def open_deadlines(self) -> list[Deadline]:
        """Every deadline not yet done, soonest first: ``deadlines()`` less the done ones."""
        with self._uow() as uow:
            return self.open_deadline_provider(uow, self._today())

    def open_deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """The open deadlines, read from what can still be open: the first conversation only of
        the children still placed today (an episode ended before today is either done or no
        longer owed, so ``first_conversation_deadlines`` would drop it or mark it done)."""
        placements = uow.reads.placements_of_children_placed_on_or_after(today)
        children = uow.reads.children_with_links({p.child_id for p in placements})
        deadlines = self._with_providers(uow, today, children, placements)
        return [d for d in deadlines if d.done_on is None]

    @staticmethod
    def consents_of(uow: UnitOfWork, parent_id: int) -> tuple[tuple[Consent, str], ...]:
        services = {s.id: s for s in uow.services.list() if s.id is not None}
        return tuple(
            (consent, listed_recipient(consent, services))
            for consent in uow.consents.of_parent(parent_id)
        )

    @staticmethod
    def referrals_of(uow: UnitOfWork, parent_id: int) -> tuple[tuple[Referral, str], ...]:
        names = {s.id: s.name for s in uow.services.list()}  # one query, not one per referral
        return tuple((r, names.get(r.service_id, "")) for r in uow.referrals.of_parent(parent_id))

    def parent_rows(self) -> list[ParentSummary]:
        """The parent list without its deadline column, from three column queries whatever the
        number of parents: name, children, current placement; sorted by name as shown."""
        today = self._today()
        with self._uow() as uow:
            names = uow.reads.parent_names()
            child_links = uow.reads.child_names_by_parent()
            ongoing = uow.reads.ongoing_place_types(today)
        children_of: dict[int, list[tuple[int, str]]] = {}
        for parent_id, child_id, given_names in child_links:
            children_of.setdefault(parent_id, []).append((child_id, given_names))
        current = dict(ongoing)  # the latest start wins where a child has two at once
        summaries = []
        for parent_id, given_names, family_name in names:
            parent = Parent(given_names, family_name, id=parent_id)
            kids = children_of.get(parent_id, [])
            placed = [current[c].label for c, _ in kids if c in current]
            summaries.append(
                ParentSummary(
                    id=parent_id,
                    name=parent.full_name,
                    sort_name=parent.sort_name,
                    children=", ".join(given for _, given in kids),
                    placement=", ".join(sorted(set(placed))) or "Ingen pågående",
                    next_deadline=None,
                )
            )
        return sorted(summaries, key=lambda s: sort_key(s.sort_name))

    def parent_summaries(self) -> list[ParentSummary]:
        """Every parent with children, current placement and next open deadline. The window
        shows ``parent_rows`` first and fills the deadlines from Oversikt's computation."""
        soonest = next_open_deadlines(self.open_deadlines())
        return [replace(s, next_deadline=soonest.get(s.id)) for s in self.parent_rows()]

    @staticmethod
    def _archived(uow: UnitOfWork, parent_id: int) -> tuple[date, int] | None:
        last = uow.archive.last_of_parent(parent_id)
        return None if last is None else (oslo_date(last[0].made_at), last[1])

    def parent_detail(self, parent_id: int, opened_in: str = "") -> ParentDetail:
        """The parent's card. ``opened_in`` (the view's name) when a person opens the record:
        then the opening is recorded in the audit trail, which the parent may ask to see."""
        with self._uow() as uow:
            parent = uow.parents.get(parent_id)
            if opened_in:
                uow.audit.record(
                    AuditEvent(AuditAction.OPENED, "parent", parent_id, parent_id, opened_in)
                )
                uow.commit()
            children = uow.children.of_parent(parent_id)
            others: dict[int, Parent] = {}
            for child in children:
                for link in child.parents:
                    if link.parent_id != parent_id and link.parent_id not in others:
                        others[link.parent_id] = uow.parents.get(link.parent_id)
            with_placements = tuple(
                ChildWithPlacements(c, tuple(uow.placements.of_child(c.id or 0))) for c in children
            )
            scope = (children, [p for c in with_placements for p in c.placements])
            deadlines = tuple(
                d for d in self._deadlines(uow, only=scope) if d.parent_id == parent_id
            )
            last = uow.contacts.last_contacts(parent_id)
            last_held = last[0][1] if last else None
            return ParentDetail(
                parent,
                with_placements,
                tuple(others.values()),
                deadlines,
                open_tasks=tuple(uow.tasks.of_parent(parent_id, open_only=True)),
                plan=uow.plans.get(parent_id),
                entry_count=uow.contacts.count_of(parent_id),
                last_conversation=oslo_date(last_held) if last_held else None,
                consents=self.consents_of(uow, parent_id),
                referrals=self.referrals_of(uow, parent_id),
                documents=tuple(uow.documents.of_parent(parent_id)),
                archived=self._archived(uow, parent_id),
            )
