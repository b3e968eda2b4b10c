"""Unit of work: one session, one transaction, the repositories that share it.

    with UnitOfWork(vault.session_factory) as uow:
        uow.parents.add(parent)
        uow.commit()

Leaving the block without ``commit`` rolls back: nothing is ever half-saved.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from bufapp.storage.archive_repository import ArchiveRepository
from bufapp.storage.audit_repository import AuditQueue, AuditRecords
from bufapp.storage.consent_repository import ConsentRepository, ServiceRepository
from bufapp.storage.contact_repository import ContactRepository
from bufapp.storage.document_repository import DocumentRepository
from bufapp.storage.followup_repository import PlanRepository, TaskRepository
from bufapp.storage.group_repository import (
    ActionRepository,
    GroupRepository,
    MeetingRepository,
)
from bufapp.storage.network_repository import NetworkMapRepository, NetworkSectorSettings
from bufapp.storage.referral_repository import ReferralRepository
from bufapp.storage.register_reads import RegisterReads
from bufapp.storage.repositories import (
    ChildRepository,
    DraftRepository,
    OfficeRepository,
    ParentRepository,
    PlacementRepository,
)


class UnitOfWork:
    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._session_factory = session_factory

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self.memo: dict[str, object] = {}  # read models several rules share, for this unit only
        self.office = OfficeRepository(self.session)
        self.parents = ParentRepository(self.session)
        self.children = ChildRepository(self.session)
        self.placements = PlacementRepository(self.session)
        self.contacts = ContactRepository(self.session)
        self.tasks = TaskRepository(self.session)
        self.plans = PlanRepository(self.session)
        self.services = ServiceRepository(self.session)
        self.consents = ConsentRepository(self.session)
        self.referrals = ReferralRepository(self.session)
        self.drafts = DraftRepository(self.session)
        self.documents = DocumentRepository(self.session)
        self.groups = GroupRepository(self.session)
        self.meetings = MeetingRepository(self.session)
        self.actions = ActionRepository(self.session)
        self.network_maps = NetworkMapRepository(self.session)
        self.network_sectors = NetworkSectorSettings(self.session)
        self.audit = AuditQueue(self.session)
        self.audit_records = AuditRecords(self.session)
        self.archive = ArchiveRepository(self.session)
        self.reads = RegisterReads(self.session)  # column queries: the list, deadline inputs
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()
