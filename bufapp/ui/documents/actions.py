"""Showing documents, for every feature: one built on the database thread and previewed (kept
in the vault as PDF/A once printed or saved, and made anyway, with a written reason, where it
would otherwise say where a child with hidden whereabouts lives), and one already stored, exactly
as it was made. The window owns one; the features that print are given it.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bufapp.errors import DisclosureBlocked, ValidationFailed
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.domain.documents import StoredDocument
    from bufapp.domain.enums import DocumentKind

    Keep = tuple[DocumentKind, int, str]  # what to store when the document is printed or saved


class DocumentActions:
    def __init__(self, context: WindowContext) -> None:
        self._context = context

    def show_pdf(
        self,
        build: Callable[[], bytes],
        title: str,
        suggested: str,
        keep: Keep | None = None,
        about: int | None = None,
        reveal: Callable[[str], bytes] | None = None,
    ) -> None:
        """Build on the database thread, then preview; once printed or saved, keep it. The
        parent it concerns (``keep``'s, else ``about``) finds the preview in their audit trail.
        A document refused because it would say where a child with hidden whereabouts lives
        can, with ``reveal``, be made anyway once the caseworker has written why."""
        from bufapp.ui.documents.audit import audit_preview
        from bufapp.ui.documents.pdf_preview import PdfPreviewDialog

        context = self._context
        workspace, tasks = context.unlocked(), context.tasks

        def shown(pdf: bytes, reason: str = "") -> None:
            dialog = PdfPreviewDialog(title, pdf, suggested, context.window)
            audit_preview(dialog, tasks, workspace.audit, keep[1] if keep else about, title)
            if keep is not None:
                kind, parent_id, name = keep
                dialog.used.connect(
                    lambda: tasks.run(
                        lambda: workspace.documents.keep(kind, parent_id, name, pdf, reason),
                        lambda _kept: context.refresh(),
                    )
                )
            dialog.open()

        def failed(failure: Exception) -> None:
            if isinstance(failure, DisclosureBlocked) and failure.whereabouts and reveal:
                self._ask_reveal(failure, reveal, shown)
            else:
                self.document_failed(failure)

        tasks.run(build, shown, failed)

    def _ask_reveal(
        self,
        failure: DisclosureBlocked,
        reveal: Callable[[str], bytes],
        shown: Callable[[bytes, str], None],
    ) -> None:
        from bufapp.ui.documents.reveal_dialog import RevealDialog

        dialog = RevealDialog([p.message for p in failure.problems], self._context.window)

        def decided() -> None:
            reason = dialog.reason_text()
            self._context.tasks.run(
                lambda: reveal(reason), lambda pdf: shown(pdf, reason), self.document_failed
            )

        dialog.accepted.connect(decided)
        dialog.open()

    def document_failed(self, failure: Exception) -> None:
        """A document that could not be made: what was wrong, said calmly."""
        if isinstance(failure, ValidationFailed):
            Messages.error(self._context.window, "\n".join(p.message for p in failure.problems))
        else:
            raise failure

    def show_document(self, document_id: int) -> None:
        """A stored document exactly as it was made (already kept: nothing more is stored)."""
        from bufapp.ui.documents.audit import audit_preview
        from bufapp.ui.documents.pdf_preview import PdfPreviewDialog

        workspace, tasks, window = (
            self._context.unlocked(),
            self._context.tasks,
            self._context.window,
        )
        documents, audit = workspace.documents, workspace.audit

        def shown(stored: tuple[StoredDocument, bytes]) -> None:
            described, pdf = stored
            name = f"{described.title}.pdf".replace("/", "-")
            dialog = PdfPreviewDialog(described.title, pdf, name, window)
            audit_preview(dialog, tasks, audit, described.parent_id, described.title).open()

        tasks.run(lambda: documents.stored(document_id), shown)
