"""Export to the archive on a real vault: every finished document goes once as PDF/A-2b with one
metadata file; a second export brings only what is new (a new entry, a new version of minutes,
a changed map); a failure or a cancel midway leaves no files and marks nothing; a child's case
number chooses the documents of all the child's parents that concern the case."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bufapp.documents import pdfa
from bufapp.domain.audit import AuditAction
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.entities import Child, ParentLink
from bufapp.domain.enums import ContactForm, DocumentKind, InformationCategory, ParentRole, SentBy
from bufapp.domain.referral import Referral
from bufapp.errors import (
    ArchiveExportFailed,
    ExportCancelled,
    ExportFolderGone,
    ExportFolderMissing,
    ExportFolderUnwritable,
)
from bufapp.services.archive.export import ArchiveExportService, ExportResult
from bufapp.services.archive.model import ExportScope, ItemKind, JournalType
from bufapp.services.consents import DirectoryService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.groups.documents import GroupDocuments
from bufapp.services.network_maps import NetworkMapService
from bufapp.services.referrals.service import ReferralService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, TODAY
from tests.documents.pdf_checks import flat
from tests.storage.test_groups import Setup, final_meeting, make_setup
from tests.storage.test_network_maps import drawn
from tests.unit.test_register_service import add_parent

SAMI = "áčđŋšŧž"
SHARED_CASE, OWN_CASE = "2026/1001", "2026/1002"


@dataclass
class Case:
    """Máret Čuđe (with a group, final minutes, a sent referral and a map) and Ánde Šimo share
    Áilu (case 2026/1001); Máret also has Biret (case 2026/1002)."""

    archive: ArchiveExportService
    log: ContactLogService
    group: Setup
    maps: NetworkMapService
    mother: int
    father: int
    shared_child: int
    own_child: int
    entries: dict[str, int]
    meeting_id: int
    referral_id: int
    map_id: int


def make_case(vault: Vault, register: RegisterService, forms: Path) -> Case:
    def uow() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    group = make_setup(vault, register)
    mother = group.group.parent_id
    father = add_parent(register, "Ánde", "Šimo").id or 0
    links = (ParentLink(mother, ParentRole.MOTHER), ParentLink(father, ParentRole.FATHER))
    shared = register.save_child(Child("Áilu", "Čuđe", TODAY.replace(year=2018), SHARED_CASE,
                                       parents=links))  # fmt: skip
    own = register.save_child(Child("Biret", "Čuđe", TODAY.replace(year=2020), OWN_CASE,
                                    parents=links[:1]))  # fmt: skip
    log = ContactLogService(uow, today=lambda: TODAY, now=lambda: NOW)

    def entry(parent: int, day: int, summary: str, children: tuple[int, ...] = ()) -> ContactEntry:
        when = datetime(2026, 5, day, 9, 30, tzinfo=UTC)
        return ContactEntry(parent, when, ContactForm.HOME_VISIT, summary=summary,
                            child_ids=children)  # fmt: skip

    entries = {
        "general": log.save(entry(mother, 2, f"Om bolig, ingen barn nevnt {SAMI}."), True),
        "shared": log.save(entry(mother, 3, "Om samvær med Áilu.", (shared.id or 0,)), True),
        "own": log.save(entry(mother, 4, "Om skolen til Biret.", (own.id or 0,)), True),
        "open": log.save(entry(mother, 5, "Skrives fortsatt.")),
        "withdrawn": log.save(entry(mother, 6, "Feil forelder."), True),
        "father": log.save(entry(father, 7, "Fars samtale om Áilu.", (shared.id or 0,)), True),
    }
    log.withdraw(entries["withdrawn"].id or 0, "Ført på feil forelder.")
    meeting = final_meeting(group)
    GroupDocuments(uow, lambda: TODAY, lambda: NOW, forms).send_minutes(meeting.id or 0)
    nav = next(s for s in DirectoryService(uow).services() if s.name == "NAV Fjellvik")
    referrals = ReferralService(uow, today=lambda: TODAY, now=lambda: NOW, forms_override=forms)
    draft = referrals.save_draft(
        Referral(mother, nav.id or 0, "Hjelp til bolig for Máret.",
                 (InformationCategory.PERSONAL_DETAILS,), child_ids=(shared.id or 0,))
    )  # fmt: skip
    referrals.finish(draft.id or 0)
    referrals.send(draft.id or 0, SentBy.POST, TODAY + timedelta(days=14))
    maps = NetworkMapService(uow, today=lambda: TODAY)
    network = maps.save(drawn(mother, TODAY - timedelta(days=3)))
    return Case(
        ArchiveExportService(uow, now=lambda: NOW, forms_override=forms),
        log, group, maps, mother, father, shared.id or 0, own.id or 0,
        {name: e.id or 0 for name, e in entries.items()}, meeting.id or 0, draft.id or 0,
        network.id or 0,
    )  # fmt: skip


@pytest.fixture
def case(vault: Vault, register: RegisterService, tmp_path: Path) -> Case:
    forms = tmp_path / "forms"
    forms.mkdir()
    return make_case(vault, register, forms)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "arkiv æøå"
    folder.mkdir()
    return folder


def of_parent(case: Case) -> ExportScope:
    return ExportScope(case.mother)


def keys(result: ExportResult) -> set[tuple[ItemKind, int]]:
    return {(item.kind, item.item_id) for item in result.items}


def read_metadata(result: ExportResult) -> dict:  # type: ignore[type-arg]
    assert result.folder is not None
    return json.loads((result.folder / result.metadata_file).read_text(encoding="utf-8"))


def test_an_export_writes_every_finished_document_once_and_a_second_brings_nothing(
    case: Case, target: Path, vault: Vault, register: RegisterService
) -> None:
    seen: list[tuple[int, int]] = []
    first = case.archive.export(of_parent(case), target, lambda d, n: seen.append((d, n)))
    e = case.entries
    assert keys(first) == {
        (ItemKind.CONTACT_ENTRY, e["general"]),
        (ItemKind.CONTACT_ENTRY, e["shared"]),
        (ItemKind.CONTACT_ENTRY, e["own"]),
        (ItemKind.MINUTES, case.meeting_id),
        (ItemKind.REFERRAL, case.referral_id),
        (ItemKind.NETWORK_MAP, case.map_id),
    }  # fmt: skip  (not the open, the withdrawn or the father's own entry)
    assert seen == [(n, 6) for n in range(1, 7)]
    assert first.folder == target / "eksport-20260615-130000"
    on_disk = sorted(p.name for p in first.folder.iterdir())
    assert on_disk == sorted([*(i.file_name for i in first.items), first.metadata_file])
    assert [p.name for p in target.iterdir()] == [first.folder.name]  # no temp folder left
    assert first.items[0].file_name == f"2026-05-02_kontakt_{e['general']}.pdf"

    assert case.archive.pending(of_parent(case)).items == ()
    again = case.archive.export(of_parent(case), target)
    assert (again.items, again.folder) == ((), None)
    assert [p.name for p in target.iterdir()] == [first.folder.name]
    status = case.archive.pending(of_parent(case))
    assert status.exported_before_total == 6 and status.last_exported_at == NOW
    last = case.archive.last_of_parent(case.mother)
    assert last is not None and last[1] == 6 and last[0].folder == str(first.folder)
    assert register.parent_detail(case.mother).archived == (TODAY, 6)  # on the parent's card


def test_every_exported_file_is_pdfa_and_names_its_document(
    case: Case, target: Path, vault: Vault
) -> None:
    result = case.archive.export(of_parent(case), target)
    assert result.folder is not None
    with UnitOfWork(vault.session_factory) as uow:
        kept = {d.kind: uow.documents.pdf(d.id or 0) for d in uow.documents.of_parent(case.mother)}
    # What was sent goes exactly as it was kept: the referral letter and the minutes sent out.
    for item, kind in ((ItemKind.REFERRAL, DocumentKind.REFERRAL),
                       (ItemKind.MINUTES, DocumentKind.MINUTES)):  # fmt: skip
        sent = next(i for i in result.items if i.kind is item)
        assert (result.folder / sent.file_name).read_bytes() == kept[kind]
    expected = {
        ItemKind.CONTACT_ENTRY: "Hjemmebesøk",
        ItemKind.MINUTES: "«Jeg trenger et rom til Áilu.»",
        ItemKind.REFERRAL: "Hjelp til bolig for Máret.",
        ItemKind.NETWORK_MAP: "Áhkku Iŋgá",
    }
    for item in result.items:
        pdf = (result.folder / item.file_name).read_bytes()
        assert pdfa.findings(pdf) == [], item.file_name
        text = flat(pdf)
        assert "\x00" not in text and expected[item.kind] in text, item.file_name
    general = next(i for i in result.items if i.item_id == case.entries["general"])
    text = flat((result.folder / general.file_name).read_bytes())
    assert f"Om bolig, ingen barn nevnt {SAMI}." in text
    assert "Om samvær med Áilu." not in text  # one entry per document


def test_the_metadata_file_describes_exactly_what_was_exported(case: Case, target: Path) -> None:
    result = case.archive.export(of_parent(case), target)
    meta = read_metadata(result)
    assert meta["format"] == "bufapp-arkiveksport" and meta["format_version"] == 1
    assert meta["export"]["scope"] == {"kind": "parent", "parent": "Máret Čuđe"}
    assert meta["export"]["document_count"] == len(result.items) == len(meta["documents"])
    assert meta["export"]["made_at"] == "2026-06-15T13:00:00+02:00"
    assert result.folder is not None
    for described, item in zip(meta["documents"], result.items, strict=True):
        pdf = (result.folder / described["file"]).read_bytes()
        assert described["file"] == item.file_name and described["bytes"] == len(pdf)
        assert described["sha256"] == hashlib.sha256(pdf).hexdigest()
        assert described["source"] == {"kind": item.kind.value, "id": item.item_id,
                                       "version": item.version}  # fmt: skip
        assert described["title"] and described["document_date"] == f"{item.document_date}"
    by_kind = {d["document_kind"]: d for d in meta["documents"]}
    referral = by_kind["referral"]
    assert referral["journal_type"] == JournalType.OUTGOING.value == "U"
    assert referral["recipients"][0] == "NAV Fjellvik"
    assert referral["title"] == "Henvisning til NAV Fjellvik"
    assert referral["dispatched_on"] == f"{TODAY}" and referral["case_numbers"] == [SHARED_CASE]
    assert {"role": "Barn", "name": "Áilu Čuđe"} in referral["parties"]
    # Noark's X, organinternt dokument uten oppfølging (N would flag a follow-up)
    internal = {(d["journal_type"], d["journal_type_label"]) for d in meta["documents"]
                if d is not referral}  # fmt: skip
    assert internal == {("X", "Organinternt dokument uten oppfølging")}
    minutes = by_kind["group_meeting"]
    assert minutes["case_numbers"] == [SHARED_CASE, OWN_CASE]  # the parent's, no child link
    assert minutes["title"].startswith("Referat fra ansvarsgruppemøte")


def test_a_new_entry_and_a_new_version_of_the_minutes_are_all_the_next_export_brings(
    case: Case, target: Path
) -> None:
    case.archive.export(of_parent(case), target)
    new = case.log.save(
        ContactEntry(case.mother, datetime(2026, 6, 1, 8, tzinfo=UTC), ContactForm.PHONE,
                     summary="Ny samtale."), final=True,
    )  # fmt: skip
    meeting = case.group.groups.meeting(case.meeting_id)
    changed = replace(meeting.minutes, chair="mor")
    case.group.groups.save_meeting(replace(meeting, minutes=changed, change_reason="Feil leder"))
    pending = case.archive.pending(of_parent(case))
    assert [(i.kind, i.item_id, i.version) for i in pending.items] == [
        (ItemKind.CONTACT_ENTRY, new.id, 1), (ItemKind.MINUTES, case.meeting_id, 2),
    ]  # fmt: skip
    second = case.archive.export(of_parent(case), target.parent / "arkiv æøå")
    assert second.folder is not None and second.folder.name == "eksport-20260615-130000-2"
    names = sorted(p.name for p in second.folder.iterdir() if p.suffix == ".pdf")
    assert names[1].endswith(f"_referat_{case.meeting_id}_v2.pdf")
    assert "Versjon 2" in flat((second.folder / names[1]).read_bytes())
    assert case.archive.pending(of_parent(case)).items == ()


def test_a_changed_map_goes_again_and_a_changed_entry_as_its_new_version(
    case: Case, target: Path
) -> None:
    case.archive.export(of_parent(case), target)
    network = case.maps.get(case.map_id)
    case.maps.save(replace(network, note="Nettverket kan utvides med en foreldregruppe."))
    entry = case.log.entry(case.entries["general"])
    case.log.save(replace(entry, summary=entry.summary + " Rettet.", change_reason="Skrivefeil"))
    pending = case.archive.pending(of_parent(case))
    assert [(i.kind, i.item_id) for i in pending.items] == [
        (ItemKind.CONTACT_ENTRY, case.entries["general"]), (ItemKind.NETWORK_MAP, case.map_id),
    ]  # fmt: skip
    assert pending.items[0].file_name.endswith("_v2.pdf")


def test_the_export_is_recorded_in_the_audit_trail_per_document(
    case: Case, target: Path, vault: Vault
) -> None:
    result = case.archive.export(of_parent(case), target)
    with UnitOfWork(vault.session_factory) as uow:
        records = uow.audit_records.of_parent(case.mother)
    exported = [r for r in records if r.action is AuditAction.DOCUMENT_EXPORTED]
    assert sorted((r.subject_kind, r.subject_id, r.detail) for r in exported) == sorted(
        (i.kind.value, i.item_id, i.file_name) for i in result.items
    )


def test_a_childs_case_number_chooses_what_concerns_the_case_from_both_parents(
    case: Case, target: Path
) -> None:
    scopes = case.archive.scopes(case.mother)
    assert [s.key for s in scopes] == [f"parent:{case.mother}", f"case:{SHARED_CASE}",
                                        f"case:{OWN_CASE}"]  # fmt: skip
    assert scopes[1].label == f"{SHARED_CASE} – Áilu Čuđe"
    result = case.archive.export(scopes[1], target)
    e = case.entries
    assert keys(result) == {
        (ItemKind.CONTACT_ENTRY, e["general"]),
        (ItemKind.CONTACT_ENTRY, e["shared"]),
        (ItemKind.CONTACT_ENTRY, e["father"]),
        (ItemKind.MINUTES, case.meeting_id),
        (ItemKind.REFERRAL, case.referral_id),
        (ItemKind.NETWORK_MAP, case.map_id),
    }  # fmt: skip  (not Biret's entry)
    assert read_metadata(result)["export"]["scope"] == {"kind": "case", "case_number": SHARED_CASE}
    # The other case, and the mother alone, now bring only what the first did not.
    own = case.archive.pending(scopes[2])
    assert [(i.kind, i.item_id) for i in own.items] == [(ItemKind.CONTACT_ENTRY, e["own"])]
    assert own.exported_before_total == 3  # the general entry, the minutes, the map
    father = case.archive.pending(ExportScope(case.father))
    assert father.items == () and father.exported_before == {ItemKind.CONTACT_ENTRY: 1}


def _nothing_marked_and_no_files(case: Case, target: Path) -> None:
    assert len(case.archive.pending(of_parent(case)).items) == 6
    assert case.archive.last_of_parent(case.mother) is None
    assert not target.exists() or list(target.iterdir()) == []


def test_a_cancel_midway_leaves_no_files_and_marks_nothing(case: Case, target: Path) -> None:
    written: list[int] = []
    with pytest.raises(ExportCancelled, match="avbrutt"):
        case.archive.export(
            of_parent(case), target, lambda d, _n: written.append(d), lambda: len(written) >= 3
        )
    assert written == [1, 2, 3]
    _nothing_marked_and_no_files(case, target)


def test_a_folder_that_disappears_midway_leaves_nothing_marked(case: Case, target: Path) -> None:
    def pull_the_stick(done: int, _total: int) -> None:
        if done == 2:
            shutil.rmtree(target)

    with pytest.raises(ExportFolderGone, match="minnepinnen"):
        case.archive.export(of_parent(case), target, pull_the_stick)
    _nothing_marked_and_no_files(case, target)
    with pytest.raises(ExportFolderMissing):
        case.archive.export(of_parent(case), target)


def test_an_unwritable_folder_is_refused_in_norwegian_and_nothing_is_marked(
    case: Case, target: Path
) -> None:
    if os.geteuid() == 0:  # root writes anywhere a mode allows; the kernel's own tree refuses
        with pytest.raises(ExportFolderUnwritable, match="skrivetilgang"):
            case.archive.export(of_parent(case), Path("/sys/kernel"))
    else:
        target.chmod(0o500)
        try:
            with pytest.raises(ExportFolderUnwritable, match="skrivetilgang"):
                case.archive.export(of_parent(case), target)
        finally:
            target.chmod(0o700)
    _nothing_marked_and_no_files(case, target)


def test_when_marking_fails_the_written_export_is_removed_again(case: Case, target: Path) -> None:
    """Another export of the same documents lands first (here from inside the progress
    callback): marking the first one then breaks the once-only rule, and its folder goes."""
    elsewhere = target.parent / "annet"
    elsewhere.mkdir()
    nested: list[ExportResult] = []

    def meanwhile(done: int, total: int) -> None:
        if done == total and not nested:
            nested.append(case.archive.export(of_parent(case), elsewhere))

    with pytest.raises(ArchiveExportFailed):
        case.archive.export(of_parent(case), target, meanwhile)
    assert list(target.iterdir()) == []
    assert nested[0].folder is not None and len(list(nested[0].folder.iterdir())) == 7
    assert case.archive.pending(of_parent(case)).items == ()
