"""Rules of the group offers: the prompt to tell a parent of a placed child about the offers,
and the uptake counted for the office report. Pure: the service reads, these decide."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from bufapp.domain.deadlines import Deadline, placement_episodes
from bufapp.domain.entities import Child, Placement
from bufapp.domain.enums import DeadlineKind
from bufapp.domain.group_offers import TELL_WITHIN_DAYS, GroupParticipation, Uptake


def first_told(participations: Iterable[GroupParticipation]) -> dict[int, date]:
    """Per parent, the first day they were told of the group offers."""
    told: dict[int, date] = {}
    for p in participations:
        if p.informed_on is not None:
            told[p.parent_id] = min(told.get(p.parent_id, p.informed_on), p.informed_on)
    return told


def not_told_deadlines(
    children: Iterable[Child],
    placements: Iterable[Placement],
    told: Mapping[int, date],
    today: date,
    days: int = TELL_WITHIN_DAYS,
) -> list[Deadline]:
    """A parent of a child placed today who has never been told of the group offers: a prompt
    due ``days`` after the child's placement began (the start of the episode going on today;
    with several children, the earliest). Once told — at any time — it is done."""
    by_child: dict[int, list[Placement]] = {}
    for placement in placements:
        by_child.setdefault(placement.child_id, []).append(placement)
    starts: dict[int, tuple[date, set[int]]] = {}
    for child in children:
        if child.id is None:
            continue
        for start, end in placement_episodes(by_child.get(child.id, [])):
            if start > today or (end is not None and end < today):
                continue
            for link in child.parents:
                first, ids = starts.get(link.parent_id, (start, set()))
                starts[link.parent_id] = (min(first, start), ids | {child.id})
    deadlines = [
        Deadline(
            kind=DeadlineKind.GROUP_OFFERS_NOT_TOLD,
            parent_id=parent_id,
            due=start + timedelta(days=days),
            title=DeadlineKind.GROUP_OFFERS_NOT_TOLD.label,
            child_ids=tuple(sorted(ids)),
            done_on=told.get(parent_id),
        )
        for parent_id, (start, ids) in starts.items()
    ]
    return sorted(deadlines, key=lambda d: (d.due, d.parent_id))


def uptake(
    participations: Iterable[GroupParticipation],
    first: date | None = None,
    last: date | None = None,
) -> Uptake:
    """Counted per participation: told (a day of telling), referred, started, completed,
    stopped — each step counted when its day falls from ``first`` to ``last`` (either open).
    A record of telling without an offer counts only as told."""

    def within(day: date | None) -> bool:
        return day is not None and (first is None or day >= first) and (last is None or day <= last)

    counts = [0, 0, 0, 0, 0]
    for p in participations:
        steps = (p.informed_on, p.referred_on, p.started_on, p.completed_on, p.stopped_on)
        for i, day in enumerate(steps):
            counts[i] += within(day)
    return Uptake(*counts)
