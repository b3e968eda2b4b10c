"""Plain JSON for the domain's frozen dataclasses, and back, guided by their type hints.

Drafts and earlier versions of journal entries are kept this way (inside the encrypted vault).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import types
import typing
from datetime import date, datetime
from typing import Any


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):  # datetimes too: ISO 8601 keeps the offset
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, frozenset | set):  # sorted: the same set is always the same text
        return sorted((_plain(v) for v in value), key=str)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


# A class's hints never change; resolving them (string annotations, every decode) was the
# larger part of the cost of reading a draft or an earlier version (issue 18).
_hints_of = functools.cache(typing.get_type_hints)


def _typed(kind: Any, value: Any) -> Any:
    """Rebuild a value of the annotated type from its JSON form."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        inner = [k for k in typing.get_args(kind) if k is not type(None)]
        return _typed(inner[0], value)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:  # tuple[X, ...]
            return tuple(_typed(args[0], v) for v in value)
        return tuple(_typed(k, v) for k, v in zip(args, value, strict=True))  # tuple[X, Y]
    if origin is frozenset:  # frozenset[X]: a plan's purposes
        (inner,) = typing.get_args(kind)
        return frozenset(_typed(inner, v) for v in value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if dataclasses.is_dataclass(kind):
        hints = _hints_of(kind)
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


def decode(kind: type, payload: str) -> Any:
    return _typed(kind, json.loads(payload))
