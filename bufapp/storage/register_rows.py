"""The register's hot paths as statements on the unit of work's own connection (driver_sql).

Adding parents, children and placements, and reading them for the lists and the parent's card,
are done many times over; through ORM objects they cost about ten times the SQL itself (a flush
per added record, an object per row read). Here a batch is one ``executemany`` per table and a
read is a column query turned straight into domain entities. Everything runs in the unit of work's
transaction, so a unit of work stays all-or-nothing, and every record added is queued for the
audit trail exactly as the flush listeners would have noted it (``audit_capture``). Editing
screens keep the ORM (``update`` in the repositories): one record at a time, it earns its place.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields
from typing import Any, Protocol, TypeVar

from sqlalchemy import (
    Column,
    Integer,
    Select,
    Table,
    bindparam,
    column,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session

from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.errors import NotFound
from bufapp.storage import driver_sql
from bufapp.storage.models import ChildParentRow, ChildRow, ParentRow, PlacementRow, utc_now

E = TypeVar("E", Parent, Child, Placement)

PARENT: Table = ParentRow.__table__  # type: ignore[assignment]
CHILD: Table = ChildRow.__table__  # type: ignore[assignment]
LINK: Table = ChildParentRow.__table__  # type: ignore[assignment]
PLACEMENT: Table = PlacementRow.__table__  # type: ignore[assignment]


def _columns(table: Table, kind: type[Any]) -> tuple[Column[Any], ...]:
    """The table's columns named as the entity's fields, in the fields' order."""
    return tuple(table.c[f.name] for f in fields(kind) if f.name in table.c)


PARENT_COLUMNS = _columns(PARENT, Parent)
CHILD_COLUMNS = _columns(CHILD, Child)
PLACEMENT_COLUMNS = _columns(PLACEMENT, Placement)
LINK_COLUMNS = (LINK.c.child_id, LINK.c.parent_id, LINK.c.role, LINK.c.parental_responsibility)

# Built once: SQLAlchemy then only looks the compiled SQL up in its cache at each call.
_PARENTS = select(*PARENT_COLUMNS)
PARENTS_IN_ORDER = _PARENTS.order_by(PARENT.c.family_name, PARENT.c.given_names)
PARENT_BY_ID = _PARENTS.where(PARENT.c.id == bindparam("ident"))
PARENT_BY_NATIONAL_ID = _PARENTS.where(PARENT.c.national_id == bindparam("national_id"))
_CHILDREN = select(*CHILD_COLUMNS)
CHILDREN_IN_ORDER = _CHILDREN.order_by(CHILD.c.family_name, CHILD.c.given_names)
CHILD_BY_ID = _CHILDREN.where(CHILD.c.id == bindparam("ident"))
CHILD_BY_NATIONAL_ID = _CHILDREN.where(CHILD.c.national_id == bindparam("national_id"))
CHILDREN_OF_PARENT = (
    _CHILDREN.join(LINK, LINK.c.child_id == CHILD.c.id)
    .where(LINK.c.parent_id == bindparam("parent_id"))
    .order_by(CHILD.c.birth_date)
)
_LINKS = select(*LINK_COLUMNS).order_by(LINK.c.child_id, LINK.c.parent_id)
# The children's ids as one JSON array: one SQL text for any number of them.
LINKS_OF_CHILDREN = _LINKS.where(
    LINK.c.child_id.in_(
        text("SELECT value FROM json_each(:children)").columns(column("value", Integer))
    )
)
_PLACEMENTS = select(*PLACEMENT_COLUMNS)
PLACEMENTS_IN_ORDER = _PLACEMENTS.order_by(PLACEMENT.c.start_date)
PLACEMENT_BY_ID = _PLACEMENTS.where(PLACEMENT.c.id == bindparam("ident"))
PLACEMENTS_OF_CHILD = PLACEMENTS_IN_ORDER.where(PLACEMENT.c.child_id == bindparam("child_id"))
_LARGEST_ID = {table: select(func.max(table.c.id)) for table in (PARENT, CHILD, PLACEMENT)}


class Unit(Protocol):
    """The unit of work, as these statements use it."""

    @property
    def session(self) -> Session:
        """Its session, for what the ORM does (built when first asked for)."""
        ...

    def connection(self) -> driver_sql.Target:
        """Its connection, in its transaction, with the ORM's changes made earlier flushed."""
        ...

    def queue(self, audit_event: AuditEvent) -> None:
        """``audit_event`` recorded when the unit commits."""
        ...


def _rows(unit: Unit, statement: Select[Any], **values: Any) -> list[tuple[Any, ...]]:
    return driver_sql.select_rows(unit.connection(), statement, values)


def _first(found: list[E]) -> E:
    if not found:
        raise NotFound
    return found[0]


# --- reading -------------------------------------------------------------------------------


def parents(unit: Unit, statement: Select[Any] = PARENTS_IN_ORDER, **values: Any) -> list[Parent]:
    """The parents a select of ``PARENT_COLUMNS`` finds (by default: all, in name order)."""
    return [Parent(*row) for row in _rows(unit, statement, **values)]


def parent(unit: Unit, parent_id: int | None) -> Parent:
    return _first(parents(unit, PARENT_BY_ID, ident=parent_id))


def children(unit: Unit, statement: Select[Any], **values: Any) -> list[Child]:
    """The children a select of ``CHILD_COLUMNS`` finds, with their parent links (one more
    query; of every child when the statement is the whole list)."""
    rows = _rows(unit, statement, **values)
    if not rows:
        return []
    if statement is CHILDREN_IN_ORDER:
        found = _rows(unit, _LINKS)
    else:
        found = _rows(unit, LINKS_OF_CHILDREN, children=json.dumps([row[-1] for row in rows]))
    links: dict[int, list[ParentLink]] = {}
    for child_id, parent_id, role, responsibility in found:
        links.setdefault(child_id, []).append(ParentLink(parent_id, role, responsibility))
    # CHILD_COLUMNS are the fields up to the links, then the id.
    return [Child(*row[:-1], tuple(links.get(row[-1], ())), row[-1]) for row in rows]


def child(unit: Unit, child_id: int | None) -> Child:
    return _first(children(unit, CHILD_BY_ID, ident=child_id))


def placements(
    unit: Unit, statement: Select[Any] = PLACEMENTS_IN_ORDER, **values: Any
) -> list[Placement]:
    """The placements a select of ``PLACEMENT_COLUMNS`` finds (by default: all, by start)."""
    return [Placement(*row) for row in _rows(unit, statement, **values)]


def placement(unit: Unit, placement_id: int | None) -> Placement:
    return _first(placements(unit, PLACEMENT_BY_ID, ident=placement_id))


# --- adding --------------------------------------------------------------------------------


def _next_ids(connection: driver_sql.Target, table: Table, count: int) -> range:
    """The ids SQLite would give the next ``count`` rows (one past the largest: the tables have
    no AUTOINCREMENT). The unit of work's transaction holds the write lock from its start
    (BEGIN IMMEDIATE), so no other writer can take them before the insert."""
    largest = driver_sql.select_rows(connection, _LARGEST_ID[table], {})[0][0] or 0
    return range(largest + 1, largest + 1 + count)


def _with_id(entity: E, ident: int) -> E:
    """``replace(entity, id=ident)`` without its walk over the fields at every call (a batch
    makes hundreds): the entities have only fields their constructor takes."""
    return type(entity)(**{**vars(entity), "id": ident})


def _add(unit: Unit, table: Table, entities: Sequence[E], kind: str) -> list[E]:
    """Insert ``entities`` with one statement; each is queued for the trail as created (the
    trail names the parent of a child or placement when it is written)."""
    if not entities:
        return []
    connection = unit.connection()  # ORM rows added earlier take their ids first
    ids = _next_ids(connection, table, len(entities))
    saved = [_with_id(entity, ident) for entity, ident in zip(entities, ids, strict=True)]
    now = utc_now()
    # The entities' fields by name: the insert takes its table's columns from them.
    rows = [{**vars(entity), "created_at": now, "updated_at": now} for entity in saved]
    driver_sql.insert_rows(connection, table, rows)
    for entity in saved:
        own_parent = entity.id if kind == "parent" else None
        unit.queue(AuditEvent(AuditAction.CREATED, kind, entity.id, own_parent))
    return saved


def add_parents(unit: Unit, new: Sequence[Parent]) -> list[Parent]:
    return _add(unit, PARENT, new, "parent")


def add_children(unit: Unit, new: Sequence[Child]) -> list[Child]:
    saved = _add(unit, CHILD, new, "child")
    links = [
        {
            "child_id": child.id,
            "parent_id": link.parent_id,
            "role": link.role,
            "parental_responsibility": link.parental_responsibility,
        }
        for child in saved
        for link in child.parents
    ]
    if links:
        driver_sql.insert_rows(unit.connection(), LINK, links)
    return saved


def add_placements(unit: Unit, new: Sequence[Placement]) -> list[Placement]:
    return _add(unit, PLACEMENT, new, "placement")
