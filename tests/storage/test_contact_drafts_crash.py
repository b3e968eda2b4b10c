"""A contact being written survives a crash: the editor's drafts are in the vault (encrypted),
so after SIGKILL the person unlocks with the passphrase and gets back every field as it was.

A child process (contact_draft_writer.py) saves two "contact" drafts through DraftService —
a new entry and an unfinished edit of a final entry — then opens a large write it never commits
and is killed with SIGKILL, without ever locking the vault. Each test works on its own copy of
the crashed vault folder.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from bufapp.domain.contact_log import ContactEntry, FollowUpTask
from bufapp.domain.enums import ContactForm, ContactTopic, EntryStatus, TaskStatus
from bufapp.errors import WrongPassphrase
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.drafts import Draft, DraftService
from bufapp.services.register import RegisterService
from bufapp.storage import integrity
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, PASSPHRASE, TODAY
from tests.storage.contact_draft_writer import edited_draft, new_entry_draft
from tests.unit.test_register_service import add_child, add_parent, oslo_noon

WRITER = Path(__file__).with_name("contact_draft_writer.py")
TIMEOUT = 120.0  # imports + KDF + writes on a very busy machine; nothing is timed


@dataclass(frozen=True)
class Crashed:
    directory: Path
    parent_id: int
    other_parent_id: int
    child_id: int
    entry: ContactEntry  # the final entry the edit draft is about, as saved before the crash


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> Crashed:
    """A vault whose writer was killed with SIGKILL after saving two contact drafts."""
    directory = tmp_path_factory.mktemp("crash") / "vault"
    vault, _recovery = Vault.create(directory, PASSPHRASE)
    try:
        unit_of_work = lambda: UnitOfWork(vault.session_factory)  # noqa: E731
        register = RegisterService(unit_of_work, today=lambda: TODAY)
        log = ContactLogService(unit_of_work, today=lambda: TODAY, now=lambda: NOW)
        mother = add_parent(register, "Máret", "Somby")
        father = add_parent(register, "Bjørn", "Åsen")
        child = add_child(register, "Áilu", mother, father)
        assert mother.id and father.id and child.id
        entry = log.save(
            ContactEntry(
                mother.id,
                oslo_noon(TODAY - timedelta(days=3)),
                ContactForm.HOME_VISIT,
                topics=(ContactTopic.VISITS,),
                child_ids=(child.id,),
                summary="Hjemmebesøk hos Máret. Samværet går bra.",
                tasks=(FollowUpTask("Ringe skolen", due=TODAY), FollowUpTask("Sende brev")),
            ),
            final=True,
        )
    finally:
        vault.lock()  # the child process is the only one using the vault from here

    env = dict(os.environ, BUFAPP_TEST_PASSPHRASE=PASSPHRASE)
    stderr_path = directory.parent / "writer.stderr"
    with open(stderr_path, "w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [
                sys.executable,
                str(WRITER),
                str(directory),
                *(str(v) for v in (mother.id, father.id, child.id, entry.id)),
            ],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=Path(__file__).parents[2],
        )
    # Never wait forever: a writer that hangs is killed, which ends its output.
    guard = threading.Timer(TIMEOUT, process.kill)
    guard.start()
    try:
        assert process.stdout is not None
        lines = []
        for line in process.stdout:  # each line is flushed by the writer
            lines.append(line.strip())
            if line.strip() == "WRITING":
                break
        errors = stderr_path.read_text(encoding="utf-8", errors="replace")[-3000:]
        assert lines == ["SAVED", "WRITING"], f"writer output {lines}: {errors}"
        assert process.poll() is None, "the writer must still be running when it is killed"
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=TIMEOUT) == -signal.SIGKILL
    finally:
        guard.cancel()
        if process.poll() is None:
            process.kill()
            process.wait(timeout=TIMEOUT)
        if process.stdout is not None:
            process.stdout.close()
    # Killed before any clean lock: the write-ahead log is still beside the database.
    assert (directory / "bufapp.db-wal").exists()
    return Crashed(directory, mother.id, father.id, child.id, entry)


@pytest.fixture
def reopened(crashed: Crashed, tmp_path: Path) -> Iterator[Vault]:
    """This test's own copy of the crashed vault folder, unlocked with the passphrase."""
    copy = tmp_path / "vault"
    shutil.copytree(crashed.directory, copy)
    vault = Vault.open(copy, PASSPHRASE)
    try:
        yield vault
    finally:
        vault.lock()


def _drafts(vault: Vault) -> dict[str, Draft]:
    drafts = DraftService(lambda: UnitOfWork(vault.session_factory)).all()
    assert [d.kind for d in drafts] == ["contact", "contact"]
    return {d.record_key: d for d in drafts}


def test_a_new_contact_draft_comes_back_whole_after_sigkill(
    crashed: Crashed, reopened: Vault
) -> None:
    expected = new_entry_draft(crashed.parent_id, crashed.other_parent_id, crashed.child_id)
    drafts = _drafts(reopened)
    assert set(drafts) == {f"new:{crashed.parent_id}", str(crashed.entry.id)}
    record = drafts[f"new:{crashed.parent_id}"].record
    assert isinstance(record, ContactEntry)
    assert record == expected
    # Field by field where equality could hide a difference in kind or offset.
    assert record.occurred_at.utcoffset() == expected.occurred_at.utcoffset() == timedelta(hours=2)
    assert record.occurred_at.microsecond == 123456
    assert record.topics == (
        ContactTopic.FIRST_CONVERSATION,
        ContactTopic.VISITS,
        ContactTopic.CRISIS,
    )
    assert all(isinstance(t, ContactTopic) for t in record.topics)
    assert record.participants == expected.participants
    assert record.participants.other_parent_ids == (crashed.other_parent_id,)
    assert record.tasks == expected.tasks
    assert [type(t.due) for t in record.tasks] == [type(t.due) for t in expected.tasks]
    assert record.summary == expected.summary and "\n" in record.summary
    assert drafts[f"new:{crashed.parent_id}"].updated_at.tzinfo is not None

    # The vault is intact and the uncommitted write left nothing behind.
    assert integrity.check(reopened).ok
    with reopened.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM contact_entry")).scalar_one() == 1

    # The recovered draft is a usable entry: saving it makes the contact and its tasks.
    log = ContactLogService(
        lambda: UnitOfWork(reopened.session_factory), today=lambda: TODAY, now=lambda: NOW
    )
    saved = log.save(record, final=True)
    assert saved.parent_ids == (crashed.parent_id, crashed.other_parent_id)
    assert [t.what for t in saved.tasks] == [t.what for t in expected.tasks]
    assert [h.entry_id for h in log.search("Cahppesjavri").hits] == []  # place is not searched
    assert [h.entry_id for h in log.search("haliidan").hits] == [saved.id]


def test_a_draft_of_an_edit_to_a_final_entry_comes_back_and_can_be_saved_as_a_version(
    crashed: Crashed, reopened: Vault
) -> None:
    log = ContactLogService(
        lambda: UnitOfWork(reopened.session_factory), today=lambda: TODAY, now=lambda: NOW
    )
    stored = log.entry(crashed.entry.id or 0)
    assert stored == crashed.entry  # a draft is not journal text: the entry is unchanged
    expected = edited_draft(stored)

    record = _drafts(reopened)[str(crashed.entry.id)].record
    assert record == expected
    assert record.id == crashed.entry.id
    assert record.status is EntryStatus.FINAL
    assert record.change_reason == "Glemte å skrive om telefonen fra Máret"
    assert record.occurred_at == crashed.entry.occurred_at + timedelta(minutes=5)
    assert record.occurred_at.tzinfo is not None
    assert [(t.id, t.status, t.closed_on) for t in record.tasks] == [
        (crashed.entry.tasks[0].id, TaskStatus.DONE, TODAY),
        (crashed.entry.tasks[1].id, TaskStatus.OPEN, None),
        (None, TaskStatus.OPEN, None),
    ]

    saved = log.save(record)
    assert saved.version == 2
    (old,) = log.versions(saved.id or 0)
    assert old.entry.summary == crashed.entry.summary
    assert old.replaced_because == record.change_reason
    assert log.entry(saved.id or 0).summary.endswith("Máret ringte etterpå.")
    drafts = DraftService(lambda: UnitOfWork(reopened.session_factory))
    drafts.discard("contact", str(crashed.entry.id))
    assert [d.record_key for d in drafts.all()] == [f"new:{crashed.parent_id}"]


def test_the_crashed_vault_still_refuses_a_wrong_passphrase(
    crashed: Crashed, tmp_path: Path
) -> None:
    copy = tmp_path / "vault"
    shutil.copytree(crashed.directory, copy)
    with pytest.raises(WrongPassphrase):
        Vault.open(copy, PASSPHRASE + "x")
    # And nothing in the folder holds the draft text in the clear.
    needle = "Čáhppesjávri".encode()
    assert all(needle not in p.read_bytes() for p in copy.rglob("*") if p.is_file())
