"""A document shown, printed or saved is recorded in the audit trail (the parent may ask who has
seen what about them). One place for every preview dialog; the writing runs on the database
thread and never stands in the person's way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.domain.audit import AuditAction, AuditEvent, SubjectKind

if TYPE_CHECKING:
    from bufapp.services.audit import AuditService
    from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
    from bufapp.ui.widgets.tasks import TaskManager


def audit_preview(
    dialog: PdfPreviewDialog,
    tasks: TaskManager,
    audit: AuditService,
    parent_id: int | None,
    title: str,
) -> PdfPreviewDialog:
    def record(action: AuditAction) -> None:
        event = AuditEvent(action, SubjectKind.DOCUMENT, None, parent_id, title)
        tasks.run(lambda: audit.record(event))

    record(AuditAction.DOCUMENT_PREVIEWED)
    dialog.printed.connect(lambda: record(AuditAction.DOCUMENT_PRINTED))
    dialog.saved.connect(lambda: record(AuditAction.DOCUMENT_SAVED))
    return dialog
