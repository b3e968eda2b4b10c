"""Between rows and entities: a domain dataclass's fields are read from, and written to, the
storage row's attributes of the same names. Every repository uses these."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from bufapp.errors import NotFound

E = TypeVar("E")


def to_entity(row: Any, kind: type[E], **overrides: Any) -> E:
    """The entity ``kind`` from the row's attributes; ``overrides`` supply the rest."""
    values = {
        f.name: getattr(row, f.name)
        for f in dataclasses.fields(kind)
        if f.name not in overrides  # type: ignore[arg-type]
    }
    return kind(**values, **overrides)


def copy_into(row: Any, entity: Any, skip: Iterable[str] = ()) -> None:
    """The entity's fields onto the row (never its id)."""
    for f in dataclasses.fields(entity):
        if f.name != "id" and f.name not in skip:
            setattr(row, f.name, getattr(entity, f.name))


def get_row(session: Session, row_type: type[Any], row_id: int | None) -> Any:
    """The row with that id, or NotFound."""
    row = session.get(row_type, row_id) if row_id is not None else None
    if row is None:
        raise NotFound
    return row
