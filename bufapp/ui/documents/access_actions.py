"""Innsyn: everything about the chosen parent in one PDF (exempt parts left out and listed), and
the access report (who has seen and changed the parent's records). The window owns one; the
Foreldre menu and the parent card's links ask through it.

Both open in the PDF preview, where they can be printed or saved. Neither is kept in the vault:
there is no DocumentKind for them (adding one needs a migration of the stored documents' kind
constraint), and that each was made is in the audit trail (ACCESS_PACK, ACCESS_REPORT)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from bufapp.ui.documents.actions import DocumentActions

PACK_MENU_TEXT = QT_TR_NOOP("Innsyn: &alt om forelderen …")
REPORT_MENU_TEXT = QT_TR_NOOP("Innsyn: &hvem har sett opplysningene …")
FORMS = {"pack_pdf": "access_pack", "report_pdf": "access_report"}  # the languages they come in


class AccessActions:
    def __init__(self, context: WindowContext, documents: DocumentActions) -> None:
        self._context = context
        self._documents = documents

    def add_menu_entries(self) -> list[QAction]:
        """The two entries of the Foreldre menu; the window enables and disables them with the
        other case actions."""
        add = self._context.add_action
        self.access_pack_action = add("F&oreldre", PACK_MENU_TEXT, "", lambda: self.access_pack())
        self.access_report_action = add(
            "F&oreldre", REPORT_MENU_TEXT, "", lambda: self.access_report()
        )
        return [self.access_pack_action, self.access_report_action]

    def access_link(self, action: str, parent_id: int | None) -> None:
        """The parent card's links "access-pack" and "access-report"."""
        if action == "access-pack":
            self.access_pack(parent_id)
        elif action == "access-report":
            self.access_report(parent_id)

    def access_pack(self, parent_id: int | None = None) -> None:
        self._access_document(parent_id, "pack_pdf", QT_TR_NOOP("Innsyn – {name}"), "innsyn.pdf")

    def access_report(self, parent_id: int | None = None) -> None:
        self._access_document(
            parent_id, "report_pdf", QT_TR_NOOP("Hvem har sett opplysningene – {name}"),
            "innsyn-tilgangslogg.pdf",
        )  # fmt: skip

    def _access_document(
        self, parent_id: int | None, build: str, title: str, suggested: str
    ) -> None:
        """``build`` names the AccessService method; the title names the parent."""
        chosen = self._context.chosen_parent(parent_id)
        if chosen is None:
            return
        workspace = self._context.unlocked()
        access = workspace.access
        form = FORMS[build]

        def named(name: str) -> None:
            self._documents.show_pdf(
                lambda: getattr(access, build)(chosen),
                tr(title).format(name=name),
                suggested,
                about=chosen,
                languages=lambda: access.offered_language(chosen, form),
                in_language=lambda code: getattr(access.in_language(code), build)(chosen),
            )

        self._context.tasks.run(lambda: workspace.register.parent(chosen).full_name, named)
