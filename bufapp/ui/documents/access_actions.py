"""The main window's innsyn actions: everything about the chosen parent in one PDF (exempt parts
left out and listed), and the access report (who has seen and changed the parent's records).
A mixin of MainWindow; the Foreldre menu and the parent card's links ask through it.

Both open in the PDF preview, where they can be printed or saved. Neither is kept in the vault:
there is no DocumentKind for them (adding one needs a migration of the stored documents' kind
constraint), and that each was made is in the audit trail (ACCESS_PACK, ACCESS_REPORT)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction

from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Messages

PACK_MENU_TEXT = "Innsyn: &alt om forelderen …"
REPORT_MENU_TEXT = "Innsyn: &hvem har sett opplysningene …"


class AccessActions:
    workspace: Any
    work: Any
    tasks: Any
    _case_actions: list[QAction]

    def _action(self, menu_title: str, text: str, shortcut: Any, slot: Any) -> QAction:
        raise NotImplementedError  # provided by MainWindow

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

    def _current_parent(self) -> int | None:  # provided by ContactLogActions
        raise NotImplementedError

    def _build_access_menu(self) -> None:
        """The two entries of the Foreldre menu; enabled and disabled with the other case actions."""
        self.access_pack_action = self._action(
            "F&oreldre", PACK_MENU_TEXT, "", lambda: self.access_pack()
        )
        self.access_report_action = self._action(
            "F&oreldre", REPORT_MENU_TEXT, "", lambda: self.access_report()
        )
        self._case_actions += [self.access_pack_action, self.access_report_action]

    def access_link(self, action: str, parent_id: int | None) -> None:
        """The parent card's links "access-pack" and "access-report"."""
        if action == "access-pack":
            self.access_pack(parent_id)
        elif action == "access-report":
            self.access_report(parent_id)

    def _chosen_parent(self, parent_id: int | None) -> int | None:
        parent_id = parent_id or self._current_parent()
        if self.workspace is None or parent_id is None:
            Messages.info(self, tr("Velg en forelder først."))  # type: ignore[arg-type]
            return None
        return parent_id

    def access_pack(self, parent_id: int | None = None) -> None:
        self._access_document(parent_id, "pack_pdf", "Innsyn – {name}", "innsyn.pdf")

    def access_report(self, parent_id: int | None = None) -> None:
        self._access_document(
            parent_id, "report_pdf", "Hvem har sett opplysningene – {name}",
            "innsyn-tilgangslogg.pdf",
        )  # fmt: skip

    def _access_document(
        self, parent_id: int | None, build: str, title: str, suggested: str
    ) -> None:
        """``build`` names the AccessService method; the title names the parent."""
        chosen = self._chosen_parent(parent_id)
        if chosen is None:
            return
        workspace = self.workspace
        make = getattr(workspace.access, build)

        def named(name: str) -> None:
            self.show_pdf(
                lambda: make(chosen), tr(title).format(name=name), suggested, about=chosen
            )

        self.tasks.run(lambda: workspace.register.parent(chosen).full_name, named)
