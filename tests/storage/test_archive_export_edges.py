"""Export to the archive at its edges, on a real vault: an entry two parents share goes once and
says the same whichever scope finds it; a vault that refuses the marks refuses before anything
is published; a folder path that cannot be a folder is refused in Norwegian."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from bufapp.domain.contact_log import ContactEntry, Participants
from bufapp.domain.enums import ContactForm
from bufapp.errors import ArchiveExportFailed, ExportFolderMissing
from bufapp.services.archive import files as archive_files
from bufapp.services.archive.model import ExportScope, ItemKind
from bufapp.storage.vault import Vault
from tests.documents.pdf_checks import flat
from tests.storage import test_archive_export as shared
from tests.storage.test_archive_export import OWN_CASE, SHARED_CASE, Case

case, target = shared.case, shared.target  # the same fixtures, found here by pytest
SHARED_ROWS = re.compile(r"\bFROM (parent|office|caseworker)\b")


@contextmanager
def shared_reads(vault: Vault) -> Iterator[list[str]]:
    """The SELECTs of the office, the caseworker and the parents sent while the block runs."""
    sent: list[str] = []

    def read(_connection: object, _cursor: object, statement: str, *_rest: object) -> None:
        if SHARED_ROWS.search(statement):
            sent.append(statement)

    event.listen(vault.engine, "before_cursor_execute", read)
    try:
        yield sent
    finally:
        event.remove(vault.engine, "before_cursor_execute", read)


def test_an_export_reads_the_office_and_the_parents_once_however_many_entries_it_brings(
    case: Case, target: Path, vault: Vault
) -> None:
    """Every entry's letterhead and names come from one read per export: the parents' names
    read per entry were every parent of the office, for each document."""
    case.archive.export(ExportScope(case.mother), target)
    reads: list[int] = []
    for count in (1, 5):
        for day in range(count):
            case.log.save(
                ContactEntry(case.mother, datetime(2026, 6, 1 + day, 8, tzinfo=UTC),
                             ContactForm.PHONE, summary=f"Samtale {day}."), final=True,
            )  # fmt: skip
        with shared_reads(vault) as sent:
            result = case.archive.export(ExportScope(case.mother), target)
        assert len(result.items) == count
        reads.append(len(sent))
    assert reads[0] == reads[1]


def test_an_entry_two_parents_share_goes_once_with_the_same_case_numbers_as_its_pdf(
    case: Case, target: Path
) -> None:
    """The mother's entry the father took part in, about no child in particular: found first
    through the father, it names the mother's children's cases, as its PDF does."""
    joint = case.log.save(
        ContactEntry(case.mother, datetime(2026, 6, 1, 8, tzinfo=UTC), ContactForm.PHONE,
                     participants=Participants(other_parent_ids=(case.father,)),
                     summary="Samtale med begge foreldrene."), final=True,
    )  # fmt: skip
    by_father = case.archive.export(ExportScope(case.father), target)
    item = next(i for i in by_father.items if i.item_id == joint.id)
    assert item.case_numbers == (SHARED_CASE, OWN_CASE)
    assert by_father.folder is not None
    assert f"Vår ref. {SHARED_CASE}, {OWN_CASE}" in flat(
        (by_father.folder / item.file_name).read_bytes()
    )
    by_mother = case.archive.export(ExportScope(case.mother), target)
    assert (ItemKind.CONTACT_ENTRY, joint.id) not in {(i.kind, i.item_id) for i in by_mother.items}
    by_case = case.archive.export(ExportScope(case_number=SHARED_CASE), target)
    assert (by_case.items, by_case.folder) == ((), None)


def test_a_vault_that_refuses_the_marks_refuses_before_the_folder_is_published(
    case: Case, target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The main case system's import may pick up a folder the moment it appears: a folder that
    is published and then withdrawn may already have been filed, unmarked."""
    published: list[Path] = []
    publish = archive_files.ExportFolder.publish

    def watched(folder: archive_files.ExportFolder) -> Path:
        published.append(publish(folder))
        return published[-1]

    monkeypatch.setattr(archive_files.ExportFolder, "publish", watched)
    elsewhere = target.parent / "annet"
    elsewhere.mkdir()

    def meanwhile(done: int, total: int) -> None:  # the same documents go elsewhere first
        if done == total and not published:
            case.archive.export(ExportScope(case.mother), elsewhere)

    with pytest.raises(ArchiveExportFailed):
        case.archive.export(ExportScope(case.mother), target, meanwhile)
    assert [p.parent for p in published] == [elsewhere]  # never into target
    assert list(target.iterdir()) == []
    last = case.archive.last_of_parent(case.mother)
    assert last is not None and last[0].folder == str(published[0])


@pytest.mark.parametrize("kind", ["file", "too long"])
def test_a_path_that_cannot_be_a_folder_is_refused_in_norwegian(
    case: Case, target: Path, kind: str
) -> None:
    chosen = target / "a.pdf"
    if kind == "file":
        chosen.write_bytes(b"%PDF")
    else:
        chosen = target / ("x" * 300) / "arkiv"  # is_dir raises ENAMETOOLONG
    with pytest.raises(ExportFolderMissing, match="finnes ikke"):
        case.archive.export(ExportScope(case.mother), chosen)
    assert len(case.archive.pending(ExportScope(case.mother)).items) == 6


def test_only_old_leftovers_are_cleared_a_young_one_may_be_another_export(
    case: Case, target: Path
) -> None:
    import os
    import time

    prefix, suffix = archive_files.TEMP_PREFIX, archive_files.TEMP_SUFFIX
    young = target / f"{prefix}eksport-annen{suffix}"
    old = target / f"{prefix}eksport-gammel{suffix}"
    for folder in (young, old):
        folder.mkdir()
        (folder / "halvferdig.pdf").write_bytes(b"%PDF-")
    long_ago = time.time() - archive_files.LEFTOVER_AGE_SECONDS - 60
    os.utime(old, (long_ago, long_ago))

    result = case.archive.export(ExportScope(parent_id=case.mother), target)
    assert result.folder is not None
    assert young.exists()  # someone else's export, still being written
    assert not old.exists()  # a failed export's remains
