"""Export to the archive: a parent's or a child's case's finished documents that have not gone
before, as PDF/A-2b files with one metadata file, into a folder the caseworker chooses, for
journaling in the municipality's main case system.

Which documents go, and why, is described in ``archive_items``; how the folder is written
whole or not at all, and the metadata file, in ``archive_files``. The order here is what keeps
an export and the vault in step: every file is built, checked against PDF/A-2b and written
into a hidden folder; the documents are marked as exported, together with the export itself and
an audit record per document, in one transaction that is written but not yet committed; the
folder is renamed into place; then the transaction commits. A failure or a cancel before the
rename leaves no files and marks nothing (a vault that refuses the marks refuses before any
file is published); a failed commit removes the published folder again, so the next export
brings the same documents.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.documents.access.contact_extract import ContactExtract, build_contact_extract
from bufapp.documents.archive.record import ArchiveRecord, build_archive_record
from bufapp.documents.forms import Form
from bufapp.documents.recipe import Recipe
from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.errors import ArchiveExportFailed, BufappError, ExportCancelled
from bufapp.services.archive import render as archive_render
from bufapp.services.archive.feedback_items import FEEDBACK_KINDS, feedback_record_event
from bufapp.services.archive.files import (
    ExportFolder,
    WrittenFile,
    fingerprint,
    metadata,
    stamp,
    withdraw,
)
from bufapp.services.archive.followup_items import FOLLOW_UP_KINDS, record_event
from bufapp.services.archive.group_offer_items import group_offer_record_event
from bufapp.services.archive.items import pending_in
from bufapp.services.archive.living_items import living_record_event
from bufapp.services.archive.model import ArchiveItem, ExportScope, ItemKind, PendingExport
from bufapp.services.archive.visit_items import VISIT_KINDS, visit_record_event
from bufapp.services.clock import now_utc, oslo_date
from bufapp.services.document_base import Written
from bufapp.services.documents import (
    case_numbers,
    extract_entry,  # the extract's own view
    letterhead,
)
from bufapp.services.followup.page import checklist_items
from bufapp.services.groups.documents import GroupDocuments
from bufapp.services.network_documents import NetworkDocuments
from bufapp.storage.archive_repository import ArchiveExport, ExportedItem
from bufapp.storage.uow import UnitOfWork

if TYPE_CHECKING:
    from bufapp.documents.letter import Letterhead

Progress = Callable[[int, int], None]  # (documents written, documents in all)
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    made_at: datetime
    items: tuple[ArchiveItem, ...]
    folder: Path | None = None  # None: there was nothing new, and nothing was written
    metadata_file: str = ""


class ArchiveExportService(Written):
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        now: Callable[[], datetime] = now_utc,
        forms_override: Path | None = None,
        workers: archive_render.Workers = archive_render.workers_for,
        language: str = "nb",
    ) -> None:
        self._uow = unit_of_work
        self._now = now
        self._forms = forms_override  # None: the user's config folder
        self._set_language(language)
        self._minutes = GroupDocuments(
            unit_of_work, lambda: oslo_date(now()), now, forms_override, language
        ).minutes_recipe
        self._map = NetworkDocuments(unit_of_work, now, forms_override, language).map_recipe
        self._workers = workers  # how many processes make an export's documents

    def scopes(self, parent_id: int) -> list[ExportScope]:
        """What an export from this parent's card can cover: the parent, or one of the case
        numbers of the parent's children (with the children's names)."""
        with self._uow() as uow:
            parent = uow.parents.get(parent_id)
            children = uow.children.of_parent(parent_id)
        names: dict[str, list[str]] = {}
        for child in children:
            if child.case_number:
                names.setdefault(child.case_number, []).append(child.full_name)
        return [
            ExportScope(parent_id, label=parent.full_name),
            *(
                ExportScope(case_number=number, label=f"{number} – {', '.join(children)}")
                for number, children in names.items()
            ),
        ]

    def pending(self, scope: ExportScope) -> PendingExport:
        labels, today = self._checklist_labels(), oslo_date(self._now())
        with self._uow() as uow:
            return pending_in(uow, scope, labels, today)

    def _checklist_labels(self) -> dict[str, str]:
        """The follow-up checklist's items by key (a record's title names its item)."""
        return dict(checklist_items(self._form("followup")))

    def last_of_parent(self, parent_id: int) -> tuple[ArchiveExport, int] | None:
        """The latest export with the parent's documents, and how many have gone in all."""
        with self._uow() as uow:
            return uow.archive.last_of_parent(parent_id)

    def export(
        self,
        scope: ExportScope,
        folder: Path,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportResult:
        """Export what is new for ``scope`` into ``folder`` (see the module's description)."""
        made_at = self._now()
        plan = self.pending(scope)
        if not plan.items:
            return ExportResult(made_at, ())
        name = f"eksport-{stamp(made_at)}"
        metadata_file = f"{name}.json"
        forms = self._contact_forms()
        with self._uow() as uow:
            office, caseworker = uow.office.office(), uow.office.caseworker()
            anchor = uow.audit_records.head()
            if not scope.case_number:  # the metadata names the parent whatever the caller passed
                scope = replace(scope, label=uow.parents.get(scope.parent_id or 0).full_name)
            entries = _Entries(
                forms, uow.parents.names(), letterhead(office, caseworker),
                caseworker.name if caseworker else "",
                self._form("archive_record"), self._checklist_labels(),
            )  # fmt: skip
        written: list[WrittenFile] = []
        jobs = (self._job(item, entries) for item in plan.items)
        pdfs = archive_render.made(jobs, self._workers(len(plan.items)))
        with ExportFolder(folder, name) as target, contextlib.closing(pdfs):
            for done, item in enumerate(plan.items, start=1):
                if cancelled is not None and cancelled():
                    raise ExportCancelled
                pdf = next(pdfs)
                target.write(item.file_name, pdf)
                written.append(WrittenFile(item, fingerprint(pdf), len(pdf)))
                if progress is not None:
                    progress(done, len(plan.items))
            target.write(
                metadata_file,
                metadata(
                    made_at, scope, office.municipality if office else "",
                    caseworker.name if caseworker else "", written, anchor,
                ),
            )  # fmt: skip
            if cancelled is not None and cancelled():
                raise ExportCancelled
            published = self._publish_and_record(made_at, scope, target, metadata_file, plan.items)
        return ExportResult(made_at, plan.items, published, metadata_file)

    def _publish_and_record(
        self,
        made_at: datetime,
        scope: ExportScope,
        target: ExportFolder,
        metadata_file: str,
        items: tuple[ArchiveItem, ...],
    ) -> Path:
        """Mark the documents as exported, with the export and an audit record for each, and
        publish the folder. The marks are written (not yet committed) before the rename, so a
        vault that refuses them (the once-only rule) refuses before any file is where the main
        case system's import looks; a rename that fails rolls them back; a commit that fails
        removes the published folder again."""
        published: Path | None = None
        try:
            with self._uow() as uow:
                export = uow.archive.add_export(
                    made_at, scope.key, "", metadata_file,
                    [ExportedItem(i.kind.value, i.item_id, i.version, i.parent_id, i.file_name)
                     for i in items],
                )  # fmt: skip
                for item in items:
                    uow.audit.record(
                        AuditEvent(
                            AuditAction.DOCUMENT_EXPORTED,
                            subject_kind=item.kind.value,
                            subject_id=item.item_id,
                            parent_id=item.parent_id,
                            detail=item.file_name,
                        )
                    )
                published = target.publish()
                uow.archive.set_folder(export.id, str(published))
                uow.commit()
        except BufappError:
            if published is not None:
                withdraw(published)
            raise
        except Exception as failure:  # the vault refused: the files must not stay unmarked
            if published is not None:
                withdraw(published)
            raise ArchiveExportFailed from failure
        return published

    # --- the documents ------------------------------------------------------------------------

    def _contact_forms(self) -> tuple[Form, Form]:
        return (
            self._form("common"),
            self._form("contact_extract"),
        )

    def _job(self, item: ArchiveItem, entries: _Entries) -> archive_render.Job:
        """What making the document needs, read from the vault here (see ``archive_render``)."""
        if item.stored_document_id is not None:
            with self._uow() as uow:
                return archive_render.Job(kept=uow.documents.pdf(item.stored_document_id))
        if item.kind is ItemKind.CONTACT_ENTRY:
            return archive_render.Job(self._entry_recipe(item.item_id, entries))
        if item.kind is ItemKind.MINUTES:
            return archive_render.Job(self._minutes(item.item_id))
        if item.kind is ItemKind.NETWORK_MAP:
            return archive_render.Job(self._map(item.item_id, forms_override=self._forms))
        if (
            item.kind in FOLLOW_UP_KINDS
            or item.kind in VISIT_KINDS
            or item.kind is ItemKind.LIVING_ASSESSMENT
        ):
            return archive_render.Job(self._record_recipe(item, entries))
        if item.kind in FEEDBACK_KINDS or item.kind is ItemKind.GROUP_PARTICIPATION:
            return archive_render.Job(self._record_recipe(item, entries))
        raise ArchiveExportFailed  # a referral is always sent as its kept letter

    def _entry_recipe(self, entry_id: int, entries: _Entries) -> Recipe:
        """One contact entry as the contact-log extract shows it, alone: the extract's layout
        and wording, so an entry reads the same in the archive as in an extract."""
        with self._uow() as uow:
            entry = uow.contacts.get(entry_id)
            linked = [uow.children.get(c) for c in entry.child_ids]
            children = linked or uow.children.of_parent(entry.parent_id)
        day = oslo_date(entry.occurred_at)
        child_names: dict[int | None, str] = {c.id: c.full_name for c in linked}
        names = entries.names
        data = ContactExtract(
            parent_name=names.get(entry.parent_id, ""),
            start=day,
            end=day,
            entries=(extract_entry(entry, entry.parent_id, names, child_names),),
            caseworker=entries.caseworker,
            dated=oslo_date(self._now()),
            our_reference=case_numbers(children),
        )
        common, wording = entries.forms
        return Recipe(build_contact_extract, data, entries.head, common, wording)

    def _record_recipe(self, item: ArchiveItem, entries: _Entries) -> Recipe:
        """A follow-up record as the access pack lays it out, alone, in the archive's wording
        (about the parent, not to them). The office's own copy: nothing withheld."""
        today = oslo_date(self._now())
        with self._uow() as uow:
            if item.kind in VISIT_KINDS:
                event = visit_record_event(uow, item, entries.record)
            elif item.kind in FEEDBACK_KINDS:
                feedback = self._form("feedback")
                event = feedback_record_event(uow, item, entries.record, feedback)
            elif item.kind is ItemKind.GROUP_PARTICIPATION:
                event = group_offer_record_event(uow, item, entries.record)
            elif item.kind is ItemKind.LIVING_ASSESSMENT:
                event = living_record_event(uow, item, entries.record)
            else:
                event = record_event(uow, item, entries.labels, today, entries.record)
        data = ArchiveRecord(
            parent_name=entries.names.get(item.parent_id, ""),
            event=event,
            caseworker=entries.caseworker,
            dated=today,
            our_reference=", ".join(item.case_numbers),
        )
        common, _extract = entries.forms
        return Recipe(build_archive_record, data, entries.head, common, entries.record)


@dataclass(frozen=True)
class _Entries:
    """What every contact entry of one export shares, read from the vault once per export (the
    parents' names are every parent of the office: read per entry, they grew with both)."""

    forms: tuple[Form, Form]
    names: dict[int, str]
    head: Letterhead
    caseworker: str
    record: Form  # the wording of the follow-up's records (forms/archive_record.toml)
    labels: dict[str, str]  # the follow-up checklist's items by key
