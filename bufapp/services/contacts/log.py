"""The contact log: writing entries safely, versions, withdrawal, timeline, search, follow-up.

Journal text is never silently rewritten: an open entry may be changed freely, a final one only
as a new version with a reason (the earlier text is kept), and a mistaken one is withdrawn with
a reason, never deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from bufapp.domain import codec
from bufapp.domain.access import exemption_problems
from bufapp.domain.contact_log import (
    ContactEntry,
    ContactPlan,
    EntryVersion,
    FollowUpTask,
    Participants,
    SearchHit,
    TimelineItem,
)
from bufapp.domain.contact_rules import (
    check_change,
    check_entry,
    check_plan,
    check_task,
    is_blank,
    plan_deadlines,
    task_deadlines,
)
from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import ContactForm, EntryStatus, TaskStatus
from bufapp.domain.folding import fts_query, search_words
from bufapp.domain.validation import require_valid
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.access.reader import exemption_bases
from bufapp.services.clock import now_utc, oslo_date, today_oslo
from bufapp.services.contacts.entry_text import journal_content, tidy_entry
from bufapp.services.contacts.facts import last_contact_facts
from bufapp.storage.uow import UnitOfWork

SEARCH_LIMIT = 200
SEARCH_COUNT_CAP = 1_000  # hits counted; beyond it the search says «over 1 000 treff»
TIMELINE_PAGE = 200  # rows of a timeline read at a time: a screenful or two, whatever its length


@dataclass(frozen=True)
class TimelinePage:
    """A page of a parent's timeline, newest first, and how many entries the timeline has."""

    items: tuple[TimelineItem, ...]
    total: int


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: tuple[SearchHit, ...]
    words: tuple[str, ...]  # the folded words searched for, for highlighting
    capped: bool = False  # more than ``total`` hits: counting stopped at SEARCH_COUNT_CAP


class ContactLogService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        now: Callable[[], datetime] = now_utc,
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._now = now

    # --- writing ------------------------------------------------------------------------------

    def new_entry(self, parent_id: int) -> ContactEntry:
        """A fresh entry for the parent: now, the last entry's participants, the placed children."""
        now = self._now().replace(second=0, microsecond=0)
        today = self._today()
        with self._uow() as uow:
            parent = uow.parents.get(parent_id)
            latest = uow.contacts.latest(parent_id)
            children = uow.children.of_parent(parent_id)
            placed = [
                c.id
                for c in children
                if any(p.is_ongoing(today) for p in uow.placements.of_child(c.id or 0))
            ]
        if latest is not None:
            people = latest.participants
            if latest.parent_id != parent_id:  # taken from the other parent's entry
                others = tuple(p for p in latest.parent_ids if p != parent_id)
                people = replace(people, other_parent_ids=others)
        else:
            people = Participants(support_person=parent.support_person)
        if parent.needs_interpreter and not people.interpreter_language:
            # The register says the parent needs one: the language is filled in, to be cleared
            # for a contact held without.
            people = replace(people, interpreter_language=parent.interpreter_language or "")
        return ContactEntry(
            parent_id=parent_id,
            occurred_at=now,
            form=latest.form
            if latest is not None and latest.form.is_held_conversation
            else ContactForm.PHONE,
            participants=people,
            child_ids=tuple(c for c in placed if c is not None),
        )

    def save(self, entry: ContactEntry, final: bool = False) -> ContactEntry:
        """Save a new or changed entry; ``final`` marks it finished (it is then journal text)."""
        with self._uow() as uow:
            saved = self._save_in(uow, entry, final)
            uow.commit()
        return saved

    def save_many(self, entries: list[ContactEntry], final: bool = True) -> list[ContactEntry]:
        """Save several entries in one transaction (imports, demo data): all or nothing."""
        children: dict[int, set[int]] = {}  # each parent's children, looked up once
        with self._uow() as uow:
            saved = [self._save_in(uow, entry, final, children) for entry in entries]
            uow.commit()
        return saved

    def _save_in(
        self,
        uow: UnitOfWork,
        entry: ContactEntry,
        final: bool,
        children: dict[int, set[int]] | None = None,
    ) -> ContactEntry:
        if entry.occurred_at.tzinfo is None:
            raise ValueError("occurred_at must be timezone-aware")
        entry = tidy_entry(entry)
        now = self._now()
        before = uow.contacts.get(entry.id) if entry.id is not None else None
        becomes_final = final or (before is not None and before.is_final)
        problems = check_entry(entry, oslo_date(entry.occurred_at), self._today(), becomes_final)
        problems += self._check_people(uow, entry, {} if children is None else children)
        problems += exemption_problems(
            entry.is_exempt, entry.exempt_reason, entry.exempt_basis, exemption_bases()
        )
        if before is not None:
            problems += check_change(
                before, entry, journal_content(before) != journal_content(entry)
            )
        require_valid(problems)
        entry = replace(entry, tasks=tuple(t for t in entry.tasks if not is_blank(t)))
        if before is None:
            saved = uow.contacts.add(self._stamped(entry, final, now))
        elif before.is_final:
            saved = self._new_version(uow, before, entry)
        else:
            saved = uow.contacts.update(self._stamped(entry, final, now))
        return replace(saved, tasks=self._save_tasks(uow, saved, entry.tasks))

    @staticmethod
    def _stamped(entry: ContactEntry, final: bool, now: datetime) -> ContactEntry:
        return replace(
            entry,
            status=EntryStatus.FINAL if final else EntryStatus.OPEN,
            finalised_at=now if final else None,
            version=1,
            change_reason="",
        )

    def _new_version(
        self, uow: UnitOfWork, before: ContactEntry, after: ContactEntry
    ) -> ContactEntry:
        if journal_content(before) == journal_content(after):
            # Only the tasks or the innsyn marking changed: no new text, no new version.
            if (after.exempt_reason, after.exempt_basis) == (
                before.exempt_reason, before.exempt_basis
            ):  # fmt: skip
                return before
            marked = replace(
                before, exempt_reason=after.exempt_reason, exempt_basis=after.exempt_basis
            )
            return uow.contacts.update(marked)
        assert before.id is not None
        uow.contacts.add_version(
            before.id, before.version, codec.encode(before), after.change_reason, self._now()
        )
        return uow.contacts.update(
            replace(
                after,
                status=EntryStatus.FINAL,
                version=before.version + 1,
                finalised_at=before.finalised_at,
                withdrawn_at=None,
                withdrawn_reason="",
            )
        )

    def _check_people(
        self, uow: UnitOfWork, entry: ContactEntry, children: dict[int, set[int]]
    ) -> list[FieldProblem]:
        known_children: set[int] = set()
        for parent_id in entry.parent_ids:
            if parent_id not in children:
                if not uow.parents.exists(parent_id):
                    return [FieldProblem("parent_id", "Forelderen finnes ikke lenger.")]
                children[parent_id] = {c.id for c in uow.children.of_parent(parent_id) if c.id}
            known_children |= children[parent_id]
        if set(entry.child_ids) - known_children:
            return [
                FieldProblem("child_ids", "Et av barna er ikke registrert på denne forelderen.")
            ]
        return []

    def _save_tasks(
        self, uow: UnitOfWork, entry: ContactEntry, tasks: tuple[FollowUpTask, ...]
    ) -> tuple[FollowUpTask, ...]:
        assert entry.id is not None
        kept = {t.id for t in tasks if t.id is not None}
        for earlier in uow.tasks.of_entry(entry.id):
            if earlier.id not in kept and earlier.is_open:  # removed from the agreement
                uow.tasks.save(
                    replace(
                        earlier,
                        status=TaskStatus.CANCELLED,
                        outcome="Tatt ut av avtalen da kontakten ble endret.",
                        closed_on=self._today(),
                    )
                )
        stored = {t.id: t for t in uow.tasks.of_entry(entry.id)}
        saved = []
        for task in tasks:
            earlier = stored.get(task.id)
            if earlier is not None and not earlier.is_open:  # closed since: stays closed
                task = replace(
                    task,
                    status=earlier.status,
                    outcome=earlier.outcome,
                    closed_on=earlier.closed_on,
                )
            saved.append(
                uow.tasks.save(replace(task, parent_id=entry.parent_id, entry_id=entry.id))
            )
        return tuple(saved)

    def withdraw(self, entry_id: int, reason: str) -> ContactEntry:
        """Mark a mistaken entry as withdrawn, with the reason; its text is kept."""
        if not reason.strip():
            raise ValidationFailed(
                [FieldProblem("withdrawn_reason", "Skriv hvorfor oppføringen trekkes tilbake.")]
            )
        with self._uow() as uow:
            entry = uow.contacts.get(entry_id)
            if entry.status is EntryStatus.WITHDRAWN:
                raise ValidationFailed(
                    [FieldProblem("withdrawn_reason", "Oppføringen er allerede trukket tilbake.")]
                )
            saved = uow.contacts.update(
                replace(
                    entry,
                    status=EntryStatus.WITHDRAWN,
                    withdrawn_reason=reason.strip(),
                    withdrawn_at=self._now(),
                )
            )
            for task in uow.tasks.of_entry(entry_id):
                if task.is_open:
                    uow.tasks.save(
                        replace(
                            task,
                            status=TaskStatus.CANCELLED,
                            outcome="Kontakten ble trukket tilbake.",
                            closed_on=self._today(),
                        )
                    )
            tasks = tuple(uow.tasks.of_entry(entry_id))
            uow.commit()
        return replace(saved, tasks=tasks)

    # --- reading ------------------------------------------------------------------------------

    def entry(self, entry_id: int) -> ContactEntry:
        with self._uow() as uow:
            entry = uow.contacts.get(entry_id)
            return replace(entry, tasks=tuple(uow.tasks.of_entry(entry_id)))

    def versions(self, entry_id: int) -> list[EntryVersion]:
        """The earlier texts of an entry, oldest first."""
        with self._uow() as uow:
            stored = uow.contacts.versions(entry_id)
        return [
            EntryVersion(entry_id, version, codec.decode(ContactEntry, snapshot), when, because)
            for version, snapshot, because, when in stored
        ]

    def timeline(self, parent_id: int) -> list[TimelineItem]:
        """The whole timeline (for what needs every entry: extracts, printing)."""
        with self._uow() as uow:
            return uow.contacts.timeline(parent_id)

    def timeline_page(
        self, parent_id: int, after: TimelineItem | None = None, limit: int | None = TIMELINE_PAGE
    ) -> TimelinePage:
        """The ``limit`` newest entries after ``after`` (the last row of the page before; None
        for the first page); every entry after it if ``limit`` is None."""
        key = None if after is None else (after.occurred_at, after.id)
        with self._uow() as uow:
            items = uow.contacts.timeline(parent_id, key, limit)
            return TimelinePage(tuple(items), uow.contacts.count_of(parent_id))

    def search(
        self, query: str, limit: int = SEARCH_LIMIT, after: int | None = None
    ) -> SearchResult:
        """Entries whose summary, parent's words or agreement contain every word typed, newest
        written first: the first ``limit``, or the ``limit`` after entry ``after`` (the last
        hit of the page before). ``total`` counts the hits from there, up to SEARCH_COUNT_CAP."""
        match = fts_query(query)
        words = tuple(search_words(query))
        if match is None:
            return SearchResult(query, 0, (), ())
        with self._uow() as uow:
            counted, rows = uow.contact_search.search(words, limit, after, SEARCH_COUNT_CAP)
        total = min(counted, SEARCH_COUNT_CAP)
        # The excerpts are made when a hit is shown (SearchHit.excerpt), not for every hit.
        hits = [
            SearchHit(entry_id, parent_id, name, when, form, status, tuple(texts), words)
            for entry_id, parent_id, name, when, form, status, *texts in rows
        ]
        return SearchResult(query, total, tuple(hits), words, counted > SEARCH_COUNT_CAP)

    def matching_entries(self, parent_id: int, query: str) -> set[int] | None:
        """The parent's entries containing every word typed (folded), or None for no words."""
        match = fts_query(query)
        if match is None:
            return None
        with self._uow() as uow:
            return uow.contact_search.matching_ids(match, parent_id)

    # --- follow-up tasks and the contact plan -------------------------------------------------

    def task(self, task_id: int) -> FollowUpTask:
        with self._uow() as uow:
            return uow.tasks.get(task_id)

    def tasks_of(self, parent_id: int, open_only: bool = False) -> list[FollowUpTask]:
        with self._uow() as uow:
            return uow.tasks.of_parent(parent_id, open_only)

    def save_task(self, task: FollowUpTask) -> FollowUpTask:
        """Add or change a task directly on the parent (not from a contact)."""
        require_valid(check_task(task, 0))
        with self._uow() as uow:
            uow.parents.get(task.parent_id or 0)
            saved = uow.tasks.save(replace(task, what=task.what.strip()))
            uow.commit()
        return saved

    def close_task(self, task_id: int, status: TaskStatus, outcome: str) -> FollowUpTask:
        if status is TaskStatus.OPEN:
            raise ValueError("a task is closed as done or cancelled")
        with self._uow() as uow:
            task = uow.tasks.get(task_id)
            if not task.is_open:
                raise ValidationFailed([FieldProblem("status", "Oppgaven er allerede lukket.")])
            saved = uow.tasks.save(
                replace(task, status=status, outcome=outcome.strip(), closed_on=self._today())
            )
            uow.commit()
        return saved

    def plan(self, parent_id: int) -> ContactPlan:
        with self._uow() as uow:
            return uow.plans.get(parent_id)

    def save_plan(self, plan: ContactPlan) -> ContactPlan:
        today = self._today()
        if plan.every_days is not None and plan.agreed_on is None:
            plan = replace(plan, agreed_on=today)
        require_valid(check_plan(plan, today))
        with self._uow() as uow:
            uow.parents.get(plan.parent_id)
            saved = uow.plans.save(
                replace(
                    plan,
                    note=plan.note.strip(),
                    how=plan.how.strip(),
                    preferred_place=plan.preferred_place.strip(),
                    support_person=plan.support_person.strip(),
                )
            )
            uow.commit()
        return saved

    def deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """Oversikt's provider: agreed contact frequencies, refusals, and open follow-up tasks."""
        facts = last_contact_facts(uow)
        return plan_deadlines(uow.reads.plans(), facts) + task_deadlines(uow.tasks.open_tasks())
