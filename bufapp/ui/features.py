"""The feature actions the window owns, in one record for the window's own dispatchers (the
card's links, the drafts reopened after unlocking): each is built by the window with its
``WindowContext``. Part of the window: it names every feature."""

from __future__ import annotations

from dataclasses import dataclass

from bufapp.ui.contacts.actions import ContactActions
from bufapp.ui.documents.access_actions import AccessActions
from bufapp.ui.documents.actions import DocumentActions
from bufapp.ui.documents.archive_actions import ArchiveActions
from bufapp.ui.documents.information_sheet_actions import InformationSheetActions
from bufapp.ui.followup.actions import FollowUpActions
from bufapp.ui.groups.actions import GroupActions
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

    @classmethod
    def build(cls, context: WindowContext) -> Features:
        """Each with the context and, explicitly, the document actions it prints with."""
        documents = DocumentActions(context)
        contacts = ContactActions(context, documents)
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
            # The talks (ui/contacts) and the plan document (ui/documents/visit_plan_actions)
            # come from their own features: until they are wired here, a calm «kommer».
            visits=VisitActions(
                context,
                start_talk=lambda _p, _v, moment: _coming(context, moment.label),  # START_TALK
                send_plan=lambda _p, _plan: _coming(context, "Send samværsplanen"),  # SEND_PLAN
            ),
        )


def _coming(context: WindowContext, what: str) -> None:
    """A placeholder for a part another feature brings."""
    from bufapp.ui.qt import tr
    from bufapp.ui.widgets.messages import Messages

    Messages.info(context.window, tr("{what}: kommer.").format(what=tr(what)))
