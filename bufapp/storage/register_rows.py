"""The register's hot paths in Core statements on the unit of work's own connection.

Adding parents, children and placements, and reading them for the lists and the parent's card,
are done many times over; through ORM objects they cost about ten times the SQL itself (a flush
per added record, an object per row read). Here a batch is one ``executemany`` per table and a
read is a column query turned straight into domain entities. Everything runs in the session's
transaction, so a unit of work stays all-or-nothing, and every record added is queued for the
audit trail exactly as the flush listeners would have noted it (``audit_capture``). Editing
screens keep the ORM (``update`` in the repositories): one record at a time, it earns its place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from typing import Any, TypeVar

from sqlalchemy import Column, Select, Table, func, insert, select
from sqlalchemy.orm import Session

from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.errors import NotFound
from bufapp.storage import audit_capture
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


def _rows(session: Session, statement: Select[Any]) -> Any:
    # A Core statement does not autoflush; ORM changes made earlier in this unit must be seen.
    session.flush()
    return session.execute(statement)


def _one(found: list[E]) -> E:
    if not found:
        raise NotFound
    return found[0]


# --- reading -------------------------------------------------------------------------------


def parents(session: Session, *criteria: Any, ordered: bool = True) -> list[Parent]:
    statement = select(*PARENT_COLUMNS).where(*criteria)
    if ordered:
        statement = statement.order_by(PARENT.c.family_name, PARENT.c.given_names)
    return [Parent(**row._mapping) for row in _rows(session, statement)]


def parent(session: Session, parent_id: int | None) -> Parent:
    return _one(parents(session, PARENT.c.id == parent_id, ordered=False))


def _links_of(session: Session, child_ids: Sequence[int] | None) -> dict[int, list[ParentLink]]:
    """Each child's parent links (ordered by parent); ``None``: of every child."""
    statement = select(*LINK_COLUMNS).order_by(LINK.c.child_id, LINK.c.parent_id)
    if child_ids is not None:
        statement = statement.where(LINK.c.child_id.in_(child_ids))
    links: dict[int, list[ParentLink]] = {}
    for child_id, parent_id, role, responsibility in _rows(session, statement):
        links.setdefault(child_id, []).append(ParentLink(parent_id, role, responsibility))
    return links


def children(session: Session, statement: Select[Any], every: bool = False) -> list[Child]:
    """The children ``statement`` (a select of ``CHILD_COLUMNS``) finds, with their parent
    links in one more query; ``every``: it finds every child, so all links are read."""
    rows = _rows(session, statement).all()
    if not rows:
        return []
    links = _links_of(session, None if every else [row.id for row in rows])
    return [Child(**row._mapping, parents=tuple(links.get(row.id, ()))) for row in rows]


def select_children(*criteria: Any) -> Select[Any]:
    return select(*CHILD_COLUMNS).where(*criteria)


def children_of_parent(session: Session, parent_id: int) -> list[Child]:
    statement = (
        select_children(LINK.c.parent_id == parent_id)
        .join(LINK, LINK.c.child_id == CHILD.c.id)
        .order_by(CHILD.c.birth_date)
    )
    return children(session, statement)


def placements(session: Session, *criteria: Any) -> list[Placement]:
    statement = select(*PLACEMENT_COLUMNS).where(*criteria).order_by(PLACEMENT.c.start_date)
    return [Placement(**row._mapping) for row in _rows(session, statement)]


# --- adding --------------------------------------------------------------------------------


def _next_ids(session: Session, table: Table, count: int) -> range:
    """The ids SQLite would give the next ``count`` rows (one past the largest: the tables have
    no AUTOINCREMENT). The unit of work's transaction holds the write lock from its start
    (BEGIN IMMEDIATE), so no other writer can take them before the insert."""
    largest = session.execute(select(func.max(table.c.id))).scalar() or 0
    return range(largest + 1, largest + 1 + count)


def _values(entity: object, now: object, skip: Iterable[str] = ()) -> dict[str, Any]:
    values = {f.name: getattr(entity, f.name) for f in fields(entity) if f.name not in skip}  # type: ignore[arg-type]
    values["created_at"] = values["updated_at"] = now
    return values


def _add(session: Session, table: Table, entities: Sequence[E], kind: str) -> list[E]:
    """Insert ``entities`` with one statement; each is queued for the trail as created (the
    trail names the parent of a child or placement when it is written)."""
    if not entities:
        return []
    session.flush()  # ORM rows added earlier in this unit get their ids first
    ids = _next_ids(session, table, len(entities))
    saved = [replace(entity, id=ident) for entity, ident in zip(entities, ids, strict=True)]
    now = utc_now()
    skip = ("parents",) if table is CHILD else ()
    session.execute(insert(table), [_values(entity, now, skip) for entity in saved])
    for entity in saved:
        own_parent = entity.id if kind == "parent" else None
        audit_capture.queue(session, AuditEvent(AuditAction.CREATED, kind, entity.id, own_parent))
    return saved


def add_parents(session: Session, new: Sequence[Parent]) -> list[Parent]:
    return _add(session, PARENT, new, "parent")


def add_children(session: Session, new: Sequence[Child]) -> list[Child]:
    saved = _add(session, CHILD, new, "child")
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
        session.execute(insert(LINK), links)
    return saved


def add_placements(session: Session, new: Sequence[Placement]) -> list[Placement]:
    return _add(session, PLACEMENT, new, "placement")
