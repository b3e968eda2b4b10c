"""The feature actions the window owns, in one record for the window's own dispatchers (the
card's links, the drafts reopened after unlocking): each is built by the window with its
``WindowContext``. Part of the window: it names every feature."""

from __future__ import annotations

from dataclasses import dataclass

from bufapp.ui.contacts.actions import ContactActions
from bufapp.ui.contacts.talks import VisitTalks
from bufapp.ui.documents.access_actions import AccessActions
from bufapp.ui.documents.actions import DocumentActions
from bufapp.ui.documents.archive_actions import ArchiveActions
from bufapp.ui.documents.conference_plan_actions import ConferencePlanActions
from bufapp.ui.documents.information_sheet_actions import InformationSheetActions
from bufapp.ui.documents.visit_plan_actions import VisitPlanActions
from bufapp.ui.family_conference.actions import FamilyConferenceActions
from bufapp.ui.feedback.actions import FeedbackActions
from bufapp.ui.followup.actions import FollowUpActions
from bufapp.ui.group_offers.actions import GroupOfferActions
from bufapp.ui.groups.actions import GroupActions
from bufapp.ui.living.actions import LivingActions
from bufapp.ui.network.actions import NetworkActions
from bufapp.ui.referrals.actions import ConsentActions
from bufapp.ui.register.actions import RegisterActions
from bufapp.ui.visits.actions import VisitActions
from bufapp.ui.widgets.window_context import WindowContext


@dataclass(frozen=True)
class Features:
    documents: DocumentActions
    records: RegisterActions
    contacts: ContactActions
    consents: ConsentActions
    groups: GroupActions
    networks: NetworkActions
    access: AccessActions
    archive: ArchiveActions
    followup: FollowUpActions
    visits: VisitActions
    living: LivingActions
    feedback: FeedbackActions
    family_conferences: FamilyConferenceActions
    group_offers: GroupOfferActions

    @classmethod
    def build(cls, context: WindowContext) -> Features:
        """Each with the context and, explicitly, the document actions it prints with."""
        documents = DocumentActions(context)
        contacts = ContactActions(context, documents)
        talks = VisitTalks(context, contacts)
        return cls(
            documents=documents,
            records=RegisterActions(context),
            contacts=contacts,
            consents=ConsentActions(context, documents),
            groups=GroupActions(context, documents),
            networks=NetworkActions(context, documents),
            access=AccessActions(context, documents),
            archive=ArchiveActions(context),
            followup=FollowUpActions(
                context,
                print_sheet=InformationSheetActions(context, documents).print_sheet,
                edit_agreement=contacts.edit_plan,
            ),
            # The talks live in the contact log, the plan's document with the documents.
            visits=VisitActions(
                context,
                start_talk=talks.start_talk,
                send_plan=VisitPlanActions(context, documents).send_plan,
                start_meeting=talks.start_visit_meeting,
            ),
            living=LivingActions(context),  # the window hands in how a referral is opened
            feedback=FeedbackActions(context),
            family_conferences=FamilyConferenceActions(
                context, print_plan=ConferencePlanActions(context, documents).print_plan
            ),
            group_offers=GroupOfferActions(context, documents),
        )
