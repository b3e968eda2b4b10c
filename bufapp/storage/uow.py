"""Unit of work: one session, one transaction, the repositories that share it.

    with UnitOfWork(vault.session_factory) as uow:
        uow.parents.add(parent)
        uow.commit()

Leaving the block without ``commit`` rolls back: nothing is ever half-saved.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TypeVar

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

R = TypeVar("R")


def _repository(kind: Callable[[Session], R]) -> cached_property[R]:
    """Built the first time the unit of work uses it: most units use one or two of them."""
    return cached_property(lambda uow: kind(uow.session))


class UnitOfWork:
    office = _repository(OfficeRepository)
    parents = _repository(ParentRepository)
    children = _repository(ChildRepository)
    placements = _repository(PlacementRepository)
    contacts = _repository(ContactRepository)
    tasks = _repository(TaskRepository)
    plans = _repository(PlanRepository)
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

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._session_factory = session_factory

    def __enter__(self) -> UnitOfWork:
        if "session" in vars(self):  # entered again: the repositories of the last session go
            for name in [name for name in vars(self) if name not in ("_session_factory",)]:
                delattr(self, name)
        self.session = self._session_factory()
        self.memo: dict[str, object] = {}  # read models several rules share, for this unit only
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()
