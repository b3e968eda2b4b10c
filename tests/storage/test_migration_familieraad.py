"""Migration 0017 (familieråd): its tables go and come back, the document table is rebuilt for
the new kind with its never-change triggers put back, and the schema then matches the models."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from bufapp.storage import migrate
from bufapp.storage.models import Base, include_in_comparison
from bufapp.storage.vault import Vault

BEFORE = "0016_tilbakemelding"
TABLES = {"family_conference", "family_conference_person", "family_conference_item"}
DOCUMENT_TRIGGERS = {"stored_document_no_update", "stored_document_no_delete"}


def _triggers(connection) -> set[str]:  # type: ignore[no-untyped-def]
    rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return set(rows.scalars())


def test_the_familieraad_migration_can_be_downgraded_and_applied_again(vault: Vault) -> None:
    with vault.engine.connect() as connection:
        config = migrate.alembic_config(connection)
        command.downgrade(config, BEFORE)
        connection.commit()
        assert migrate.current_revision(connection) == BEFORE
        assert not TABLES & set(inspect(connection).get_table_names())
        columns = {c["name"] for c in inspect(connection).get_columns("stored_document")}
        assert "family_conference_id" not in columns
        assert _triggers(connection) >= DOCUMENT_TRIGGERS

        command.upgrade(config, "head")
        connection.commit()
        assert set(inspect(connection).get_table_names()) >= TABLES
        assert _triggers(connection) >= DOCUMENT_TRIGGERS
        context = MigrationContext.configure(
            connection, opts={"include_name": include_in_comparison}
        )
        assert compare_metadata(context, Base.metadata) == []
