"""The consent actions the window and the parent card ask for: a parent's consent register (in a
dialog of its own), a new consent, printing a consent declaration, and reopening a service, a
consent or a withdrawal that a lock interrupted. The window owns one, built with its context and
the document actions that print.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QDialog, QVBoxLayout

from bufapp.ui.qt import tr
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.window_context import REFERRALS_VIEW, WindowContext

if TYPE_CHECKING:
    from bufapp.domain.consent import Service
    from bufapp.domain.entities import Parent
    from bufapp.services.drafts import Draft
    from bufapp.ui.documents.actions import DocumentActions
    from bufapp.ui.referrals.panel import ReferralsPanel


class ConsentActions:
    def __init__(self, context: WindowContext, documents: DocumentActions) -> None:
        self._context = context
        self._documents = documents

    def open_consent_register(self, parent_id: int) -> None:
        from bufapp.ui.referrals.consent_register import ConsentRegister

        context = self._context
        workspace = context.unlocked()

        def shown(parent: Parent) -> None:
            dialog = QDialog(context.window)
            dialog.setWindowTitle(tr("Samtykker"))
            dialog.resize(900, 420)
            register = ConsentRegister(
                context.tasks,
                workspace,
                parent_id,
                context.open,  # type: ignore[arg-type]  # a record dialog's registry
                parent.full_name,
                dialog,
            )
            register.changed.connect(context.refresh)
            register.changed.connect(self._refresh_referrals)  # the blocked-draft banner
            register.declaration_requested.connect(
                lambda consent_id: self.print_declaration(parent_id, consent_id)
            )
            QVBoxLayout(dialog).addWidget(register)
            show_parent(dialog, parent.full_name)
            dialog.open()

        context.tasks.run(lambda: workspace.register.parent(parent_id), shown)

    def _refresh_referrals(self) -> None:
        panel = cast("ReferralsPanel | None", self._context.built_view(REFERRALS_VIEW))
        if panel is not None:  # one never opened loads fresh when first shown
            panel.refresh()

    def print_declaration(self, parent_id: int, consent_id: int) -> None:
        from bufapp.domain.enums import DocumentKind

        documents = self._context.unlocked().documents
        title = tr("Samtykkeerklæring")
        self._documents.show_pdf(
            lambda: documents.consent_declaration(consent_id),
            title,
            "samtykkeerklaering.pdf",
            keep=(DocumentKind.CONSENT_DECLARATION, parent_id, title),
            languages=lambda: documents.offered_language(parent_id, "consent"),
            in_language=lambda code: documents.in_language(code).consent_declaration(consent_id),
        )

    def new_consent(self, parent_id: int, draft: Draft | None = None) -> None:
        from bufapp.ui.referrals.consent_dialogs import ConsentDialog

        context = self._context
        workspace = context.unlocked()

        def shown(loaded: tuple[Parent, list[Service]]) -> None:
            parent, services = loaded
            record = draft.record if draft else None
            dialog = ConsentDialog(
                context.tasks, workspace.consents.save, parent_id, services, record,
                workspace.register.today(), parent.full_name, context.window,
            )  # fmt: skip
            context.open(dialog, draft)

        context.tasks.run(
            lambda: (workspace.register.parent(parent_id), workspace.directory.services()), shown
        )

    def reopen_directory_draft(self, draft: Draft) -> None:
        """A service, a consent or a consent withdrawal that a lock interrupted."""
        from bufapp.ui.referrals.consent_dialogs import WithdrawConsentDialog
        from bufapp.ui.referrals.service_dialog import ServiceDialog

        context = self._context
        workspace = context.unlocked()
        record = draft.record
        if draft.kind == "service":
            dialog = ServiceDialog(context.tasks, workspace.directory.save, record, context.window)
            context.open(dialog, draft)
        elif draft.kind == "consent":
            self.new_consent(record.parent_id, draft)
        elif draft.kind == "consent-withdrawal":
            withdrawal = WithdrawConsentDialog(
                context.tasks, workspace.consents.withdraw, record,
                today=workspace.register.today(), parent=context.window,
            )  # fmt: skip
            context.open(withdrawal, draft)
