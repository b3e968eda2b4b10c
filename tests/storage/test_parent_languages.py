"""The parent's written language and interpreter level on a real vault: added (the batch
insert), edited (the ORM), read back after the vault is locked and opened again, and migration
0020 (skriftspråk) gives every parent of an existing vault the office's standard and no level."""

from __future__ import annotations

from dataclasses import replace

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from bufapp.domain.contact_log import Participants
from bufapp.domain.entities import Parent
from bufapp.errors import ValidationFailed
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage import migrate
from bufapp.storage.models import Base, include_in_comparison
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY, CreatedVault

BEFORE = "0019_kontorlaering"


def _register(vault: Vault) -> RegisterService:
    return RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)


def test_a_sami_parents_languages_round_trip_through_the_vault(
    created_vault: CreatedVault, register: RegisterService
) -> None:
    saved = register.save_parent(
        Parent(
            "Máret",
            "Čuđe",
            preferred_language="davvisámegiella",
            written_language="se",
            interpreter_language="nordsamisk",
            interpreter_level="B",
        )
    )
    other = register.save_parent(Parent("Ola", "Nordmann"))
    assert register.parent(saved.id or 0) == saved
    assert (other.written_language, other.interpreter_level) == ("", "")

    edited = register.save_parent(
        replace(saved, written_language="smj", interpreter_language="lulesamisk",
                interpreter_level="A")
    )  # fmt: skip
    assert register.parent(saved.id or 0) == edited

    created_vault.vault.lock()
    reopened = Vault.open(created_vault.directory, PASSPHRASE)
    try:
        again = _register(reopened).parent(saved.id or 0)
        assert again.full_name == "Máret Čuđe"
        assert again.preferred_language == "davvisámegiella"
        assert (again.written_language, again.interpreter_language, again.interpreter_level) == (
            "smj",
            "lulesamisk",
            "A",
        )
        with UnitOfWork(reopened.session_factory) as uow:
            listed = {p.id: p for p in uow.parents.list()}  # the list's own read
        assert listed[saved.id] == again
    finally:
        reopened.lock()


def test_a_level_without_an_interpreter_is_refused_and_nothing_is_saved(
    register: RegisterService,
) -> None:
    saved = register.save_parent(Parent("Máret", "Čuđe"))
    with pytest.raises(ValidationFailed) as refused:
        register.save_parent(replace(saved, interpreter_level="B", written_language="Samisk"))
    assert {p.field for p in refused.value.problems} == {"interpreter_level", "written_language"}
    assert register.parent(saved.id or 0) == saved


def test_the_migration_gives_existing_parents_the_offices_standard_and_no_level(
    vault: Vault,
) -> None:
    with vault.engine.connect() as connection:
        config = migrate.alembic_config(connection)
        command.downgrade(config, BEFORE)
        connection.commit()
        columns = {c["name"] for c in inspect(connection).get_columns("parent")}
        assert not {"written_language", "interpreter_level"} & columns
        connection.execute(
            text(
                "INSERT INTO parent (id, given_names, family_name, address_line, postal_code, "
                "postal_town, phone, email, preferred_language, interpreter_language, "
                "support_person, notes, created_at, updated_at) VALUES (7, 'Máret', 'Čuđe', "
                "'', '', '', '', '', 'samisk', 'nordsamisk', '', '', '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00')"
            )
        )
        connection.commit()

        command.upgrade(config, "head")
        connection.commit()
        assert migrate.current_revision(connection) == "0020_skriftsprak"
        context = MigrationContext.configure(
            connection, opts={"include_name": include_in_comparison}
        )
        assert compare_metadata(context, Base.metadata) == []

    parent = _register(vault).parent(7)
    assert parent.full_name == "Máret Čuđe"
    assert parent.interpreter_language == "nordsamisk"
    assert (parent.written_language, parent.interpreter_level) == ("", "")
    assert (
        _register(vault).save_parent(replace(parent, interpreter_level="C")).interpreter_level
        == "C"
    )


def test_a_new_contact_has_the_interpreters_language_the_parent_needs(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    maret = register.save_parent(Parent("Máret", "Čuđe", interpreter_language="nordsamisk"))
    fresh = contact_log.new_entry(maret.id or 0)
    assert fresh.participants.interpreter_language == "nordsamisk"
    contact_log.save(replace(fresh, summary="Samtale med tolk.",
                             participants=Participants(interpreter_language="nordsamisk",
                                                       interpreter_name="Ánde")))  # fmt: skip
    # The last contact's interpreter is kept (a contact after one without gets the language).
    assert contact_log.new_entry(maret.id or 0).participants.interpreter_name == "Ánde"
    ola = register.save_parent(Parent("Ola", "Nordmann"))
    assert contact_log.new_entry(ola.id or 0).participants.interpreter_language == ""


def test_the_access_pack_shows_the_written_language_and_the_interpreters_categories(
    vault: Vault, register: RegisterService
) -> None:
    from bufapp.domain.entities import Caseworker, Office
    from bufapp.services.access.service import AccessService
    from tests.storage.test_access import NOW, text_of

    register.save_office(Office("Kárášjoga gielda", "Rådhusveien 1, 9730 Kárášjohka"))
    register.save_caseworker(Caseworker("Ingrid Løvås Nilsen"))
    maret = register.save_parent(
        Parent("Máret", "Čuđe", written_language="se", interpreter_language="nordsamisk",
               interpreter_level="B")
    )  # fmt: skip
    access = AccessService(lambda: UnitOfWork(vault.session_factory), now=lambda: NOW)
    text = text_of(access.pack_pdf(maret.id or 0))
    assert "Skriftspråk nordsamisk" in text
    assert "Tolk nordsamisk, kategori A–B" in text
