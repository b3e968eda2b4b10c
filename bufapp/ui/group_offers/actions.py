"""The group offers' actions the view asks for (``requested``): an offer's dialog (with the
address book for its provider), ending or deleting an offer, printing the overview (previewed,
then saved or printed where the person chooses: an office document, not kept per parent), and a
parent's participation dialog; the drafts a lock kept reopened. A saved dialog reloads the view.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import GROUP_OFFERS_VIEW, WindowContext

if TYPE_CHECKING:  # the unlock screen loads none of the domain
    from bufapp.domain.enums import GroupOfferType
    from bufapp.domain.group_offers import GroupOffer, GroupParticipation
    from bufapp.services.drafts import Draft
    from bufapp.ui.documents.actions import DocumentActions
    from bufapp.ui.widgets.record_dialog import RecordDialog

# The draft kinds this feature keeps (services/drafts.py decodes them).
DRAFT_KINDS = ("group-offer", "group-participation")


class GroupOfferActions:
    def __init__(self, context: WindowContext, documents: DocumentActions) -> None:
        self._context = context
        self._documents = documents

    def page_action(self, action: str, parent_id: int | None, record: object = None) -> None:
        if self._context.workspace() is None:
            return
        if action in ("new-offer", "edit-offer"):
            self._edit_offer(cast("GroupOffer | None", record))
        elif action == "end-offer" and record is not None:
            self._end(cast("GroupOffer", record))
        elif action == "delete-offer" and record is not None:
            self._delete(cast("GroupOffer", record))
        elif action == "print-overview":
            self.print_overview(cast("GroupOfferType | None", record))
        elif action in ("told", "refer", "edit-participation") and parent_id is not None:
            self._edit_participation(action, parent_id, record)

    # --- the catalogue --------------------------------------------------------------------------

    def _edit_offer(self, offer: GroupOffer | None, draft: Draft | None = None) -> None:
        from dataclasses import replace

        from bufapp.domain.enums import GroupOfferType, ServiceType
        from bufapp.domain.group_offers import GroupOffer
        from bufapp.ui.group_offers.dialogs import OfferDialog

        context = self._context
        workspace = context.unlocked()
        service, directory = workspace.group_offers, workspace.directory
        chosen = offer or GroupOffer("", GroupOfferType.ICDP, own_office=True)

        def opened(services: list) -> None:  # type: ignore[type-arg]
            offer = chosen
            if offer.id is None and offer.provider_id is None and draft is None:
                # A new offer is most often the family counselling office's own.
                office = next(
                    (s for s in services if s.type == ServiceType.FAMILY_COUNSELLING), None
                )
                offer = replace(offer, provider_id=office.id if office else None)
            dialog = OfferDialog(
                context.tasks, service.save_offer, offer, services, service.today(), context.window
            )
            self._open(dialog, draft)

        context.tasks.run(directory.services, opened)

    def _end(self, offer: GroupOffer) -> None:
        from PySide6.QtWidgets import QMessageBox

        asked = Messages.ask(
            self._context.window,
            tr(
                "Avslutte «{name}»? Tilbudet blir stående i katalogen som avsluttet, og "
                "foreldrenes deltakelse beholdes. Det tas ikke med i oversikten."
            ).format(name=offer.name),
            default=QMessageBox.StandardButton.Yes,
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        service = self._context.unlocked().group_offers
        offer_id = offer.id or 0
        self._context.tasks.run(lambda: service.end_offer(offer_id), lambda _e: self._changed())

    def _delete(self, offer: GroupOffer) -> None:
        from PySide6.QtWidgets import QMessageBox

        asked = Messages.ask(
            self._context.window,
            tr("Slette «{name}» fra katalogen?").format(name=offer.name),
            default=QMessageBox.StandardButton.No,
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        service = self._context.unlocked().group_offers
        offer_id = offer.id or 0
        self._context.tasks.run(
            lambda: service.delete_offer(offer_id),
            lambda _none: self._changed(),
            self._documents.document_failed,  # says the refusal in words
        )

    def print_overview(self, offer_type: GroupOfferType | None = None) -> None:
        """The current offers as PDF/A, previewed; saved or printed where the person chooses."""
        documents = self._context.unlocked().group_offer_documents
        self._documents.show_pdf(
            lambda: documents.overview(offer_type),
            tr("Oversikt over gruppetilbud"),
            "gruppetilbud.pdf",
        )

    # --- the parent's part ------------------------------------------------------------------------

    def _edit_participation(
        self, action: str, parent_id: int, record: object, draft: Draft | None = None
    ) -> None:
        from bufapp.domain.group_offers import GroupParticipation
        from bufapp.ui.group_offers.dialogs import ParticipationDialog

        context = self._context
        workspace = context.unlocked()
        service, register = workspace.group_offers, workspace.register
        today = service.today()
        if isinstance(record, GroupParticipation):
            chosen = record
        elif action == "refer":
            chosen = GroupParticipation(parent_id, referred_on=today)
        else:
            chosen = GroupParticipation(parent_id, informed_on=today)

        def opened(loaded: tuple[str, list]) -> None:  # type: ignore[type-arg]
            name, offers = loaded
            dialog = ParticipationDialog(
                context.tasks,
                service.save_participation,
                chosen,
                offers,
                today,
                tr("Forelder: {name}").format(name=name),
                context.window,
            )
            self._open(dialog, draft)

        context.tasks.run(lambda: (register.parent(parent_id).full_name, service.offers()), opened)

    # --- shared ---------------------------------------------------------------------------------

    def _open(self, dialog: RecordDialog, draft: Draft | None) -> None:  # type: ignore[type-arg]
        dialog.accepted.connect(self._changed)
        self._context.open(dialog, draft)

    def _changed(self) -> None:
        """The view shows what was saved; Oversikt (the not-told prompt) follows."""
        view = self._context.built_view(GROUP_OFFERS_VIEW)
        if view is not None:
            view.refresh()  # type: ignore[attr-defined]
        self._context.refresh()

    def reopen_draft(self, draft: Draft) -> None:
        """A dialog a lock interrupted, reopened with what was typed."""
        if self._context.workspace() is None:
            return
        if draft.kind == "group-offer":
            self._edit_offer(draft.record, draft)
        elif draft.kind == "group-participation":
            record = cast("GroupParticipation", draft.record)
            self._edit_participation("edit-participation", record.parent_id, record, draft)
