"""The benchmarks' fast vault filler writes rows the program reads as its own: the growth figures
(3,000 parents, 600 MB) are only worth something if the grown vault is a sound, ordinary vault."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from benchmarks.storage_workload import BENCH_PASSPHRASE
from benchmarks.vault_filler import (
    Office,
    copy_office,
    database_size_at,
    fill_demo_vault,
    grow,
)
from bufapp.app import register_for
from bufapp.services.contacts.log import ContactLogService
from bufapp.settings import Settings
from bufapp.storage import integrity
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

COUNTED = ("parent", "child", "child_parent", "placement", "contact_entry", "contact_entry_parent")


def row_counts(vault: Vault) -> dict[str, int]:
    with closing(vault.raw_connection()) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in (*COUNTED, "contact_search")
        }


def test_a_copied_office_is_whole_and_reads_back_through_the_services(tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    fill_demo_vault(directory, parents=3)
    vault = Vault.open(directory, BENCH_PASSPHRASE)
    try:
        before = row_counts(vault)
        copy_office(vault, copies=2)
        after = row_counts(vault)
        summaries = register_for(vault, Settings()).parent_summaries()
        entries = ContactLogService(lambda: UnitOfWork(vault.session_factory))
        original = entries.entry(1)
        third_copy = entries.entry(1 + 2 * before["contact_entry"])
        report = integrity.check(vault)
    finally:
        vault.lock()

    assert before["parent"] == 3 and before["contact_entry"] > 0
    assert after == {table: 3 * count for table, count in before.items()}
    assert len(summaries) == 9
    assert report.ok, report.problems  # every page, the structure and every foreign key
    assert third_copy.summary == original.summary
    assert third_copy.parent_id == original.parent_id + 2 * before["parent"]


def test_a_vault_grows_to_the_size_asked_with_its_parents_unchanged(tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    fill_demo_vault(directory, parents=2)
    small = database_size_at(directory)

    grow(directory, Office(2, database_mib=4))

    vault = Vault.open(directory, BENCH_PASSPHRASE)
    try:
        counts = row_counts(vault)
        report = integrity.quick_check(vault)
    finally:
        vault.lock()
    assert small < 4 * 2**20 <= database_size_at(directory)
    assert counts["parent"] == 2
    assert counts["contact_search"] == counts["contact_entry"]
    assert report.ok, report.problems
