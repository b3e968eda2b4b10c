"""An unlocked workspace: the open vault and the services built on it, dropped together on lock.

The services that make documents are built on first use: their modules import the PDF stack
(reportlab, pypdfium2, pikepdf, about 0.3 s and tens of MiB), which unlocking to the parent
list does not need (issue 18)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.documents.forms import load_form
from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.errors import BufappError
from bufapp.services.audit import AuditService
from bufapp.services.backups import BackupService
from bufapp.services.consents import ConsentService, DirectoryService
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.drafts import DraftService
from bufapp.services.family_conference.service import FamilyConferenceService
from bufapp.services.followup.service import FollowUpService
from bufapp.services.group_offers.service import GroupOfferService
from bufapp.services.groups.service import GroupService
from bufapp.services.living.service import LivingService
from bufapp.services.network_maps import NetworkMapService
from bufapp.services.overview import OverviewService
from bufapp.services.referrals.service import ReferralService
from bufapp.services.register import RegisterService
from bufapp.services.visits.service import VisitService
from bufapp.settings import Settings
from bufapp.storage.integrity import IntegrityReport
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

if TYPE_CHECKING:
    from bufapp.services.access.service import AccessService
    from bufapp.services.archive.export import ArchiveExportService
    from bufapp.services.documents import DocumentService
    from bufapp.services.family_conference.documents import FamilyConferenceDocuments
    from bufapp.services.feedback.service import FeedbackService
    from bufapp.services.followup.documents import FollowUpDocuments
    from bufapp.services.group_offers.documents import GroupOfferDocuments
    from bufapp.services.groups.documents import GroupDocuments
    from bufapp.services.network_documents import NetworkDocuments
    from bufapp.services.office_report.service import OfficeReportService
    from bufapp.services.visits.documents import VisitPlanDocuments


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
    groups: GroupService
    network_maps: NetworkMapService
    followup: FollowUpService
    visits: VisitService
    audit: AuditService
    backups: BackupService
    unit_of_work: Callable[[], UnitOfWork]
    living: LivingService  # levekår (issue 22)
    family_conferences: FamilyConferenceService
    group_offers: GroupOfferService
    # The office's written standard (Settings.office_standard): every document is written in it
    # unless a parent's copy is asked for in another language (``in_language``).
    office_standard: str = "nb"
    # The language of the pages' own words read from forms (the follow-up's checklist, the
    # prompts of levekår, samvær and feedback): the interface's where the form exists in it.
    screen_language: str = "nb"

    @cached_property
    def documents(self) -> DocumentService:
        from bufapp.services.documents import DocumentService

        return DocumentService(self.unit_of_work, language=self.office_standard)

    @cached_property
    def followup_documents(self) -> FollowUpDocuments:
        """The information sheet for a parent (kept as PDF/A, noted on the checklist)."""
        from bufapp.services.followup.documents import FollowUpDocuments

        return FollowUpDocuments(self.unit_of_work, language=self.office_standard)

    @cached_property
    def visit_documents(self) -> VisitPlanDocuments:
        """The visit plan for each party (kept as PDF/A per recipient: the distribution)."""
        from bufapp.services.visits.documents import VisitPlanDocuments

        return VisitPlanDocuments(self.unit_of_work, language=self.office_standard)

    @cached_property
    def group_documents(self) -> GroupDocuments:
        from bufapp.services.groups.documents import GroupDocuments

        return GroupDocuments(self.unit_of_work, language=self.office_standard)

    @cached_property
    def group_offer_documents(self) -> GroupOfferDocuments:
        """The group overview (an office document: saved or printed, not kept per parent)."""
        from bufapp.services.group_offers.documents import GroupOfferDocuments

        return GroupOfferDocuments(self.unit_of_work, language=self.office_standard)

    @cached_property
    def network_documents(self) -> NetworkDocuments:
        from bufapp.services.network_documents import NetworkDocuments

        return NetworkDocuments(self.unit_of_work, language=self.office_standard)

    @cached_property
    def office_report(self) -> OfficeReportService:
        """What the office learns: the year's figures with no names, the chosen words."""
        from bufapp.services.office_report.service import OfficeReportService

        return OfficeReportService(
            self.unit_of_work,
            first_conversation_days=self.register.first_conversation_days,
            first_conversation_any_held=self.register.first_conversation_any_held,
            language=self.office_standard,
        )

    @cached_property
    def archive(self) -> ArchiveExportService:
        from bufapp.services.archive.export import ArchiveExportService

        return ArchiveExportService(self.unit_of_work, language=self.office_standard)

    @cached_property
    def access(self) -> AccessService:
        from bufapp.services.access.service import AccessService

        return AccessService(self.unit_of_work, language=self.office_standard)

    @cached_property
    def feedback(self) -> FeedbackService:
        """The parent's feedback: KOR scores (ORS, SRS) and simple feedback (issue 22)."""
        from bufapp.services.feedback.service import FeedbackService

        return FeedbackService(
            self.unit_of_work, form=lambda: load_form("feedback", self.screen_language)
        )

    @cached_property
    def family_conference_documents(self) -> FamilyConferenceDocuments:
        """The family's plan from a familieråd, printed for those who took part."""
        from bufapp.services.family_conference.documents import FamilyConferenceDocuments

        return FamilyConferenceDocuments(self.unit_of_work, language=self.office_standard)

    def check_soundness(self) -> IntegrityReport:
        """SQLite's quick check on a connection of its own (any thread: it only reads), and its
        verdict given to the writes that wait for it (see storage.soundness)."""
        report = self.backups.quick_check()
        self.vault.soundness.decide(report.problems)
        return report

    def record_opening(self) -> None:
        """On the database thread, after a sound verdict: the opening records, if no write has
        carried them yet."""
        self.vault.record_opening()

    def lock(self) -> None:
        with contextlib.suppress(BufappError):  # a full disk must not keep the vault open
            # LOCKED alone writes no row, so the gate would hold it with the opening records
            # (storage.soundness), which the lock then drops: it waits for the verdict instead
            # and carries them (UNLOCKED first). On damage nothing is written.
            self.vault.soundness.wait_until_sound()
            self.audit.record(AuditEvent(AuditAction.LOCKED, "vault"))
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
    referrals = ReferralService(unit_of_work, language=settings.office_standard)
    register.add_provider(consents.deadline_provider)
    register.add_provider(referrals.deadline_provider)
    groups = GroupService(unit_of_work)
    register.add_provider(groups.deadline_provider)
    screen = settings.interface_language or settings.office_standard
    followup = FollowUpService(
        unit_of_work,
        form=lambda: load_form("followup", screen),
        first_conversation=register.first_conversation_status,
    )
    register.add_provider(followup.deadline_provider)
    visits = VisitService(unit_of_work, form=lambda: load_form("visits", screen))
    register.add_provider(visits.deadline_provider)
    living = LivingService(unit_of_work, form=lambda: load_form("living", screen))
    register.add_provider(living.deadline_provider)
    family_conferences = FamilyConferenceService(unit_of_work)
    register.add_provider(family_conferences.deadline_provider)
    group_offers = GroupOfferService(unit_of_work)
    register.add_provider(group_offers.deadline_provider)
    return Workspace(
        vault=vault,
        register=register,
        overview=OverviewService(unit_of_work, register),
        drafts=DraftService(unit_of_work),
        contact_log=contact_log,
        directory=DirectoryService(unit_of_work),
        consents=consents,
        referrals=referrals,
        groups=groups,
        network_maps=NetworkMapService(unit_of_work),
        followup=followup,
        visits=visits,
        audit=AuditService(unit_of_work),
        backups=BackupService(vault, unit_of_work),
        unit_of_work=unit_of_work,
        living=living,
        family_conferences=family_conferences,
        group_offers=group_offers,
        office_standard=settings.office_standard,
        screen_language=screen,
    )


def _unlocked(workspace: Workspace, how: str = "", check_later: bool = False) -> Workspace:
    """Record the unlock now, or (``check_later``) hold every write, the UNLOCKED record and a
    restore's record first, until ``check_soundness`` has found the file sound."""
    unlocked = AuditEvent(AuditAction.UNLOCKED, "vault", detail=how)
    if not check_later:
        workspace.audit.record(unlocked)
        return workspace
    backups = workspace.backups
    restored = backups.unrecorded_restore()
    opening = [unlocked] if restored is None else [unlocked, restored]
    workspace.vault.soundness.hold(opening, on_recorded=backups.forget_unrecorded_restore)
    return workspace


def open_workspace(
    directory: Path, passphrase: str, settings: Settings, *, check_later: bool = False
) -> Workspace:
    """``check_later``: nothing is written until ``check_soundness`` (the window runs it once
    the list is shown); otherwise the unlock is recorded at once, unchecked."""
    workspace = workspace_for(Vault.open(directory, passphrase), settings)
    return _unlocked(workspace, check_later=check_later)


def recover_workspace(
    directory: Path,
    recovery_key: str,
    new_passphrase: str,
    settings: Settings,
    *,
    check_later: bool = False,
) -> Workspace:
    """As ``open_workspace``; the new passphrase is in the key file, never the database."""
    workspace = workspace_for(Vault.recover(directory, recovery_key, new_passphrase), settings)
    return _unlocked(workspace, "med gjenopprettingsnøkkelen", check_later)
