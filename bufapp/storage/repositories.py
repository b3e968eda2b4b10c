"""Repositories: translate between domain entities and storage rows, one aggregate each."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bufapp.domain.entities import (
    Caseworker,
    Child,
    Office,
    Parent,
    ParentLink,
    Placement,
)
from bufapp.storage import register_rows
from bufapp.storage.mapping import copy_into, get_row, to_entity
from bufapp.storage.models import (
    CaseworkerRow,
    ChildParentRow,
    ChildRow,
    DraftRow,
    OfficeRow,
    ParentRow,
    PlacementRow,
)


class OfficeRepository:
    """The office and its caseworker: one of each per vault."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def office(self) -> Office | None:
        row = self.session.scalars(select(OfficeRow).order_by(OfficeRow.id)).first()
        return None if row is None else to_entity(row, Office)

    def save_office(self, office: Office) -> Office:
        row = self.session.scalars(select(OfficeRow).order_by(OfficeRow.id)).first() or OfficeRow()
        copy_into(row, office)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, Office)

    def caseworker(self) -> Caseworker | None:
        row = self.session.scalars(select(CaseworkerRow).order_by(CaseworkerRow.id)).first()
        return None if row is None else to_entity(row, Caseworker)

    def save_caseworker(self, caseworker: Caseworker) -> Caseworker:
        row = self.session.scalars(select(CaseworkerRow).order_by(CaseworkerRow.id)).first()
        row = row or CaseworkerRow()
        copy_into(row, caseworker)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, Caseworker)


class ParentRepository:
    def __init__(self, unit: register_rows.Unit) -> None:
        self._unit = unit

    @property
    def session(self) -> Session:
        """The unit's session, built when first asked for: the hot paths run without it."""
        return self._unit.session

    def get(self, parent_id: int) -> Parent:
        return register_rows.parent(self._unit, parent_id)

    def list(self) -> list[Parent]:
        return register_rows.parents(self._unit)

    def names(self) -> dict[int, str]:
        """Every parent's full name by id (for lists that show only the name)."""
        rows = self.session.execute(
            select(ParentRow.id, ParentRow.given_names, ParentRow.family_name)
        )
        return {pid: " ".join(p for p in (given, family) if p) for pid, given, family in rows}

    def with_national_id(self, national_id: str) -> Parent | None:
        found = register_rows.parents(
            self._unit, register_rows.PARENT_BY_NATIONAL_ID, national_id=national_id
        )
        return found[0] if found else None

    def add(self, parent: Parent) -> Parent:
        return self.add_all([parent])[0]

    def add_all(self, parents: Sequence[Parent]) -> list[Parent]:
        """New parents in one statement, with their ids."""
        return register_rows.add_parents(self._unit, parents)

    def update(self, parent: Parent) -> Parent:
        row = get_row(self.session, ParentRow, parent.id)
        copy_into(row, parent)
        self.session.flush()
        return to_entity(row, Parent)

    def exists(self, parent_id: int) -> bool:
        return self.session.get(ParentRow, parent_id) is not None


def _child(row: ChildRow) -> Child:
    links = tuple(
        ParentLink(link.parent_id, link.role, link.parental_responsibility)
        for link in row.parent_links
    )
    return to_entity(row, Child, parents=links)


class ChildRepository:
    def __init__(self, unit: register_rows.Unit) -> None:
        self._unit = unit

    @property
    def session(self) -> Session:
        """The unit's session, built when first asked for: the hot paths run without it."""
        return self._unit.session

    def get(self, child_id: int) -> Child:
        return register_rows.child(self._unit, child_id)

    def list(self) -> list[Child]:
        return register_rows.children(self._unit, register_rows.CHILDREN_IN_ORDER)

    def of_parent(self, parent_id: int) -> list[Child]:
        return register_rows.children(
            self._unit, register_rows.CHILDREN_OF_PARENT, parent_id=parent_id
        )

    def with_national_id(self, national_id: str) -> Child | None:
        found = register_rows.children(
            self._unit, register_rows.CHILD_BY_NATIONAL_ID, national_id=national_id
        )
        return found[0] if found else None

    def add(self, child: Child) -> Child:
        return self.add_all([child])[0]

    def add_all(self, children: Sequence[Child]) -> list[Child]:
        """New children and their parent links, one statement for each table."""
        return register_rows.add_children(self._unit, children)

    def update(self, child: Child) -> Child:
        return self._save(get_row(self.session, ChildRow, child.id), child)

    def _save(self, row: ChildRow, child: Child) -> Child:
        copy_into(row, child, skip=("parents",))
        row.parent_links = [
            ChildParentRow(
                parent_id=link.parent_id,
                role=link.role,
                parental_responsibility=link.parental_responsibility,
            )
            for link in child.parents
        ]
        self.session.add(row)
        self.session.flush()
        return _child(row)


class PlacementRepository:
    def __init__(self, unit: register_rows.Unit) -> None:
        self._unit = unit

    @property
    def session(self) -> Session:
        """The unit's session, built when first asked for: the hot paths run without it."""
        return self._unit.session

    def get(self, placement_id: int) -> Placement:
        return register_rows.placement(self._unit, placement_id)

    def list(self) -> list[Placement]:
        return register_rows.placements(self._unit)

    def of_child(self, child_id: int) -> list[Placement]:
        return register_rows.placements(
            self._unit, register_rows.PLACEMENTS_OF_CHILD, child_id=child_id
        )

    def add(self, placement: Placement) -> Placement:
        return self.add_all([placement])[0]

    def add_all(self, placements: Sequence[Placement]) -> list[Placement]:
        """New placements in one statement, with their ids."""
        return register_rows.add_placements(self._unit, placements)

    def update(self, placement: Placement) -> Placement:
        row = get_row(self.session, PlacementRow, placement.id)
        copy_into(row, placement)
        self.session.flush()
        return to_entity(row, Placement)


class DraftRepository:
    """Unfinished edits as (kind, record key, JSON payload, when), one per kind and record."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def put(self, kind: str, record_key: str, payload: str) -> None:
        row = self.session.scalars(
            select(DraftRow).where(DraftRow.kind == kind, DraftRow.record_key == record_key)
        ).first() or DraftRow(kind=kind, record_key=record_key)
        row.payload = payload
        self.session.add(row)
        self.session.flush()

    def list(self) -> list[tuple[str, str, str, datetime]]:
        rows = self.session.scalars(select(DraftRow).order_by(DraftRow.updated_at))
        return [(r.kind, r.record_key, r.payload, r.updated_at) for r in rows]

    def remove(self, kind: str, record_key: str) -> None:
        self.session.execute(
            delete(DraftRow).where(DraftRow.kind == kind, DraftRow.record_key == record_key)
        )
