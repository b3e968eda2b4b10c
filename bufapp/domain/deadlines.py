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


def _episodes_by_parent(
    children: Iterable[Child], placements: Iterable[Placement]
) -> dict[tuple[int, date], list[tuple[int, date | None]]]:
    """(parent, episode start) -> each child placed then, with the day its episode ended."""
    by_child: dict[int, list[Placement]] = {}
    for placement in placements:
        by_child.setdefault(placement.child_id, []).append(placement)
    found: dict[tuple[int, date], list[tuple[int, date | None]]] = {}
    for child in children:
        if child.id is None:
            continue
        for start, end in placement_episodes(by_child.get(child.id, [])):
            for link in child.parents:
                found.setdefault((link.parent_id, start), []).append((child.id, end))
    return found


def episode_starts(
    children: Iterable[Child], placements: Iterable[Placement]
) -> dict[int, set[date]]:
    """Per parent, the start of each placement episode of their children: from when the first
    conversation is owed."""
    starts: dict[int, set[date]] = {}
    for parent_id, start in _episodes_by_parent(children, placements):
        starts.setdefault(parent_id, set()).add(start)
    return starts


def _first_from(days: Sequence[date] | None, start: date) -> date | None:
    return min((d for d in days or () if d >= start), default=None)


def first_conversation_deadlines(
    children: Iterable[Child],
    placements: Iterable[Placement],
    offered: Mapping[int, Sequence[date]],
    today: date,
    days: int = DEFAULT_FIRST_CONVERSATION_DAYS,
    held: Mapping[int, Sequence[date]] | None = None,
    refused: Mapping[int, date] | None = None,
) -> list[Deadline]:
    """The first conversation with each parent, per placement episode, as two facts.

    The **offer** is due ``days`` after a child is placed (the guideline's norm: offered within
    two weeks) and done on the first day in ``offered`` on or after the placement start: an
    offer by letter or SMS, a held conversation about it, or a recorded refusal (the caller puts
    refusal days among the offers). An episode that has already ended without an offer is no
    longer owed and is left out.

    Once offered, whether the conversation was **held** (given ``held``, the days of held
    conversations that count): due ``days`` after the offer — the guideline sets no second norm,
    so the office's own span is used again: a parent offered a conversation should have it within
    the time the office allows for the offer itself — and done on the first held day on or after
    the placement start. A refusal (in ``refused``, on or after the start) ends it: the re-offer
    rule (``NEW_OFFER``) carries the follow-up on. An episode that ended before today without a
    held conversation no longer owes one either.
    """
    deadlines = []
    for (parent_id, start), placed in _episodes_by_parent(children, placements).items():
        offered_on = _first_from(offered.get(parent_id), start)
        still_owed = [c for c, end in placed if end is None or end >= today]
        child_ids = tuple(sorted({c for c, _ in placed} if offered_on else set(still_owed)))
        if not child_ids:
            continue  # ended before today, never offered: no longer owed
        deadlines.append(
            Deadline(
                kind=DeadlineKind.FIRST_CONVERSATION,
                parent_id=parent_id,
                due=start + timedelta(days=days),
                title=DeadlineKind.FIRST_CONVERSATION.label,
                child_ids=child_ids,
                done_on=offered_on,
            )
        )
        if held is None or offered_on is None:
            continue
        held_on = _first_from(held.get(parent_id), start)
        refused_on = (refused or {}).get(parent_id)
        if held_on is None and (not still_owed or (refused_on and refused_on >= start)):
            continue  # ended by a refusal, or by the placement's end
        deadlines.append(
            Deadline(
                kind=DeadlineKind.FIRST_CONVERSATION_HELD,
                parent_id=parent_id,
                due=offered_on + timedelta(days=days),
                title=f"{DeadlineKind.FIRST_CONVERSATION_HELD.label} "
                f"(tilbudt {offered_on:%d.%m.%Y})",
                child_ids=child_ids,
                done_on=held_on,
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
