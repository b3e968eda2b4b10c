"""The parent's right of access (innsyn): which contact entries the parent is shown, and how.

A parent may see what the service has recorded about them (forvaltningsloven §§ 18–19,
barnevernsloven § 12-6). A part may be exempt, for example because it would reveal a foster
home's protected address; it is then left out, and the parent is told that something was left
out, when it is from and why (never what it says), so the exemption can be challenged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import Enum

from bufapp.domain.audit import AuditRecord
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import EntryStatus
from bufapp.errors import FieldProblem

EXEMPT_REASON_LENGTH = 300  # a reason is a sentence or two; it is printed in the access pack


class Shown(Enum):
    """How an entry appears in the access pack."""

    IN_FULL = "in_full"  # a final entry: every field, as in the contact-log extract
    AS_WITHDRAWN = "as_withdrawn"  # date, form and why it was withdrawn; not the mistaken text
    LEFT_OUT_EXEMPT = "left_out_exempt"  # listed under "Dette er unntatt innsyn" with the reason
    LEFT_OUT_OPEN = "left_out_open"  # still being written: counted, shown once it is final


def shown_as(entry: ContactEntry) -> Shown:
    """The exemption wins over every status: an exempt entry's text (even a withdrawn one's
    reason) is never printed; an open entry is a draft, not yet a record to hand out."""
    if entry.is_exempt:
        return Shown.LEFT_OUT_EXEMPT
    if entry.status is EntryStatus.WITHDRAWN:
        return Shown.AS_WITHDRAWN
    if entry.status is EntryStatus.OPEN:
        return Shown.LEFT_OUT_OPEN
    return Shown.IN_FULL


def exemption_problems(exempt: bool, reason: str) -> list[FieldProblem]:
    """An exemption needs a written reason (the parent is told it); the reason stays short."""
    if not exempt:
        return []
    if not reason.strip():
        return [
            FieldProblem(
                "exempt_reason",
                "Skriv hvorfor kontakten er unntatt innsyn – begrunnelsen vises for forelderen.",
            )
        ]
    if len(reason.strip()) > EXEMPT_REASON_LENGTH:
        return [
            FieldProblem(
                "exempt_reason",
                f"Begrunnelsen kan ha høyst {EXEMPT_REASON_LENGTH} tegn.",
            )
        ]
    return []


def runs(records: Sequence[AuditRecord]) -> list[tuple[AuditRecord, int]]:
    """The access report's lines: consecutive records of the same thing (what was done, to
    which kind of record, by whom) within the same minute become one line with a count, so
    registering a parent's history in one sitting reads as a few lines, not hundreds. Each
    line keeps its first record (its moment is when the run began)."""
    merged: list[tuple[AuditRecord, int]] = []
    for record in records:
        if merged:
            first, count = merged[-1]
            if (first.actor, first.what) == (record.actor, record.what) and _minute(
                first.at
            ) == _minute(record.at):
                merged[-1] = (first, count + 1)
                continue
        merged.append((record, 1))
    return merged


def _minute(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(second=0, microsecond=0)
