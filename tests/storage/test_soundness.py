"""An unlock whose check runs afterwards writes nothing until the check's verdict: on "sound" the
UNLOCKED record (and a restore's) comes first, then the writes that waited; on "damaged" they
fail, and the database file is left exactly as it was."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from bufapp.domain.audit import AuditAction
from bufapp.domain.entities import Parent
from bufapp.errors import DamagedAtUnlock
from bufapp.services.register import RegisterService
from bufapp.services.workspace import Workspace, open_workspace
from bufapp.settings import Settings
from bufapp.storage.layout import DB_FILE_NAME
from tests.conftest import PASSPHRASE, CreatedVault
from tests.storage.helpers import PAGE_SIZE, flip_byte


def _trail(workspace: Workspace) -> list[tuple[AuditAction, str]]:
    return [(r.action, r.subject_kind) for r in reversed(workspace.audit.recent(20))]


def _opened_later(created: CreatedVault) -> Workspace:
    created.vault.lock()
    return open_workspace(created.directory, PASSPHRASE, Settings(), check_later=True)


def _save_on_another_thread(workspace: Workspace) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def save() -> None:
        try:
            outcome.append(workspace.register.save_parent(Parent("Kari", "Nordmann")))
        except Exception as failure:  # handed to the test
            outcome.append(failure)

    writer = threading.Thread(target=save)
    writer.start()
    return writer, outcome


def test_a_sound_vault_records_the_unlock_before_a_save_made_during_the_check(
    created_vault: CreatedVault,
) -> None:
    workspace = _opened_later(created_vault)
    try:
        assert not workspace.vault.soundness.decided
        writer, outcome = _save_on_another_thread(workspace)  # waits for the verdict
        report = workspace.check_soundness()
        writer.join(30)
        assert report.ok and isinstance(outcome[0], Parent)
        workspace.record_opening()  # already carried by the save: not twice
        trail = _trail(workspace)
        assert trail[-2:] == [(AuditAction.UNLOCKED, "vault"), (AuditAction.CREATED, "parent")]
        assert [a for a, _ in trail].count(AuditAction.UNLOCKED) == 1
        assert workspace.audit.verify().intact
    finally:
        workspace.lock()


def test_without_a_write_the_unlock_is_recorded_once_after_the_verdict(
    created_vault: CreatedVault,
) -> None:
    workspace = _opened_later(created_vault)
    try:
        before = len(_trail(workspace))  # reading writes nothing
        workspace.check_soundness()
        workspace.record_opening()
        workspace.record_opening()
        trail = _trail(workspace)
        assert len(trail) == before + 1 and trail[-1] == (AuditAction.UNLOCKED, "vault")
    finally:
        workspace.lock()


def _damage_a_table(created: CreatedVault, table: str) -> Path:
    with created.vault.engine.connect() as connection:
        root = connection.execute(
            text("SELECT rootpage FROM sqlite_master WHERE name = :t"), {"t": table}
        ).scalar_one()
    created.vault.lock()  # checkpointed: everything is in the database file
    database = created.directory / DB_FILE_NAME
    flip_byte(database, (root - 1) * PAGE_SIZE + 1234)
    return database


def test_a_damaged_vault_fails_the_waiting_save_and_is_left_byte_for_byte(
    created_vault: CreatedVault,
) -> None:
    database = _damage_a_table(created_vault, "network_map")
    before = database.read_bytes()
    workspace = open_workspace(created_vault.directory, PASSPHRASE, Settings(), check_later=True)
    assert workspace.register.parent_summaries() == []  # the list can be shown meanwhile
    writer, outcome = _save_on_another_thread(workspace)
    report = workspace.check_soundness()
    writer.join(30)
    assert not report.ok
    assert isinstance(outcome[0], DamagedAtUnlock)
    with pytest.raises(DamagedAtUnlock):
        workspace.record_opening()
    workspace.vault.lock()  # not workspace.lock(): that would record LOCKED
    assert database.read_bytes() == before


def test_reading_a_record_does_not_wait_and_its_record_follows_unlocked(
    created_vault: CreatedVault, register: RegisterService
) -> None:
    parent_id = register.save_parent(Parent("Kari", "Nordmann")).id
    assert parent_id is not None
    workspace = _opened_later(created_vault)
    try:
        reader = threading.Thread(
            target=lambda: workspace.register.parent_detail(parent_id, "Foreldre")
        )
        reader.start()
        reader.join(60)
        assert not reader.is_alive()  # read before any verdict: the OPENED record waits instead
        assert not workspace.vault.soundness.decided
        workspace.check_soundness()
        workspace.record_opening()
        trail = _trail(workspace)
        assert trail[-2:] == [(AuditAction.UNLOCKED, "vault"), (AuditAction.OPENED, "parent")]
    finally:
        workspace.lock()
