"""The main window's network-map actions: a new map (from the previous one) or an open one in the
editor, comparing two maps, the map and the comparison as documents (kept in the vault once
printed or saved), the office's sectors, and reopening a map a lock interrupted. A mixin of
MainWindow; the Nettverkskart view asks through ``requested``.

The dialogs are imported where they open: none of them is needed before unlocking."""

from __future__ import annotations

from typing import Any

from bufapp.ui.qt import tr
from bufapp.ui.work_area import NETWORK_VIEW


class NetworkActions:
    workspace: Any
    work: Any
    tasks: Any

    def _open(self, dialog: Any, draft: Any = None) -> None:  # provided by MainWindow
        raise NotImplementedError

    def show_pdf(
        self,
        build: Any,
        title: str,
        suggested: str,
        keep: Any = None,
        about: Any = None,
        reveal: Any = None,
    ) -> None:
        raise NotImplementedError  # provided by DocumentActions

    def network_action(self, action: str, ident: int) -> None:
        """ "new"/"compare" with a parent id, "open"/"print"/"print-initials" with a map id,
        "sectors" with none."""
        if self.workspace is None:
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
        workspace = self.workspace
        self.tasks.run(
            lambda: (workspace.network_maps.start(parent_id), workspace.register.parent(parent_id)),
            lambda got: self._edit_map(got[0], got[1].full_name),
        )

    def open_map(self, map_id: int) -> None:
        workspace = self.workspace

        def load() -> tuple[Any, Any]:
            network = workspace.network_maps.get(map_id)
            return network, workspace.register.parent(network.parent_id)

        self.tasks.run(load, lambda got: self._edit_map(got[0], got[1].full_name))

    def _edit_map(self, network: Any, name: str, draft: Any = None) -> None:
        from bufapp.ui.network.editor import NetworkEditor

        workspace = self.workspace
        if workspace is None:
            return
        editor = NetworkEditor(
            self.tasks, workspace.network_maps.save, network, workspace.drafts.save,
            self, restored=draft is not None, parent_name=name,  # type: ignore[arg-type]
        )  # fmt: skip
        editor.finished.connect(lambda result: self._map_closed(editor, result))
        self._open(editor, draft)

    def _map_closed(self, editor: Any, result: int) -> None:
        saved = editor.saved
        view = self.work.built(NETWORK_VIEW) if self.work is not None else None
        if result and saved is not None and view is not None and view.parent_id == saved.parent_id:
            view.refresh(then_map=saved.id)

    def reopen_network_draft(self, draft: Any) -> None:
        """A map being drawn when the vault locked."""
        register, record = self.workspace.register, draft.record
        self.tasks.run(
            lambda: register.parent(record.parent_id).full_name,
            lambda name: self._edit_map(record, name, draft),
        )

    def _compare(self, parent_id: int) -> None:
        from bufapp.ui.network.comparison import ComparisonDialog

        workspace = self.workspace

        def shown(loaded: tuple[Any, Any]) -> None:
            listing, parent = loaded
            dialog = ComparisonDialog(self.tasks, workspace.network_maps, listing,
                                      parent.full_name, self)  # type: ignore[arg-type]  # fmt: skip
            dialog.print_requested.connect(
                lambda first, second, initials: self._print_comparison(
                    parent_id, first, second, initials
                )
            )
            dialog.open()

        self.tasks.run(
            lambda: (
                workspace.network_maps.of_parent(parent_id),
                workspace.register.parent(parent_id),
            ),
            shown,
        )

    def _print_map(self, map_id: int, pseudonymised: bool) -> None:
        from bufapp.domain.enums import DocumentKind

        documents = self.workspace.network_documents
        maps = self.workspace.network_maps

        def shown(network: Any) -> None:
            day = f"{network.drawn_on:%d.%m.%Y}"
            title = tr("Nettverkskart {d}").format(d=day)
            if pseudonymised:
                title += " " + tr("(pseudonymisert)")
            self.show_pdf(
                lambda: documents.map_pdf(map_id, pseudonymised=pseudonymised),
                title,
                f"nettverkskart-{network.drawn_on:%Y%m%d}.pdf",
                keep=(DocumentKind.NETWORK_MAP, network.parent_id, title),
                reveal=lambda reason: documents.map_pdf(
                    map_id, pseudonymised=pseudonymised, reveal_reason=reason
                ),
            )

        self.tasks.run(lambda: maps.get(map_id), shown)

    def _print_comparison(
        self, parent_id: int, first: int, second: int, pseudonymised: bool
    ) -> None:
        from bufapp.domain.enums import DocumentKind

        documents = self.workspace.network_documents
        title = tr("Sammenligning av nettverkskart")
        if pseudonymised:
            title += " " + tr("(pseudonymisert)")
        self.show_pdf(
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

        SectorsDialog(self.tasks, self.workspace.network_maps, self).open()  # type: ignore[arg-type]
