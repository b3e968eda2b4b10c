"""Rules of the contact log: what a valid entry is, and the deadlines contacts create.

Dates here are Oslo calendar dates; the service converts stored UTC moments before calling.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from bufapp.domain.contact_log import ContactEntry, ContactPlan, FollowUpTask
from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import (
    ContactForm,
    DeadlineKind,
    EntryStatus,
    TaskResponsible,
)
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem

DEFAULT_REOFFER_DAYS = 30
EARLIEST_YEAR = 2000
MAX_TEXT = 100_000
FREQUENCY_CHOICES: tuple[tuple[int, str], ...] = (
    (7, N_("Hver uke")),
    (14, N_("Hver 14. dag")),
    (21, N_("Hver 3. uke")),
    (30, N_("Hver måned")),
    (60, N_("Annenhver måned")),
    (90, N_("Hver 3. måned")),
)
TEXT_FIELDS = (
    ("summary", "Sammendraget"),
    ("parent_words", "Forelderens egne ord"),
    ("agreed", "Det som ble avtalt"),
)


def frequency_label(days: int) -> str:
    named = dict(FREQUENCY_CHOICES)
    return named.get(days, f"Hver {days}. dag")


# --- validation -------------------------------------------------------------------------------


def is_blank(task: FollowUpTask) -> bool:
    return task.id is None and not task.what.strip() and task.due is None


# A task's messages, ``{n}`` its number in the form: the editor translates them by these.
TASK_WHAT = N_("Oppgave {n}: skriv hva som skal gjøres.")
TASK_WHO = N_("Oppgave {n}: skriv hvem som er ansvarlig.")
TASK_DUE = N_("Oppgave {n}: fristen kan ikke være før kontakten.")
TASK_MESSAGES = (TASK_WHAT, TASK_WHO, TASK_DUE)


def check_task(task: FollowUpTask, index: int, entry_day: date | None = None) -> list[FieldProblem]:
    field = f"tasks.{index}"
    problems = []
    if not task.what.strip():
        problems.append(FieldProblem(field, TASK_WHAT.format(n=index + 1)))
    if task.responsible is TaskResponsible.OTHER and not task.responsible_name.strip():
        problems.append(FieldProblem(field, TASK_WHO.format(n=index + 1)))
    if task.due is not None and entry_day is not None and task.due < entry_day:
        problems.append(FieldProblem(field, TASK_DUE.format(n=index + 1)))
    return problems


def check_entry(entry: ContactEntry, day: date, today: date, final: bool) -> list[FieldProblem]:
    """Every problem with an entry dated ``day`` (Oslo); ``final`` asks for a complete entry."""
    problems: list[FieldProblem] = []
    if day > today:
        problems.append(FieldProblem("occurred_at", N_("Tidspunktet kan ikke være fram i tid.")))
    elif day.year < EARLIEST_YEAR:
        problems.append(FieldProblem("occurred_at", N_("Datoen ser feil ut – sjekk året.")))
    for name, label in TEXT_FIELDS:
        if len(getattr(entry, name)) > MAX_TEXT:
            problems.append(FieldProblem(name, f"{label} er for langt (over {MAX_TEXT} tegn)."))
    if final and not entry.summary.strip():
        problems.append(
            FieldProblem(
                "summary", N_("Skriv et kort sammendrag før kontakten markeres som ferdig.")
            )
        )
    if entry.form is ContactForm.FAILED_ATTEMPT and entry.parent_words.strip():
        problems.append(
            FieldProblem(
                "parent_words",
                N_(
                    "Det ble ikke oppnådd kontakt, så forelderens egne ord kan ikke fylles ut. "
                    "Skriv det i sammendraget hvis forelderen sa noe senere."
                ),
            )
        )
    people = entry.participants
    if people.interpreter_name.strip() and not people.interpreter_language.strip():
        problems.append(FieldProblem("interpreter", N_("Skriv hvilket språk tolken tolket til.")))
    for index, task in enumerate(entry.tasks):
        if is_blank(task):
            continue  # an empty row of the form: dropped when saved, numbered as shown
        if task.id is None:  # tasks already saved may be older than a corrected entry date
            problems += check_task(task, index, day)
        else:
            problems += check_task(task, index)
    return problems


def check_change(
    before: ContactEntry, after: ContactEntry, text_changed: bool = True
) -> list[FieldProblem]:
    """A final entry's text changes only as a new version with its own reason; a withdrawn
    entry not at all. (Tasks of a final entry may change without a reason.)"""
    if before.status is EntryStatus.WITHDRAWN:
        return [FieldProblem("", N_("Oppføringen er trukket tilbake og kan ikke endres."))]
    if before.status is not EntryStatus.FINAL or not text_changed:
        return []
    reason = after.change_reason.strip()
    if not reason or (before.version > 1 and reason == before.change_reason.strip()):
        return [
            FieldProblem(
                "change_reason",
                N_(
                    "Oppføringen er ferdig. Skriv hvorfor den endres nå – den tidligere teksten "
                    "tas vare på."
                ),
            )
        ]
    return []


def check_plan(plan: ContactPlan, today: date) -> list[FieldProblem]:
    problems = []
    if plan.every_days is not None and not 1 <= plan.every_days <= 365:
        problems.append(
            FieldProblem("every_days", N_("Hyppigheten må være mellom 1 og 365 dager."))
        )
    if plan.refused_on is not None and plan.refused_on > today:
        problems.append(FieldProblem("refused_on", N_("Datoen kan ikke være fram i tid.")))
    if plan.refused_on is not None and plan.next_offer_on is None:
        problems.append(
            FieldProblem("next_offer_on", N_("Sett en dato for når kontakt skal tilbys igjen."))
        )
    if (
        plan.refused_on is not None
        and plan.next_offer_on is not None
        and plan.next_offer_on < plan.refused_on
    ):
        problems.append(
            FieldProblem(
                "next_offer_on", N_("Neste tilbud kan ikke være før forelderen takket nei.")
            )
        )
    return problems


# --- deadlines --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactFact:
    """What the deadline rules need of one recorded (not withdrawn) entry, for one parent."""

    parent_id: int
    on: date  # Oslo date
    form: ContactForm
    first_conversation_topic: bool
    place: str = ""  # as written on the entry; read only for one parent's first conversation
    entry_id: int | None = None


def counts_as_first_conversation_offer(fact: ContactFact, any_held_conversation: bool) -> bool:
    """The first conversation is *offered* by any entry with that topic that is not a failed
    attempt (a letter or SMS offering it counts, and so does a conversation about it), or, if
    the office chose so, by any held conversation (holding one offers it)."""
    if fact.first_conversation_topic and fact.form is not ContactForm.FAILED_ATTEMPT:
        return True
    return any_held_conversation and fact.form.is_held_conversation


def counts_as_first_conversation_held(fact: ContactFact, any_held_conversation: bool) -> bool:
    """The first conversation is *held* by a held conversation (not a letter, SMS or failed
    attempt) with that topic, or, if the office chose so, by any held conversation."""
    if not fact.form.is_held_conversation:
        return False
    return fact.first_conversation_topic or any_held_conversation


def _dates_where(
    facts: Iterable[ContactFact], counts: Callable[[ContactFact], bool]
) -> dict[int, list[date]]:
    dates: dict[int, list[date]] = defaultdict(list)
    for fact in facts:
        if counts(fact):
            dates[fact.parent_id].append(fact.on)
    return {parent_id: sorted(days) for parent_id, days in dates.items()}


def first_conversation_offers(
    facts: Iterable[ContactFact], any_held_conversation: bool
) -> dict[int, list[date]]:
    """Per parent, the days (sorted) the first conversation was offered."""
    return _dates_where(
        facts, lambda f: counts_as_first_conversation_offer(f, any_held_conversation)
    )


def first_conversations_held(
    facts: Iterable[ContactFact], any_held_conversation: bool
) -> dict[int, list[date]]:
    """Per parent, the days (sorted) a conversation was held that counts as the first."""
    return _dates_where(
        facts, lambda f: counts_as_first_conversation_held(f, any_held_conversation)
    )


def _last(days: Iterable[date]) -> date | None:
    return max(days, default=None)


def plan_deadline(plan: ContactPlan, facts: Iterable[ContactFact]) -> Deadline | None:
    """The next contact owed under the plan: a rolling deadline, never 'done'.

    With an agreed frequency, the next conversation is due that many days after the last held
    one (or after the day it was agreed). A parent who refuses contact is offered it again on the
    chosen day, and after each offer (any entry: letter, SMS, attempt) again one interval later.
    """
    own = [f for f in facts if f.parent_id == plan.parent_id]
    interval = plan.every_days or DEFAULT_REOFFER_DAYS
    if plan.refused_on is not None:
        last_offer = _last(f.on for f in own if f.on > plan.refused_on)
        due = plan.next_offer_on or plan.refused_on + timedelta(days=interval)
        if last_offer is not None and last_offer >= due - timedelta(days=interval):
            due = max(due, last_offer + timedelta(days=interval))
        return Deadline(
            DeadlineKind.NEW_OFFER,
            plan.parent_id,
            due,
            f"Tilby kontakt på nytt (takket nei {plan.refused_on:%d.%m.%Y})",
        )
    if plan.every_days is None:
        return None
    since = _last(f.on for f in own if f.form.is_held_conversation)
    if plan.agreed_on is not None and (since is None or plan.agreed_on > since):
        since = plan.agreed_on
    if since is None:
        return None
    return Deadline(
        DeadlineKind.CONTACT_FREQUENCY,
        plan.parent_id,
        since + timedelta(days=plan.every_days),
        f"Avtalt kontakt – {frequency_label(plan.every_days).lower()}",
    )


def plan_deadlines(plans: Iterable[ContactPlan], facts: Iterable[ContactFact]) -> list[Deadline]:
    by_parent: dict[int, list[ContactFact]] = defaultdict(list)
    for fact in facts:
        by_parent[fact.parent_id].append(fact)
    found = (plan_deadline(plan, by_parent.get(plan.parent_id, [])) for plan in plans)
    return [d for d in found if d is not None]


def task_deadlines(
    tasks: Iterable[FollowUpTask], children_of_entry: Mapping[int, tuple[int, ...]] | None = None
) -> list[Deadline]:
    """Every open follow-up task with a due date."""
    deadlines = []
    for task in tasks:
        if not task.is_open or task.due is None or task.parent_id is None:
            continue
        children = (children_of_entry or {}).get(task.entry_id or 0, ())
        deadlines.append(
            Deadline(
                DeadlineKind.FOLLOW_UP,
                task.parent_id,
                task.due,
                f"{task.what} ({task.who})",
                child_ids=children,
                ref=task.id,
            )
        )
    return deadlines
