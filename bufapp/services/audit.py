"""The audit trail for the rest of the program: record what is not a change to a record (a parent's
record opened, a document printed, a backup, locking), read a parent's trail, check the chain."""

from __future__ import annotations

from collections.abc import Callable

from bufapp.domain.audit import AuditAction, AuditAnchor, AuditEvent, AuditRecord, ChainReport
from bufapp.storage.uow import UnitOfWork


class AuditService:
    def __init__(self, unit_of_work: Callable[[], UnitOfWork]) -> None:
        self._uow = unit_of_work

    def record(self, event: AuditEvent) -> None:
        with self._uow() as uow:
            uow.audit.record(event)
            uow.commit()

    def of_parent(self, parent_id: int) -> list[AuditRecord]:
        with self._uow() as uow:
            return uow.audit_records.of_parent(parent_id)

    def last(self, action: AuditAction) -> AuditRecord | None:
        with self._uow() as uow:
            return uow.audit_records.last(action)

    def recent(self, limit: int = 200) -> list[AuditRecord]:
        with self._uow() as uow:
            return uow.audit_records.recent(limit)

    def head(self) -> AuditAnchor:
        with self._uow() as uow:
            return uow.audit_records.head()

    def verify(self, anchor: AuditAnchor | None = None) -> ChainReport:
        with self._uow() as uow:
            return uow.audit_records.verify(anchor)
