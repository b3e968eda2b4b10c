"""Rules of the follow-up: what a valid record is, where each checklist item stands, which role
table applies, and the deadlines the follow-up creates for Oversikt.

Dates are Oslo calendar dates; the service converts before calling.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bufapp.domain.deadlines import Deadline
from bufapp.domain.entities import Child, Placement
from bufapp.domain.enums import (
    DeadlineKind,
    PlacementBasis,
    PlacementEndReason,
    Understanding,
)
from bufapp.domain.followup import (
    Assessment,
    InformationGiven,
    Wish,
)
from bufapp.domain.words import N_

# An answer the parent can wait for: the norm we chose (forvaltningsloven § 11 a says «uten
# ugrunnet opphold»). The caseworker may set another date on each wish.
WISH_ANSWER_DAYS = 14
# Understanding not yet checked: ask again within this many days.
CONFIRM_UNDERSTANDING_DAYS = 14
# After a reunification the guideline expects close follow-up: the first contact after the move.
AFTER_REUNIFICATION_DAYS = 14
# Ettervern (aftercare, to 25) is raised well before the child turns 18.
AFTERCARE_NOTICE_DAYS = 180
AFTERCARE_SHOWN_BEFORE_DAYS = 30
AFTERCARE_ITEM = "aftercare"  # the checklist item that records it was raised with the parent


class ItemState(StrEnum):
    NOT_GIVEN = "not_given"
    UNCONFIRMED = "unconfirmed"  # given, understanding not checked or not reached
    DUE_AGAIN = "due_again"  # to be repeated: its day has come
    UNDERSTOOD = "understood"


ITEM_STATE_LABELS = {
    ItemState.NOT_GIVEN: N_("Ikke gitt"),
    ItemState.UNCONFIRMED: N_("Ikke bekreftet forstått"),
    ItemState.DUE_AGAIN: N_("Skal gis igjen"),
    ItemState.UNDERSTOOD: N_("Forstått"),
}


@dataclass(frozen=True)
class ItemStatus:
    key: str
    label: str
    state: ItemState
    latest: InformationGiven | None
    times_given: int


# --- the checklist ----------------------------------------------------------------------------


def latest_per_item(given: Iterable[InformationGiven]) -> dict[str, list[InformationGiven]]:
    """Each item's givings, newest first (by date, then by record)."""
    by_item: dict[str, list[InformationGiven]] = {}
    for record in given:
        by_item.setdefault(record.item, []).append(record)
    for records in by_item.values():
        records.sort(key=lambda r: (r.given_on, r.id or 0), reverse=True)
    return by_item


def item_state(latest: InformationGiven | None, today: date) -> ItemState:
    if latest is None:
        return ItemState.NOT_GIVEN
    if latest.repeat_on is not None and latest.repeat_on <= today:
        return ItemState.DUE_AGAIN
    if latest.understood is not Understanding.UNDERSTOOD:
        return ItemState.UNCONFIRMED
    return ItemState.UNDERSTOOD


def checklist(
    items: Sequence[tuple[str, str]], given: Iterable[InformationGiven], today: date
) -> list[ItemStatus]:
    """The checklist ``items`` (key, label) in their order, each with where it stands. A record
    of an item no longer in the list (a municipality removed it) is shown last, by its key."""
    by_item = latest_per_item(given)
    keys = [key for key, _ in items]
    rows = list(items) + [(key, key) for key in sorted(by_item) if key not in keys]
    statuses = []
    for key, label in rows:
        records = by_item.get(key, [])
        latest = records[0] if records else None
        statuses.append(ItemStatus(key, label, item_state(latest, today), latest, len(records)))
    return statuses


# --- the role the parent keeps ----------------------------------------------------------------


def role_table_key(basis: PlacementBasis, parental_responsibility: bool) -> str:
    """Which of the role tables in forms/followup.toml applies. A parent without parental
    responsibility has its own table whatever the basis: they decided none of it before."""
    if not parental_responsibility:
        return "without_responsibility"
    return {
        PlacementBasis.VOLUNTARY: "voluntary",
        PlacementBasis.CARE_ORDER: "care_order",
        PlacementBasis.EMERGENCY: "emergency",
    }[basis]


# --- deadlines --------------------------------------------------------------------------------


def information_deadlines(given: Iterable[InformationGiven]) -> list[Deadline]:
    """Per parent and item, from its latest giving: repeat it on its day; or, not understood or
    not checked, ask again whether it was understood."""
    by_parent: dict[int, list[InformationGiven]] = {}
    for record in given:
        by_parent.setdefault(record.parent_id, []).append(record)
    deadlines = []
    for parent_id, records in by_parent.items():
        for history in latest_per_item(records).values():
            latest = history[0]
            if latest.repeat_on is not None:
                deadlines.append(
                    Deadline(
                        DeadlineKind.INFORMATION_REPEAT,
                        parent_id,
                        latest.repeat_on,
                        DeadlineKind.INFORMATION_REPEAT.label,
                        ref=latest.id,
                    )
                )
            elif latest.understood is not Understanding.UNDERSTOOD:
                deadlines.append(
                    Deadline(
                        DeadlineKind.INFORMATION_UNCONFIRMED,
                        parent_id,
                        latest.given_on + timedelta(days=CONFIRM_UNDERSTANDING_DAYS),
                        DeadlineKind.INFORMATION_UNCONFIRMED.label,
                        ref=latest.id,
                    )
                )
    return deadlines


def current_assessment(assessments: Iterable[Assessment]) -> Assessment | None:
    return max(assessments, key=lambda a: (a.written_on, a.id or 0), default=None)


def reassessment_deadlines(assessments: Iterable[Assessment]) -> list[Deadline]:
    """The current assessment of each parent, when it names a day for the next one."""
    by_parent: dict[int, list[Assessment]] = {}
    for assessment in assessments:
        by_parent.setdefault(assessment.parent_id, []).append(assessment)
    deadlines = []
    for parent_id, own in by_parent.items():
        current = current_assessment(own)
        if current is not None and current.reassess_on is not None:
            deadlines.append(
                Deadline(
                    DeadlineKind.REASSESSMENT,
                    parent_id,
                    current.reassess_on,
                    DeadlineKind.REASSESSMENT.label,
                    ref=current.id,
                )
            )
    return deadlines


def wish_answer_due(wish: Wish) -> date:
    return wish.answer_by or wish.wished_on + timedelta(days=WISH_ANSWER_DAYS)


def wish_deadlines(wishes: Iterable[Wish]) -> list[Deadline]:
    return [
        Deadline(
            DeadlineKind.WISH_ANSWER,
            wish.parent_id,
            wish_answer_due(wish),
            f"Svar på ønske: {wish.kind.label.lower()}",
            ref=wish.id,
        )
        for wish in wishes
        if wish.is_open
    ]


def eighteenth_birthday(born: date) -> date:
    try:
        return born.replace(year=born.year + 18)
    except ValueError:  # born 29 February: of age on 1 March
        return date(born.year + 18, 3, 1)


def _by_child(placements: Iterable[Placement]) -> dict[int, list[Placement]]:
    by_child: dict[int, list[Placement]] = {}
    for placement in placements:
        by_child.setdefault(placement.child_id, []).append(placement)
    return by_child


def reunification_deadlines(
    children: Iterable[Child],
    placements: Iterable[Placement],
    held_conversations: dict[int, list[date]],
) -> list[Deadline]:
    """When a placement ends in reunification, the follow-up after the move: one line per
    parent and day of moving (siblings who moved home together are one line), done by the
    first held conversation from that day."""
    moved_home: dict[tuple[int, date], set[int]] = {}
    by_child = _by_child(placements)
    for child in children:
        for placement in by_child.get(child.id or 0, []):
            if placement.end_reason is PlacementEndReason.REUNIFICATION and placement.end_date:
                for link in child.parents:
                    key = (link.parent_id, placement.end_date)
                    moved_home.setdefault(key, set()).add(child.id or 0)
    deadlines = []
    for (parent_id, moved), child_ids in moved_home.items():
        after = [d for d in held_conversations.get(parent_id, []) if d >= moved]
        deadlines.append(
            Deadline(
                DeadlineKind.AFTER_REUNIFICATION,
                parent_id,
                moved + timedelta(days=AFTER_REUNIFICATION_DAYS),
                f"{DeadlineKind.AFTER_REUNIFICATION.label} ({moved:%d.%m.%Y})",
                child_ids=tuple(sorted(child_ids)),
                done_on=min(after, default=None),
            )
        )
    return deadlines


def aftercare_deadlines(
    children: Iterable[Child],
    placements: Iterable[Placement],
    aftercare_raised: dict[int, list[date]],
    today: date,
) -> list[Deadline]:
    """While a placed child nears 18, the question of ettervern, for each parent: done when the
    checklist's ettervern item is given in the notice window."""
    by_child = _by_child(placements)
    deadlines = []
    for child in children:
        of_age = eighteenth_birthday(child.birth_date)
        notice = of_age - timedelta(days=AFTERCARE_NOTICE_DAYS)
        if today < notice - timedelta(days=AFTERCARE_SHOWN_BEFORE_DAYS) or today >= of_age:
            continue  # not yet worth a line in Oversikt, or too late to be a deadline
        if not any(p.is_ongoing(today) for p in by_child.get(child.id or 0, [])):
            continue
        for link in child.parents:
            raised = [d for d in aftercare_raised.get(link.parent_id, []) if d >= notice]
            deadlines.append(
                Deadline(
                    DeadlineKind.AFTERCARE,
                    link.parent_id,
                    notice,
                    f"{DeadlineKind.AFTERCARE.label} ({of_age:%d.%m.%Y})",
                    child_ids=(child.id or 0,),
                    done_on=min(raised, default=None),
                )
            )
    return deadlines


def aftercare_birth_dates(today: date) -> tuple[date, date]:
    """The birth dates of the children whose ettervern line can show today (with a day to
    spare at each end; ``aftercare_deadlines`` decides exactly)."""
    window = AFTERCARE_NOTICE_DAYS + AFTERCARE_SHOWN_BEFORE_DAYS
    try:
        of_age_today = today.replace(year=today.year - 18)
    except ValueError:  # 29 February
        of_age_today = date(today.year - 18, 3, 1)
    return of_age_today - timedelta(days=2), of_age_today + timedelta(days=window + 2)


_INFORMATION_KINDS = (DeadlineKind.INFORMATION_REPEAT, DeadlineKind.INFORMATION_UNCONFIRMED)


def grouped_for_oversikt(deadlines: Iterable[Deadline]) -> list[Deadline]:
    """Oversikt shows a parent's checklist items of one kind as one line (the earliest due,
    how many): two items given in one conversation are one thing to do, not two lines. The
    page lists them item by item."""
    kept: list[Deadline] = []
    items: dict[tuple[int, DeadlineKind], list[Deadline]] = {}
    for deadline in deadlines:
        if deadline.kind in _INFORMATION_KINDS:
            items.setdefault((deadline.parent_id, deadline.kind), []).append(deadline)
        else:
            kept.append(deadline)
    for (parent_id, kind), own in items.items():
        if len(own) == 1:
            kept.append(own[0])
            continue
        kept.append(
            Deadline(
                kind,
                parent_id,
                min(d.due for d in own),
                f"{kind.label} ({len(own)} punkter)",
            )
        )
    return kept
