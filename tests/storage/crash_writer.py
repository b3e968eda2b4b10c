"""Child process for test_crash_safety: commit rows into a vault and acknowledge each commit.

Usage: crash_writer.py VAULT_DIR ROUND   (passphrase in BUFAPP_TEST_PASSPHRASE)

Prints READY once everything is imported, waits for a line on stdin, opens the vault, then
commits forever (until SIGKILL), printing ``ACK <kind> <name>`` and flushing after each commit.
Small commits are one parent via RegisterService; every fourth commit is a large unit of work
(one parent and ENTRIES contact entries) so kills also land inside big transactions.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, date, datetime, timedelta

from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Parent
from bufapp.domain.enums import ContactForm
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

ENTRIES = 12
MAX_SECONDS = 120  # a guard: never outlive a test run that died without killing us


def main() -> None:
    directory, round_number = sys.argv[1], int(sys.argv[2])
    print("READY", flush=True)
    if not sys.stdin.readline():
        return  # the test went away before starting us
    vault = Vault.open(directory, os.environ["BUFAPP_TEST_PASSPHRASE"])
    register = RegisterService(
        lambda: UnitOfWork(vault.session_factory), today=lambda: date(2026, 6, 15)
    )
    moment = datetime(2026, 3, 2, 10, tzinfo=UTC)
    stop_at = time.monotonic() + MAX_SECONDS
    n = 0
    while time.monotonic() < stop_at:
        name = f"R{round_number:02d}-N{n:05d}"
        if n % 4 == 3:
            with UnitOfWork(vault.session_factory) as uow:
                parent = uow.parents.add(Parent("Stor", name, notes="Stor transaksjon. " * 100))
                assert parent.id is not None
                for k in range(ENTRIES):
                    uow.contacts.add(
                        ContactEntry(
                            parent.id,
                            moment + timedelta(minutes=k),
                            ContactForm.PHONE,
                            summary=f"{name} samtale {k}. " + "Innhold. " * 200,
                        )
                    )
                uow.commit()
            print(f"ACK big {name}", flush=True)
        else:
            register.save_parent(Parent("Liten", name))
            print(f"ACK small {name}", flush=True)
        n += 1
    vault.lock()


if __name__ == "__main__":
    main()
