"""The main window's document and consent actions: showing a document (printed or saved ones
are kept in the vault as PDF/A), the consent register and its dialogs, the contact-log extract,
and reopening their drafts after a lock. A mixin of MainWindow.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QVBoxLayout

from bufapp.errors import DisclosureBlocked, ValidationFailed
from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.work_area import REFERRALS_VIEW

if TYPE_CHECKING:
    from bufapp.domain.enums import DocumentKind
    from bufapp.services.drafts import Draft

    Keep = tuple[DocumentKind, int, str]  # what to store when the document is printed or saved


class DocumentActions:
    workspace: Any
    work: Any
    tasks: Any

    def _open(self, dialog: Any, draft: Any = None) -> None:  # provided by MainWindow
        raise NotImplementedError

    def refresh(self, then_select: int | None = None) -> None:  # provided by MainWindow
        raise NotImplementedError

    def _current_parent(self) -> int | None:  # provided by ContactLogActions
        raise NotImplementedError

    # --- documents -------------------------------------------------------------------------------

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

        workspace = self.workspace

        def shown(pdf: bytes, reason: str = "") -> None:
            dialog = PdfPreviewDialog(title, pdf, suggested, self)  # type: ignore[arg-type]
            audit_preview(dialog, self.tasks, workspace.audit, keep[1] if keep else about, title)
            if keep is not None:
                kind, parent_id, name = keep
                dialog.used.connect(
                    lambda: self.tasks.run(
                        lambda: workspace.documents.keep(kind, parent_id, name, pdf, reason),
                        lambda _kept: self.refresh(),
                    )
                )
            dialog.open()

        def failed(failure: Exception) -> None:
            if isinstance(failure, DisclosureBlocked) and failure.whereabouts and reveal:
                self._ask_reveal(failure, reveal, shown)
            else:
                self._document_failed(failure)

        self.tasks.run(build, shown, failed)

    def _ask_reveal(
        self,
        failure: DisclosureBlocked,
        reveal: Callable[[str], bytes],
        shown: Callable[[bytes, str], None],
    ) -> None:
        from bufapp.ui.documents.reveal_dialog import RevealDialog

        dialog = RevealDialog([p.message for p in failure.problems], self)  # type: ignore[arg-type]

        def decided() -> None:
            reason = dialog.reason_text()
            self.tasks.run(
                lambda: reveal(reason), lambda pdf: shown(pdf, reason), self._document_failed
            )

        dialog.accepted.connect(decided)
        dialog.open()

    def _document_failed(self, failure: Exception) -> None:
        if isinstance(failure, ValidationFailed):
            Messages.error(self, "\n".join(p.message for p in failure.problems))  # type: ignore[arg-type]
        else:
            raise failure

    def show_document(self, document_id: int) -> None:
        """A stored document exactly as it was made (already kept: nothing more is stored)."""
        from bufapp.ui.documents.audit import audit_preview
        from bufapp.ui.documents.pdf_preview import PdfPreviewDialog

        documents, audit, tasks = self.workspace.documents, self.workspace.audit, self.tasks

        def shown(stored: tuple[Any, bytes]) -> None:
            described, pdf = stored
            name = f"{described.title}.pdf".replace("/", "-")
            dialog = PdfPreviewDialog(described.title, pdf, name, self)  # type: ignore[arg-type]
            audit_preview(dialog, tasks, audit, described.parent_id, described.title).open()

        self.tasks.run(lambda: documents.stored(document_id), shown)

    def make_extract(self, parent_id: int | None = None) -> None:
        parent_id = parent_id or self._current_parent()
        if self.workspace is None or parent_id is None:
            Messages.info(self, tr("Velg en forelder først."))  # type: ignore[arg-type]
            return
        from bufapp.ui.contacts.extract_dialog import ExtractDialog

        workspace = self.workspace

        def chosen(detail: Any) -> None:
            children = [(c.child.id, c.child.full_name) for c in detail.children]
            dialog = ExtractDialog(
                parent_id, detail.parent.full_name, children, workspace.register.today(), self
            )  # type: ignore[arg-type]
            dialog.accepted.connect(lambda: self._extract(dialog.choice, detail.parent.full_name))
            dialog.open()

        self.tasks.run(lambda: workspace.register.parent_detail(parent_id), chosen)

    def _extract(self, choice: Any, name: str) -> None:
        from bufapp.domain.enums import DocumentKind

        documents = self.workspace.documents
        title = tr("Utdrag av kontaktloggen – {name}").format(name=name)
        self.show_pdf(
            lambda: documents.contact_extract(
                choice.parent_id,
                choice.start,
                choice.end,
                choice.topics,
                choice.child_id,
                audience=choice.audience,
            ),
            title,
            f"utdrag-kontaktlogg-{choice.start:%Y%m%d}-{choice.end:%Y%m%d}.pdf",
            keep=(DocumentKind.CONTACT_EXTRACT, choice.parent_id, title),
        )

    # --- consents --------------------------------------------------------------------------------

    def open_consent_register(self, parent_id: int) -> None:
        from bufapp.ui.referrals.consent_register import ConsentRegister

        workspace = self.workspace

        def shown(parent: Any) -> None:
            dialog = QDialog(self)  # type: ignore[call-overload]
            dialog.setWindowTitle(tr("Samtykker"))
            dialog.resize(900, 420)
            register = ConsentRegister(
                self.tasks, workspace, parent_id, self._open, parent.full_name, dialog
            )
            register.changed.connect(self.refresh)
            register.changed.connect(self._refresh_referrals)  # the blocked-draft banner
            register.declaration_requested.connect(
                lambda consent_id: self.print_declaration(parent_id, consent_id)
            )
            QVBoxLayout(dialog).addWidget(register)
            show_parent(dialog, parent.full_name)
            dialog.open()

        self.tasks.run(lambda: workspace.register.parent(parent_id), shown)

    def _refresh_referrals(self) -> None:
        panel = self.work.built(REFERRALS_VIEW) if self.work is not None else None
        if panel is not None:  # one never opened loads fresh when first shown
            panel.refresh()

    def print_declaration(self, parent_id: int, consent_id: int) -> None:
        from bufapp.domain.enums import DocumentKind

        documents = self.workspace.documents
        title = tr("Samtykkeerklæring")
        self.show_pdf(
            lambda: documents.consent_declaration(consent_id),
            title,
            "samtykkeerklaering.pdf",
            keep=(DocumentKind.CONSENT_DECLARATION, parent_id, title),
        )

    def new_consent(self, parent_id: int, draft: Draft | None = None) -> None:
        from bufapp.ui.referrals.consent_dialogs import ConsentDialog

        workspace = self.workspace

        def shown(loaded: tuple[Any, list[Any]]) -> None:
            parent, services = loaded
            record = draft.record if draft else None
            dialog = ConsentDialog(
                self.tasks, workspace.consents.save, parent_id, services, record,
                workspace.register.today(), parent.full_name, self,
            )  # type: ignore[arg-type]  # fmt: skip
            self._open(dialog, draft)

        self.tasks.run(
            lambda: (workspace.register.parent(parent_id), workspace.directory.services()), shown
        )

    def reopen_directory_draft(self, draft: Draft) -> None:
        """A service, a consent or a consent withdrawal that a lock interrupted."""
        from bufapp.ui.referrals.consent_dialogs import ServiceDialog, WithdrawConsentDialog

        workspace = self.workspace
        record = draft.record
        if draft.kind == "service":
            self._open(ServiceDialog(self.tasks, workspace.directory.save, record, self), draft)  # type: ignore[arg-type]
        elif draft.kind == "consent":
            self.new_consent(record.parent_id, draft)
        elif draft.kind == "consent-withdrawal":
            dialog = WithdrawConsentDialog(
                self.tasks, workspace.consents.withdraw, record,
                today=workspace.register.today(), parent=self,
            )  # type: ignore[arg-type]  # fmt: skip
            self._open(dialog, draft)
