"""The deadline engine: rules that turn the register into dated things to do.

Every rule returns ``Deadline`` objects; the overview shows them all through one interface,
and later rules (contact frequency, referrals, consents, meetings, visit plans) add theirs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bufapp.domain.entities import Child, Placement
from bufapp.domain.enums import DeadlineKind

# The guideline's norm (Q-1157, kap. B): a first conversation within two weeks of the placement.
# It is not a section of law: the Act says «kort tid». An office may choose otherwise.
GUIDELINE_FIRST_CONVERSATION_DAYS = 14
DEFAULT_FIRST_CONVERSATION_DAYS = GUIDELINE_FIRST_CONVERSATION_DAYS
SOON_DAYS = 7


class Urgency(StrEnum):
    OVERDUE = "overdue"
    SOON = "soon"
    LATER = "later"
    DONE = "done"


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    parent_id: int
    due: date
    title: str
    child_ids: tuple[int, ...] = ()
    done_on: date | None = None
    ref: int | None = None  # the record behind it, where there is one (a follow-up task)

    def urgency(self, today: date) -> Urgency:
        if self.done_on is not None:
            return Urgency.DONE
        if self.due < today:
            return Urgency.OVERDUE
        if self.due <= today + timedelta(days=SOON_DAYS):
            return Urgency.SOON
        return Urgency.LATER


def placement_episodes(placements: Sequence[Placement]) -> list[tuple[date, date | None]]:
    """Merge one child's placements into continuous periods out of the home.

    A move from an emergency home to a foster home is one episode: the parents' first
    conversation is owed once, from the day the child left home.
    """
    episodes: list[list[date | None]] = []
    for p in sorted(placements, key=lambda p: p.start_date):
        if episodes:
            last_end = episodes[-1][1]
            if last_end is None or p.start_date <= last_end + timedelta(days=1):
                if last_end is not None and (p.end_date is None or p.end_date > last_end):
                    episodes[-1][1] = p.end_date
                continue
        episodes.append([p.start_date, p.end_date])
    return [(start, end) for start, end in episodes]  # type: ignore[misc]


def first_conversation_deadlines(
    children: Iterable[Child],
    placements: Iterable[Placement],
    first_contact_on_or_after: Mapping[int, Sequence[date]],
    today: date,
    days: int = DEFAULT_FIRST_CONVERSATION_DAYS,
) -> list[Deadline]:
    """The first conversation with each parent is due ``days`` after a child is placed.

    ``first_contact_on_or_after`` maps a parent id to the dates of their recorded conversations;
    the deadline is done on the first one on or after the placement start. An episode that has
    already ended without a conversation is no longer owed and is left out.
    """
    by_child: dict[int, list[Placement]] = {}
    for placement in placements:
        by_child.setdefault(placement.child_id, []).append(placement)

    merged: dict[tuple[int, date], set[int]] = {}
    for child in children:
        if child.id is None:
            continue
        for start, end in placement_episodes(by_child.get(child.id, [])):
            for link in child.parents:
                contacts = sorted(
                    d for d in first_contact_on_or_after.get(link.parent_id, ()) if d >= start
                )
                if not contacts and end is not None and end < today:
                    continue
                merged.setdefault((link.parent_id, start), set()).add(child.id)

    deadlines = []
    for (parent_id, start), child_ids in merged.items():
        contacts = sorted(d for d in first_contact_on_or_after.get(parent_id, ()) if d >= start)
        deadlines.append(
            Deadline(
                kind=DeadlineKind.FIRST_CONVERSATION,
                parent_id=parent_id,
                due=start + timedelta(days=days),
                title=DeadlineKind.FIRST_CONVERSATION.label,
                child_ids=tuple(sorted(child_ids)),
                done_on=contacts[0] if contacts else None,
            )
        )
    return sorted(deadlines, key=lambda d: (d.due, d.parent_id))


def next_open_deadlines(deadlines: Iterable[Deadline]) -> dict[int, Deadline]:
    """Per parent, the first deadline not done in ``deadlines`` (given soonest first): the
    parent list's «Neste frist»."""
    soonest: dict[int, Deadline] = {}
    for deadline in deadlines:
        if deadline.done_on is None and deadline.parent_id not in soonest:
            soonest[deadline.parent_id] = deadline
    return soonest
