"""The parent card's links (``ParentsView.link_activated``: an action name and an id), each sent
to the feature that does it: the register's records, the contact log, consents, innsyn, the
archive, a stored document, or the view of referrals, groups, network maps, the follow-up or samvær for the parent.
Part of the window: it may know every feature."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bufapp.ui.widgets.window_context import (
    FOLLOWUP_VIEW,
    GROUPS_VIEW,
    LOG_VIEW,
    NETWORK_VIEW,
    REFERRALS_VIEW,
    VISITS_VIEW,
    WindowContext,
)

if TYPE_CHECKING:
    from bufapp.ui.features import Features
    from bufapp.ui.referrals.panel import ReferralsPanel
    from bufapp.ui.work_area import WorkArea


class CardLinks:
    def __init__(
        self, context: WindowContext, work: Callable[[], WorkArea | None], features: Features
    ) -> None:
        self._context, self._work, self._features = context, work, features

    def follow(self, action: str, ident: int) -> None:
        """``ident`` is the id the link names (a child, a placement, a task, a document, a
        referral); the parent is the one the card shows."""
        work = self._work()
        if self._context.workspace() is None or work is None:
            return
        parent_id = work.parents.current_parent_id
        show_view = self._context.show_view
        features = self._features
        if action == "edit-parent" and parent_id is not None:
            features.records.edit_parent(parent_id)
        elif action == "link-child" and parent_id is not None:
            features.records.link_child(parent_id)
        elif action == "new-child" and parent_id is not None:
            features.records.new_child(parent_id)
        elif action == "edit-child":
            features.records.edit_child(ident)
        elif action == "new-placement":
            features.records.new_placement(ident)
        elif action == "open-log":
            show_view(LOG_VIEW)
        elif action == "new-contact":
            features.contacts.new_contact(parent_id)
        elif action == "contact-plan":
            features.contacts.edit_plan(parent_id)
        elif action == "close-task":
            features.contacts.close_task(ident)
        elif action == "extract":
            features.contacts.make_extract(parent_id)
        elif action == "consents" and parent_id is not None:
            features.consents.open_consent_register(parent_id)
        elif action == "new-consent" and parent_id is not None:
            features.consents.new_consent(parent_id)
        elif action in ("access-pack", "access-report"):
            features.access.access_link(action, parent_id)
        elif action == "archive-export" and parent_id is not None:
            features.archive.export_to_archive(parent_id)
        elif action == "show-document":
            features.documents.show_document(ident)
        elif action == "groups" and parent_id is not None:
            show_view(GROUPS_VIEW)
        elif action == "network" and parent_id is not None:
            show_view(NETWORK_VIEW)
        elif action == "followup" and parent_id is not None:
            show_view(FOLLOWUP_VIEW)
        elif action == "visits" and parent_id is not None:
            show_view(VISITS_VIEW)
        elif action in ("referrals", "new-referral", "open-referral") and parent_id is not None:
            show_view(REFERRALS_VIEW)
            follow_up: Callable[[ReferralsPanel], None] | None = {
                "new-referral": lambda panel: panel.new_referral(),
                "open-referral": lambda panel: panel.open_referral(ident),
            }.get(action)
            work.show_referrals(parent_id, follow_up)
        elif action == "edit-placement":
            features.records.edit_placement(ident)
