"""What the oppfølging page shows of one parent, read in one unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bufapp.documents.forms import Form
from bufapp.domain.contact_log import ContactPlan
from bufapp.domain.deadlines import Deadline
from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.domain.followup import (
    Assessment,
    ChildPlan,
    FollowUpPurpose,
    InformationGiven,
    ParentEvaluation,
    Wish,
)
from bufapp.domain.followup_rules import ItemStatus, checklist, role_table_key


@dataclass(frozen=True)
class RoleTable:
    """The role the parent keeps for one child: the form's table for the placement's basis
    and the parent's parental responsibility."""

    key: str
    intro: str
    rows: tuple[tuple[str, str], ...]
    title: str = "Hvem bestemmer hva"  # the headings, as the form words them
    decision: str = "Avgjørelse"
    who: str = "Hvem bestemmer"


@dataclass(frozen=True)
class ChildSituation:
    child: Child
    link: ParentLink
    placement: Placement | None  # the current one, else the latest
    plans: tuple[ChildPlan, ...]  # newest first
    role: RoleTable | None  # None: not placed today (never, or the placement has ended)


@dataclass(frozen=True)
class FollowUpPage:
    parent_id: int
    purpose: FollowUpPurpose
    agreement: ContactPlan
    children: tuple[ChildSituation, ...]
    checklist: tuple[ItemStatus, ...]
    information: tuple[InformationGiven, ...]  # every giving, newest first
    assessments: tuple[Assessment, ...]  # newest first; the first is the current one
    evaluations: tuple[ParentEvaluation, ...]  # newest first
    wishes: tuple[Wish, ...]  # open ones first, then newest first
    deadlines: tuple[Deadline, ...]  # this parent's open follow-up deadlines, soonest first
    form_problems: tuple[str, ...]  # a municipality's broken override of forms/followup.toml
    # Where the first conversation stands, a line per fact (offered, held and where); empty when
    # no child of the parent has been placed.
    first_conversation: tuple[str, ...] = ()
    # The parent as the register has them: the agreement notes the interpreter they need.
    parent: Parent | None = None

    @property
    def current_assessment(self) -> Assessment | None:
        return self.assessments[0] if self.assessments else None


def checklist_items(form: Form) -> list[tuple[str, str]]:
    return [(item["key"], item["label"]) for item in form.values["checklist"]["items"]]


def role_table(form: Form, placement: Placement, link: ParentLink) -> RoleTable:
    key = role_table_key(placement.basis, link.parental_responsibility)
    table = form.values["roles"][key]
    roles = form.values["roles"]
    rows = tuple((row[0], row[1]) for row in table["rows"])
    return RoleTable(key, table["intro"], rows, roles["title"], roles["decision"], roles["who"])


def current_placement(placements: list[Placement], today: date) -> Placement | None:
    ongoing = [p for p in placements if p.is_ongoing(today)]
    chosen = ongoing or placements
    return max(chosen, key=lambda p: p.start_date, default=None)


def child_situation(
    form: Form,
    child: Child,
    parent_id: int,
    placements: list[Placement],
    plans: list[ChildPlan],
    today: date,
) -> ChildSituation:
    link = next(link for link in child.parents if link.parent_id == parent_id)
    placement = current_placement(placements, today)
    placed_now = placement is not None and placement.is_ongoing(today)
    # A child who has moved home (or on) is no longer decided for under the placement's basis.
    role = role_table(form, placement, link) if placement is not None and placed_now else None
    newest = tuple(sorted(plans, key=lambda p: (p.dated, p.id or 0), reverse=True))
    return ChildSituation(child, link, placement, newest, role)


def assemble_checklist(
    form: Form, given: list[InformationGiven], today: date
) -> tuple[ItemStatus, ...]:
    return tuple(checklist(checklist_items(form), given, today))
