"""The parent's feedback (issue 22 § 2) as documents for the archive, each an internal
document (journal type X): each KOR form (ORS or SRS: the four marks, the sum, the note) and
each simple answer after a conversation with the parent's words, laid out as the access pack
lays them out (``services.access.feedback``), in the archive's wording
(``forms/archive_record.toml`` [feedback]). A corrected score goes again (its version is a
fingerprint of what it says). With the parent as party and the parent's children's case
numbers: feedback belongs to the parent, as minutes do, and goes with every case of theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.domain.feedback import KorScore, SimpleFeedback
from bufapp.domain.feedback_rules import kor_numbers
from bufapp.services.access.feedback import score_event, simple_event
from bufapp.services.archive.followup_items import fingerprint_version
from bufapp.services.archive.model import ArchiveItem, ItemKind, JournalType

if TYPE_CHECKING:
    from bufapp.documents.access.pack import PackEvent
    from bufapp.documents.forms import Form
    from bufapp.services.archive.items import Candidates
    from bufapp.storage.uow import UnitOfWork

FEEDBACK_KINDS = frozenset((ItemKind.KOR_SCORE, ItemKind.SIMPLE_FEEDBACK))


def _item(
    found: Candidates, kind: ItemKind, record: KorScore | SimpleFeedback, about: str
) -> ArchiveItem:
    on = record.given_on
    return ArchiveItem(
        kind=kind,
        item_id=record.id or 0,
        version=fingerprint_version(record),
        parent_id=record.parent_id,
        title=f"{kind.label} {on:%d.%m.%Y} – {about}",
        document_date=on,
        journal_type=JournalType.INTERNAL,
        case_numbers=found.case_numbers(record.parent_id, ()),
        parties=found.parties((record.parent_id,), ()),
        sender=found.caseworker,
    )


def feedback_items(found: Candidates) -> list[ArchiveItem]:
    """Every KOR form and simple answer of the scope's parents, as documents."""
    items: list[ArchiveItem] = []
    if not found.concerns_case(()):
        return items
    for parent_id in found.parent_ids:
        for score in found.uow.feedback.scores_of_parent(parent_id):
            items.append(_item(found, ItemKind.KOR_SCORE, score, score.scale.value.upper()))
        for answer in found.uow.feedback.simple_of_parent(parent_id):
            items.append(_item(found, ItemKind.SIMPLE_FEEDBACK, answer, answer.answer.label))
    return items


def feedback_record_event(
    uow: UnitOfWork, item: ArchiveItem, words: Form, feedback_form: Form
) -> PackEvent:
    """The record ``item`` stands for, read now, as the access pack lays it out."""
    if item.kind is ItemKind.KOR_SCORE:
        numbers = kor_numbers(feedback_form.values)
        return score_event(uow.feedback.score(item.item_id), numbers, words)
    question = str(feedback_form.values.get("simple", {}).get("question", ""))
    return simple_event(uow.feedback.simple(item.item_id), question, words)
