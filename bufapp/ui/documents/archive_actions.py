"""The export to the archive (Foreldre → Eksporter til arkivet …, and the link on a parent's
card): the dialog for the chosen parent, and the card reloaded once an export is marked; and
stopping an export in flight when the vault locks. The window owns one.

The dialog is imported where it opens: it is not needed before unlocking."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6

from bufapp.ui.qt import QT_TR_NOOP
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from bufapp.services.archive.model import ExportScope
    from bufapp.ui.documents.archive_dialog import ArchiveDialog


class ArchiveActions:
    def __init__(self, context: WindowContext) -> None:
        self._context = context
        self.archive_dialog: ArchiveDialog | None = None

    def add_menu_entry(self) -> QAction:
        """The Foreldre menu's entry; the window enables and disables it with the other case
        actions."""
        self.archive_action = self._context.add_action(
            "F&oreldre",
            QT_TR_NOOP("Eksporter til &arkivet …"),
            "",
            lambda: self.export_to_archive(),
        )
        return self.archive_action

    def export_to_archive(self, parent_id: int | None = None) -> None:
        context = self._context
        chosen = context.chosen_parent(parent_id)
        if chosen is None:
            return
        from bufapp.ui.documents.archive_dialog import ArchiveDialog

        archive = context.unlocked().archive

        def shown(scopes: list[ExportScope]) -> None:
            dialog = ArchiveDialog(context.tasks, archive, scopes, context.window)
            self.archive_dialog = dialog
            dialog.exported.connect(lambda: context.refresh(then_select=chosen))
            dialog.open()

        context.tasks.run(lambda: archive.scopes(chosen), shown)

    def stop_archive_export(self) -> None:
        """Before a lock: an export in flight stops at its next document and marks nothing, so
        the lock does not wait for the rest, and the export's worker processes end with it."""
        dialog = self.archive_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.cancel_export()
