"""One audit record per thing changed in a transaction (storage/audit_capture._merged)."""

from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.storage.audit_capture import _merged

CREATED, CHANGED = AuditAction.CREATED, AuditAction.CHANGED


def test_creation_beats_the_changes_that_follow_it() -> None:
    events = [AuditEvent(CREATED, "contact_entry", 7, 1), AuditEvent(CHANGED, "contact_entry", 7)]
    assert _merged(events) == [AuditEvent(CREATED, "contact_entry", 7, 1)]


def test_a_removal_is_not_hidden_by_an_earlier_change() -> None:
    events = [
        AuditEvent(CHANGED, "follow_up_task", 3, 1),
        AuditEvent(CHANGED, "follow_up_task", 3, 1, "fjernet"),
    ]
    assert _merged(events) == [AuditEvent(CHANGED, "follow_up_task", 3, 1, "fjernet")]


def test_different_records_and_explicit_events_are_all_kept_in_order() -> None:
    opened = AuditEvent(AuditAction.OPENED, "parent", 1, 1, "Foreldre")
    events = [
        AuditEvent(CHANGED, "office", 1),
        AuditEvent(CHANGED, "caseworker", 1),
        opened,
        opened,  # opened twice in one transaction: both were asked for
        AuditEvent(AuditAction.WITHDRAWN, "contact_entry", 2, 1),
        AuditEvent(CHANGED, "contact_entry", 2),
    ]
    assert _merged(events) == [
        AuditEvent(CHANGED, "office", 1),
        AuditEvent(CHANGED, "caseworker", 1),
        opened,
        opened,
        AuditEvent(AuditAction.WITHDRAWN, "contact_entry", 2, 1),
    ]
