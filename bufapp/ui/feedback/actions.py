"""The feedback actions the page asks for (``requested``): each dialog opened with the parent's
name, the form's numbers and names, and the parent's recent contacts; and the drafts a lock kept
reopened. A saved dialog reloads the page.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import FEEDBACK_VIEW, WindowContext

if TYPE_CHECKING:  # the unlock screen loads none of the domain
    from bufapp.domain.feedback_rules import KorNumbers
    from bufapp.services.drafts import Draft
    from bufapp.services.feedback.service import ContactChoice, FeedbackPage

# The draft kinds this feature keeps (services/drafts.py decodes them).
DRAFT_KINDS = ("kor-score", "simple-feedback")


@dataclass(frozen=True)
class Opened:
    """What every dialog of the page needs, read in one go on the worker."""

    name: str
    numbers: KorNumbers
    contacts: tuple[ContactChoice, ...]
    question: str


class FeedbackActions:
    def __init__(self, context: WindowContext) -> None:
        self._context = context

    def page_action(self, action: str, parent_id: int, record: object = None) -> None:
        if self._context.workspace() is None:
            return
        self._with_page(parent_id, lambda opened: self._open(action, parent_id, record, opened))

    def _with_page(self, parent_id: int, then: object) -> None:
        workspace = self._context.unlocked()
        feedback, register = workspace.feedback, workspace.register

        def load() -> Opened:
            page: FeedbackPage = feedback.page(parent_id)
            name = register.parent(parent_id).full_name
            return Opened(name, page.numbers, page.contacts, page.question)

        self._context.tasks.run(load, then)  # type: ignore[arg-type]

    def _open(
        self,
        action: str,
        parent_id: int,
        record: object,
        opened: Opened,
        draft: Draft | None = None,
    ) -> None:
        from bufapp.domain.enums import KorScale, Usefulness
        from bufapp.domain.feedback import BLANK_MARKS, KorScore, SimpleFeedback
        from bufapp.ui.feedback.dialogs import ScoreDialog, SimpleDialog

        context = self._context
        workspace = context.unlocked()
        service, today = workspace.feedback, workspace.feedback.today()
        about = tr("Forelder: {name}").format(name=opened.name)
        latest = opened.contacts[0] if opened.contacts else None
        dialog: ScoreDialog | SimpleDialog
        if action in ("new-score", "edit-score"):
            if isinstance(record, KorScore):
                score = record
            else:
                scale = record if isinstance(record, KorScale) else KorScale.ORS
                day = latest.day if latest is not None else today
                score = KorScore(parent_id, scale, day, BLANK_MARKS)
            dialog = ScoreDialog(context.tasks, service.save_score, score, opened.numbers,
                                 opened.contacts, about, context.window)  # fmt: skip
        elif action in ("new-simple", "edit-simple"):
            if isinstance(record, SimpleFeedback):
                feedback = record
            else:
                if latest is None:
                    Messages.info(
                        context.window,
                        tr(
                            "Skriv først samtalen i kontaktloggen. Tilbakemeldingen knyttes "
                            "til den."
                        ),
                    )
                    return
                feedback = SimpleFeedback(parent_id, latest.entry_id, latest.day, Usefulness.YES)
            dialog = SimpleDialog(context.tasks, service.save_simple, feedback, opened.question,
                                  opened.contacts, about, context.window)  # fmt: skip
        else:
            return
        dialog.accepted.connect(self._reload)
        context.open(dialog, draft)

    def _reload(self) -> None:
        view = self._context.built_view(FEEDBACK_VIEW)
        if view is not None:
            view.refresh()  # type: ignore[attr-defined]

    # --- drafts -------------------------------------------------------------------------------

    def reopen_feedback_draft(self, draft: Draft) -> None:
        """A dialog of the page that a lock interrupted, reopened with what was typed."""
        if self._context.workspace() is None:
            return
        parent_id = int(draft.record_key.split(":", 1)[0])
        action = "edit-score" if draft.kind == "kor-score" else "edit-simple"
        record = draft.record
        self._with_page(
            parent_id,
            lambda opened: self._open(action, parent_id, record, opened, draft),
        )
