"""The audit trail as the unit of work sees it: ``uow.audit`` to record, ``uow.audit_records`` to
read and check."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bufapp.domain.audit import AuditAction, AuditAnchor, AuditEvent, AuditRecord, ChainReport
from bufapp.errors import VaultLocked
from bufapp.storage import audit_capture, audit_chain
from bufapp.storage.models.audit import AuditRecordRow


def _record(row: AuditRecordRow) -> AuditRecord:
    return AuditRecord(
        seq=row.seq,
        at=row.at,
        actor=row.actor,
        action=AuditAction(row.action),
        subject_kind=row.subject_kind,
        subject_id=row.subject_id,
        parent_id=row.parent_id,
        detail=row.detail,
    )


class AuditQueue:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(self, event: AuditEvent) -> None:
        """Written with the unit of work's commit, in the same transaction."""
        audit_capture.queue(self._session, event)


class AuditRecords:
    def __init__(self, session: Session) -> None:
        self._session = session

    def of_parent(self, parent_id: int) -> list[AuditRecord]:
        """Everything recorded about one parent, oldest first."""
        rows = self._session.scalars(
            select(AuditRecordRow)
            .where(AuditRecordRow.parent_id == parent_id)
            .order_by(AuditRecordRow.seq)
        )
        return [_record(row) for row in rows]

    def last(self, action: AuditAction) -> AuditRecord | None:
        row = self._session.scalars(
            select(AuditRecordRow)
            .where(AuditRecordRow.action == str(action))
            .order_by(AuditRecordRow.seq.desc())
            .limit(1)
        ).first()
        return None if row is None else _record(row)

    def recent(self, limit: int = 200) -> list[AuditRecord]:
        rows = self._session.scalars(
            select(AuditRecordRow).order_by(AuditRecordRow.seq.desc()).limit(limit)
        )
        return [_record(row) for row in rows]

    def head(self) -> AuditAnchor:
        return audit_chain.head(self._session)

    def verify(self, anchor: AuditAnchor | None = None) -> ChainReport:
        """The whole chain; with ``anchor`` (kept outside the vault) also that the trail still
        holds it."""
        context = self._session.info.get(audit_capture.CONTEXT)
        if context is None:
            raise VaultLocked
        if anchor is None:
            return audit_chain.verify(self._session, context.key())
        return audit_chain.verify_anchor(self._session, context.key(), anchor)
