"""The audit trail on real vaults: changes are recorded in their own transaction, the chain finds
every kind of tampering done behind the triggers' back, and the CLI says which record is bad."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError as SqlDatabaseError

from bufapp.cli import main as cli_main
from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.services.audit import AuditService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.storage.helpers import add_sample_register


@pytest.fixture
def audit(vault: Vault) -> AuditService:
    return AuditService(lambda: UnitOfWork(vault.session_factory))


def _raw(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.raw_connection()


def _filled(register: RegisterService, contact_log: ContactLogService) -> int:
    ids = add_sample_register(register, parents=2)
    parent_id = ids.parents[0]
    entry = replace(contact_log.new_entry(parent_id), summary="Samtale om samvær i jula.")
    saved = contact_log.save(entry, final=True)
    contact_log.withdraw(saved.id or 0, "Ført på feil forelder.")
    return parent_id


def test_changes_are_recorded_with_the_parent_and_the_person(
    register: RegisterService, contact_log: ContactLogService, audit: AuditService
) -> None:
    parent_id = _filled(register, contact_log)
    trail = audit.of_parent(parent_id)
    actions = [(r.action, r.subject_kind) for r in trail]
    assert (AuditAction.CREATED, "parent") in actions
    assert (AuditAction.CREATED, "contact_entry") in actions
    assert (AuditAction.WITHDRAWN, "contact_entry") in actions
    assert {r.actor for r in trail if r.subject_kind == "contact_entry"} == {"Sara Saksbehandler"}
    assert all(r.parent_id == parent_id for r in trail)
    text_of_trail = " ".join(r.what + r.detail for r in trail)
    assert "samvær" not in text_of_trail  # the case text itself never enters the trail
    assert audit.verify().intact


def test_a_change_and_its_record_share_one_transaction(
    vault: Vault, register: RegisterService, contact_log: ContactLogService, audit: AuditService
) -> None:
    parent_id = _filled(register, contact_log)
    before = len(audit.of_parent(parent_id))
    with UnitOfWork(vault.session_factory) as uow:
        uow.audit.record(AuditEvent(AuditAction.OPENED, "parent", parent_id, parent_id))
        # leaving without commit: neither the change nor its record is written
    assert len(audit.of_parent(parent_id)) == before
    audit.record(AuditEvent(AuditAction.OPENED, "parent", parent_id, parent_id))
    assert audit.of_parent(parent_id)[-1].action is AuditAction.OPENED


def test_the_database_refuses_to_change_or_delete_a_record(
    vault: Vault, register: RegisterService, contact_log: ContactLogService
) -> None:
    _filled(register, contact_log)
    with vault.engine.connect() as connection:
        for statement in (
            "UPDATE audit_record SET actor = 'En annen' WHERE seq = 1",
            "DELETE FROM audit_record WHERE seq = 1",
        ):
            with pytest.raises(SqlDatabaseError, match="append-only"):
                connection.execute(text(statement))
            connection.rollback()


def _behind_the_triggers(vault: Vault, *statements: str) -> None:
    """What someone with the key and an SQLite tool could do: drop the guard, change, put it back."""
    raw = _raw(vault)
    try:
        raw.execute("BEGIN")
        raw.execute("DROP TRIGGER audit_record_no_update")
        raw.execute("DROP TRIGGER audit_record_no_delete")
        for statement in statements:
            raw.execute(statement)
        for verb in ("UPDATE", "DELETE"):
            raw.execute(
                f"CREATE TRIGGER audit_record_no_{verb.lower()} BEFORE {verb} ON audit_record "
                "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
            )
        raw.execute("COMMIT")
    finally:
        raw.close()


@pytest.mark.parametrize(
    ("statements", "first_bad"),
    [
        (["UPDATE audit_record SET actor = 'En annen' WHERE seq = 3"], 3),
        (["UPDATE audit_record SET at = datetime(at, '-1 day') WHERE seq = 2"], 2),
        (["DELETE FROM audit_record WHERE seq = 4"], 4),
        (  # two records swap places
            [
                "UPDATE audit_record SET seq = -1 WHERE seq = 2",
                "UPDATE audit_record SET seq = 2 WHERE seq = 3",
                "UPDATE audit_record SET seq = 3 WHERE seq = -1",
            ],
            2,
        ),
    ],
    ids=["edited", "backdated", "removed", "reordered"],
)
def test_tampering_behind_the_triggers_is_found(
    vault: Vault,
    register: RegisterService,
    contact_log: ContactLogService,
    audit: AuditService,
    statements: list[str],
    first_bad: int,
) -> None:
    _filled(register, contact_log)
    assert audit.verify().intact
    _behind_the_triggers(vault, *statements)
    report = audit.verify()
    assert not report.intact
    assert report.first_bad_seq == first_bad


def test_a_tail_cut_off_is_found_and_stays_found_after_new_records(
    vault: Vault, register: RegisterService, contact_log: ContactLogService, audit: AuditService
) -> None:
    _filled(register, contact_log)
    last = audit.recent(1)[0].seq
    _behind_the_triggers(vault, f"DELETE FROM audit_record WHERE seq > {last - 2}")
    report = audit.verify()
    assert not report.intact and "kuttet" in report.problem
    # Setting the head back as well needs the key for its MAC; without it the next write
    # notices and says so in the trail itself.
    raw = _raw(vault)
    mac = raw.execute(f"SELECT mac FROM audit_record WHERE seq = {last - 2}").fetchone()[0]
    raw.execute(f"UPDATE audit_head SET seq = {last - 2}, mac = '{mac}'")
    raw.close()
    audit.record(AuditEvent(AuditAction.OPENED, "parent", 1, 1))
    report = audit.verify()
    assert not report.intact
    assert report.first_bad_seq == last - 1
    assert "fjernet utenfor programmet" in report.problem


def test_a_removed_guard_is_reported(
    vault: Vault, register: RegisterService, contact_log: ContactLogService, audit: AuditService
) -> None:
    _filled(register, contact_log)
    raw = _raw(vault)
    raw.execute("DROP TRIGGER audit_record_no_delete")
    raw.close()
    report = audit.verify()
    assert not report.intact and "Vernet" in report.problem


def test_the_cli_checks_the_chain_and_names_the_first_bad_record(
    created_vault,  # type: ignore[no-untyped-def]
    register: RegisterService,
    contact_log: ContactLogService,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _filled(register, contact_log)
    monkeypatch.setenv("BUFAPP_PASSPHRASE", PASSPHRASE)
    directory: Path = created_vault.directory
    assert cli_main(["audit", "verify", "--vault", str(directory)]) == 0
    assert "hel" in capsys.readouterr().out
    _behind_the_triggers(created_vault.vault, "UPDATE audit_record SET detail = 'x' WHERE seq = 5")
    monkeypatch.setenv("BUFAPP_PASSPHRASE", PASSPHRASE)  # each run takes it out of the environment
    assert cli_main(["audit", "verify", "--vault", str(directory)]) == 1
    assert "Post 5" in capsys.readouterr().err


def test_opening_a_parents_record_is_recorded_only_when_a_person_opens_it(
    register: RegisterService, contact_log: ContactLogService, audit: AuditService
) -> None:
    parent_id = _filled(register, contact_log)
    register.parent_detail(parent_id)  # the program reading for itself
    assert not [r for r in audit.of_parent(parent_id) if r.action is AuditAction.OPENED]
    register.parent_detail(parent_id, "Foreldre")
    opened = [r for r in audit.of_parent(parent_id) if r.action is AuditAction.OPENED]
    assert [(r.subject_kind, r.detail) for r in opened] == [("parent", "Foreldre")]


def test_lock_and_unlock_are_recorded(created_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from bufapp.services.workspace import open_workspace
    from bufapp.settings import Settings

    created_vault.vault.lock()
    workspace = open_workspace(created_vault.directory, PASSPHRASE, Settings())
    workspace.lock()
    workspace = open_workspace(created_vault.directory, PASSPHRASE, Settings())
    actions = [r.action for r in reversed(workspace.audit.recent(3))]
    assert actions == [AuditAction.UNLOCKED, AuditAction.LOCKED, AuditAction.UNLOCKED]
    assert workspace.audit.verify().intact
    workspace.lock()


def test_records_from_two_threads_chain_without_refusals(
    vault: Vault, register: RegisterService, contact_log: ContactLogService, audit: AuditService
) -> None:
    """A read followed by a write (opening a record) while another connection keeps writing:
    every transaction starts with the write lock, so none is refused halfway and the chain holds."""
    import threading

    parent_id = _filled(register, contact_log)
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            for n in range(40):
                contact_log.save(replace(contact_log.new_entry(parent_id), summary=f"Samtale {n}"))
        except BaseException as failure:
            failures.append(failure)

    thread = threading.Thread(target=writer)
    thread.start()
    for _ in range(40):
        register.parent_detail(parent_id, "Foreldre")
    thread.join()
    assert failures == []
    opened = [r for r in audit.of_parent(parent_id) if r.action is AuditAction.OPENED]
    assert len(opened) == 40
    assert audit.verify().intact


def test_a_savepoint_rolled_back_forgets_only_its_own_changes(
    vault: Vault, register: RegisterService, contact_log: ContactLogService, audit: AuditService
) -> None:
    """The change made before the savepoint commits, so its record must too; the one undone
    inside it leaves none. A savepoint released inside one rolled back leaves none either."""
    from bufapp.storage import models as m

    first, second = add_sample_register(register, parents=2).parents
    last = audit.recent(1)[0].seq
    with UnitOfWork(vault.session_factory) as uow:
        uow.session.get(m.ParentRow, first).given_names = "Endret"  # type: ignore[union-attr]
        uow.session.flush()
        with pytest.raises(RuntimeError), uow.session.begin_nested():
            uow.session.get(m.ParentRow, second).given_names = "Angret"  # type: ignore[union-attr]
            with uow.session.begin_nested():
                uow.session.get(m.ParentRow, second).family_name = "Angret"  # type: ignore[union-attr]
            raise RuntimeError
        uow.commit()
    written = [r for r in audit.recent(10) if r.seq > last]
    assert [(r.action, r.subject_id) for r in written] == [(AuditAction.CHANGED, first)]
    assert register.parent(second).given_names != "Angret"
    assert audit.verify().intact


def test_a_change_to_a_child_is_in_the_trail_of_each_of_its_parents(
    register: RegisterService, contact_log: ContactLogService, audit: AuditService
) -> None:
    ids = add_sample_register(register, parents=2)
    mother, father = ids.parents
    child = register.child(ids.children[0])
    register.save_child(replace(child, given_names="Áilu Ŋ."))
    for parent_id in (mother, father):
        changed = [
            r for r in audit.of_parent(parent_id)
            if (r.action, r.subject_kind, r.subject_id) == (AuditAction.CHANGED, "child", child.id)
        ]  # fmt: skip
        assert len(changed) == 1, parent_id
    assert audit.verify().intact
