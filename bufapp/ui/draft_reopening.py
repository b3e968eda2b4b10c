"""After unlocking: the drafts a lock kept (unsaved dialogs) reopened, each by the feature it
belongs to, once the person has been told; and the return point (the view and parent the lock
came from) forgotten, as the window has gone back to it already. Part of the window: it may know
every feature."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bufapp.ui.family_conference.actions import DRAFT_KINDS as CONFERENCE_DRAFTS
from bufapp.ui.feedback.actions import DRAFT_KINDS as FEEDBACK_DRAFTS
from bufapp.ui.followup.actions import DRAFT_KINDS as FOLLOWUP_DRAFTS
from bufapp.ui.group_offers.actions import DRAFT_KINDS as GROUP_OFFER_DRAFTS
from bufapp.ui.living.actions import DRAFT_KINDS as LIVING_DRAFTS
from bufapp.ui.qt import tr
from bufapp.ui.visits.actions import DRAFT_KINDS as VISIT_DRAFTS
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.services.drafts import Draft
    from bufapp.ui.features import Features
    from bufapp.ui.work_area import WorkArea


class DraftReopening:
    def __init__(
        self, context: WindowContext, work: Callable[[], WorkArea | None], features: Features
    ) -> None:
        self._context, self._work, self._features = context, work, features

    def reopen(self, drafts: list[Draft]) -> None:
        from bufapp.services.drafts import CONTACT_INFORMATION, RETURN_POINT

        context = self._context
        if context.workspace() is None:
            return
        points = [draft for draft in drafts if draft.kind == RETURN_POINT]
        drafts = [draft for draft in drafts if draft.kind != RETURN_POINT]
        self._forget_orphans(drafts)
        drafts = [draft for draft in drafts if draft.kind != CONTACT_INFORMATION]
        if points:  # already gone back to it (MainWindow._return_to): only forgotten here

            def forget() -> None:
                workspace = context.workspace()
                if workspace:
                    workspace.drafts.discard(RETURN_POINT, "")

            context.tasks.run(forget)
        if not drafts:
            return
        Messages.info(
            context.window,
            tr("Du hadde ulagrede endringer. De er tatt vare på og åpnes nå."),
        )
        for draft in drafts:
            self._reopen(draft)

    def _forget_orphans(self, drafts: list[Draft]) -> None:
        """Ticks kept beside a contact's draft are read when it reopens; without one (the
        contact was saved or given up as the lock came) they are forgotten."""
        from bufapp.services.drafts import CONTACT_INFORMATION

        contacts = {d.record_key for d in drafts if d.kind == "contact"}
        orphans = [
            d.record_key
            for d in drafts
            if d.kind == CONTACT_INFORMATION and d.record_key not in contacts
        ]
        workspace = self._context.workspace()
        if orphans and workspace is not None:
            drafts_service = workspace.drafts

            def forget() -> None:
                for key in orphans:
                    drafts_service.discard(CONTACT_INFORMATION, key)

            self._context.tasks.run(forget)

    def _reopen(self, draft: Draft) -> None:
        work, features = self._work(), self._features
        if draft.kind in ("parent", "child", "placement"):
            features.records.reopen_record_draft(draft)
        elif draft.kind == "contact":
            features.contacts.reopen_contact_draft(draft)
        elif draft.kind in ("withdrawal", "task-closing", "contact-plan"):
            features.contacts.reopen_small_draft(draft)
        elif draft.kind in ("service", "consent", "consent-withdrawal"):
            features.consents.reopen_directory_draft(draft)
        elif draft.kind == "referral" and work is not None:
            work.referrals.reopen_draft(draft)
        elif draft.kind in ("group", "action-closing") and work is not None:
            work.groups.reopen_draft(draft, lambda dialog: self._context.open(dialog, draft))
        elif draft.kind in ("meeting-plan", "minutes", "evaluation"):
            features.groups.reopen_meeting_draft(draft)
        elif draft.kind == "network-map":
            features.networks.reopen_network_draft(draft)
        elif draft.kind in FOLLOWUP_DRAFTS:
            features.followup.reopen_followup_draft(draft)
        elif draft.kind in VISIT_DRAFTS:
            features.visits.reopen_visit_draft(draft)
        elif draft.kind in LIVING_DRAFTS:
            features.living.reopen_living_draft(draft)
        elif draft.kind in FEEDBACK_DRAFTS:
            features.feedback.reopen_feedback_draft(draft)
        elif draft.kind in CONFERENCE_DRAFTS:
            features.family_conferences.reopen_conference_draft(draft)
        elif draft.kind in GROUP_OFFER_DRAFTS:
            features.group_offers.reopen_draft(draft)
        elif draft.kind == "report-quote" and work is not None:
            from bufapp.ui.widgets.window_context import OFFICE_REPORT_VIEW

            view = work.view(OFFICE_REPORT_VIEW)
            view.reopen_draft(draft, lambda dialog: self._context.open(dialog, draft))  # type: ignore[attr-defined]
