"""The follow-up's records (issue 20) as documents for the archive: each record of a parent's
follow-up is one internal document (journal type X), as a contact entry is.

- the purpose and the cooperation agreement: one document per parent (there is one of each,
  changed in place), known by the parent's id;
- each of the child's plans, with the child as a party and the child's case number (in a
  case's export only the plans of that case's children); a plan of a child of two parents
  goes once, whichever parent's export finds it first;
- each item of information given, each assessment, each of the parent's evaluations and wishes
  (a wish goes again once it is answered);
- each information sheet the parent was given, exactly as it was kept (PDF/A), as an outgoing
  letter to the parent.

A record has no version of its own; its version is a fingerprint of what it says, so a record
changed after it went is a new version and goes again, and one saved unchanged does not. Like
minutes and maps, the parent's records concern every case of the parent's children.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import fields, is_dataclass, replace
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from bufapp.domain.enums import DocumentKind
from bufapp.domain.followup import (
    Assessment,
    ChildPlan,
    InformationGiven,
    ParentEvaluation,
    Wish,
)
from bufapp.errors import ArchiveExportFailed
from bufapp.services.access.followup import (
    assessment_event,
    child_plan_event,
    evaluation_event,
    has_agreement,
    has_purpose,
    information_event,
    purpose_day,
    purpose_event,
    wish_event,
)
from bufapp.services.archive.model import ArchiveItem, ItemKind, JournalType
from bufapp.services.clock import oslo_date

if TYPE_CHECKING:
    from bufapp.documents.access.pack import PackEvent
    from bufapp.documents.forms import Form
    from bufapp.services.archive.items import Candidates
    from bufapp.storage.uow import UnitOfWork

_VERSION_BYTES = 6  # a fingerprint that fits the vault's integer and the metadata's JSON


def fingerprint_version(*records: Any) -> int:
    """A version number from what ``records`` say (their ids included): the same records give
    the same number in every process, run and Python version (no ``repr`` in it)."""
    said = json.dumps([_plain(r) for r in records], sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(said.encode("utf-8")).digest()
    return int.from_bytes(digest[:_VERSION_BYTES], "big")


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, set | frozenset):  # a plan's purposes: in one order, whatever the hash
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def followup_items(found: Candidates, labels: dict[str, str], today: date) -> list[ArchiveItem]:
    """Every follow-up record of the scope's parents, as documents (see the module)."""
    items: list[ArchiveItem] = []
    for parent_id in found.parent_ids:
        items += _parent_records(found, parent_id, labels, today)
    items += _plans(found)
    items += _information_sheets(found)
    return items


def _item(
    found: Candidates, kind: ItemKind, record: Any, parent_id: int, on: date, about: str = ""
) -> ArchiveItem:
    title = f"{kind.label} {on:%d.%m.%Y}" + (f" – {about}" if about else "")
    return ArchiveItem(
        kind=kind,
        item_id=getattr(record, "id", None) or 0,
        version=fingerprint_version(record),
        parent_id=parent_id,
        title=title,
        document_date=on,
        journal_type=JournalType.INTERNAL,
        case_numbers=found.case_numbers(parent_id, ()),
        parties=found.parties((parent_id,), ()),
        sender=found.caseworker,
    )


def _parent_records(
    found: Candidates, parent_id: int, labels: dict[str, str], today: date
) -> Iterator[ArchiveItem]:
    followup = found.uow.followup
    purpose, plan = followup.purpose(parent_id), found.uow.plans.get(parent_id)
    if has_purpose(purpose) or has_agreement(plan):
        item = _item(found, ItemKind.FOLLOW_UP_PURPOSE, purpose, parent_id,
                     purpose_day(purpose, plan, today))  # fmt: skip
        # Known by the parent (one purpose and one agreement each); both make its version.
        yield replace(item, item_id=parent_id, version=fingerprint_version(purpose, plan))
    for given in followup.information([parent_id]):
        about = labels.get(given.item, given.item)
        yield _item(found, ItemKind.INFORMATION_GIVEN, given, parent_id, given.given_on, about)
    for assessment in followup.assessments([parent_id]):
        yield _item(found, ItemKind.ASSESSMENT, assessment, parent_id, assessment.written_on,
                    assessment.outlook.label)  # fmt: skip
    for evaluation in followup.evaluations(parent_id):
        yield _item(found, ItemKind.PARENT_EVALUATION, evaluation, parent_id, evaluation.on)
    for wish in followup.wishes([parent_id]):
        yield _item(found, ItemKind.PARENT_WISH, wish, parent_id, wish.wished_on,
                    wish.kind.label)  # fmt: skip


def _plans(found: Candidates) -> list[ArchiveItem]:
    seen: dict[int, ArchiveItem] = {}
    for parent_id in found.parent_ids:
        children = [c.id for c in found.children_of(parent_id) if c.id is not None]
        for plan in found.uow.followup.child_plans(children):
            if plan.id in seen or not found.concerns_case((plan.child_id,)):
                continue
            child = found.child(plan.child_id)
            parents = [link.parent_id for link in child.parents]
            seen[plan.id or 0] = replace(
                _item(found, ItemKind.CHILD_PLAN, plan, parent_id, plan.dated, plan.kind.label),
                case_numbers=found.case_numbers(parent_id, (plan.child_id,)),
                parties=found.parties(parents, (plan.child_id,)),
            )
    return list(seen.values())


def _information_sheets(found: Candidates) -> list[ArchiveItem]:
    """Each information sheet the parent was given, exactly as it was kept (PDF/A): a letter
    to the parent, so outgoing, sent the day it was made."""
    sheets = []
    for parent_id in found.parent_ids:
        for kept in found.uow.documents.of_parent(parent_id):
            if kept.kind is not DocumentKind.INFORMATION_SHEET:
                continue
            on = oslo_date(kept.made_at)
            parent = found.names.get(parent_id, "")
            sheets.append(
                ArchiveItem(
                    kind=ItemKind.INFORMATION_SHEET,
                    item_id=kept.id or 0,
                    version=1,  # a kept document is never changed
                    parent_id=parent_id,
                    title=kept.title,
                    document_date=on,
                    journal_type=JournalType.OUTGOING,
                    case_numbers=found.case_numbers(parent_id, ()),
                    parties=found.parties((parent_id,), ()),
                    sender=", ".join(x for x in (found.caseworker, found.office) if x),
                    recipients=(parent,),
                    dispatched_on=on,
                    stored_document_id=kept.id,
                )
            )
    return sheets


RECORD_TYPES: dict[ItemKind, type] = {
    ItemKind.CHILD_PLAN: ChildPlan,
    ItemKind.INFORMATION_GIVEN: InformationGiven,
    ItemKind.ASSESSMENT: Assessment,
    ItemKind.PARENT_EVALUATION: ParentEvaluation,
    ItemKind.PARENT_WISH: Wish,
}
FOLLOW_UP_KINDS = frozenset((ItemKind.FOLLOW_UP_PURPOSE, *RECORD_TYPES))


def record_event(
    uow: UnitOfWork, item: ArchiveItem, labels: Mapping[str, str], today: date, words: Form
) -> PackEvent:
    """The record ``item`` stands for, read now, as the access pack lays it out."""
    if item.kind is ItemKind.FOLLOW_UP_PURPOSE:
        purpose, plan = uow.followup.purpose(item.item_id), uow.plans.get(item.item_id)
        event = purpose_event(purpose, plan, today, words)
        if event is None:  # emptied since the export was planned
            raise ArchiveExportFailed
        return event
    record = uow.followup.get(RECORD_TYPES[item.kind], item.item_id)
    if isinstance(record, ChildPlan):
        return child_plan_event(record, uow.children.get(record.child_id).full_name, words)
    if isinstance(record, InformationGiven):
        return information_event(record, labels.get(record.item, record.item), words)
    if isinstance(record, Assessment):
        return assessment_event(record, words)
    if isinstance(record, ParentEvaluation):
        return evaluation_event(record, words)
    return wish_event(record, words)
