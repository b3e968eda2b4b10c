"""After unlocking: the drafts a lock kept (unsaved dialogs) reopened, each by the feature it
belongs to, once the person has been told; and the return point (the view and parent the lock
came from) forgotten, as the window has gone back to it already. Part of the window: it may know
every feature."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.services.drafts import Draft
    from bufapp.ui.contacts.actions import ContactActions
    from bufapp.ui.groups.actions import GroupActions
    from bufapp.ui.network.actions import NetworkActions
    from bufapp.ui.referrals.actions import ConsentActions
    from bufapp.ui.register.actions import RegisterActions
    from bufapp.ui.work_area import WorkArea


class DraftReopening:
    def __init__(
        self,
        context: WindowContext,
        work: Callable[[], WorkArea | None],
        *,
        records: RegisterActions,
        contacts: ContactActions,
        consents: ConsentActions,
        groups: GroupActions,
        networks: NetworkActions,
    ) -> None:
        self._context, self._work = context, work
        self._records, self._contacts, self._consents = records, contacts, consents
        self._groups, self._networks = groups, networks

    def reopen(self, drafts: list[Draft]) -> None:
        from bufapp.services.drafts import RETURN_POINT

        context = self._context
        if context.workspace() is None:
            return
        points = [draft for draft in drafts if draft.kind == RETURN_POINT]
        drafts = [draft for draft in drafts if draft.kind != RETURN_POINT]
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

    def _reopen(self, draft: Draft) -> None:
        work = self._work()
        if draft.kind in ("parent", "child", "placement"):
            self._records.reopen_record_draft(draft)
        elif draft.kind == "contact":
            self._contacts.reopen_contact_draft(draft)
        elif draft.kind in ("withdrawal", "task-closing", "contact-plan"):
            self._contacts.reopen_small_draft(draft)
        elif draft.kind in ("service", "consent", "consent-withdrawal"):
            self._consents.reopen_directory_draft(draft)
        elif draft.kind == "referral" and work is not None:
            work.referrals.reopen_draft(draft)
        elif draft.kind in ("group", "action-closing") and work is not None:
            work.groups.reopen_draft(draft, lambda dialog: self._context.open(dialog, draft))
        elif draft.kind in ("meeting-plan", "minutes", "evaluation"):
            self._groups.reopen_meeting_draft(draft)
        elif draft.kind == "network-map":
            self._networks.reopen_network_draft(draft)
