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

# The languages a parent's document can be made in, and the one to offer first.
Offer = tuple[tuple[str, ...], str]


def titled_in(title: str, language: str, office_standard: str) -> str:
    """«Samtykkeerklæring (English)»: a kept copy made in another language than the office's
    written standard says which in its title."""
    if not language or language == office_standard:
        return title
    from bufapp.ui.documents.pdf_preview import language_label

    return f"{title} ({language_label(language)})"


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
        *,
        languages: Callable[[], Offer] | None = None,
        in_language: Callable[[str], bytes] | None = None,
    ) -> None:
        """Build on the database thread, then preview; once printed or saved, keep it. The
        parent it concerns (``keep``'s, else ``about``) finds the preview in their audit trail.
        A document refused because it would say where a child with hidden whereabouts lives
        can, with ``reveal``, be made anyway once the caseworker has written why.

        A parent's document that can be made in other languages: ``languages`` (on the
        database thread) says which and the one to offer first, ``in_language`` makes it in
        one; the preview then has «Språk:», and what is kept is the one printed or saved."""
        from bufapp.ui.documents.audit import audit_preview
        from bufapp.ui.documents.pdf_preview import PdfPreviewDialog

        context = self._context
        workspace, tasks = context.unlocked(), context.tasks

        def shown(pdf: bytes, reason: str = "", offer: Offer = ((), "")) -> None:
            choices, first = offer
            dialog = PdfPreviewDialog(title, pdf, suggested, context.window, choices, first)
            audit_preview(dialog, tasks, workspace.audit, keep[1] if keep else about, title)
            if in_language is not None and len(choices) > 1:

                def chosen(code: str) -> None:
                    def not_made(failure: Exception) -> None:
                        dialog.restore_language()
                        self.document_failed(failure)

                    tasks.run(
                        lambda: in_language(code), lambda made: dialog.replace(made, code), not_made
                    )

                dialog.language_chosen.connect(chosen)
            if keep is not None:
                kind, parent_id, name = keep

                def kept_name() -> str:
                    """A copy in another language than the office's says which in its title."""
                    return titled_in(name, dialog.language, workspace.office_standard)

                dialog.used.connect(
                    lambda: tasks.run(
                        lambda: workspace.documents.keep(
                            kind, parent_id, kept_name(), dialog.pdf, reason
                        ),
                        lambda _kept: context.refresh(),
                    )
                )
            dialog.open()

        def failed(failure: Exception) -> None:
            if isinstance(failure, DisclosureBlocked) and failure.whereabouts and reveal:
                self._ask_reveal(failure, reveal, shown)
            else:
                self.document_failed(failure)

        if languages is None or in_language is None:
            tasks.run(build, shown, failed)
            return
        offered, made = languages, in_language

        def first() -> tuple[bytes, Offer]:
            offer = offered()
            return made(offer[1]), offer

        tasks.run(first, lambda found: shown(found[0], "", found[1]), failed)

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
