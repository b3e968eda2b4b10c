"""The rules of innsyn without a vault: how each entry appears in the access pack (the
exemption wins over every status), that an exemption needs a short reason, and how the access
report folds a run of the same action into one line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bufapp.domain.access import EXEMPT_REASON_LENGTH, Shown, exemption_problems, runs, shown_as
from bufapp.domain.audit import AuditAction, AuditRecord
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.enums import ContactForm, EntryStatus

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def entry(status: EntryStatus, exempt_reason: str = "") -> ContactEntry:
    return ContactEntry(1, WHEN, ContactForm.PHONE, status=status, exempt_reason=exempt_reason)


@pytest.mark.parametrize(
    ("status", "reason", "expected"),
    [
        (EntryStatus.FINAL, "", Shown.IN_FULL),
        (EntryStatus.WITHDRAWN, "", Shown.AS_WITHDRAWN),
        (EntryStatus.OPEN, "", Shown.LEFT_OUT_OPEN),
        (EntryStatus.FINAL, "Sperret adresse", Shown.LEFT_OUT_EXEMPT),
        (EntryStatus.WITHDRAWN, "Sperret adresse", Shown.LEFT_OUT_EXEMPT),
        (EntryStatus.OPEN, "Sperret adresse", Shown.LEFT_OUT_EXEMPT),
        (EntryStatus.FINAL, "   ", Shown.IN_FULL),  # blanks are no reason, so no exemption
    ],
)
def test_the_exemption_wins_over_every_status(
    status: EntryStatus, reason: str, expected: Shown
) -> None:
    assert shown_as(entry(status, reason)) is expected


def test_an_exemption_needs_a_reason_that_is_not_too_long() -> None:
    assert exemption_problems(False, "") == []
    assert exemption_problems(True, "Sperret adresse") == []
    (blank,) = exemption_problems(True, "  ")
    assert blank.field == "exempt_reason" and "Skriv hvorfor" in blank.message
    (long,) = exemption_problems(True, "x" * (EXEMPT_REASON_LENGTH + 1))
    assert str(EXEMPT_REASON_LENGTH) in long.message


def record(seq: int, at: datetime, action: AuditAction, actor: str = "Ingrid") -> AuditRecord:
    return AuditRecord(seq, at, actor, action, "contact_entry", seq, 1, "")


def test_a_run_of_the_same_action_in_one_minute_is_one_line_with_a_count() -> None:
    created = [record(i, WHEN + timedelta(seconds=i), AuditAction.CREATED) for i in range(5)]
    opened = record(6, WHEN + timedelta(seconds=50), AuditAction.OPENED)
    later = record(7, WHEN + timedelta(minutes=2), AuditAction.CREATED)
    someone_else = record(8, WHEN + timedelta(minutes=2), AuditAction.CREATED, actor="Per")
    folded = runs([*created, opened, later, someone_else])
    assert [(r.seq, n) for r, n in folded] == [(0, 5), (6, 1), (7, 1), (8, 1)]
    assert runs([]) == []
