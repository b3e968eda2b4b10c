"""Every change to a record reaches the audit trail in the same transaction, without the services
having to remember it.

Listeners on the vault's session factory note which records a flush created, changed or removed
(``after_flush``: the new ones have their ids by then); just before the commit, the notes and the
events a service queued itself (``queue``) are written with ``audit_chain.append``. A rollback
forgets them. Drafts are not records and are left out, as are the trail's own tables.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.domain.enums import EntryStatus
from bufapp.storage import audit_chain, driver_sql
from bufapp.storage import models as m
from bufapp.storage.models import audit as ma

_EVENTS = "audit_events"
_MARKS = "audit_savepoints"  # a savepoint -> how many events were noted when it began
CONTEXT = "audit_context"

# Records the trail names, by the kind it calls them.
ROOTS: dict[type, str] = {
    m.ParentRow: "parent",
    m.ChildRow: "child",
    m.PlacementRow: "placement",
    m.ContactEntryRow: "contact_entry",
    m.FollowUpTaskRow: "follow_up_task",
    m.ContactPlanRow: "contact_plan",
    m.ServiceRow: "service",
    m.ConsentRow: "consent",
    m.ReferralRow: "referral",
    m.StoredDocumentRow: "stored_document",
    m.ResponsibilityGroupRow: "responsibility_group",
    m.GroupMeetingRow: "group_meeting",
    m.MeetingActionRow: "meeting_action",
    m.NetworkMapRow: "network_map",
    m.ChildPlanRow: "child_plan",
    m.FollowUpPurposeRow: "follow_up_purpose",
    m.InformationGivenRow: "information_given",
    m.AssessmentRow: "assessment",
    m.ParentEvaluationRow: "parent_evaluation",
    m.WishRow: "parent_wish",
    m.VisitPlanRow: "visit_plan",
    m.VisitRow: "visit",
    m.VisitEvaluationRow: "visit_evaluation",
    m.TravelSupportRow: "travel_support",
    m.GroupOfferRow: "group_offer",
    m.GroupParticipationRow: "group_participation",
    m.OfficeRow: "office",
    m.CaseworkerRow: "caseworker",
    m.NetworkSectorsRow: "network_sectors",
    ma.ArchiveExportRow: "archive_export",
    m.LivingAssessmentRow: "living_assessment",
    m.LivingIntervalRow: "living_interval",
    m.KorScoreRow: "kor_score",
    m.SimpleFeedbackRow: "simple_feedback",
    m.FamilyConferenceRow: "family_conference",
    m.ReportQuoteRow: "report_quote",
}
# Rows that are part of a record: a change to them is a change to the record.
PARTS: dict[type, tuple[str, str]] = {
    m.ContactEntryParentRow: ("contact_entry", "entry_id"),
    m.ContactEntryTopicRow: ("contact_entry", "entry_id"),
    m.ContactEntryChildRow: ("contact_entry", "entry_id"),
    m.ContactEntryVersionRow: ("contact_entry", "entry_id"),
    m.ConsentCategoryRow: ("consent", "consent_id"),
    m.ChildParentRow: ("child", "child_id"),
    m.GroupMeetingVersionRow: ("group_meeting", "meeting_id"),
    m.LivingAreaRow: ("living_assessment", "assessment_id"),
    m.ConferencePersonRow: ("family_conference", "conference_id"),
    m.ConferencePlanItemRow: ("family_conference", "conference_id"),
}
_STRENGTH = {
    AuditAction.CREATED: 4,
    AuditAction.DOCUMENT_MADE: 4,
    AuditAction.WITHDRAWN: 3,
    AuditAction.CONSENT_CHANGED: 2,
    AuditAction.CHANGED: 1,
}


@dataclass(frozen=True)
class AuditContext:
    """What writing needs from the open vault; ``key`` raises VaultLocked once it is locked."""

    key: Callable[[], bytes | bytearray]
    now: Callable[[], datetime] = lambda: datetime.now(UTC)


def queue(session: Session, audit_event: AuditEvent) -> None:
    """Record ``audit_event`` when this session's transaction commits."""
    session.info.setdefault(_EVENTS, []).append(audit_event)


def install(factory: sessionmaker[Session], context: AuditContext) -> None:
    factory.kw.setdefault("info", {})[CONTEXT] = context
    event.listen(factory, "after_flush", _noted)
    event.listen(factory, "before_commit", _write)
    event.listen(factory, "after_transaction_create", _marked)
    event.listen(factory, "after_rollback", _forget)


def _changed(session: Session, row: object) -> bool:
    return session.is_modified(row, include_collections=False)


def _action_for(session: Session, row: Any, kind: str) -> AuditAction:
    if kind == "contact_entry" and row.status is EntryStatus.WITHDRAWN:
        history = inspect(row).attrs.status.history
        if history.added:
            return AuditAction.WITHDRAWN
    if kind == "consent":
        return AuditAction.CONSENT_CHANGED
    return AuditAction.CHANGED


def _noted(session: Session, _flush_context: object) -> None:
    events = session.info.setdefault(_EVENTS, [])
    for row in session.new:
        kind = ROOTS.get(type(row))
        if kind == "stored_document":
            events.append(
                AuditEvent(AuditAction.DOCUMENT_MADE, kind, row.id, row.parent_id, row.title)
            )
        elif kind is not None:
            events.append(AuditEvent(AuditAction.CREATED, kind, _ident(row), _parent_of(row)))
        elif type(row) in PARTS:
            events.append(_part_changed(row))
    for row in session.dirty:
        kind = ROOTS.get(type(row))
        if kind is not None and _changed(session, row):
            events.append(
                AuditEvent(_action_for(session, row, kind), kind, _ident(row), _parent_of(row))
            )
        elif type(row) in PARTS and _changed(session, row):
            events.append(_part_changed(row))
    for row in session.deleted:
        kind = ROOTS.get(type(row))
        if kind is not None:
            events.append(
                AuditEvent(AuditAction.CHANGED, kind, _ident(row), _parent_of(row), "fjernet")
            )
        elif type(row) in PARTS:
            events.append(_part_changed(row))


def _ident(row: Any) -> int | None:
    return getattr(row, "id", None)


def _parent_of(row: Any) -> int | None:
    if isinstance(row, m.ParentRow):
        return row.id
    return getattr(row, "parent_id", None)


def _part_changed(row: Any) -> AuditEvent:
    kind, column = PARTS[type(row)]  # the parent is the record's, found when written
    return AuditEvent(AuditAction.CHANGED, kind, getattr(row, column))


def _merged(events: list[AuditEvent]) -> list[AuditEvent]:
    """One record per thing changed in a transaction: its creation beats its changes. Events a
    service queued without a subject are kept as they are."""
    kept: dict[tuple[str, int | None, str], AuditEvent] = {}
    order: list[tuple[str, int | None, str]] = []
    for item in events:
        if item.action in _STRENGTH:
            slot = (item.subject_kind, item.subject_id, "change")
        else:
            slot = (item.subject_kind, item.subject_id, f"{item.action}:{len(order)}")
        current = kept.get(slot)
        if current is None:
            order.append(slot)
            kept[slot] = item
        elif _STRENGTH[item.action] > _STRENGTH[current.action] or (
            _STRENGTH[item.action] == _STRENGTH[current.action]
            and item.detail
            and not current.detail
        ):  # a stronger action wins; of two changes, the one that says more ("fjernet")
            kept[slot] = item
    return [kept[slot] for slot in order]


# Run on the driver's cursor (driver_sql), as the trail's own statements: every commit sends them.
_TRAIL_PRESENT = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'"
_ACTOR = f"SELECT name FROM {m.CaseworkerRow.__tablename__} LIMIT 1"

# Where the parents of records without their own parent_id are found: (record, parent) pairs
# for the records whose ids are given as one JSON array, in the parent's order.
_IDS = "(SELECT value FROM json_each(?))"
_PARENT_OF = {
    "contact_entry": f"SELECT id, parent_id FROM contact_entry WHERE id IN {_IDS}",
    "consent": f"SELECT id, parent_id FROM consent WHERE id IN {_IDS}",
    # A child concerns each of its parents: one record for each, so both see it in their trail.
    "child": f"SELECT child_id, parent_id FROM child_parent WHERE child_id IN {_IDS} "
    "ORDER BY parent_id",
    "placement": "SELECT p.id, l.parent_id FROM placement p JOIN child_parent l "
    f"ON l.child_id = p.child_id WHERE p.id IN {_IDS} ORDER BY l.parent_id",
    "child_plan": "SELECT p.id, l.parent_id FROM child_plan p JOIN child_parent l "
    f"ON l.child_id = p.child_id WHERE p.id IN {_IDS} ORDER BY l.parent_id",
    "living_assessment": f"SELECT id, parent_id FROM living_assessment WHERE id IN {_IDS}",
    "visit_evaluation": "SELECT e.id, p.parent_id FROM visit_evaluation e JOIN visit_plan p "
    f"ON p.id = e.plan_id WHERE e.id IN {_IDS}",
    "group_meeting": "SELECT m.id, g.parent_id FROM group_meeting m JOIN responsibility_group g "
    f"ON g.id = m.group_id WHERE m.id IN {_IDS}",
    "meeting_action": "SELECT a.id, g.parent_id FROM meeting_action a JOIN responsibility_group g "
    f"ON g.id = a.group_id WHERE a.id IN {_IDS}",
    "family_conference": f"SELECT id, parent_id FROM family_conference WHERE id IN {_IDS}",
}


def _parents_by_record(
    session: Session, events: list[AuditEvent]
) -> dict[tuple[str, int], list[int]]:
    """The parents of every record that needs them looked up, one query per kind, not one per
    record: a batch of a hundred children costs one query."""
    wanted: dict[str, set[int]] = {}
    for item in events:
        if (
            item.parent_id is None
            and item.subject_id is not None
            and item.subject_kind in _PARENT_OF
        ):
            wanted.setdefault(item.subject_kind, set()).add(item.subject_id)
    found: dict[tuple[str, int], list[int]] = {}
    for kind, idents in wanted.items():
        ids = json.dumps(sorted(idents))
        for ident, parent_id in driver_sql.run(session.connection(), _PARENT_OF[kind], (ids,)):
            found.setdefault((kind, ident), []).append(parent_id)
    return found


def _with_parents(session: Session, events: list[AuditEvent]) -> list[AuditEvent]:
    """Name the parent for records that do not carry one themselves; a child's or placement's
    record is written once for each of the child's parents."""
    parents = _parents_by_record(session, events)
    resolved = []
    for item in events:
        found = parents.get((item.subject_kind, item.subject_id or 0), [])
        if item.parent_id is None and found:
            resolved += [
                AuditEvent(item.action, item.subject_kind, item.subject_id, p, item.detail)
                for p in found
            ]
        else:
            resolved.append(item)
    return resolved


def _marked(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested:
        marks = session.info.setdefault(_MARKS, {})
        marks[transaction] = len(session.info.get(_EVENTS, []))


def _write(session: Session) -> None:
    context: AuditContext | None = session.info.get(CONTEXT)
    if context is None:
        return
    session.flush()  # the records of this transaction get their ids and are noted
    if session.in_nested_transaction():
        return  # a savepoint released: its events are written with the whole transaction
    session.info.pop(_MARKS, None)
    events = session.info.pop(_EVENTS, [])
    if not events:
        return
    connection = session.connection()
    if not driver_sql.run(connection, _TRAIL_PRESENT, ()):
        return  # a schema from before the trail (only while migrating or testing migrations)
    merged = _with_parents(session, _merged(events))
    found = driver_sql.run(connection, _ACTOR, ())
    actor = (found[0][0] if found else None) or ""
    audit_chain.append(session, context.key(), actor, merged, context.now())


def _forget(session: Session) -> None:
    """A savepoint rolled back forgets only what was noted inside it; the transaction, all."""
    savepoint = session.get_nested_transaction()
    mark = session.info.get(_MARKS, {}).pop(savepoint, None) if savepoint is not None else None
    if mark is None:
        session.info.pop(_EVENTS, None)
        session.info.pop(_MARKS, None)
    else:
        del session.info.get(_EVENTS, [])[mark:]
