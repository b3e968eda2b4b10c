"""Sending the visit plan to the parties (issue 21, «The plan as a document»): the caseworker
chooses the recipients (every party ticked), each recipient's copy is made on the database
thread through the disclosure rules, all copies are previewed together like every other
document, and once printed or saved each copy is kept as PDF/A with its recipient
(``VisitPlanDocuments.keep``): the distribution on record. A copy that would say what its reader
may not know stops them all, with a Norwegian message naming the field; nothing is kept.

The window wires ``send_plan`` to the visit page («Send planen …» on the plan in force)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.ui.documents.keeping import keep_once
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.services.visits.documents import MadePlanCopy
    from bufapp.services.visits.plan_readers import PlanRecipient
    from bufapp.ui.documents.actions import DocumentActions
    from bufapp.ui.documents.visit_plan_recipients import RecipientChoice

TITLE = QT_TR_NOOP("Samværsplan – {name}")
SUGGESTED = "samvaersplan.pdf"
NOT_KEPT = QT_TR_NOOP(
    "Samværsplanen ble skrevet ut eller lagret, men kunne ikke tas vare på i bufapp, og det er "
    "ikke registrert hvem som har fått den. Lag planen på nytt og skriv den ut igjen.\n\n{reason}"
)


class VisitPlanActions:
    def __init__(self, context: WindowContext, documents: DocumentActions) -> None:
        self._context = context
        self._documents = documents
        self.choices: list[RecipientChoice] = []  # the open choice, for tests and screenshots

    def send_plan(self, parent_id: int, plan_id: int) -> None:
        """Choose the recipients, then preview their copies; kept once printed or saved."""
        context = self._context
        workspace = context.unlocked()
        plans = workspace.visit_documents

        def chosen(found: tuple[list[PlanRecipient], str]) -> None:
            recipients, name = found
            from bufapp.ui.documents.visit_plan_recipients import RecipientChoice

            dialog = RecipientChoice(recipients, context.window)
            self.choices[:] = [dialog]
            dialog.accepted.connect(lambda: self.preview(parent_id, plan_id, dialog.chosen(), name))
            dialog.open()

        context.tasks.run(
            lambda: (plans.recipients(plan_id), workspace.register.parent(parent_id).full_name),
            chosen,
            self._documents.document_failed,
        )

    def preview(self, parent_id: int, plan_id: int, keys: list[str], name: str) -> None:
        """The copies for ``keys``, previewed as one document (each on pages of its own)."""
        from bufapp.documents.visits.bundle import bundled
        from bufapp.ui.documents.audit import audit_preview
        from bufapp.ui.documents.pdf_preview import PdfPreviewDialog

        context = self._context
        workspace, tasks = context.unlocked(), context.tasks
        plans = workspace.visit_documents
        title = tr(TITLE).format(name=name)

        def made() -> tuple[list[MadePlanCopy], bytes]:
            copies = plans.copies(plan_id, keys)
            return copies, bundled([c.pdf for c in copies])

        def shown(found: tuple[list[MadePlanCopy], bytes]) -> None:
            copies, pdf = found
            dialog = PdfPreviewDialog(title, pdf, SUGGESTED, context.window)
            audit_preview(dialog, tasks, workspace.audit, parent_id, title)
            dialog.used.connect(
                keep_once(context, lambda w: w.visit_documents.keep(copies), NOT_KEPT)
            )
            dialog.open()

        tasks.run(made, shown, self._documents.document_failed)
