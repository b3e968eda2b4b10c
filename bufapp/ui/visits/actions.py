"""The samvær actions the page asks for (``requested``): each dialog opened with what it needs
(the parent's name, the child's placement, the page's frame texts), and the drafts a lock kept
reopened. A saved dialog reloads the page through the window's refresh. The talks before and
after a visit are the contact log's editor, and sending the plan is the documents' action: the
window hands both in as callables.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:  # the unlock screen loads none of the domain
    from bufapp.domain.enums import TalkMoment
    from bufapp.domain.visit_rules import ScheduledVisit
    from bufapp.domain.visits import TravelSupport, Visit, VisitEvaluation, VisitPlan
    from bufapp.services.drafts import Draft
    from bufapp.services.visits.page import ChildVisits, VisitPage
    from bufapp.ui.widgets.record_dialog import RecordDialog

# The draft kinds this feature keeps (services/drafts.py decodes them).
DRAFT_KINDS = ("visit-plan", "visit", "visit-evaluation", "travel-support")
StartTalk = Callable[[int, "Visit", "TalkMoment"], None]
SendPlan = Callable[[int, int], None]
StartMeeting = Callable[[int, int], None]  # (parent, child)


def _visit_of(parent_id: int, record: object) -> Visit:
    """The visit a talk belongs to: the recorded one, or the plan's day not yet recorded
    (without an id; the talk records it as planned when it is saved)."""
    from bufapp.domain.enums import VisitOutcome
    from bufapp.domain.visit_rules import ScheduledVisit
    from bufapp.domain.visits import Visit

    if isinstance(record, ScheduledVisit):
        if record.visit is not None:
            return record.visit
        return Visit(record.plan_id, parent_id, record.child_id, record.day, VisitOutcome.PLANNED)
    return cast("Visit", record)


@dataclass(frozen=True)
class Opened:
    """What every dialog of the page needs, read in one go on the worker."""

    name: str
    page: VisitPage


class VisitActions:
    def __init__(
        self,
        context: WindowContext,
        start_talk: StartTalk,
        send_plan: SendPlan,
        start_meeting: StartMeeting,
    ) -> None:
        self._context = context
        self._start_talk = start_talk
        self._send_plan = send_plan
        self._start_meeting = start_meeting

    def page_action(self, action: str, parent_id: int, record: object = None) -> None:
        if self._context.workspace() is None:
            return
        if action in ("talk-before", "talk-after") and record is not None:
            from bufapp.domain.enums import TalkMoment

            moment = TalkMoment.BEFORE if action == "talk-before" else TalkMoment.AFTER
            self._start_talk(parent_id, _visit_of(parent_id, record), moment)
        elif action == "visit-meeting" and isinstance(record, int):
            self._start_meeting(parent_id, record)
        elif action == "send-plan" and record is not None:
            self._send_plan(parent_id, cast("VisitPlan", record).id or 0)
        elif action == "new-version" and record is not None:
            self._new_version(parent_id, cast("VisitPlan", record))
        else:
            self._with_page(parent_id, lambda opened: self._open(action, parent_id, record, opened))

    def _with_page(self, parent_id: int, then: Callable[[Opened], None]) -> None:
        workspace = self._context.unlocked()
        visits, register = workspace.visits, workspace.register
        self._context.tasks.run(
            lambda: Opened(register.parent(parent_id).full_name, visits.page(parent_id)), then
        )

    def _new_version(self, parent_id: int, plan: VisitPlan) -> None:
        """The next version drafted by the service (same content, the rhythm going on)."""
        visits = self._context.unlocked().visits
        plan_id = plan.id or 0

        def drafted(opened: Opened) -> None:
            self._context.tasks.run(
                lambda: visits.new_version(plan_id),
                lambda version: self._open("edit-plan", parent_id, version, opened),
                lambda failure: Messages.error(self._context.window, str(failure)),
            )

        self._with_page(parent_id, drafted)

    def _open(
        self,
        action: str,
        parent_id: int,
        record: object,
        opened: Opened,
        draft: Draft | None = None,
    ) -> None:
        dialog = self._dialog(action, parent_id, record, opened)
        if dialog is None:
            return
        if action == "evaluation":  # «fører til ny plan»: offered once it is saved
            dialog.accepted.connect(lambda: self._after_evaluation(parent_id, dialog.saved))
        self._context.open(dialog, draft)  # once saved, the window's refresh reloads the page

    def _dialog(
        self, action: str, parent_id: int, record: object, opened: Opened
    ) -> RecordDialog | None:  # type: ignore[type-arg]
        from bufapp.domain.enums import Supervision
        from bufapp.ui.visits import dialogs
        from bufapp.ui.visits.plan_dialog import VisitPlanDialog

        context = self._context
        tasks, window, service = context.tasks, context.window, context.unlocked().visits
        today, name, page = service.today(), opened.name, opened.page
        if action in ("new-plan", "edit-plan"):
            plan = _plan_for(record, parent_id, page, today)
            if plan is None:
                return None
            child = _child(page, plan.child_id)
            about = _about(name, child)
            basis = child.basis if child is not None else None
            return VisitPlanDialog(
                tasks, service.save_plan, plan, basis, about, page.frame_texts, today, window
            )
        if action == "record-visit" and record is not None:
            visit = _visit_for(record, parent_id)
            child = _child(page, visit.child_id)
            plan = next((v.plan for v in child.history if v.plan.id == visit.plan_id), None) if child else None  # fmt: skip
            supervised = plan is not None and plan.supervision != Supervision.NONE
            return dialogs.VisitDialog(
                tasks, service.record_visit, visit, supervised, _about(name, child), window
            )
        if action == "evaluation" and record is not None:
            evaluation = _evaluation_for(record, today)
            child = next((c for c in page.children for v in c.history
                          if v.plan.id == evaluation.plan_id), None)  # fmt: skip
            return dialogs.EvaluationDialog(
                tasks, service.save_evaluation, evaluation, parent_id, _about(name, child), window
            )
        if action == "travel":
            from bufapp.domain.visits import TravelSupport

            support = cast("TravelSupport | None", record) or TravelSupport(parent_id, today, 0)
            held = [
                (s.visit.id, f"{s.day:%d.%m.%Y} – {c.child.given_names}")
                for c in page.children
                for s in c.schedule
                if s.visit is not None and s.visit.id is not None
            ]
            about = tr("Forelder: {name}").format(name=name)
            return dialogs.TravelDialog(
                tasks, service.save_travel, support, held[::-1], today, about, window
            )
        return None

    def _after_evaluation(self, parent_id: int, saved: object) -> None:
        evaluation = cast("VisitEvaluation | None", saved)
        if evaluation is None or not evaluation.plan_changed:
            return
        from PySide6.QtWidgets import QMessageBox

        asked = Messages.ask(
            self._context.window,
            tr("Evalueringen fører til ny plan. Vil du lage den nye versjonen nå?"),
            default=QMessageBox.StandardButton.Yes,
        )
        if asked != QMessageBox.StandardButton.Yes or self._context.workspace() is None:
            return
        visits = self._context.unlocked().visits
        self._context.tasks.run(
            lambda: visits.plan(evaluation.plan_id),
            lambda plan: self.page_action("new-version", parent_id, plan),
        )

    # --- drafts -------------------------------------------------------------------------------

    def reopen_visit_draft(self, draft: Draft) -> None:
        """A dialog of the page that a lock interrupted, reopened with what was typed."""
        if self._context.workspace() is None:
            return
        parent_id = int(draft.record_key.split(":", 1)[0])
        action = {
            "visit-plan": "edit-plan",
            "visit": "record-visit",
            "visit-evaluation": "evaluation",
            "travel-support": "travel",
        }[draft.kind]
        record = draft.record
        self._with_page(
            parent_id, lambda opened: self._open(action, parent_id, record, opened, draft)
        )


def _child(page: VisitPage, child_id: int) -> ChildVisits | None:
    return next((c for c in page.children if c.child.id == child_id), None)


def _about(name: str, child: ChildVisits | None) -> str:
    if child is None:
        return tr("Forelder: {name}").format(name=name)
    return tr("Forelder: {name} · barn: {child}").format(name=name, child=child.child.full_name)


def _plan_for(record: object, parent_id: int, page: VisitPage, today: object) -> VisitPlan | None:
    """The plan to edit: the record itself, or a new one for the child named by id."""
    from bufapp.domain.enums import VisitBasis, VisitPeriod
    from bufapp.domain.visit_checks import basis_for
    from bufapp.domain.visits import Frequency, VisitPlan

    if isinstance(record, VisitPlan):
        return record
    child = _child(page, int(record)) if isinstance(record, int) else None
    if child is None:
        child = next((c for c in page.children if c.placement is not None), None)
    if child is None:
        return None
    basis = basis_for(child.basis) if child.basis is not None else VisitBasis.DECISION
    return VisitPlan(child.child.id or 0, parent_id, today, basis,  # type: ignore[arg-type]
                     Frequency(1, VisitPeriod.MONTH), first_visit_on=today)  # type: ignore[arg-type]  # fmt: skip


def _visit_for(record: object, parent_id: int) -> Visit:
    """A recorded visit to correct, or a new one on the planned day chosen in the list."""
    from bufapp.domain.enums import VisitOutcome
    from bufapp.domain.visits import Visit

    if isinstance(record, Visit):
        return record
    scheduled = cast("ScheduledVisit", record)
    if scheduled.visit is not None:
        return scheduled.visit
    return Visit(scheduled.plan_id, parent_id, scheduled.child_id, scheduled.day,
                 VisitOutcome.HELD, held_on=scheduled.day)  # fmt: skip


def _evaluation_for(record: object, today: object) -> VisitEvaluation:
    from bufapp.domain.visits import VisitEvaluation, VisitPlan

    if isinstance(record, VisitEvaluation):
        return record
    plan = cast("VisitPlan", record)
    assert isinstance(plan, VisitPlan)
    return VisitEvaluation(plan.id or 0, today)  # type: ignore[arg-type]
