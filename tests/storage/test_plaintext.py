"""Nothing decrypted touches the disk: markers written into every text column never appear in any
file of the vault folder or the temp folder, in any common encoding, open or locked.

SQLite reads TMPDIR once, when the library initialises, so setting the environment in a test is
not enough to catch its temp files. The ``watched_tmp`` fixture therefore also points SQLite's
process-wide temp directory (PRAGMA temp_store_directory) at the watched folder, and a control
test proves that the folder really sees SQLite temp files when temp_store is not MEMORY.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlcipher3 import dbapi2

from bufapp.domain.contact_log import ContactEntry, ContactPlan, FollowUpTask, Participants
from bufapp.domain.entities import (
    Caseworker,
    Child,
    Office,
    Parent,
    ParentLink,
    Placement,
)
from bufapp.domain.enums import (
    ContactForm,
    ParentRole,
    PlacementBasis,
    PlaceType,
    TaskResponsible,
    TaskStatus,
)
from bufapp.domain.folding import fold
from bufapp.security import keyfile, keywrap, recovery
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.drafts import DraftService
from bufapp.services.register import RegisterService
from bufapp.storage import backup
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, CreatedVault
from tests.storage.helpers import files_under, synthetic_ids, valid_org_number

MARKER = "MARKØR-ÆØÅ-ŋšž-7c1f9e3b"
ASCII_FRAGMENT = "7c1f9e3b"
PHONE = "+47 99 88 77 66"  # validated fields get unique values of their own shape
EMAIL = "markør.7c1f9e3b@eksempel.no"
CASE_PREFIX = "2031/7193"
PARENTS = 300
LONG_NOTE = (MARKER + " Samtalen handlet om samvær og skole. ") * 120  # overflow pages
FOLDED_MARKER = fold(MARKER)  # what the search index holds
REVISED_EVERY = 10  # every 10th entry gets a second version (the first is kept as a snapshot)
WITHDRAWN_EVERY = 25


@pytest.fixture
def watched_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty temp folder that Python and SQLite both use for this test."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    setter = dbapi2.connect(":memory:")
    try:
        setter.execute(f"PRAGMA temp_store_directory = '{folder}'")
        yield folder
    finally:
        setter.execute("PRAGMA temp_store_directory = ''")  # back to SQLite's default
        setter.close()


def _needles(values: list[str]) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for value in values:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found[f"{value!r} as {encoding}"] = value.encode(encoding)
    return found


def _hits(folders: list[Path], needles: dict[str, bytes]) -> list[str]:
    hits = []
    for folder in folders:
        for path in files_under(folder):
            data = path.read_bytes()
            hits.extend(f"{label} in {path}" for label, needle in needles.items() if needle in data)
            if MARKER in path.name or ASCII_FRAGMENT in path.name:
                hits.append(f"marker in the file name {path}")
    return hits


def _fill_every_text_column(register: RegisterService) -> list[str]:
    """Write the marker into every text column of every table through the service; returns
    the other unique values (IDs, numbers) that must not leak either."""
    org_number = valid_org_number()
    register.save_office(
        Office(f"{MARKER} kommune", f"{MARKER} Rådhusgata 1", org_number, PHONE, EMAIL)
    )
    register.save_caseworker(Caseworker(f"{MARKER} Sara", f"{MARKER} rådgiver", PHONE, EMAIL))
    ids = synthetic_ids(8)
    parent_ids = []
    for i in range(PARENTS):
        parent = register.save_parent(
            Parent(
                given_names=f"{MARKER} fornavn {i}",
                family_name=f"{MARKER} etternavn {i}",
                national_id=ids[i] if i < len(ids) else None,
                address_line=f"{MARKER} Bjørkeveien {i}",
                postal_code="0150",
                postal_town=f"{MARKER} Oslo",
                phone=PHONE,
                email=EMAIL,
                preferred_language=f"{MARKER} språk",
                interpreter_language=f"{MARKER} tolk",
                support_person=f"{MARKER} støtteperson",
                notes=LONG_NOTE if i % 25 == 0 else f"{MARKER} notat {i}",
            )
        )
        assert parent.id is not None
        parent_ids.append(parent.id)
    child_ids = synthetic_ids(4, born=date(2016, 5, 17))
    for i in range(0, 40, 2):
        child = register.save_child(
            Child(
                given_names=f"{MARKER} barn {i}",
                family_name=f"{MARKER} familie {i}",
                birth_date=date(2016, 5, 17),
                case_number=f"{CASE_PREFIX}{i:02d}",
                national_id=child_ids[i // 2] if i // 2 < len(child_ids) else None,
                parents=(
                    ParentLink(parent_ids[i], ParentRole.MOTHER),
                    ParentLink(parent_ids[i + 1], ParentRole.FATHER),
                ),
            )
        )
        assert child.id is not None
        register.save_placement(
            Placement(
                child.id,
                PlacementBasis.CARE_ORDER,
                PlaceType.FOSTER_HOME,
                date(2024, 1, 2),
                place_name=f"{MARKER} fosterhjem {i}",
                carer_names=f"{MARKER} fosterforeldre {i}",
                place_address=f"{MARKER} Fosterveien {i}",
                place_municipality=f"{MARKER} kommune",
                whereabouts_hidden=True,
                hidden_decided_on=date(2024, 1, 2),
                hidden_basis=f"{MARKER} vedtak {i}",
            )
        )
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    contact_log = ContactLogService(register.unit_of_work, today=register.today)
    for i in range(PARENTS):
        saved = contact_log.save(
            ContactEntry(
                parent_ids[i % 50],
                start + timedelta(hours=i),
                ContactForm.HOME_VISIT,
                place=f"{MARKER} sted {i}",
                participants=Participants(
                    other_parent_ids=(parent_ids[i % 50 + 50],),
                    support_person=f"{MARKER} støtte {i}",
                    interpreter_language=f"{MARKER} språk {i}",
                    interpreter_name=f"{MARKER} tolk {i}",
                    carers=f"{MARKER} fosterhjem {i}",
                    others=f"{MARKER} andre {i}",
                ),
                summary=f"{MARKER} referat {i} " + "Barnet trives. " * 30,
                parent_words=f"{MARKER} «mine ord» {i}",
                agreed=f"{MARKER} avtalt {i}",
                tasks=(
                    FollowUpTask(
                        f"{MARKER} oppgave {i}",
                        TaskResponsible.OTHER,
                        f"{MARKER} ansvarlig {i}",
                        due=date(2026, 7, 1),
                    ),
                ),
            ),
            final=True,
        )
        assert saved.id is not None
        if i % REVISED_EVERY == 0:  # a new version: the earlier text becomes a snapshot
            contact_log.save(
                replace(
                    saved,
                    summary=f"{MARKER} rettet referat {i}",
                    change_reason=f"{MARKER} grunn {i}",
                )
            )
        if i % WITHDRAWN_EVERY == 1:
            contact_log.withdraw(saved.id, f"{MARKER} trukket {i}")
        elif i % 3 == 0:
            contact_log.close_task(saved.tasks[0].id or 0, TaskStatus.DONE, f"{MARKER} utfall {i}")
    for i in range(50):
        contact_log.save_plan(
            ContactPlan(parent_ids[i], every_days=14, note=f"{MARKER} kontaktavtale {i}")
        )
    drafts = DraftService(register.unit_of_work)
    drafts.save(
        "contact",
        f"new:{parent_ids[0]}",
        ContactEntry(
            parent_ids[0], start, ContactForm.PHONE, summary=f"{MARKER} utkast", agreed=MARKER
        ),
    )
    return [PHONE, EMAIL, org_number, CASE_PREFIX, FOLDED_MARKER, *ids, *child_ids]


# Every text column of the contact log, and how many rows hold the marker there.
CONTACT_LOG_COLUMNS = {
    ("contact_entry", "place"): PARENTS,
    ("contact_entry", "support_person"): PARENTS,
    ("contact_entry", "interpreter_language"): PARENTS,
    ("contact_entry", "interpreter_name"): PARENTS,
    ("contact_entry", "carers"): PARENTS,
    ("contact_entry", "others"): PARENTS,
    ("contact_entry", "agreed"): PARENTS,
    ("contact_entry", "change_reason"): PARENTS // REVISED_EVERY,
    ("contact_entry", "withdrawn_reason"): PARENTS // WITHDRAWN_EVERY,
    ("contact_entry_version", "snapshot"): PARENTS // REVISED_EVERY,
    ("contact_entry_version", "replaced_because"): PARENTS // REVISED_EVERY,
    ("follow_up_task", "what"): PARENTS,
    ("follow_up_task", "responsible_name"): PARENTS,
    ("contact_plan", "note"): 50,
    ("draft", "payload"): 1,
}


def test_no_marker_in_any_file_of_the_vault_or_temp_folder(
    watched_tmp: Path, created_vault: CreatedVault, register: RegisterService
) -> None:
    # watched_tmp comes first: the temp folder is in place before the vault is created.
    vault = created_vault.vault
    tmp_mtime = watched_tmp.stat().st_mtime_ns
    others = _fill_every_text_column(register)
    # Read it all back, with sorts and joins SQLite would spill to a temp file on disk if
    # temp_store were not MEMORY.
    summaries = register.parent_summaries()
    assert len(summaries) == PARENTS and MARKER in summaries[0].name
    found = ContactLogService(register.unit_of_work, today=register.today).search(MARKER)
    assert found.total == PARENTS and MARKER in found.hits[0].excerpt
    with vault.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA cache_size = 10")
        rows = connection.execute(
            text("SELECT summary FROM contact_entry ORDER BY parent_words || summary DESC")
        ).all()
        assert len(rows) == PARENTS
        connection.execute(text("SELECT DISTINCT notes FROM parent ORDER BY notes")).all()
        connection.exec_driver_sql("PRAGMA cache_size = -2000")

    # The data key and the passphrase are secrets too: neither may sit in any file.
    data_key = keywrap.unwrap(
        keyfile.read(vault.directory).recovery_wrap,
        recovery.to_kek(created_vault.recovery_key),
        vault.vault_id,
        keyfile.SLOT_RECOVERY,
    )
    needles = _needles([MARKER, ASCII_FRAGMENT, PASSPHRASE, *others])
    needles["data key (raw)"] = bytes(data_key)
    needles["data key (hex)"] = bytes(data_key).hex().encode()
    needles["data key (HEX)"] = bytes(data_key).hex().upper().encode()

    # While open: the database, its WAL (which holds most of what was just written) and -shm.
    open_files = {p.name for p in files_under(vault.directory)}
    assert {"bufapp.db", "bufapp.db-wal", "bufapp.db-shm"} <= open_files
    assert os.path.getsize(vault.directory / "bufapp.db-wal") > 100_000
    # Copies made by the program (a backup, a pre-upgrade safety copy) stay encrypted too.
    copies = watched_tmp.parent / "kopier"
    backup.create_backup(vault, copies / "kontor.bufbackup")
    vault.copy_database_to(copies / "sikkerhetskopi.db")
    assert _hits([vault.directory, watched_tmp, copies], needles) == []

    vault.lock()
    assert _hits([vault.directory, watched_tmp, copies], needles) == []

    # Nothing was created in the temp folder, not even briefly (creating and deleting a file
    # changes the folder's modification time).
    assert list(watched_tmp.iterdir()) == []
    assert watched_tmp.stat().st_mtime_ns == tmp_mtime

    # The marker really went in: the same search over decrypted data finds it.
    reopened = Vault.open(vault.directory, PASSPHRASE)
    try:
        with reopened.engine.connect() as connection:
            found = connection.execute(
                text("SELECT count(*) FROM contact_entry WHERE parent_words LIKE :m"),
                {"m": f"%{MARKER}%"},
            ).scalar_one()
            assert found == PARENTS
            for (table, column), expected in CONTACT_LOG_COLUMNS.items():
                holding = connection.execute(
                    text(f"SELECT count(*) FROM {table} WHERE {column} LIKE :m"),
                    {"m": f"%{MARKER}%"},
                ).scalar_one()
                assert holding == expected, f"{table}.{column}"
            closed = connection.execute(
                text("SELECT count(*) FROM follow_up_task WHERE outcome LIKE :m"),
                {"m": f"%{MARKER}%"},
            ).scalar_one()
            assert closed > 0
            # The search index holds the folded marker (unicode61 tokens of it).
            indexed = connection.execute(
                text("SELECT summary, agreed FROM contact_search WHERE rowid = 1")
            ).one()
            assert FOLDED_MARKER in indexed.summary and FOLDED_MARKER in indexed.agreed
            assert FOLDED_MARKER != MARKER
    finally:
        reopened.lock()


def test_the_watched_temp_folder_does_see_sqlite_temp_files(watched_tmp: Path) -> None:
    """Control: with temp_store=FILE, a big sort spills to a temp file in the watched folder
    (so the empty-folder assertion above is not empty by accident)."""
    before = watched_tmp.stat().st_mtime_ns
    connection = dbapi2.connect(":memory:")
    try:
        connection.execute("PRAGMA temp_store = FILE")
        connection.execute("PRAGMA cache_size = 10")
        connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) "
            "SELECT hex(randomblob(300)) AS x FROM n ORDER BY x"
        ).fetchall()
    finally:
        connection.close()
    assert watched_tmp.stat().st_mtime_ns != before
