"""The levekår actions the page asks for (``requested``): the new assessment's dialog (its draft
reopened after a lock), the interval, and help where the parent wants it: a referral draft made
by the service and offered to be opened in Henvisninger (``open_referral``, handed in by the
window), or a follow-up task. The dialog is imported where it opens: none of it is needed before
unlocking."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import LIVING_VIEW, WindowContext

if TYPE_CHECKING:  # the unlock screen loads none of the domain
    from bufapp.domain.enums import LivingArea
    from bufapp.domain.living import LivingAssessment
    from bufapp.services.drafts import Draft
    from bufapp.services.living.service import LivingPage

DRAFT_KINDS = ("living-assessment",)
OpenReferral = Callable[[int, int], None]  # (parent, referral)


class LivingActions:
    def __init__(self, context: WindowContext, open_referral: OpenReferral | None = None) -> None:
        self._context = context
        self.open_referral = open_referral  # the window's: Henvisninger with the draft open

    def page_action(self, action: str, parent_id: int, record: object = None) -> None:
        if self._context.workspace() is None:
            return
        if action == "new-assessment":
            self._with_page(parent_id, lambda name, page: self._open(parent_id, name, page))
        elif action == "interval" and isinstance(record, int):
            self._set_interval(parent_id, record)
        elif action in ("referral", "task") and record is not None:
            self._help(action, parent_id, cast("LivingArea", record))

    def _with_page(self, parent_id: int, then: Callable[[str, LivingPage], None]) -> None:
        workspace = self._context.unlocked()
        living, register = workspace.living, workspace.register
        self._context.tasks.run(
            lambda: (register.parent(parent_id).full_name, living.page(parent_id)),
            lambda found: then(*found),
        )

    def _open(
        self,
        parent_id: int,
        name: str,
        page: LivingPage,
        draft: Draft | None = None,
    ) -> None:
        from bufapp.domain.living import LivingAssessment
        from bufapp.ui.living.dialog import AssessmentDialog

        context = self._context
        service = context.unlocked().living
        today = service.today()
        assessment = (
            cast("LivingAssessment", draft.record)
            if draft is not None
            else LivingAssessment(parent_id, today)
        )
        dialog = AssessmentDialog(
            context.tasks,
            service.save_assessment,
            assessment,
            page.prompts,
            page.finance_consequences,
            today,
            about=tr("Forelder: {name}").format(name=name),
            intro=page.intro,
            parent=context.window,
        )
        dialog.accepted.connect(self._reload)
        context.open(dialog, draft)  # once saved, the window's refresh reloads Oversikt

    def _reload(self) -> None:
        view = self._context.built_view(LIVING_VIEW)
        if view is not None:
            view.refresh()  # type: ignore[attr-defined]

    def _set_interval(self, parent_id: int, months: int) -> None:
        living = self._context.unlocked().living

        def done(_none: object) -> None:
            self._reload()
            self._context.refresh()  # Oversikt's date follows the interval

        self._context.tasks.run(
            lambda: living.set_interval(parent_id, months),
            done,
            lambda failure: Messages.error(self._context.window, str(failure)),
        )

    def _help(self, action: str, parent_id: int, area: LivingArea) -> None:
        living = self._context.unlocked().living
        window = self._context.window
        if action == "task":
            self._context.tasks.run(
                lambda: living.task_for(parent_id, area),
                lambda task: self._task_made(task.due),
                lambda failure: Messages.error(window, str(failure)),
            )
            return

        def made(referral: object) -> None:
            from PySide6.QtWidgets import QMessageBox

            referral_id = getattr(referral, "id", None) or 0
            self._context.refresh()
            asked = Messages.ask(
                window,
                tr("Henvisningsutkastet om {a} er lagret under Henvisninger. Det kan ikke "
                   "ferdigstilles før forelderens samtykke dekker det som deles.\n\n"
                   "Vil du åpne utkastet nå?").format(a=tr(area.label).lower()),
                default=QMessageBox.StandardButton.Yes,
            )  # fmt: skip
            if asked == QMessageBox.StandardButton.Yes and self.open_referral is not None:
                self.open_referral(parent_id, referral_id)

        self._context.tasks.run(
            lambda: living.referral_draft_for(parent_id, area),
            made,
            lambda failure: Messages.error(window, str(failure)),
        )

    def _task_made(self, due: object) -> None:
        self._context.refresh()
        when = due.strftime("%d.%m.%Y") if hasattr(due, "strftime") else ""
        Messages.info(
            self._context.window,
            tr("Oppgaven er lagret på forelderen med frist {d}. Du finner den på kortet og "
               "i Oversikt.").format(d=when),
        )  # fmt: skip

    # --- drafts -------------------------------------------------------------------------------

    def reopen_living_draft(self, draft: Draft) -> None:
        """The new assessment a lock interrupted, reopened with what was typed."""
        if self._context.workspace() is None:
            return
        parent_id = int(draft.record_key.split(":", 1)[0])
        self._with_page(parent_id, lambda name, page: self._open(parent_id, name, page, draft))
