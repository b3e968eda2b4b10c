"""Child process for test_contact_drafts_crash: keep contact drafts, then die mid-write.

Usage: contact_draft_writer.py VAULT_DIR PARENT_ID OTHER_PARENT_ID CHILD_ID ENTRY_ID
(passphrase in BUFAPP_TEST_PASSPHRASE)

Opens the vault, saves two "contact" drafts through DraftService — a new entry (record key
"new:<parent>") and an edit of the saved final entry ENTRY_ID (record key "<entry id>") — and
prints ``SAVED``. Then it starts a large unit of work that it never commits, prints ``WRITING``
and waits to be killed with SIGKILL. It never locks the vault.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import replace
from datetime import date, datetime, timedelta

from bufapp.domain.contact_log import ContactEntry, FollowUpTask, Participants
from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    EntryStatus,
    Initiative,
    TaskResponsible,
    TaskStatus,
)
from bufapp.services.clock import OSLO
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.drafts import DraftService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

TODAY = date(2026, 6, 15)
UNCOMMITTED = 40
MAX_SECONDS = 120  # a guard: never outlive a test run that died without killing us


def new_entry_draft(parent_id: int, other_parent_id: int, child_id: int) -> ContactEntry:
    """A new contact as the editor held it: Norwegian and Sami text, every kind of field."""
    return ContactEntry(
        parent_id=parent_id,
        occurred_at=datetime(2026, 6, 14, 23, 59, 30, 123456, tzinfo=OSLO),
        form=ContactForm.NEUTRAL_PLACE,
        initiative=Initiative.PARENT,
        place="Kafeen ved Čáhppesjávri",
        participants=Participants(
            other_parent_ids=(other_parent_id,),
            support_person="Ánde Ŋuvttja",
            interpreter_language="nordsamisk",
            interpreter_name="Sárá Đuolbmá",
            carers="Fosterforeldrene Ødegård",
            others="Helsesøster Åse",
        ),
        topics=(ContactTopic.FIRST_CONVERSATION, ContactTopic.VISITS, ContactTopic.CRISIS),
        child_ids=(child_id,),
        summary="Vi snakket om samværet.\nMor var «rolig», og vi ble enige om ŧ-ž-š-č.",
        parent_words="«Mun háliidan oaidnit máná» – jeg vil se barnet.",
        agreed="Nytt møte om 14 dager; Bjørn henter på skolen.",
        tasks=(
            FollowUpTask("Sende referat på samisk", due=date(2026, 6, 20)),
            FollowUpTask(
                "Bestille tolk",
                responsible=TaskResponsible.OTHER,
                responsible_name="Tolketjenesten i Kárášjohka",
            ),
            FollowUpTask("Ringe fosterhjemmet", responsible=TaskResponsible.PARENT),
        ),
    )


def edited_draft(saved: ContactEntry) -> ContactEntry:
    """An unfinished change of a final entry: new text, a reason, one task closed, one added."""
    first, *rest = saved.tasks
    return replace(
        saved,
        occurred_at=saved.occurred_at + timedelta(minutes=5),
        summary=saved.summary + "\nTillegg: Máret ringte etterpå.",
        agreed="Ny avtale: samvær annenhver helg.",
        change_reason="Glemte å skrive om telefonen fra Máret",
        tasks=(
            replace(first, status=TaskStatus.DONE, outcome="Gjort", closed_on=TODAY),
            *rest,
            FollowUpTask("Følge opp Máret", due=date(2026, 6, 30)),
        ),
    )


def main() -> None:
    directory = sys.argv[1]
    parent_id, other_parent_id, child_id, entry_id = (int(v) for v in sys.argv[2:6])
    vault = Vault.open(directory, os.environ["BUFAPP_TEST_PASSPHRASE"])
    unit_of_work = lambda: UnitOfWork(vault.session_factory)  # noqa: E731
    drafts = DraftService(unit_of_work)
    log = ContactLogService(unit_of_work, today=lambda: TODAY)
    saved = log.entry(entry_id)
    assert saved.status is EntryStatus.FINAL
    drafts.save(
        "contact", f"new:{parent_id}", new_entry_draft(parent_id, other_parent_id, child_id)
    )
    drafts.save("contact", str(entry_id), edited_draft(saved))
    print("SAVED", flush=True)

    # A big write that is still open when the process dies: it must leave no trace.
    uow = UnitOfWork(vault.session_factory).__enter__()
    for k in range(UNCOMMITTED):
        uow.contacts.add(
            ContactEntry(
                parent_id,
                datetime(2026, 6, 1, 9, tzinfo=OSLO) + timedelta(minutes=k),
                ContactForm.PHONE,
                summary="Aldri lagret. " * 200,
            )
        )
    uow.session.flush()
    print("WRITING", flush=True)
    time.sleep(MAX_SECONDS)


if __name__ == "__main__":
    main()
