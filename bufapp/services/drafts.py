"""Drafts: unfinished edits kept in the vault (encrypted) so that a lock or a crash loses nothing.

A draft is a record as the form held it, serialised to JSON; ``kind`` names its type and
``record_key`` which record (an id, or "new:<context>" for one not yet saved).
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bufapp.domain.entities import Child, Parent, Placement
from bufapp.storage.uow import UnitOfWork

KINDS: dict[str, type] = {"parent": Parent, "child": Child, "placement": Placement}


@dataclass(frozen=True)
class Draft:
    kind: str
    record_key: str
    record: Any
    updated_at: datetime


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _typed(kind: Any, value: Any) -> Any:
    """Rebuild a value of the annotated type from its JSON form."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        inner = [k for k in typing.get_args(kind) if k is not type(None)]
        return _typed(inner[0], value)
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(kind)
        return tuple(_typed(item, v) for v in value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if kind is date:
        return date.fromisoformat(value)
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return kind(
            **{
                f.name: _typed(hints[f.name], value.get(f.name))
                for f in dataclasses.fields(kind)
                if f.name in value
            }
        )
    return value


def encode(record: Any) -> str:
    return json.dumps(_plain(record), ensure_ascii=False)


def decode(kind: str, payload: str) -> Any:
    return _typed(KINDS[kind], json.loads(payload))


class DraftService:
    def __init__(self, unit_of_work: Callable[[], UnitOfWork]) -> None:
        self._uow = unit_of_work

    def save(self, kind: str, record_key: str, record: Any) -> None:
        with self._uow() as uow:
            uow.drafts.put(kind, record_key, encode(record))
            uow.commit()

    def all(self) -> list[Draft]:
        with self._uow() as uow:
            stored = uow.drafts.list()
        return [
            Draft(kind, key, decode(kind, payload), when)
            for kind, key, payload, when in stored
            if kind in KINDS
        ]

    def discard(self, kind: str, record_key: str) -> None:
        with self._uow() as uow:
            uow.drafts.remove(kind, record_key)
            uow.commit()
