"""The follow-up actions the Oppfølging view asks for (``requested``): each dialog opened with
what it needs (the parent's name, the children, the checklist), and the drafts a lock kept
reopened. A saved dialog reloads the page through the window's refresh. The cooperation
agreement is the contact log's dialog and the information sheet the documents' action: the
window hands both in as callables.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, cast

from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.domain.followup import ChildPlan, Wish
    from bufapp.services.drafts import Draft
    from bufapp.services.followup.page import FollowUpPage
    from bufapp.ui.widgets.record_dialog import RecordDialog

# The draft kinds this feature keeps (services/drafts.py decodes them), each with the page's
# action that opens its dialog.
_DRAFT_ACTIONS = {
    "child-plan": "edit-plan",
    "followup-purpose": "purpose",
    "information-given": "information",
    "assessment": "assessment",
    "parent-evaluation": "evaluation",
    "wish": "wish",
    "wish-answer": "answer",
}
DRAFT_KINDS = tuple(_DRAFT_ACTIONS)


@dataclass(frozen=True)
class Opened:
    """What every dialog of the page needs, read in one go on the worker."""

    name: str
    page: FollowUpPage
    items: list[tuple[str, str]]


class FollowUpActions:
    def __init__(
        self,
        context: WindowContext,
        print_sheet: Callable[[int], None],
        edit_agreement: Callable[[int], None],
    ) -> None:
        self._context = context
        self._print_sheet = print_sheet
        self._edit_agreement = edit_agreement

    def page_action(self, action: str, parent_id: int, record: object = None) -> None:
        if self._context.workspace() is None:
            return
        if action == "print-sheet":
            self._print_sheet(parent_id)
        elif action == "agreement":
            self._edit_agreement(parent_id)
        else:
            self._with_page(parent_id, lambda opened: self._open(action, parent_id, record, opened))

    def _with_page(self, parent_id: int, then: Callable[[Opened], None]) -> None:
        workspace = self._context.unlocked()
        followup, register = workspace.followup, workspace.register
        self._context.tasks.run(
            lambda: Opened(
                register.parent(parent_id).full_name,
                followup.page(parent_id),
                followup.checklist_items(),
            ),
            then,
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
        if dialog is not None:  # once saved, the window's refresh reloads the page too
            self._context.open(dialog, draft)

    def _dialog(
        self, action: str, parent_id: int, record: object, opened: Opened
    ) -> RecordDialog | None:  # type: ignore[type-arg]
        from bufapp.domain.enums import (
            ChildPlanKind,
            HomeOutlook,
            InformationManner,
            PlacementBasis,
            WishKind,
        )
        from bufapp.domain.followup import (
            Assessment,
            ChildPlan,
            InformationGiven,
            ParentEvaluation,
            Wish,
        )
        from bufapp.domain.followup_rules import ItemState
        from bufapp.ui.followup import dialogs, wish_dialogs

        context = self._context
        tasks, window, service = context.tasks, context.window, context.unlocked().followup
        today, name, page = service.today(), opened.name, opened.page
        if action in ("new-plan", "edit-plan"):
            children = [(s.child.id or 0, s.child.full_name) for s in page.children]
            if not children:
                return None
            suggested = {
                s.child.id or 0: ChildPlanKind.MEASURE_PLAN
                if s.placement is None or s.placement.basis is PlacementBasis.VOLUNTARY
                else ChildPlanKind.CARE_PLAN
                for s in page.children
            }
            first = children[0][0]
            plan = cast("ChildPlan | None", record) or ChildPlan(first, suggested[first], today)
            return dialogs.ChildPlanDialog(
                tasks, service.save_child_plan, plan, parent_id, children, name, window, suggested
            )
        if action == "purpose":
            return dialogs.PurposeDialog(
                tasks, service.save_purpose, page.purpose, name, today, window
            )
        if action == "information":
            given = record if isinstance(record, InformationGiven) else None
            first_open = next(
                (s.key for s in page.checklist if s.state is not ItemState.UNDERSTOOD), ""
            )
            item = record if isinstance(record, str) else first_open
            given = given or InformationGiven(parent_id, item, today, InformationManner.TALK)
            return dialogs.InformationDialog(
                tasks, service.record_information, given, opened.items, name, window
            )
        if action == "assessment":
            current = page.current_assessment
            outlook = current.outlook if current else HomeOutlook.NOT_NOW
            reassess = today + timedelta(days=wish_dialogs.REASSESS_AFTER_DAYS)  # feeds Oversikt
            assessment = cast("Assessment | None", record) or Assessment(
                parent_id, today, outlook, "", reassess
            )
            return wish_dialogs.AssessmentDialog(
                tasks, service.save_assessment, assessment, name, window
            )
        if action == "evaluation":
            evaluation = cast("ParentEvaluation | None", record) or ParentEvaluation(
                parent_id, today, ""
            )
            return wish_dialogs.ParentEvaluationDialog(
                tasks, service.save_evaluation, evaluation, name, window
            )
        if action == "wish":
            wish = cast("Wish | None", record) or Wish(parent_id, WishKind.MORE_VISITS, "", today)
            return wish_dialogs.WishDialog(tasks, service.save_wish, wish, name, window)
        if action == "answer" and record is not None:
            return wish_dialogs.WishAnswerDialog(
                tasks, service.save_wish, cast("Wish", record), name, today, window
            )
        return None

    # --- drafts -------------------------------------------------------------------------------

    def reopen_followup_draft(self, draft: Draft) -> None:
        """A dialog of the page that a lock interrupted, reopened with what was typed."""
        from bufapp.ui.followup.fields import parent_of_key

        if self._context.workspace() is None:
            return
        parent_id = parent_of_key(draft.record_key)
        action = _DRAFT_ACTIONS[draft.kind]
        record = draft.record
        if action == "purpose":  # the purpose dialog starts from the page's: give it the draft
            self._with_page(
                parent_id,
                lambda opened: self._open(
                    action, parent_id, None, _with_purpose(opened, record), draft
                ),
            )
            return
        self._with_page(
            parent_id, lambda opened: self._open(action, parent_id, record, opened, draft)
        )


def _with_purpose(opened: Opened, purpose: object) -> Opened:
    from dataclasses import replace

    return replace(opened, page=replace(opened.page, purpose=purpose))
