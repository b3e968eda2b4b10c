"""The information sheet for a parent (issue 20 § 2): built on the database thread, previewed
like every other document, and, once printed or saved, kept as PDF/A with the items it gives
noted on the parent's checklist (``FollowUpDocuments.keep_information_sheet``). The window
wires ``print_sheet`` to the follow-up page and the parent card.

A parent with children placed on different bases chooses the sheet's basis first; the most
recent placement's is the default (and the one a closed question keeps)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.errors import BufappError
from bufapp.ui.documents.actions import titled_in
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.domain.enums import PlacementBasis
    from bufapp.services.followup.documents import MadeSheet
    from bufapp.ui.documents.actions import DocumentActions

TITLE = QT_TR_NOOP("Informasjonsark – {name}")
SUGGESTED = "informasjonsark.pdf"
CHOOSE_BASIS = QT_TR_NOOP(
    "Barna til {name} er plassert på ulike grunnlag, og informasjonsarket er forskjellig for "
    "hvert grunnlag. Hvilket ark vil du lage?"
)
NOT_KEPT = QT_TR_NOOP(
    "Informasjonsarket ble skrevet ut eller lagret, men kunne ikke tas vare på i bufapp, og "
    "sjekklisten er ikke oppdatert. Lag arket på nytt og skriv det ut igjen.\n\n{reason}"
)


class InformationSheetActions:
    def __init__(self, context: WindowContext, documents: DocumentActions) -> None:
        self._context = context
        self._documents = documents

    def print_sheet(self, parent_id: int, basis: PlacementBasis | None = None) -> None:
        """Preview the sheet for the parent; kept and noted on the checklist once used."""
        context = self._context
        workspace = context.unlocked()
        sheets = workspace.followup_documents

        def asked(found: tuple[list[PlacementBasis], str]) -> None:
            bases, name = found
            chosen = basis
            if chosen is None and len(bases) > 1:
                text = tr(CHOOSE_BASIS).format(name=name)
                later = Messages.choose(context.window, text, bases[1].label, bases[0].label)
                chosen = bases[1] if later else bases[0]
            self._preview(parent_id, chosen, name)

        context.tasks.run(
            lambda: (sheets.bases(parent_id), workspace.register.parent(parent_id).full_name),
            asked,
            self._documents.document_failed,
        )

    def _preview(self, parent_id: int, basis: PlacementBasis | None, name: str) -> None:
        from bufapp.ui.documents.audit import audit_preview
        from bufapp.ui.documents.pdf_preview import PdfPreviewDialog

        context = self._context
        workspace, tasks = context.unlocked(), context.tasks
        sheets = workspace.followup_documents
        title = tr(TITLE).format(name=name)

        def shown(found: tuple[MadeSheet, tuple[tuple[str, ...], str]]) -> None:
            first, (languages, language) = found
            current = [first]  # the sheet in the language last chosen: the one kept
            dialog = PdfPreviewDialog(
                title, first.pdf, SUGGESTED, context.window, languages, language
            )
            audit_preview(dialog, tasks, workspace.audit, parent_id, title)

            def remade(sheet: MadeSheet, code: str) -> None:
                current[0] = sheet
                dialog.replace(sheet.pdf, code)

            def not_made(failure: Exception) -> None:
                dialog.restore_language()
                self._documents.document_failed(failure)

            dialog.language_chosen.connect(
                lambda code: tasks.run(
                    lambda: sheets.in_language(code).information_sheet(parent_id, basis),
                    lambda sheet: remade(sheet, code),
                    not_made,
                )
            )
            dialog.used.connect(
                lambda: tasks.run(
                    lambda: sheets.keep_information_sheet(
                        current[0], titled_in(title, dialog.language, workspace.office_standard)
                    ),
                    lambda _kept: context.refresh(),
                    self._not_kept,
                )
            )
            dialog.open()

        def first() -> tuple[MadeSheet, tuple[tuple[str, ...], str]]:
            offer = sheets.offered_language(parent_id, "information_sheet")
            return sheets.in_language(offer[1]).information_sheet(parent_id, basis), offer

        tasks.run(first, shown, self._documents.document_failed)

    def _not_kept(self, failure: Exception) -> None:
        """The sheet has left the program but is not in the vault: say so, and how to mend it."""
        if not isinstance(failure, BufappError):
            raise failure
        Messages.error(self._context.window, tr(NOT_KEPT).format(reason=str(failure)))
