"""Alembic environment: migrations always run on a connection handed in by bufapp.

bufapp opens and keys the encrypted database itself and passes the connection through
``config.attributes["connection"]`` (alembic cookbook: "Sharing a Connection"). For writing a
new revision, ``python -m bufapp.storage.migrate revision`` hands in an in-memory database
upgraded to head, so no secret is ever needed.
"""

from __future__ import annotations

from alembic import context

from bufapp.storage.models import Base, UTCDateTime, include_in_comparison

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    # Migrations must not import application code: a UTC moment is a plain DATETIME column.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        render_item=_render_item,
        include_name=include_in_comparison,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("bufapp runs migrations only on a connection it opened itself")
_run(connection)
