"""Printing the family's plan from a familieråd for those who took part: made on the database
thread through the disclosure rules (the readers are the family and its network), previewed like
every other document, and once printed or saved kept as PDF/A (``FamilyConferenceDocuments.keep``).
A plan that would say what its readers may not know is refused with a Norwegian message; nothing
is kept.

The window wires ``print_plan`` to the familieråd page («Skriv ut planen …»)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.ui.documents.keeping import keep_once
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.services.family_conference.documents import MadeConferencePlan
    from bufapp.ui.documents.actions import DocumentActions

TITLE = QT_TR_NOOP("Familierådets plan – {name}")
SUGGESTED = "familierad-plan.pdf"
NOT_KEPT = QT_TR_NOOP(
    "Planen ble skrevet ut eller lagret, men kunne ikke tas vare på i bufapp. Lag planen på nytt "
    "og skriv den ut igjen.\n\n{reason}"
)


class ConferencePlanActions:
    def __init__(self, context: WindowContext, documents: DocumentActions) -> None:
        self._context = context
        self._documents = documents
        self.previews: list[object] = []  # the open preview, for tests and screenshots

    def print_plan(self, parent_id: int, conference_id: int) -> None:
        from bufapp.ui.documents.audit import audit_preview
        from bufapp.ui.documents.pdf_preview import PdfPreviewDialog

        context = self._context
        workspace, tasks = context.unlocked(), context.tasks
        plans = workspace.family_conference_documents

        def made() -> tuple[MadeConferencePlan, str]:
            return plans.plan(conference_id), workspace.register.parent(parent_id).full_name

        def shown(found: tuple[MadeConferencePlan, str]) -> None:
            plan, name = found
            title = tr(TITLE).format(name=name)
            dialog = PdfPreviewDialog(title, plan.pdf, SUGGESTED, context.window)
            self.previews[:] = [dialog]
            audit_preview(dialog, tasks, workspace.audit, parent_id, title)
            dialog.used.connect(
                keep_once(context, lambda w: w.family_conference_documents.keep(plan), NOT_KEPT)
            )
            dialog.open()

        tasks.run(made, shown, self._documents.document_failed)
