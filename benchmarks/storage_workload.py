"""The register workload of the storage figures, in two implementations that do the same work.

``plan`` makes a deterministic office: parents in batches, each with one or two children (a child
of every other parent also has the next parent as co-parent) and one or two placements per child.

- ``VaultWorkload`` goes through bufapp's real storage path: a Vault's session factory, the
  UnitOfWork and the register's repositories, as the services use them (``RegisterService.save_parent``
  adds through the same ``add_all``); every record added is audited and chained.
- ``RawWorkload`` is what a hand-written repository on a DB-API connection would do, without an
  audit trail: the same rows and, statement for statement, the SQL the repositories send (one
  ``executemany`` per table and batch with the next free ids, the list in one SELECT, a
  parent's children and then their parent links in one more, each child's placements), in the
  same transactions (one per batch of inserts; one per read, rolled back), handing back the same
  domain entities. It runs on stdlib sqlite3 (the baseline) or on a keyed sqlcipher3 connection
  (to separate the encryption's cost from the rest of the storage path).

Both report how many entities they read, so a run can check they did the same work.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    AddressProtection,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
)
from bufapp.storage import migrate
from bufapp.storage.engine import SAFETY_PRAGMAS
from bufapp.storage.uow import UnitOfWork

T = TypeVar("T")

# For throwaway vaults in temporary folders; it only has to pass the strength check.
BENCH_PASSPHRASE = "benchmark-passord som er langt nok 42"

# The vault's pragmas minus SQLCipher's own; busy_timeout etc. stay so both sides match.
PLAIN_PRAGMAS = tuple(pragma for pragma in SAFETY_PRAGMAS if "cipher" not in pragma)

GIVEN_NAMES = ("Kari", "Ola", "Aisha", "Mohammed", "Ingrid", "Per", "Sara", "Áile", "Nils", "Åse")
FAMILY_NAMES = ("Hansen", "Olsen", "Berg", "Haugen", "Ali", "Nilsen", "Somby", "Dahl", "Lie")
NOTES = (
    "Mor ønsker samvær annenhver helg og har bedt om tolk ved samtaler. Avtalt oppfølging "
    "etter plassering; neste samtale planlegges når fosterhjemmet har fått satt seg."
)


# --- the plan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChildPlan:
    child: Child  # ``parents`` is filled in once the parents have ids
    parent_slots: tuple[tuple[int, ParentRole], ...]  # indexes into the batch's parents
    placements: tuple[Placement, ...]  # ``child_id`` is filled in once the child has an id


@dataclass(frozen=True)
class BatchPlan:
    """What one transaction inserts."""

    parents: tuple[Parent, ...]
    children: tuple[ChildPlan, ...]


@dataclass(frozen=True)
class QueryPlan:
    rounds: int  # each round: the parent list, then the detail of every sampled parent
    parents_opened_per_round: int


def _parent(number: int) -> Parent:
    return Parent(
        given_names=GIVEN_NAMES[number % len(GIVEN_NAMES)],
        family_name=f"{FAMILY_NAMES[number % len(FAMILY_NAMES)]} {number}",
        national_id=str(10_000_000_000 + number),
        birth_date=date(1975, 1, 1) + timedelta(days=37 * number),
        address_line=f"Storgata {number % 120 + 1}",
        postal_code=f"{9000 + number % 900:04d}",
        postal_town="Tromsø",
        phone=f"9{number:07d}",
        email=f"forelder{number}@example.no",
        interpreter_language="somali" if number % 7 == 0 else None,
        support_person="Søster" if number % 5 == 0 else "",
        notes=NOTES,
    )


def _placements(number: int) -> tuple[Placement, ...]:
    current = Placement(
        child_id=0,
        basis=PlacementBasis.CARE_ORDER if number % 3 else PlacementBasis.VOLUNTARY,
        place_type=PlaceType.FOSTER_HOME if number % 2 else PlaceType.KINSHIP_FOSTER_HOME,
        start_date=date(2024, 1, 1) + timedelta(days=number % 500),
        place_name=f"Fosterhjem {number}",
    )
    if number % 4:
        return (current,)
    earlier = replace(
        current,
        basis=PlacementBasis.EMERGENCY,
        place_type=PlaceType.EMERGENCY_HOME,
        start_date=date(2023, 1, 1) + timedelta(days=number % 300),
        end_date=date(2023, 12, 31),
        end_reason=PlacementEndReason.MOVED,
        place_name="Beredskapshjem",
    )
    return (earlier, current)


def _children_of(
    slot: int, batch_size: int, parent_number: int, first_child: int
) -> list[ChildPlan]:
    count = 2 if parent_number % 3 == 0 else 1
    plans = []
    for offset in range(count):
        number = first_child + offset
        slots: tuple[tuple[int, ParentRole], ...] = ((slot, ParentRole.MOTHER),)
        if slot % 2 == 0 and slot + 1 < batch_size:
            slots += ((slot + 1, ParentRole.FATHER),)
        child = Child(
            given_names=GIVEN_NAMES[(number + 3) % len(GIVEN_NAMES)],
            family_name=FAMILY_NAMES[parent_number % len(FAMILY_NAMES)],
            birth_date=date(2010, 1, 1) + timedelta(days=11 * number),
            case_number=f"2024/{number:05d}",
            national_id=str(20_000_000_000 + number),
        )
        plans.append(ChildPlan(child, slots, _placements(number)))
    return plans


def plan(parent_count: int, batch_size: int) -> list[BatchPlan]:
    batches = []
    child_number = 0
    for first in range(0, parent_count, batch_size):
        numbers = range(first, min(first + batch_size, parent_count))
        children: list[ChildPlan] = []
        for slot, parent_number in enumerate(numbers):
            new = _children_of(slot, len(numbers), parent_number, child_number)
            child_number += len(new)
            children += new
        batches.append(BatchPlan(tuple(_parent(n) for n in numbers), tuple(children)))
    return batches


def sample(parent_ids: Sequence[int], count: int) -> list[int]:
    """``count`` parent ids spread evenly over the register."""
    step = max(1, len(parent_ids) // max(1, count))
    return list(parent_ids[::step][:count])


def _linked(plan: ChildPlan, parent_ids: Sequence[int]) -> Child:
    links = tuple(ParentLink(parent_ids[slot], role) for slot, role in plan.parent_slots)
    return replace(plan.child, parents=links)


class Workload(Protocol):
    def insert(self, batches: Sequence[BatchPlan]) -> list[int]: ...
    def query(self, parent_ids: Sequence[int], queries: QueryPlan) -> int: ...


# --- through bufapp's storage path -------------------------------------------------------


class VaultWorkload:
    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._session_factory = session_factory

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._session_factory)

    def insert(self, batches: Sequence[BatchPlan]) -> list[int]:
        parent_ids: list[int] = []
        for batch in batches:
            with self._uow() as uow:
                ids = [_id(parent) for parent in uow.parents.add_all(batch.parents)]
                children = uow.children.add_all([_linked(c, ids) for c in batch.children])
                uow.placements.add_all(
                    [
                        replace(placement, child_id=_id(child))
                        for child, child_plan in zip(children, batch.children, strict=True)
                        for placement in child_plan.placements
                    ]
                )
                uow.commit()
            parent_ids += ids
        return parent_ids

    def query(self, parent_ids: Sequence[int], queries: QueryPlan) -> int:
        read = 0
        opened = sample(parent_ids, queries.parents_opened_per_round)
        for _ in range(queries.rounds):
            with self._uow() as uow:
                read += len(uow.parents.list())
            for parent_id in opened:
                with self._uow() as uow:  # one unit of work per screen, as the services do
                    children = uow.children.of_parent(parent_id)
                    read += len(children)
                    for child in children:
                        read += len(uow.placements.of_child(_id(child)))
        return read


def _id(entity: Parent | Child) -> int:
    assert entity.id is not None
    return entity.id


# --- hand-written SQL on a DB-API connection -----------------------------------------------

# Every column the entities have, in the entities' field order (the id last), as the vault reads.
PARENT_COLUMNS = (
    "given_names, family_name, national_id, birth_date, address_line, postal_code, postal_town, "
    "phone, email, preferred_language, interpreter_language, support_person, notes, "
    "address_protection"
)
CHILD_COLUMNS = "given_names, family_name, birth_date, case_number, national_id"
PLACEMENT_COLUMNS = (
    "child_id, basis, place_type, start_date, end_date, end_reason, place_name, carer_names, "
    "place_address, place_municipality, place_phone, whereabouts_hidden, hidden_decided_on, "
    "hidden_basis"
)


def _insert(table: str, columns: str) -> str:
    marks = ", ".join("?" * (columns.count(",") + 4))  # the id, the columns, two timestamps
    return f"INSERT INTO {table} (id, {columns}, created_at, updated_at) VALUES ({marks})"


INSERT_PARENT = _insert("parent", PARENT_COLUMNS)
INSERT_CHILD = _insert("child", CHILD_COLUMNS)
INSERT_PLACEMENT = _insert("placement", PLACEMENT_COLUMNS)
INSERT_LINK = (
    "INSERT INTO child_parent (child_id, parent_id, role, parental_responsibility) "
    "VALUES (?, ?, ?, ?)"
)
SELECT_PARENTS = (
    f"SELECT {PARENT_COLUMNS}, id FROM parent ORDER BY parent.family_name, parent.given_names"
)
SELECT_CHILDREN_OF_PARENT = (
    "SELECT child.given_names, child.family_name, child.birth_date, child.case_number, "
    "child.national_id, child.id FROM child JOIN child_parent ON child_parent.child_id = child.id "
    "WHERE child_parent.parent_id = ? ORDER BY child.birth_date"
)
SELECT_LINKS_OF_CHILDREN = (
    "SELECT child_id, parent_id, role, parental_responsibility FROM child_parent "
    "WHERE child_id IN ({marks}) ORDER BY child_id, parent_id"
)
SELECT_PLACEMENTS_OF_CHILD = (
    f"SELECT {PLACEMENT_COLUMNS}, id FROM placement WHERE child_id = ? ORDER BY start_date"
)


def _moment() -> str:
    # SQLAlchemy's format for a DateTime on SQLite (naive UTC), so both sides store the same.
    return datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse_day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _parent_row(parent: Parent) -> tuple[Any, ...]:
    p = parent
    return (
        p.given_names, p.family_name, p.national_id, _day(p.birth_date), p.address_line,
        p.postal_code, p.postal_town, p.phone, p.email, p.preferred_language,
        p.interpreter_language, p.support_person, p.notes, p.address_protection.value,
    )  # fmt: skip


def _child_row(child: Child) -> tuple[Any, ...]:
    c = child
    return (c.given_names, c.family_name, _day(c.birth_date), c.case_number, c.national_id)


def _placement_row(placement: Placement) -> tuple[Any, ...]:
    p = placement
    reason = None if p.end_reason is None else p.end_reason.value
    return (
        p.child_id, p.basis.value, p.place_type.value, _day(p.start_date), _day(p.end_date),
        reason, p.place_name, p.carer_names, p.place_address, p.place_municipality,
        p.place_phone, int(p.whereabouts_hidden), _day(p.hidden_decided_on), p.hidden_basis,
    )  # fmt: skip


def _parent_from(row: Sequence[Any]) -> Parent:
    return Parent(*row[:3], _parse_day(row[3]), *row[4:13], AddressProtection(row[13]), row[14])


def _placement_from(row: Sequence[Any]) -> Placement:
    reason = None if row[5] is None else PlacementEndReason(row[5])
    return Placement(
        row[0], PlacementBasis(row[1]), PlaceType(row[2]), date.fromisoformat(row[3]),
        _parse_day(row[4]), reason, *row[6:11], bool(row[11]), _parse_day(row[12]), row[13],
        row[14],
    )  # fmt: skip


class RawWorkload:
    """The workload in SQL on a DB-API connection opened with ``isolation_level=None``."""

    def __init__(self, connection: Any) -> None:
        self._db = connection

    def insert(self, batches: Sequence[BatchPlan]) -> list[int]:
        parent_ids: list[int] = []
        for batch in batches:
            self._db.execute("BEGIN IMMEDIATE")  # as the vault: the next ids stay free
            ids = self._add("parent", INSERT_PARENT, [_parent_row(p) for p in batch.parents])
            children = [_linked(child_plan, ids) for child_plan in batch.children]
            child_ids = self._add("child", INSERT_CHILD, [_child_row(c) for c in children])
            links = [
                (child_id, link.parent_id, link.role.value, int(link.parental_responsibility))
                for child, child_id in zip(children, child_ids, strict=True)
                for link in child.parents
            ]
            self._db.executemany(INSERT_LINK, links)
            placements = [
                _placement_row(replace(placement, child_id=child_id))
                for child_plan, child_id in zip(batch.children, child_ids, strict=True)
                for placement in child_plan.placements
            ]
            self._add("placement", INSERT_PLACEMENT, placements)
            self._db.execute("COMMIT")
            parent_ids += ids
        return parent_ids

    def _add(self, table: str, insert: str, rows: Sequence[tuple[Any, ...]]) -> list[int]:
        largest = self._db.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
        ids = list(range(largest + 1, largest + 1 + len(rows)))
        now = _moment()
        self._db.executemany(
            insert, [(i, *row, now, now) for i, row in zip(ids, rows, strict=True)]
        )
        return ids

    def query(self, parent_ids: Sequence[int], queries: QueryPlan) -> int:
        read = 0
        opened = sample(parent_ids, queries.parents_opened_per_round)
        for _ in range(queries.rounds):
            read += len(self._read(self._parents))
            for parent_id in opened:
                read += self._read(lambda parent_id=parent_id: self._detail_count(parent_id))
        return read

    def _read(self, reading: Callable[[], T]) -> T:
        self._db.execute("BEGIN")
        try:
            return reading()
        finally:
            self._db.execute("ROLLBACK")

    def _parents(self) -> list[Parent]:
        return [_parent_from(row) for row in self._db.execute(SELECT_PARENTS)]

    def _detail_count(self, parent_id: int) -> int:
        children = self._children_of(parent_id)
        placements = [self._placements_of(_id(child)) for child in children]
        return len(children) + sum(len(of_child) for of_child in placements)

    def _children_of(self, parent_id: int) -> list[Child]:
        rows = self._db.execute(SELECT_CHILDREN_OF_PARENT, (parent_id,)).fetchall()
        if not rows:
            return []
        links: dict[int, list[ParentLink]] = {}
        found = self._db.execute(
            SELECT_LINKS_OF_CHILDREN.format(marks=", ".join("?" * len(rows))),
            [row[5] for row in rows],
        )
        for child_id, linked, role, responsibility in found:
            links.setdefault(child_id, []).append(
                ParentLink(linked, ParentRole(role), bool(responsibility))
            )
        return [
            Child(g, f, date.fromisoformat(b), c, n, tuple(links.get(i, ())), i)
            for g, f, b, c, n, i in rows
        ]

    def _placements_of(self, child_id: int) -> list[Placement]:
        rows = self._db.execute(SELECT_PLACEMENTS_OF_CHILD, (child_id,))
        return [_placement_from(row) for row in rows]


# --- plain sqlite3 databases ---------------------------------------------------------------


def create_plain_database(path: Path) -> None:
    """An unencrypted database with the vault's schema, made by the vault's own migrations."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            migrate.upgrade(connection)
            connection.commit()
    finally:
        engine.dispose()


def connect_plain(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in PLAIN_PRAGMAS:
        connection.execute(pragma).fetchall()
    return connection
