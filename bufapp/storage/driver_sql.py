"""Hot statements on the DB-API cursor of a unit of work's connection, compiled once.

For a few statements run very often (the register's reads and batch inserts, the audit
records), SQLAlchemy's execution of each statement costs more than SQLite's work. Here the SQL
SQLAlchemy compiled is run on the connection's own cursor, in the same transaction, with each
column's type converting the values as SQLAlchemy would (``result_processor`` /
``bind_processor``). Failures come out as SQLAlchemy raises them, translated by
``engine.translate`` where a person can act on them; the statements are announced to the
engine's ``before_cursor_execute`` listeners like any other, so counting and logging see them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Dialect, Engine, Insert, Select, Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import PoolProxiedConnection
from sqlcipher3 import dbapi2

from bufapp.storage.engine import translate

Processor = Callable[[Any], Any] | None


@dataclass(frozen=True)
class Compiled:
    sql: str
    parameters: tuple[str, ...]  # the bound parameters' names, in the order of the SQL's "?"
    results: tuple[Processor, ...]  # a select's: each column's, as its type reads it

    # The columns whose values need converting, by position: most need none.
    converted: tuple[tuple[int, Callable[[Any], Any]], ...]


@dataclass(frozen=True)
class Inserting:
    """An insert of every column of a table, ready for rows given as dicts."""

    sql: str
    values_of: Callable[[dict[str, Any]], tuple[Any, ...]]  # a row's values in the SQL's order
    converted: tuple[tuple[int, Callable[[Any], Any]], ...]  # as each column's type writes it


@dataclass(frozen=True)
class Pooled:
    """A connection of the engine's pool used without SQLAlchemy's ``Connection`` around it: a
    unit of work that only runs the statements here never builds one (or a ``Session``), whose
    construction, begin and reset cost more than a short read itself. Its listeners of
    ``before_cursor_execute`` get None for the ``Connection`` they would otherwise be given."""

    engine: Engine
    pooled: PoolProxiedConnection

    @property
    def dialect(self) -> Dialect:
        return self.engine.dialect


Target = Connection | Pooled

_compiled: dict[tuple[int, str], Compiled] = {}
_inserts: dict[tuple[Table, str], Inserting] = {}
_NOTHING = object()


def compiled(statement: Select[Any] | Insert, dialect: Dialect) -> Compiled:
    """``statement`` compiled for ``dialect``, once (it must live as long as the program: a
    module-level constant)."""
    key = (id(statement), dialect.name)
    found = _compiled.get(key)
    if found is None:
        result = statement.compile(dialect=dialect)
        columns = statement.selected_columns if isinstance(statement, Select) else ()
        results = tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, None) for column in columns
        )
        converted = tuple((i, process) for i, process in enumerate(results) if process)
        found = _compiled[key] = Compiled(
            result.string, tuple(result.positiontup or ()), results, converted
        )
    return found


def run(connection: Target, sql: str, parameters: Any, many: bool = False) -> Any:
    """``sql`` on the connection's cursor; the rows, or None for ``many`` (executemany)."""
    if isinstance(connection, Pooled):
        cursor = connection.pooled.driver_connection.cursor()  # type: ignore[union-attr]
    else:
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        _announce(connection, cursor, sql, parameters, many)
        if many:
            cursor.executemany(sql, parameters)
            return None
        cursor.execute(sql, parameters)
        return cursor.fetchall()
    except dbapi2.Error as failure:
        replacement = translate(failure)
        if replacement is not None:
            raise replacement from failure
        raise DBAPIError.instance(
            sql, None, failure, dbapi2.Error, hide_parameters=True
        ) from failure
    finally:
        cursor.close()


def _announce(connection: Target, cursor: Any, sql: str, parameters: Any, many: bool) -> None:
    """To the engine's ``before_cursor_execute`` listeners, as SQLAlchemy's own execution does."""
    if isinstance(connection, Pooled):
        listeners = connection.engine.dispatch.before_cursor_execute
        if listeners:
            listeners(None, cursor, sql, parameters, None, many)
    elif connection._has_events or connection.engine._has_events:
        connection.dispatch.before_cursor_execute(connection, cursor, sql, parameters, None, many)


def select_rows(
    connection: Target, statement: Select[Any], values: Mapping[str, Any]
) -> list[tuple[Any, ...]]:
    """The rows of ``statement`` with its parameters ``values`` (ids and strings only: they
    are bound as they are), each value read as its column's type reads it."""
    query = compiled(statement, connection.dialect)
    rows = run(connection, query.sql, tuple(values[name] for name in query.parameters))
    return _convert(rows, query.converted) if query.converted else rows


def _convert(
    rows: list[tuple[Any, ...]], converted: tuple[tuple[int, Callable[[Any], Any]], ...]
) -> list[tuple[Any, ...]]:
    """Each row with the values at ``converted``'s positions converted, the rest as they are."""
    result = []
    for row in rows:
        values = list(row)
        for index, process in converted:
            values[index] = process(values[index])
        result.append(tuple(values))
    return result


def _inserting(table: Table, dialect: Dialect) -> Inserting:
    key = (table, dialect.name)
    found = _inserts.get(key)
    if found is None:
        query = insert(table).compile(dialect=dialect)
        names = tuple(query.positiontup or ())
        processors = [
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
        ]
        getter = itemgetter(*names)
        found = _inserts[key] = Inserting(
            query.string,
            getter if len(names) > 1 else lambda row: (getter(row),),
            tuple((i, process) for i, process in enumerate(processors) if process),
        )
    return found


def insert_rows(connection: Target, table: Table, rows: list[dict[str, Any]]) -> None:
    """``rows``, each with a value for every column of ``table`` (other keys are left out), in
    one executemany; each value written as its column's type writes it."""
    if not rows:
        return
    inserting = _inserting(table, connection.dialect)
    values = [inserting.values_of(row) for row in rows]
    if inserting.converted:
        values = _convert_repeated(values, inserting.converted)
    run(connection, inserting.sql, values, many=True)


def _convert_repeated(
    rows: list[tuple[Any, ...]], converted: tuple[tuple[int, Callable[[Any], Any]], ...]
) -> list[tuple[Any, ...]]:
    """``_convert`` for a batch whose rows often share a value (the moment a batch was made,
    a role): a value that is the same object as the row before's is converted once."""
    last_in: list[Any] = [_NOTHING] * len(converted)
    last_out: list[Any] = [None] * len(converted)
    result = []
    for row in rows:
        values = list(row)
        for slot, (index, process) in enumerate(converted):
            value = values[index]
            if value is not last_in[slot]:
                last_in[slot], last_out[slot] = value, process(value)
            values[index] = last_out[slot]
        result.append(tuple(values))
    return result
