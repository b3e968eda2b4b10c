"""An unlocked workspace: the open vault and the services built on it, dropped together on lock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.contact_log import ContactLogService
from bufapp.services.documents import DocumentService
from bufapp.services.drafts import DraftService
from bufapp.services.group_documents import GroupDocuments
from bufapp.services.groups import GroupService
from bufapp.services.network_documents import NetworkDocuments
from bufapp.services.network_maps import NetworkMapService
from bufapp.services.overview import OverviewService
from bufapp.services.referrals import ReferralService
from bufapp.services.register import RegisterService
from bufapp.settings import Settings
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault


@dataclass
class Workspace:
    vault: Vault
    register: RegisterService
    overview: OverviewService
    drafts: DraftService
    contact_log: ContactLogService
    directory: DirectoryService
    consents: ConsentService
    referrals: ReferralService
    documents: DocumentService
    groups: GroupService
    group_documents: GroupDocuments
    network_maps: NetworkMapService
    network_documents: NetworkDocuments

    def lock(self) -> None:
        self.vault.lock()


def workspace_for(vault: Vault, settings: Settings) -> Workspace:
    def unit_of_work() -> UnitOfWork:
        return UnitOfWork(vault.session_factory)

    register = RegisterService(
        unit_of_work,
        first_conversation_days=settings.first_conversation_days,
        first_conversation_any_held=settings.first_conversation_any_held,
    )
    contact_log = ContactLogService(unit_of_work)
    consents = ConsentService(unit_of_work)
    register.add_provider(contact_log.deadline_provider)
    referrals = ReferralService(unit_of_work)
    register.add_provider(consents.deadline_provider)
    register.add_provider(referrals.deadline_provider)
    groups = GroupService(unit_of_work)
    register.add_provider(groups.deadline_provider)
    return Workspace(
        vault,
        register,
        OverviewService(unit_of_work, register),
        DraftService(unit_of_work),
        contact_log,
        DirectoryService(unit_of_work),
        consents,
        referrals,
        DocumentService(unit_of_work),
        groups,
        GroupDocuments(unit_of_work),
        NetworkMapService(unit_of_work),
        NetworkDocuments(unit_of_work),
    )


def open_workspace(directory: Path, passphrase: str, settings: Settings) -> Workspace:
    return workspace_for(Vault.open(directory, passphrase), settings)


def recover_workspace(
    directory: Path, recovery_key: str, new_passphrase: str, settings: Settings
) -> Workspace:
    return workspace_for(Vault.recover(directory, recovery_key, new_passphrase), settings)
