"""Schema migrations on real vaults: head matches the models, newer vaults are refused, older
ones are copied before they are upgraded, and a failed upgrade changes nothing.

Older revisions are made real by pointing ``migrate.MIGRATIONS_DIR`` at a copy of the shipped
migrations with one extra revision written into it: alembic then really upgrades a vault that
was created at today's head, exactly as a future program version would.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DatabaseError

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Child, Parent, ParentLink, Placement
from bufapp.domain.enums import (
    ContactForm,
    EntryStatus,
    Initiative,
    ParentRole,
    PlacementBasis,
    PlaceType,
)
from bufapp.errors import SchemaTooNew, ValidationFailed
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage import integrity, migrate
from bufapp.storage.models import Base, include_in_comparison
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import SAFETY_DIR_NAME, Vault
from tests.conftest import NEW_PASSPHRASE, NOW, PASSPHRASE, TODAY, CreatedVault
from tests.storage.helpers import add_sample_register, dump_tables, snapshot

SHIPPED_HEAD = migrate.head_revision()

NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9000_test_next"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
"""


@pytest.fixture
def next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Install a copy of the shipped migrations plus one more revision with ``body``."""

    def install(body: str) -> None:
        folder = tmp_path / "migrations"
        shutil.copytree(
            migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__")
        )
        indented = "\n".join("    " + line for line in body.strip().splitlines())
        (folder / "versions" / "9000_test_next.py").write_text(
            NEXT_REVISION.format(down=SHIPPED_HEAD, body=indented), encoding="utf-8"
        )
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
        monkeypatch.setattr(migrate, "HEAD_REVISION", "9000_test_next")  # as a new one would
        assert migrate.head_revision() == "9000_test_next"

    return install


@pytest.fixture
def vault_with_data(created_vault: CreatedVault, register: RegisterService) -> CreatedVault:
    add_sample_register(register)
    created_vault.vault.lock()
    return created_vault


def _revision(vault: Vault) -> str | None:
    with vault.engine.connect() as connection:
        return migrate.current_revision(connection)


def test_new_vault_is_at_head_and_matches_the_models(vault: Vault) -> None:
    with vault.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        context = MigrationContext.configure(
            connection, opts={"include_name": include_in_comparison}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations disagree; write a revision: {diff}"


def test_opening_a_vault_at_head_makes_no_safety_copy(vault_with_data: CreatedVault) -> None:
    Vault.open(vault_with_data.directory, PASSPHRASE).lock()
    assert not (vault_with_data.directory / SAFETY_DIR_NAME).exists()


def _stamp(created: CreatedVault, revision: str) -> None:
    vault = Vault.open(created.directory, PASSPHRASE)
    connection = vault.raw_connection()
    try:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        connection.close()
        vault.lock()


def test_vault_from_a_newer_program_refuses_to_open_and_is_left_unchanged(
    vault_with_data: CreatedVault,
) -> None:
    _stamp(vault_with_data, "9999_future")
    before = snapshot(vault_with_data.directory)

    with pytest.raises(SchemaTooNew):
        Vault.open(vault_with_data.directory, PASSPHRASE)
    # Recovery must not re-wrap the key of a vault it then refuses to open.
    with pytest.raises(SchemaTooNew):
        Vault.recover(vault_with_data.directory, vault_with_data.recovery_key, NEW_PASSPHRASE)

    assert snapshot(vault_with_data.directory) == before
    assert not (vault_with_data.directory / SAFETY_DIR_NAME).exists()


def test_upgrade_from_an_older_revision_makes_a_safety_copy_first(
    vault_with_data: CreatedVault, next_revision: Callable[[str], None]
) -> None:
    directory = vault_with_data.directory
    old = Vault.open(directory, PASSPHRASE)
    data_before = dump_tables(old)
    old.lock()
    next_revision(
        """
op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
with op.batch_alter_table("office") as batch:
    batch.add_column(sa.Column("test_note", sa.Text, nullable=True))
"""
    )

    vault = Vault.open(directory, PASSPHRASE)
    try:
        assert _revision(vault) == "9000_test_next"
        assert dump_tables(vault)["parent"] == data_before["parent"]
        with vault.engine.connect() as connection:
            columns = {c["name"] for c in inspect(connection).get_columns("office")}
        assert "test_note" in columns

        copies = list((directory / SAFETY_DIR_NAME).iterdir())
        assert len(copies) == 1
        assert copies[0].name.endswith(f"-{SHIPPED_HEAD}.db")
        # The copy is the vault as it was: same key, old revision, same rows, intact.
        copy = vault.raw_connection(copies[0])
        try:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (SHIPPED_HEAD,)
            ]
            assert copy.execute("SELECT count(*) FROM parent").fetchone()[0] == len(
                data_before["parent"]
            )
            assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert copy.execute("PRAGMA cipher_integrity_check").fetchall() == []
        finally:
            copy.close()
        assert integrity.check(vault).ok
    finally:
        vault.lock()
    # No -wal/-shm left beside the copy: it is one self-contained file.
    assert [p.name for p in (directory / SAFETY_DIR_NAME).iterdir()] == [copies[0].name]


def test_failed_upgrade_changes_nothing_and_keeps_the_safety_copy(
    vault_with_data: CreatedVault,
    next_revision: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    directory = vault_with_data.directory
    shipped = migrate.MIGRATIONS_DIR
    old = Vault.open(directory, PASSPHRASE)
    data_before = dump_tables(old)
    old.lock()
    next_revision(
        """
op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
op.execute("DELETE FROM contact_entry")
raise RuntimeError("planlagt feil i migreringen")
"""
    )

    with pytest.raises(RuntimeError, match="planlagt feil"):
        Vault.open(directory, PASSPHRASE)
    assert len(list((directory / SAFETY_DIR_NAME).iterdir())) == 1

    # With the program that made it, the vault opens exactly as before: DDL and DML rolled back.
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", shipped)
    vault = Vault.open(directory, PASSPHRASE)
    try:
        assert _revision(vault) == SHIPPED_HEAD
        assert dump_tables(vault) == data_before
        with vault.engine.connect() as connection:
            assert "test_extra" not in inspect(connection).get_table_names()
        assert integrity.check(vault).ok
    finally:
        vault.lock()


@pytest.mark.parametrize(
    ("table", "with_placements"),
    [("child", False), ("child", True), ("parent", True)],
    ids=["child-without-placements", "child-with-placements", "parent"],
)
def test_batch_migration_that_recreates_a_table_keeps_every_row_and_link(
    created_vault: CreatedVault,
    register: RegisterService,
    next_revision: Callable[[str], None],
    table: str,
    with_placements: bool,
) -> None:
    directory = created_vault.directory
    parent = register.save_parent(Parent("Kari", "Nordmann"))
    other = register.save_parent(Parent("Per", "Nordmann"))
    assert parent.id is not None and other.id is not None
    child = register.save_child(
        Child(
            "Ola",
            "Nordmann",
            date(2016, 4, 1),
            "2024/4711",
            parents=(
                ParentLink(parent.id, ParentRole.MOTHER),
                ParentLink(other.id, ParentRole.FATHER),
            ),
        )
    )
    if with_placements:
        assert child.id is not None
        register.save_placement(
            Placement(child.id, PlacementBasis.VOLUNTARY, PlaceType.FOSTER_HOME, date(2025, 1, 6))
        )
    data_before = dump_tables(created_vault.vault)
    created_vault.vault.lock()
    # The ordinary SQLite way to change a column: alembic's batch mode copies the table.
    next_revision(
        f"""
with op.batch_alter_table("{table}", recreate="always") as batch:
    batch.add_column(sa.Column("test_note", sa.Text, nullable=True))
"""
    )

    vault = Vault.open(directory, PASSPHRASE)
    try:
        after = dump_tables(vault)
        assert after["child_parent"] == data_before["child_parent"]
        assert len(after[table]) == len(data_before[table])
        assert integrity.check(vault).ok
    finally:
        vault.lock()


def test_safety_copy_mechanism_copies_a_vault_with_pending_writes(
    vault: Vault, register: RegisterService, tmp_path: Path
) -> None:
    """copy_database_to (used for the safety copy and backups) includes what is still in the
    WAL, and the copy opens with the vault's key."""
    add_sample_register(register)
    assert (vault.directory / "bufapp.db-wal").stat().st_size > 0  # not yet checkpointed
    target = tmp_path / "kopi.db"
    vault.copy_database_to(target)

    copy = vault.raw_connection(target)
    try:
        with vault.engine.connect() as connection:
            expected = connection.execute(text("SELECT count(*) FROM contact_entry")).scalar_one()
        assert copy.execute("SELECT count(*) FROM contact_entry").fetchone()[0] == expected > 0
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SHIPPED_HEAD,)
        ]
    finally:
        copy.close()
    assert not Path(f"{target}-wal").exists()
    assert b"SQLite format 3" not in target.read_bytes()[:16]  # encrypted, header included


# --- 0002 → 0003: the contact log ------------------------------------------------------------------

BEFORE_CONTACT_LOG = "0002_drafts"


def _stored(moment: datetime) -> str:
    """A UTC moment as SQLAlchemy stores a DATETIME in SQLite."""
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


OLD_ENTRIES = [
    # (parent index, occurred_at, form, summary, parent_words)
    (
        0,
        datetime(2026, 5, 4, 7, 30, tzinfo=UTC),
        "home_visit",
        "Hjemmebesøk. Vi snakket om samværet med Áilu.",
        "«Mun in háliit» – jeg vil ikke nå.",
    ),
    (
        1,
        datetime(2026, 5, 5, 22, 30, tzinfo=UTC),  # 00:30 on 6 May in Oslo
        "phone",
        "Telefon med BJØRN ÅSEN om skolen.",
        "",
    ),
    (0, datetime(2026, 5, 10, 9, 0, tzinfo=UTC), "letter", "Brev om Čuđe-saken.", ""),
]


def _later_than_0002(_folder: str, names: list[str]) -> set[str]:
    """What a program whose newest revision is 0002 would not have had."""
    return {n for n in names if n == "__pycache__" or (n[:4].isdigit() and int(n[:4]) > 2)}


@pytest.fixture
def vault_at_0002(
    created_vault: CreatedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[int], list[int]]:
    """A real vault created by a program whose newest revision is 0002 (a copy of the shipped
    migrations without 0003), with parents added through the service and contact entries
    written as that program wrote them (raw SQL into the 0002 table). Returns the folder,
    the parent ids and the entry ids."""
    created_vault.vault.lock()  # this test's vault is the old one below
    folder = tmp_path / "migrations-0002"
    shutil.copytree(
        migrate.MIGRATIONS_DIR,
        folder,
        ignore=_later_than_0002,
    )
    shipped = migrate.MIGRATIONS_DIR
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    assert migrate.head_revision() == BEFORE_CONTACT_LOG
    directory = tmp_path / "gammel"
    old, _recovery = Vault.create(directory, PASSPHRASE)
    try:
        assert _revision(old) == BEFORE_CONTACT_LOG
        with old.engine.connect() as connection:
            # Raw SQL as that program wrote it: today's models have columns 0002 lacks.
            parents = [
                connection.execute(
                    text(
                        "INSERT INTO parent (given_names, family_name, address_line, postal_code,"
                        " postal_town, phone, email, preferred_language, support_person, notes,"
                        " created_at, updated_at) VALUES (:given, :family, '', '', '', '', '',"
                        " 'norsk', '', '', :now, :now) RETURNING id"
                    ),
                    {"given": given, "family": family, "now": _stored(OLD_ENTRIES[0][1])},
                ).scalar_one()
                for given, family in (("Máret", "Somby"), ("Bjørn", "Åsen"))
            ]
            columns = {c["name"] for c in inspect(connection).get_columns("contact_entry")}
            assert "status" not in columns and "agreed" not in columns  # really the old table
            entry_ids = []
            for index, when, form, summary, words in OLD_ENTRIES:
                entry_ids.append(
                    connection.execute(
                        text(
                            "INSERT INTO contact_entry "
                            "(parent_id, occurred_at, form, summary, parent_words, created_at) "
                            "VALUES (:parent, :when, :form, :summary, :words, :created) "
                            "RETURNING id"
                        ),
                        {
                            "parent": parents[index],
                            "when": _stored(when),
                            "form": form,
                            "summary": summary,
                            "words": words,
                            "created": _stored(when),
                        },
                    ).scalar_one()
                )
            connection.commit()
    finally:
        old.lock()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", shipped)
    return directory, parents, entry_ids


def test_contact_entries_from_0002_become_final_entries_of_their_parent(
    vault_at_0002: tuple[Path, list[int], list[int]],
) -> None:
    directory, parents, entry_ids = vault_at_0002
    vault = Vault.open(directory, PASSPHRASE)
    try:
        assert _revision(vault) == SHIPPED_HEAD
        (copy,) = (directory / SAFETY_DIR_NAME).iterdir()
        assert copy.name.endswith(f"-{BEFORE_CONTACT_LOG}.db")
        assert integrity.check(vault).ok
        with vault.engine.connect() as connection:
            links = connection.execute(
                text(
                    "SELECT entry_id, parent_id, position FROM contact_entry_parent "
                    "ORDER BY entry_id"
                )
            ).all()
            context = MigrationContext.configure(
                connection, opts={"include_name": include_in_comparison}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], f"the upgraded vault differs from the models: {diff}"
        owners = [parents[index] for index, *_rest in OLD_ENTRIES]
        assert [tuple(link) for link in links] == [
            (entry_id, owner, 0) for entry_id, owner in zip(entry_ids, owners, strict=True)
        ]

        log = ContactLogService(
            lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY, now=lambda: NOW
        )
        for entry_id, (index, when, form, summary, words) in zip(
            entry_ids, OLD_ENTRIES, strict=True
        ):
            entry = log.entry(entry_id)
            assert (entry.status, entry.version, entry.parent_ids) == (
                EntryStatus.FINAL,
                1,
                (parents[index],),
            )
            assert (entry.occurred_at, entry.form.value) == (when, form)
            assert (entry.summary, entry.parent_words, entry.agreed) == (summary, words, "")
            assert entry.initiative is Initiative.CASEWORKER
            assert (entry.topics, entry.child_ids, entry.tasks) == ((), (), ())
        assert [t.id for t in log.timeline(parents[0])] == [entry_ids[2], entry_ids[0]]

        # A final entry from before the upgrade changes only as a new version, like any other.
        with pytest.raises(ValidationFailed):
            log.save(replace(log.entry(entry_ids[1]), summary="Endret"))
    finally:
        vault.lock()


def test_contact_entries_from_0002_are_found_by_search_with_folding(
    vault_at_0002: tuple[Path, list[int], list[int]],
) -> None:
    directory, parents, entry_ids = vault_at_0002
    vault = Vault.open(directory, PASSPHRASE)
    try:
        register = RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
        log = ContactLogService(register.unit_of_work, today=lambda: TODAY, now=lambda: NOW)
        (hit,) = log.search("samvaer Ailu").hits
        assert (hit.entry_id, hit.field, hit.parent_name) == (
            entry_ids[0],
            "summary",
            "Máret Somby",
        )
        assert "samværet" in hit.excerpt
        (words,) = log.search("haliit").hits
        assert (words.entry_id, words.field) == (entry_ids[0], "parent_words")
        assert [h.entry_id for h in log.search("Bjoern aasen").hits] == [entry_ids[1]]
        assert [h.entry_id for h in log.search("cude").hits] == [entry_ids[2]]

        # New entries are indexed beside the old ones; ids and index rows do not collide.
        new = log.save(
            ContactEntry(
                parents[1],
                datetime(2026, 6, 1, 10, tzinfo=UTC),
                ContactForm.VIDEO,
                summary="Video med Bjørn.",
            ),
            final=True,
        )
        assert new.id not in entry_ids
        assert [h.entry_id for h in log.search("bjorn").hits] == [new.id, entry_ids[1]]
        # Máret's latest entry is a letter (10 May); the card shows her latest conversation.
        assert register.parent_detail(parents[0]).last_conversation == date(2026, 5, 4)
        # Without the new entry, Bjørn's last contact is the old call at 00:30 Oslo time,
        # stored as 22:30 UTC the day before: it is dated that Oslo day.
        log.withdraw(new.id or 0, "Feil forelder")
        assert register.parent_detail(parents[1]).last_conversation == date(2026, 5, 6)
    finally:
        vault.lock()


def test_the_contact_log_migration_can_be_downgraded(vault: Vault) -> None:
    with vault.engine.connect() as connection:
        command.downgrade(migrate.alembic_config(connection), BEFORE_CONTACT_LOG)
        connection.commit()
        assert migrate.current_revision(connection) == BEFORE_CONTACT_LOG
        assert "contact_entry_parent" not in inspect(connection).get_table_names()


# --- 0006 → 0007: responsibility groups -----------------------------------------------------------

BEFORE_GROUPS = "0006_stored_documents"
GROUP_TABLES = {"responsibility_group", "group_meeting", "group_meeting_version", "meeting_action"}
VERSION_TRIGGERS = {"group_meeting_version_no_update", "group_meeting_version_no_delete"}


def _triggers(connection: Connection) -> set[str]:
    rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return set(rows.scalars())


def test_the_responsibility_group_migration_can_be_downgraded_and_applied_again(
    vault: Vault,
) -> None:
    with vault.engine.connect() as connection:
        config = migrate.alembic_config(connection)
        command.downgrade(config, BEFORE_GROUPS)
        connection.commit()
        assert migrate.current_revision(connection) == BEFORE_GROUPS
        assert not GROUP_TABLES & set(inspect(connection).get_table_names())
        assert not VERSION_TRIGGERS & _triggers(connection)

        command.upgrade(config, "head")
        connection.commit()
        assert set(inspect(connection).get_table_names()) >= GROUP_TABLES
        assert _triggers(connection) >= VERSION_TRIGGERS


# --- 0007 → 0008: documents of meetings --------------------------------------------------------

BEFORE_MEETING_DOCUMENTS = "0007_responsibility_groups"
DOCUMENT_TRIGGERS = {"stored_document_no_update", "stored_document_no_delete"}


def test_stored_documents_survive_the_rebuild_and_stay_unchangeable(
    vault: Vault, register: RegisterService
) -> None:
    parent = register.save_parent(Parent("Máret", "Čuđe"))
    with vault.engine.connect() as connection:
        config = migrate.alembic_config(connection)
        command.downgrade(config, BEFORE_MEETING_DOCUMENTS)
        connection.commit()
        connection.execute(
            text(
                "INSERT INTO stored_document (kind, parent_id, title, made_at, sha256, size, pdf)"
                " VALUES ('referral', :p, 'Henvisning til NAV Kárášjohka', :t, 'ab', 3, :pdf)"
            ),
            {"p": parent.id, "t": datetime(2026, 11, 30, 12, tzinfo=UTC), "pdf": b"%PD"},
        )
        connection.commit()

        command.upgrade(config, "head")
        connection.commit()
        kept = connection.execute(text("SELECT kind, title, pdf FROM stored_document")).one()
        assert tuple(kept) == ("referral", "Henvisning til NAV Kárášjohka", b"%PD")
        assert _triggers(connection) >= DOCUMENT_TRIGGERS
        with pytest.raises(DatabaseError, match="never changed"):
            connection.execute(text("UPDATE stored_document SET title = 'x'"))
        connection.rollback()
        connection.execute(
            text(
                "INSERT INTO stored_document (kind, parent_id, title, made_at, sha256, size, pdf)"
                " VALUES ('minutes', :p, 'Referat', :t, 'cd', 3, :pdf)"
            ),
            {"p": parent.id, "t": datetime(2026, 11, 30, 12, tzinfo=UTC), "pdf": b"%PD"},
        )


# --- 0008 → 0009: network maps ---------------------------------------------------------------------

BEFORE_NETWORK_MAPS = "0008_meeting_documents"
NETWORK_TABLES = {"network_map", "network_sectors"}


def test_the_network_map_migration_can_be_downgraded_and_applied_again(vault: Vault) -> None:
    with vault.engine.connect() as connection:
        config = migrate.alembic_config(connection)
        command.downgrade(config, BEFORE_NETWORK_MAPS)
        connection.commit()
        assert migrate.current_revision(connection) == BEFORE_NETWORK_MAPS
        assert not NETWORK_TABLES & set(inspect(connection).get_table_names())
        assert _triggers(connection) >= DOCUMENT_TRIGGERS  # put back after the rebuild

        command.upgrade(config, "head")
        connection.commit()
        assert set(inspect(connection).get_table_names()) >= NETWORK_TABLES
        assert _triggers(connection) >= DOCUMENT_TRIGGERS
        context = MigrationContext.configure(
            connection, opts={"include_name": include_in_comparison}
        )
        assert compare_metadata(context, Base.metadata) == []


# --- 0009 → 0010: audit trail, archive export, exemptions ---------------------------------------

BEFORE_AUDIT = "0009_network_maps"
AUDIT_TABLES = {"audit_record", "audit_head", "archive_export", "archive_export_item"}
AUDIT_TRIGGERS = {"audit_record_no_update", "audit_record_no_delete", "audit_head_no_delete"}


def test_the_audit_migration_keeps_entries_and_can_be_applied_again(
    vault: Vault, register: RegisterService
) -> None:
    add_sample_register(register)
    with vault.engine.connect() as connection:
        entries = connection.exec_driver_sql("SELECT count(*) FROM contact_entry").scalar()
        config = migrate.alembic_config(connection)
        command.downgrade(config, BEFORE_AUDIT)
        connection.commit()
        assert not AUDIT_TABLES & set(inspect(connection).get_table_names())
        assert "exempt_reason" not in {
            c["name"] for c in inspect(connection).get_columns("contact_entry")
        }

        command.upgrade(config, "head")
        connection.commit()
        assert set(inspect(connection).get_table_names()) >= AUDIT_TABLES
        assert _triggers(connection) >= AUDIT_TRIGGERS | DOCUMENT_TRIGGERS
        assert connection.exec_driver_sql("SELECT count(*) FROM contact_entry").scalar() == entries
        assert (
            connection.exec_driver_sql(
                "SELECT count(*) FROM contact_entry WHERE exempt_reason = ''"
            ).scalar()
            == entries
        )  # nothing is exempt until someone says so
        head = connection.exec_driver_sql("SELECT seq, mac, head_mac FROM audit_head").all()
        assert head == [(0, "", "")]  # the trail starts again; the old one went with the downgrade
        context = MigrationContext.configure(
            connection, opts={"include_name": include_in_comparison}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_the_fast_head_is_the_migrations_folders_head() -> None:
    """A new migration must update migrate.HEAD_REVISION, or current vaults would be migrated
    (or refused) on every unlock."""
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_opening_a_current_vault_does_not_load_alembic(created_vault: CreatedVault) -> None:
    """Issue 18: alembic (and its script folder) cost every unlock; a current vault needs one
    SELECT. Run in a fresh interpreter, where nothing else has imported it."""
    import subprocess
    import sys

    created_vault.vault.lock()
    probe = (
        "import sys; from bufapp.security import kdf; kdf.use_the_floor_instead_of_calibrating();"
        "from bufapp.storage.vault import Vault;"
        f"Vault.open(sys.argv[1], {PASSPHRASE!r}).lock();"
        "print('alembic' in sys.modules)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe, str(created_vault.directory)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    assert shown.stdout.strip() == "False", shown.stderr
