"""The main window's export to the archive (Foreldre → Eksporter til arkivet …, and the link on a
parent's card): the dialog for the chosen parent, and the card reloaded once an export is marked.
A mixin of MainWindow.

The dialog is imported where it opens: it is not needed before unlocking."""

from __future__ import annotations

from typing import Any

import shiboken6

from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Messages


class ArchiveActions:
    workspace: Any
    work: Any
    tasks: Any
    _case_actions: list[Any]  # MainWindow's: disabled while locked

    def refresh(self, then_select: int | None = None) -> None:  # provided by MainWindow
        raise NotImplementedError

    def _current_parent(self) -> int | None:  # provided by ContactLogActions
        raise NotImplementedError

    def _action(self, menu: str, text: str, shortcut: str, slot: Any) -> Any:  # MainWindow's
        raise NotImplementedError

    def _build_archive_menu(self) -> None:
        """The Foreldre menu's entry; enabled and disabled with the other case actions."""
        self.archive_action = self._action(
            "F&oreldre", "Eksporter til &arkivet …", "", lambda: self.export_to_archive()
        )
        self._case_actions.append(self.archive_action)

    def export_to_archive(self, parent_id: int | None = None) -> None:
        parent_id = parent_id or self._current_parent()
        if self.workspace is None or parent_id is None:
            Messages.info(self, tr("Velg en forelder først."))  # type: ignore[arg-type]
            return
        from bufapp.ui.documents.archive_dialog import ArchiveDialog

        archive = self.workspace.archive

        def shown(scopes: list[Any]) -> None:
            dialog = ArchiveDialog(self.tasks, archive, scopes, self)  # type: ignore[arg-type]
            self.archive_dialog = dialog
            dialog.exported.connect(lambda: self.refresh(then_select=parent_id))
            dialog.open()

        self.tasks.run(lambda: archive.scopes(parent_id), shown)

    def stop_archive_export(self) -> None:
        """Before a lock: an export in flight stops at its next document and marks nothing, so
        the lock does not wait for the rest, and the export's worker processes end with it."""
        dialog = getattr(self, "archive_dialog", None)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.cancel_export()
