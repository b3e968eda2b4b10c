"""Unit of work: one transaction, the repositories that share it.

    with UnitOfWork(vault.session_factory) as uow:
        uow.parents.add(parent)
        uow.commit()

Leaving the block without ``commit`` rolls back: nothing is ever half-saved.

The register's hot paths (``register_rows``) run on the unit's ``connection()``: a connection of
the vault's pool, with no ``Session`` built, until something needs one (an ORM repository, the
commit of a unit that wrote or queued audit events); that session then joins the same
connection and transaction. A unit that only reads the register costs a BEGIN and a rollback.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TypeVar

from sqlalchemy.orm import Session

from bufapp.domain.audit import AuditEvent
from bufapp.storage import audit_capture, driver_sql, soundness
from bufapp.storage.archive_repository import ArchiveRepository
from bufapp.storage.audit_repository import AuditQueue, AuditRecords
from bufapp.storage.consent_repository import ConsentRepository, ServiceRepository
from bufapp.storage.contact_repository import ContactRepository
from bufapp.storage.contact_search import ContactSearch
from bufapp.storage.document_repository import DocumentRepository
from bufapp.storage.family_conference_records import FamilyConferenceRecords
from bufapp.storage.feedback_records import FeedbackRecords
from bufapp.storage.followup_records import FollowUpRecords
from bufapp.storage.followup_repository import PlanRepository, TaskRepository
from bufapp.storage.group_offer_records import GroupOfferRecords
from bufapp.storage.group_repository import (
    ActionRepository,
    GroupRepository,
    MeetingRepository,
)
from bufapp.storage.living_records import LivingRecords
from bufapp.storage.network_repository import NetworkMapRepository, NetworkSectorSettings
from bufapp.storage.office_report_reads import OfficeReportReads
from bufapp.storage.referral_repository import ReferralRepository
from bufapp.storage.register_reads import RegisterReads
from bufapp.storage.repositories import (
    ChildRepository,
    DraftRepository,
    OfficeRepository,
    ParentRepository,
    PlacementRepository,
)
from bufapp.storage.sessions import VaultSessions
from bufapp.storage.visit_records import VisitRecords

R = TypeVar("R")


def _repository(kind: Callable[[Session], R]) -> cached_property[R]:
    """Built the first time the unit of work uses it: most units use one or two of them."""
    return cached_property(lambda uow: kind(uow.session))


def _on_unit(kind: Callable[[UnitOfWork], R]) -> cached_property[R]:
    """A repository of hot paths: it runs on the unit's ``connection()``, its session unbuilt."""
    return cached_property(lambda uow: kind(uow))


class UnitOfWork:
    office = _repository(OfficeRepository)
    parents = _on_unit(ParentRepository)
    children = _on_unit(ChildRepository)
    placements = _on_unit(PlacementRepository)
    contacts = _repository(ContactRepository)
    contact_search = _repository(ContactSearch)
    tasks = _repository(TaskRepository)
    plans = _repository(PlanRepository)
    followup = _repository(FollowUpRecords)
    visits = _repository(VisitRecords)
    living = _repository(LivingRecords)
    group_offers = _repository(GroupOfferRecords)
    services = _repository(ServiceRepository)
    consents = _repository(ConsentRepository)
    referrals = _repository(ReferralRepository)
    drafts = _repository(DraftRepository)
    documents = _repository(DocumentRepository)
    groups = _repository(GroupRepository)
    meetings = _repository(MeetingRepository)
    actions = _repository(ActionRepository)
    network_maps = _repository(NetworkMapRepository)
    network_sectors = _repository(NetworkSectorSettings)
    audit = _repository(AuditQueue)
    audit_records = _repository(AuditRecords)
    archive = _repository(ArchiveRepository)
    reads = _repository(RegisterReads)  # column queries: the list, deadline inputs
    feedback = _repository(FeedbackRecords)
    family_conferences = _repository(FamilyConferenceRecords)
    office_report = _repository(OfficeReportReads)  # the office's figures, the chosen words

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._session_factory = session_factory

    def __enter__(self) -> UnitOfWork:
        # Entered again: the repositories and session of the last time go.
        for name in [name for name in vars(self) if name != "_session_factory"]:
            delattr(self, name)
        self._pooled: driver_sql.Pooled | None = None
        self._changes_at_begin: int = 0
        self._queued: list[AuditEvent] = []  # audit events queued before the session exists
        self.memo: dict[str, object] = {}  # read models several rules share, for this unit only
        return self

    @cached_property
    def session(self) -> Session:
        """Built when first asked for; on the unit's pooled connection if it has one, in its
        transaction, told of what was written there (for the soundness gate) and queued."""
        if self._pooled is None or not isinstance(self._session_factory, VaultSessions):
            session = self._session_factory()
        else:
            session = self._session_factory.joining(self._pooled)
            if self._wrote():
                session.info[soundness.WRITES] = True
            # Its transaction takes the connection now, so its commit commits what ran there
            # even when the session itself has nothing to flush or record.
            session.connection()
        for audit_event in self._queued:
            audit_capture.queue(session, audit_event)
        self._queued.clear()
        return session

    def connection(self) -> driver_sql.Target:
        """Where the hot statements run, in the unit's transaction, begun IMMEDIATE at first use
        (the unit holds the write lock from its start, as the engine's begin does). Once the
        session exists, its connection, its pending changes flushed first so they are seen."""
        if "session" in vars(self) or not isinstance(self._session_factory, VaultSessions):
            self.session.flush()
            return self.session.connection()
        if self._pooled is None:
            self._pooled = self._session_factory.pooled()
        if not self._pooled.pooled.driver_connection.in_transaction:  # type: ignore[union-attr]
            driver_sql.run(self._pooled, "BEGIN IMMEDIATE", ())
            self._changes_at_begin = self._total_changes()
        return self._pooled

    def queue(self, audit_event: AuditEvent) -> None:
        """Record ``audit_event`` when the unit commits."""
        if "session" in vars(self):
            audit_capture.queue(self.session, audit_event)
        else:
            self._queued.append(audit_event)

    def _total_changes(self) -> int:
        assert self._pooled is not None
        return self._pooled.pooled.driver_connection.total_changes  # type: ignore[union-attr]

    def _wrote(self) -> bool:
        return self._pooled is not None and self._total_changes() != self._changes_at_begin

    def __exit__(self, *exc: object) -> None:
        try:
            if "session" in vars(self):
                self.session.rollback()
                self.session.close()
        finally:
            if self._pooled is not None:
                self._pooled.pooled.close()  # back to the pool, which rolls back what is open

    def commit(self) -> None:
        if "session" in vars(self) or self._queued or self._wrote():
            self.session.commit()  # its listeners: the soundness gate, the audit trail
        elif self._pooled is not None and self._pooled.pooled.driver_connection.in_transaction:  # type: ignore[union-attr]
            driver_sql.run(self._pooled, "COMMIT", ())  # read only: nothing to gate or record
