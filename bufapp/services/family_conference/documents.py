"""The family's plan as a document for those who took part in the familieråd, kept as PDF/A in
the vault (``DocumentKind.FAMILY_CONFERENCE_PLAN``, linked to its conference).

The readers are the family and its network (``Audience.THIRD_PARTY``): the finished text is
checked against what they may not know — where a child lives when it is hidden from the
parents, a parent's confidential address. A plan whose own words would say it is refused,
naming the field, so the caseworker can rewrite it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bufapp.documents.family_conference.plan import (
    ConferencePlanData,
    PlanLine,
    build_conference_plan,
)
from bufapp.documents.recipe import Recipe
from bufapp.domain.documents import StoredDocument
from bufapp.domain.enums import Audience, ConferenceStatus, DocumentKind
from bufapp.domain.family_conference import ConferencePerson, FamilyConference
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.disclosure import disclosure_of
from bufapp.services.document_base import FeatureDocuments
from bufapp.services.documents import case_numbers, keep_in, letterhead

WHAT = "Familierådets plan"
FORM = "family_conference"
TITLE_LENGTH = 300
NOT_HELD = "Planen kan skrives ut når familierådet er holdt."


@dataclass(frozen=True)
class MadeConferencePlan:
    conference_id: int
    parent_id: int
    title: str
    pdf: bytes


def _person(person: ConferencePerson) -> str:
    return f"{person.name} ({person.relation.lower()})" if person.relation else person.name


def plan_data(
    conference: FamilyConference, parent: str, caseworker: str, reference: str, today: date
) -> ConferencePlanData:
    c = conference
    coordinator = ", ".join(x for x in (c.coordinator_name, c.coordinator_org) if x.strip())
    return ConferencePlanData(
        parent_id=c.parent_id,
        parent=parent,
        question=c.question,
        purpose=c.purpose.label,
        coordinator=coordinator,
        planned_for=c.planned_for,
        held_on=c.held_on,
        came=tuple(_person(p) for p in c.people if p.came),
        invited_not_came=tuple(_person(p) for p in c.people if p.invited and not p.came),
        items=tuple(PlanLine(i.what, i.who, i.by_when) for i in c.items),
        approval=c.approval.value if c.approval is not None else "",
        approved_on=c.approved_on,
        reservations=c.reservations,
        follow_up_on=c.follow_up_on,
        caseworker=caseworker,
        dated=today,
        our_reference=reference,
    )


class FamilyConferenceDocuments(FeatureDocuments):
    def recipe(self, conference_id: int) -> Recipe:
        wording, common = self._form(FORM), self._form("common")
        with self._uow() as uow:
            conference = uow.family_conferences.get(conference_id)
            if conference.status is not ConferenceStatus.HELD:
                raise ValidationFailed([FieldProblem("status", NOT_HELD)])
            parent = uow.parents.get(conference.parent_id)
            office, caseworker = uow.office.office(), uow.office.caseworker()
            children = uow.children.of_parent(conference.parent_id)
            rules = disclosure_of(uow, conference.parent_id, Audience.THIRD_PARTY)
        data = plan_data(
            conference,
            parent.full_name,
            caseworker.name if caseworker else "",
            case_numbers(children),
            self._today(),
        )
        head = letterhead(office, caseworker)
        return Recipe(build_conference_plan, data, head, common, wording, rules, WHAT)

    def plan(self, conference_id: int) -> MadeConferencePlan:
        """The plan as made for the preview (DisclosureBlocked if it says too much)."""
        recipe = self.recipe(conference_id)
        data: ConferencePlanData = recipe.data
        wording = self._form(FORM)
        title = wording.text("copy.title").format(held_on=f"{data.held_on:%d.%m.%Y}")
        return MadeConferencePlan(conference_id, data.parent_id, title[:TITLE_LENGTH], recipe.pdf())

    def keep(self, made: MadeConferencePlan) -> StoredDocument:
        """The plan as printed or saved, kept as PDF/A."""
        with self._uow() as uow:
            kept = keep_in(
                uow,
                DocumentKind.FAMILY_CONFERENCE_PLAN,
                made.parent_id,
                made.title,
                made.pdf,
                self._now(),
                family_conference_id=made.conference_id,
            )
            uow.commit()
        return kept

    def kept(self, conference_id: int) -> list[StoredDocument]:
        with self._uow() as uow:
            conference = uow.family_conferences.get(conference_id)
            return [
                d
                for d in uow.documents.of_parent(conference.parent_id)
                if d.family_conference_id == conference_id
            ]
