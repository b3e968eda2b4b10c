"""The familieråd actions the page asks for (``requested``): the dialogs opened with what they
need (the parent's name, the people of the network map), the plan made into follow-up tasks, the
plan printed (the documents' action, handed in by the window), and the drafts a lock kept
reopened. A saved dialog reloads the page through the window's refresh.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, cast

from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:  # the unlock screen loads none of the domain
    from bufapp.domain.family_conference import Approval, FamilyConference
    from bufapp.services.drafts import Draft
    from bufapp.services.family_conference.service import ConferencePage
    from bufapp.ui.widgets.record_dialog import RecordDialog

# The draft kinds this feature keeps (services/drafts.py decodes them).
DRAFT_KINDS = ("family-conference", "conference-approval")
PrintPlan = Callable[[int, int], None]  # (parent, conference)
FOLLOW_UP_AFTER = timedelta(days=182)  # a follow-up conference is suggested after half a year
MADE = QT_TR_NOOP(
    "{n} oppgaver er laget fra familiens plan. De står i kontaktloggen under oppgaver og i Oversikt."
)
NONE_MADE = QT_TR_NOOP("Alle punktene i planen er allerede gjort til oppgaver.")


@dataclass(frozen=True)
class Opened:
    name: str
    page: ConferencePage


class FamilyConferenceActions:
    def __init__(self, context: WindowContext, print_plan: PrintPlan) -> None:
        self._context = context
        self._print_plan = print_plan

    def page_action(self, action: str, parent_id: int, record: object = None) -> None:
        if self._context.workspace() is None:
            return
        if action == "print" and record is not None:
            self._print_plan(parent_id, cast("FamilyConference", record).id or 0)
        elif action == "tasks" and record is not None:
            self.plan_to_tasks(cast("FamilyConference", record).id or 0)
        else:
            self._with_page(parent_id, lambda opened: self._open(action, parent_id, record, opened))

    def plan_to_tasks(self, conference_id: int) -> None:
        context = self._context
        service = context.unlocked().family_conferences

        def made(tasks: list[object]) -> None:
            text = tr(MADE).format(n=len(tasks)) if tasks else tr(NONE_MADE)
            Messages.info(context.window, text)
            context.refresh()

        context.tasks.run(
            lambda: service.plan_to_tasks(conference_id),
            made,
            lambda failure: Messages.error(context.window, str(failure)),
        )

    def _with_page(self, parent_id: int, then: Callable[[Opened], None]) -> None:
        workspace = self._context.unlocked()
        service, register = workspace.family_conferences, workspace.register
        self._context.tasks.run(
            lambda: Opened(register.parent(parent_id).full_name, service.page(parent_id)), then
        )

    def _open(
        self,
        action: str,
        parent_id: int,
        record: object,
        opened: Opened,
        draft: Draft | None = None,
    ) -> None:
        dialog = self._dialog(action, parent_id, record, opened)
        if dialog is not None:
            self._context.open(dialog, draft)

    def _dialog(
        self, action: str, parent_id: int, record: object, opened: Opened
    ) -> RecordDialog | None:  # type: ignore[type-arg]
        from bufapp.domain.family_conference import Approval, FamilyConference
        from bufapp.ui.family_conference.dialogs import ApprovalDialog, ConferenceDialog

        context = self._context
        tasks, window = context.tasks, context.window
        service = context.unlocked().family_conferences
        today = service.today()
        about = tr("Forelder: {name}").format(name=opened.name)
        if action in ("new", "edit"):
            conference = (
                record
                if isinstance(record, FamilyConference)
                else FamilyConference(parent_id, "", today + timedelta(days=21))
            )
            return ConferenceDialog(
                tasks, service.save, conference, opened.page.network, about, today, window
            )
        if action == "approve" and record is not None:
            if isinstance(record, Approval):
                approval = record
                conference = next(
                    (c for c in opened.page.conferences if c.id == record.conference_id), None
                )
            else:
                conference = cast("FamilyConference", record)
                approval = _approval_of(conference, today)
            base = conference.day if conference is not None else today
            return ApprovalDialog(
                tasks, service.record_approval, approval, parent_id, about,
                base + FOLLOW_UP_AFTER, window,
            )  # fmt: skip
        return None

    # --- drafts -------------------------------------------------------------------------------

    def reopen_conference_draft(self, draft: Draft) -> None:
        """A dialog of the page that a lock interrupted, reopened with what was typed."""
        if self._context.workspace() is None:
            return
        parent_id = int(draft.record_key.split(":", 1)[0])
        action = "edit" if draft.kind == "family-conference" else "approve"
        record = draft.record
        self._with_page(
            parent_id, lambda opened: self._open(action, parent_id, record, opened, draft)
        )


def _approval_of(conference: FamilyConference, today: object) -> Approval:
    from bufapp.domain.enums import PlanApproval
    from bufapp.domain.family_conference import Approval

    return Approval(
        conference.id or 0,
        conference.approval or PlanApproval.APPROVED,
        conference.approved_on or today,  # type: ignore[arg-type]
        conference.reservations,
        conference.follow_up_on,
    )
