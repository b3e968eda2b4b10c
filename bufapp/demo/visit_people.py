"""Who the demo's samvær is written for: each child placed today by a care order or voluntarily,
with its parent (a ``Pair``), the words the texts are filled with, and the parents chosen to
show a state the demo must have (``Roles``)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from bufapp.demo.backgrounds import SAMI
from bufapp.demo.data import SAMI_RELATIVES
from bufapp.demo.followup_people import CARE_ORDER, Situation
from bufapp.domain.entities import Child, Placement
from bufapp.domain.enums import PlacementBasis
from bufapp.domain.visits import VisitPlan


@dataclass
class VisitTally:
    plans: int = 0
    versions: int = 0  # plans that replaced an earlier version
    visits: int = 0
    talks: int = 0  # contact-log entries linked to a visit
    contacts: int = 0  # entries added to the contact log: the talks, and the evaluation meeting
    tasks: int = 0  # agreed in them (the new plan sent to every party: done)
    evaluations: int = 0
    travel: int = 0


@dataclass(frozen=True)
class Roles:
    """The parents chosen to show a state the demo must have (parent ids)."""

    rich: int | None  # a new version after an evaluation, talks, a grandparent, travel
    missed: int | None  # the last two visits not attended
    no_purpose: int | None
    due_soon: int | None  # the evaluation due within a week
    overdue: int | None  # the evaluation a few weeks overdue


@dataclass
class Pair:
    """One child and parent's samvær as it is being written."""

    who: Situation
    child: Child
    placement: Placement
    plans: list[VisitPlan] = field(default_factory=list)

    @property
    def hidden(self) -> bool:
        return self.placement.whereabouts_hidden


def pairs_of(who: Situation, today: date) -> list[Pair]:
    """The parent's children placed today by a care order or voluntarily: each has a plan."""
    found = []
    for child in who.children:
        ongoing = [
            p
            for p in who.placements
            if p.child_id == child.id
            and p.is_ongoing(today)
            and p.basis in (PlacementBasis.CARE_ORDER, PlacementBasis.VOLUNTARY)
        ]
        if ongoing and child.id is not None:
            found.append(Pair(who, child, max(ongoing, key=lambda p: p.start_date)))
    return found


def choose_roles(people: list[Situation], pairs: dict[int, list[Pair]], today: date) -> Roles:
    def placed_days(who: Situation) -> int:
        return min((today - p.placement.start_date).days for p in pairs[who.id])

    engaged = [w for w in people if pairs[w.id] and w.engaged]
    care = [w for w in engaged if w.kind == CARE_ORDER and placed_days(w) >= 400]
    # The busy parent has the most to show; a demo without one, the parent talked with most.
    rich = next((w for w in care if w.busy), None) or max(
        care, key=lambda w: len(w.held), default=None
    )
    rest = [w for w in engaged if w is not rich and placed_days(w) >= 200]
    missed = next((w for w in rest if w.kind == CARE_ORDER and not w.busy), None)
    others = [w for w in people if pairs[w.id] and w not in (rich, missed)]
    # A plan without a purpose: most likely where nobody has talked it through with the parent.
    no_purpose = next((w for w in others if not w.engaged), others[-1] if others else None)
    rest = [w for w in rest if w not in (missed, no_purpose)]
    due_soon = rest[0] if rest else None
    overdue = rest[-1] if len(rest) > 1 else None
    return Roles(*(w.id if w else None for w in (rich, missed, no_purpose, due_soon, overdue)))


def of_child(words: dict[str, str], child: Child) -> dict[str, str]:
    """The words of one child's plan: its own name where the parent's words name them all."""
    name = child.given_names.split()[0]
    return {**words, "barn": name, "Barn": name, "de": name, "De": name, "dem": name}


def words_of(who: Situation, rng: random.Random) -> dict[str, str]:
    sami = any(who.parent.family_name in (s.man, s.woman) for s in SAMI.surnames)
    words = who.words()
    relative = rng.choice(SAMI_RELATIVES)
    return {
        **words,
        "Stedet": words["stedet"][:1].upper() + words["stedet"][1:],
        "slekt": relative,
        "Slekt": relative[:1].upper() + relative[1:],
        "sami": "ja" if sami else "",
    }
