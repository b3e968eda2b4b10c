"""The network-map actions the Nettverkskart view asks for (through ``requested``): a new map
(from the previous one) or an open one in the editor, comparing two maps, the map and the
comparison as documents (kept in the vault once printed or saved), the office's sectors, and
reopening a map a lock interrupted. The window owns one, built with its context and the document
actions that print.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from bufapp.ui.qt import tr
from bufapp.ui.widgets.window_context import NETWORK_VIEW, WindowContext

if TYPE_CHECKING:
    from bufapp.domain.entities import Parent
    from bufapp.domain.network import MapListing, NetworkMap
    from bufapp.services.drafts import Draft
    from bufapp.ui.documents.actions import DocumentActions
    from bufapp.ui.network.editor import NetworkEditor
    from bufapp.ui.network.view import NetworkView


class NetworkActions:
    def __init__(self, context: WindowContext, documents: DocumentActions) -> None:
        self._context = context
        self._documents = documents

    def network_action(self, action: str, ident: int) -> None:
        """ "new"/"compare" with a parent id, "open"/"print"/"print-initials" with a map id,
        "sectors" with none."""
        if self._context.workspace() is None:
            return
        if action == "new":
            self.new_map(ident)
        elif action == "open":
            self.open_map(ident)
        elif action == "compare":
            self._compare(ident)
        elif action in ("print", "print-initials"):
            self._print_map(ident, action == "print-initials")
        elif action == "sectors":
            self._sectors()

    def new_map(self, parent_id: int) -> None:
        workspace = self._context.unlocked()
        self._context.tasks.run(
            lambda: (workspace.network_maps.start(parent_id), workspace.register.parent(parent_id)),
            lambda got: self._edit_map(got[0], got[1].full_name),
        )

    def open_map(self, map_id: int) -> None:
        workspace = self._context.unlocked()

        def load() -> tuple[NetworkMap, Parent]:
            network = workspace.network_maps.get(map_id)
            return network, workspace.register.parent(network.parent_id)

        self._context.tasks.run(load, lambda got: self._edit_map(got[0], got[1].full_name))

    def _edit_map(self, network: NetworkMap, name: str, draft: Draft | None = None) -> None:
        from bufapp.ui.network.editor import NetworkEditor

        context = self._context
        workspace = context.workspace()
        if workspace is None:
            return
        editor = NetworkEditor(
            context.tasks, workspace.network_maps.save, network, workspace.drafts.save,
            context.window, restored=draft is not None, parent_name=name,
        )  # fmt: skip
        editor.finished.connect(lambda result: self._map_closed(editor, result))
        context.open(editor, draft)

    def _map_closed(self, editor: NetworkEditor, result: int) -> None:
        saved = editor.saved
        view = cast("NetworkView | None", self._context.built_view(NETWORK_VIEW))
        if result and saved is not None and view is not None and view.parent_id == saved.parent_id:
            view.refresh(then_map=saved.id)

    def reopen_network_draft(self, draft: Draft) -> None:
        """A map being drawn when the vault locked."""
        register, record = self._context.unlocked().register, draft.record
        self._context.tasks.run(
            lambda: register.parent(record.parent_id).full_name,
            lambda name: self._edit_map(record, name, draft),
        )

    def _compare(self, parent_id: int) -> None:
        from bufapp.ui.network.comparison import ComparisonDialog

        context = self._context
        workspace = context.unlocked()

        def shown(loaded: tuple[list[MapListing], Parent]) -> None:
            listing, parent = loaded
            dialog = ComparisonDialog(context.tasks, workspace.network_maps, listing,
                                      parent.full_name, context.window)  # fmt: skip
            dialog.print_requested.connect(
                lambda first, second, initials: self._print_comparison(
                    parent_id, first, second, initials
                )
            )
            dialog.open()

        context.tasks.run(
            lambda: (
                workspace.network_maps.of_parent(parent_id),
                workspace.register.parent(parent_id),
            ),
            shown,
        )

    def _print_map(self, map_id: int, pseudonymised: bool) -> None:
        from bufapp.domain.enums import DocumentKind

        workspace = self._context.unlocked()
        documents = workspace.network_documents
        maps = workspace.network_maps

        def shown(network: NetworkMap) -> None:
            day = f"{network.drawn_on:%d.%m.%Y}"
            title = tr("Nettverkskart {d}").format(d=day)
            if pseudonymised:
                title += " " + tr("(pseudonymisert)")
            self._documents.show_pdf(
                lambda: documents.map_pdf(map_id, pseudonymised=pseudonymised),
                title,
                f"nettverkskart-{network.drawn_on:%Y%m%d}.pdf",
                keep=(DocumentKind.NETWORK_MAP, network.parent_id, title),
                reveal=lambda reason: documents.map_pdf(
                    map_id, pseudonymised=pseudonymised, reveal_reason=reason
                ),
            )

        self._context.tasks.run(lambda: maps.get(map_id), shown)

    def _print_comparison(
        self, parent_id: int, first: int, second: int, pseudonymised: bool
    ) -> None:
        from bufapp.domain.enums import DocumentKind

        documents = self._context.unlocked().network_documents
        title = tr("Sammenligning av nettverkskart")
        if pseudonymised:
            title += " " + tr("(pseudonymisert)")
        self._documents.show_pdf(
            lambda: documents.comparison_pdf(first, second, pseudonymised=pseudonymised),
            title,
            "nettverkskart-sammenligning.pdf",
            keep=(DocumentKind.NETWORK_COMPARISON, parent_id, title),
            reveal=lambda reason: documents.comparison_pdf(
                first, second, pseudonymised=pseudonymised, reveal_reason=reason
            ),
        )

    def _sectors(self) -> None:
        from bufapp.ui.network.sectors_dialog import SectorsDialog

        context = self._context
        SectorsDialog(context.tasks, context.unlocked().network_maps, context.window).open()
