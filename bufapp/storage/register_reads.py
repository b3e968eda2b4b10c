"""Column queries for the parent list and for the inputs of the deadline rules.

The list and Oversikt are read on every unlock and after every save. Reading them as ORM
entities cost one mapped object per row of the office (3,706 at 300 parents, ten times that at
3,000); these queries select only the columns shown or ruled on, and filter in SQL what the
rules would drop anyway, so that the cost follows what is shown, not what is stored.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from bufapp.domain.consent import Consent
from bufapp.domain.contact_log import ContactPlan
from bufapp.domain.entities import Child, ParentLink, Placement
from bufapp.domain.enums import PlaceType
from bufapp.storage.models import (
    ChildParentRow,
    ChildRow,
    ConsentRow,
    ContactPlanRow,
    ParentRow,
    PlacementRow,
)

E = TypeVar("E")


def _columns(row_type: type[Any], kind: type[E], *left_out: str) -> list[Any]:
    """The row's columns named as the entity's fields (those not ``left_out``)."""
    return [
        getattr(row_type, f.name)
        for f in dataclasses.fields(kind)  # type: ignore[arg-type]
        if f.name not in left_out
    ]


def _entities(session: Session, query: Select[Any], kind: type[E], **overrides: Any) -> list[E]:
    """Entities built from plain result rows: no mapped objects, no identity map."""
    result = session.execute(query)
    names = list(result.keys())  # once: a row's own _asdict() looks them up row by row
    return [kind(**dict(zip(names, row, strict=True)), **overrides) for row in result]


class RegisterReads:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- the parent list -------------------------------------------------------------------------

    def parent_names(self) -> list[tuple[int, str, str]]:
        """(id, given names, family name) of every parent, by family name then given names."""
        query = select(ParentRow.id, ParentRow.given_names, ParentRow.family_name).order_by(
            ParentRow.family_name, ParentRow.given_names, ParentRow.id
        )
        return [(pid, given, family) for pid, given, family in self.session.execute(query)]

    def child_names_by_parent(self) -> list[tuple[int, int, str]]:
        """(parent id, child id, child's given names) for every link, children by name."""
        query = (
            select(ChildParentRow.parent_id, ChildRow.id, ChildRow.given_names)
            .join(ChildRow, ChildRow.id == ChildParentRow.child_id)
            .order_by(ChildRow.family_name, ChildRow.given_names, ChildRow.id)
        )
        return [(pid, cid, given) for pid, cid, given in self.session.execute(query)]

    def child_given_names(self) -> dict[int, str]:
        """Every child's given names by id."""
        query = select(ChildRow.id, ChildRow.given_names)
        return {cid: given for cid, given in self.session.execute(query)}

    def ongoing_place_types(self, on: date) -> list[tuple[int, PlaceType]]:
        """(child id, place type) of the placements ongoing ``on``, oldest start first."""
        query = (
            select(PlacementRow.child_id, PlacementRow.place_type)
            .where(
                PlacementRow.start_date <= on,
                or_(PlacementRow.end_date.is_(None), PlacementRow.end_date >= on),
            )
            .order_by(PlacementRow.start_date, PlacementRow.id)
        )
        return [(cid, kind) for cid, kind in self.session.execute(query)]

    # --- what the deadline rules read ------------------------------------------------------------

    def placements_of_children_placed_on_or_after(self, on: date) -> list[Placement]:
        """Every placement of the children with a placement not ended before ``on``: the only
        children whose first conversation can still be open (an episode that ended before
        today is either done or no longer owed)."""
        still_placed = select(PlacementRow.child_id).where(
            or_(PlacementRow.end_date.is_(None), PlacementRow.end_date >= on)
        )
        query = (
            select(*_columns(PlacementRow, Placement))
            .where(PlacementRow.child_id.in_(still_placed))
            .order_by(PlacementRow.start_date, PlacementRow.id)
        )
        return _entities(self.session, query, Placement)

    def children_with_links(self, child_ids: set[int]) -> list[Child]:
        """The children ``child_ids`` with their parent links (two statements)."""
        if not child_ids:
            return []
        links: dict[int, list[ParentLink]] = {}
        query = (
            select(
                ChildParentRow.child_id,
                ChildParentRow.parent_id,
                ChildParentRow.role,
                ChildParentRow.parental_responsibility,
            )
            .where(ChildParentRow.child_id.in_(child_ids))
            .order_by(ChildParentRow.child_id, ChildParentRow.parent_id)
        )
        for child_id, parent_id, role, responsible in self.session.execute(query):
            links.setdefault(child_id, []).append(ParentLink(parent_id, role, responsible))
        children = (
            select(*_columns(ChildRow, Child, "parents"))
            .where(ChildRow.id.in_(child_ids))
            .order_by(ChildRow.family_name, ChildRow.given_names, ChildRow.id)
        )
        return [
            dataclasses.replace(child, parents=tuple(links.get(child.id or 0, ())))
            for child in _entities(self.session, children, Child, parents=())
        ]

    def refusals(self) -> list[tuple[int, date]]:
        """(parent id, refused on) of the contact plans with a refusal."""
        query = (
            select(ContactPlanRow.parent_id, ContactPlanRow.refused_on)
            .where(ContactPlanRow.refused_on.is_not(None))
            .order_by(ContactPlanRow.parent_id)
        )
        return [(pid, refused) for pid, refused in self.session.execute(query)]

    def plans(self) -> list[ContactPlan]:
        """Every contact plan, as ``PlanRepository.all`` reads them, without mapped objects."""
        query = select(*_columns(ContactPlanRow, ContactPlan)).order_by(ContactPlanRow.parent_id)
        return _entities(self.session, query, ContactPlan)

    def consents_ending_between(self, first: date, last: date) -> list[Consent]:
        """The consents whose end date falls in [first, last], without their categories (the
        expiry rule does not read them)."""
        query = (
            select(*_columns(ConsentRow, Consent, "categories"))
            .where(ConsentRow.valid_until >= first, ConsentRow.valid_until <= last)
            .order_by(ConsentRow.id)
        )
        return _entities(self.session, query, Consent, categories=())
