"""Who gets the visit plan, and what each copy may say (issue 21, «The plan as a document»).

- the parent of the plan (``Audience.PARENT``): the whole plan; never where a child with hidden
  whereabouts lives: a visit at the foster home then reads «the service tells where»;
- the foster home or institution of the child's ongoing placement: the whole plan, with its own
  name (it knows where it lives) but never a parent's confidential address;
- the supervisor (``plan.supervisor``, when the visits are supervised): the whole plan, no
  hidden whereabouts;
- each other person with contact rights (a line of ``others_with_rights``): the frame, their own
  line, the evaluation; not the parent's visits, purposes or the reasons for a change, and never
  the meeting place, which is named only to those who take part (parent, carers, supervisor).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from bufapp.documents.forms import Form
from bufapp.domain.disclosure import (
    Disclosure,
    SecretKind,
    meeting_place_secrets,
    whereabouts_secrets,
)
from bufapp.domain.entities import Child, Parent, Placement
from bufapp.domain.enums import Audience, PlaceType, Supervision
from bufapp.domain.folding import fold
from bufapp.domain.visits import VisitPlan
from bufapp.services.disclosure import disclosure_of
from bufapp.storage.uow import UnitOfWork

PARENT, CARERS, SUPERVISOR, OTHER = "parent", "carers", "supervisor", "other"
_NAME_END = re.compile(r"\s+[–—-]\s+|:")


@dataclass(frozen=True)
class PlanRecipient:
    """One party the plan can be sent to."""

    key: str  # "parent", "carers", "supervisor", "other.1", …
    reader: str  # "parent", "carers", "supervisor" or "other": the form's copy
    label: str  # for the caseworker's choice (may name the foster home: the office's own)
    copy_to: str  # in the kept document's title: never the foster home's name
    address: tuple[str, ...]  # the envelope window
    takes_part: bool  # whether the meeting place is named to them
    line: str = ""  # another person's own line of contact rights


def others_lines(plan: VisitPlan) -> list[str]:
    return [line.strip() for line in plan.others_with_rights.splitlines() if line.strip()]


def name_of(line: str) -> str:
    """«Mormor Anne Sara – fire ganger i året» → «Mormor Anne Sara»."""
    return _NAME_END.split(line, maxsplit=1)[0].strip() or line


def ongoing_placement(placements: list[Placement], today: date) -> Placement | None:
    ongoing = [p for p in placements if p.is_ongoing(today)]
    return max(ongoing, key=lambda p: (p.start_date, p.id or 0), default=None)


def carers_word(placement: Placement, wording: Form) -> str:
    kind = "institution" if placement.place_type is PlaceType.INSTITUTION else "foster_home"
    return wording.text(f"copy.carers_{kind}")


def recipients_of(
    plan: VisitPlan, parent: Parent, role: str, placement: Placement | None, wording: Form,
    parent_address: tuple[str, ...],
) -> list[PlanRecipient]:  # fmt: skip
    """Every party of the plan, the parent first."""
    to_parent = wording.text("copy.parent").format(parent=parent.full_name, role=role)
    found = [PlanRecipient(f"{PARENT}", PARENT, to_parent, to_parent, parent_address, True)]
    if placement is not None:
        word = carers_word(placement, wording)
        named = ", ".join(x for x in (placement.place_name, placement.carer_names) if x.strip())
        label = f"{word.capitalize()}: {named}" if named else word.capitalize()
        address = (placement.carer_names, placement.place_name,
                   *placement.place_address.split(","))  # fmt: skip
        lines = tuple(x.strip() for x in address if x.strip())[:5]
        found.append(PlanRecipient(CARERS, CARERS, label, word, lines, True))
    if plan.supervisor.strip() and plan.supervision is not Supervision.NONE:
        to = wording.text("copy.supervisor").format(name=plan.supervisor.strip())
        found.append(
            PlanRecipient(SUPERVISOR, SUPERVISOR, to, to, (plan.supervisor.strip(),), True)
        )
    for n, line in enumerate(others_lines(plan), start=1):
        name = name_of(line)
        to = wording.text("copy.other").format(name=name)
        found.append(PlanRecipient(f"{OTHER}.{n}", OTHER, to, to, (name,), False, line))
    return found


def rules_for(
    uow: UnitOfWork, plan: VisitPlan, recipient: PlanRecipient, placement: Placement | None
) -> Disclosure:
    """What this recipient's copy may not say."""
    if recipient.reader == PARENT:
        return disclosure_of(uow, plan.parent_id, Audience.PARENT)
    rules = disclosure_of(uow, plan.parent_id, Audience.THIRD_PARTY)
    if recipient.reader == CARERS and placement is not None:
        # The foster home knows where it lives: only its own whereabouts are let through (a
        # sibling's hidden foster home elsewhere stays a secret).
        own = {fold(s.text) for s in whereabouts_secrets(placement)}
        kept = tuple(
            s for s in rules.secrets
            if not (s.kind is SecretKind.WHEREABOUTS and fold(s.text) in own)
        )  # fmt: skip
        rules = replace(rules, secrets=kept)
    if not recipient.takes_part:
        rules = replace(rules, secrets=(*rules.secrets, *meeting_place_secrets(plan.place_note)))
    return rules


def role_of(child: Child, parent_id: int) -> str:
    link = next((x for x in child.parents if x.parent_id == parent_id), None)
    return link.role.label.lower() if link is not None else "forelder"
