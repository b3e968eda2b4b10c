"""Typed SQLAlchemy 2 models of the vault, one module per feature, all on ``base.Base.metadata``.

These mirror the entities of ``bufapp.domain`` but are storage's own; repositories translate.
A change here needs an alembic migration (``tests/storage/test_migrations.py`` checks they agree).
Importing this package registers every table, so
``from bufapp.storage.models import X`` and the metadata alembic compares stay whole.
"""

from __future__ import annotations

from bufapp.storage.models.audit import (
    ArchiveExportItemRow,
    ArchiveExportRow,
    AuditHeadRow,
    AuditRecordRow,
)
from bufapp.storage.models.base import NAMING, Base, Timestamped, UTCDateTime, stored_enum, utc_now
from bufapp.storage.models.contacts import (
    SEARCH_TABLE,
    SEARCH_VOCABULARY,
    ContactEntryChildRow,
    ContactEntryParentRow,
    ContactEntryRow,
    ContactEntryTopicRow,
    ContactEntryVersionRow,
    ContactPlanRow,
    FollowUpTaskRow,
    include_in_comparison,
)
from bufapp.storage.models.documents import StoredDocumentRow
from bufapp.storage.models.drafts import DraftRow
from bufapp.storage.models.family_conference import (
    ConferencePersonRow,
    ConferencePlanItemRow,
    FamilyConferenceRow,
)
from bufapp.storage.models.feedback import KorScoreRow, SimpleFeedbackRow
from bufapp.storage.models.followup import (
    AssessmentRow,
    ChildPlanRow,
    FollowUpPurposeRow,
    InformationGivenRow,
    ParentEvaluationRow,
    WishRow,
)
from bufapp.storage.models.group_offers import GroupOfferRow, GroupParticipationRow
from bufapp.storage.models.groups import (
    GroupMeetingRow,
    GroupMeetingVersionRow,
    MeetingActionRow,
    ResponsibilityGroupRow,
)
from bufapp.storage.models.living import LivingAreaRow, LivingAssessmentRow, LivingIntervalRow
from bufapp.storage.models.network import NetworkMapRow, NetworkSectorsRow
from bufapp.storage.models.office_report import ReportQuoteRow
from bufapp.storage.models.referrals import ConsentCategoryRow, ConsentRow, ReferralRow, ServiceRow
from bufapp.storage.models.register import (
    CaseworkerRow,
    ChildParentRow,
    ChildRow,
    OfficeRow,
    ParentRow,
    PlacementRow,
)
from bufapp.storage.models.visits import (
    TravelSupportRow,
    VisitEvaluationRow,
    VisitPlanRow,
    VisitRow,
)

__all__ = [
    "NAMING",
    "SEARCH_TABLE",
    "SEARCH_VOCABULARY",
    "ArchiveExportItemRow",
    "ArchiveExportRow",
    "AssessmentRow",
    "AuditHeadRow",
    "AuditRecordRow",
    "Base",
    "CaseworkerRow",
    "ChildParentRow",
    "ChildPlanRow",
    "ChildRow",
    "ConferencePersonRow",
    "ConferencePlanItemRow",
    "ConsentCategoryRow",
    "ConsentRow",
    "ContactEntryChildRow",
    "ContactEntryParentRow",
    "ContactEntryRow",
    "ContactEntryTopicRow",
    "ContactEntryVersionRow",
    "ContactPlanRow",
    "DraftRow",
    "FamilyConferenceRow",
    "FollowUpPurposeRow",
    "FollowUpTaskRow",
    "GroupMeetingRow",
    "GroupMeetingVersionRow",
    "GroupOfferRow",
    "GroupParticipationRow",
    "InformationGivenRow",
    "KorScoreRow",
    "LivingAreaRow",
    "LivingAssessmentRow",
    "LivingIntervalRow",
    "MeetingActionRow",
    "NetworkMapRow",
    "NetworkSectorsRow",
    "OfficeRow",
    "ParentEvaluationRow",
    "ParentRow",
    "PlacementRow",
    "ReferralRow",
    "ReportQuoteRow",
    "ResponsibilityGroupRow",
    "ServiceRow",
    "SimpleFeedbackRow",
    "StoredDocumentRow",
    "Timestamped",
    "TravelSupportRow",
    "UTCDateTime",
    "VisitEvaluationRow",
    "VisitPlanRow",
    "VisitRow",
    "WishRow",
    "include_in_comparison",
    "stored_enum",
    "utc_now",
]
