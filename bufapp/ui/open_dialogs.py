"""The record dialogs open in the window, so that a lock keeps each one's unsaved content as an
encrypted draft: opening one registers it; closing it discards its draft (saved or given up) and,
once saved, reloads the parent list, Oversikt and the open timeline. At a lock the saves already
sent finish first, and what is still unsaved is kept as drafts before the dialogs close. Part of
the window (it refreshes the contact log's view after a save)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QApplication

from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.window_context import LOG_VIEW, Refresh

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from bufapp.errors import BufappError
    from bufapp.services.drafts import Draft
    from bufapp.services.workspace import Workspace
    from bufapp.ui.contacts.log_view import ContactLogView
    from bufapp.ui.widgets.record_dialog import RecordDialog
    from bufapp.ui.widgets.tasks import TaskManager


class OpenDialogs:
    def __init__(
        self,
        tasks: TaskManager,
        workspace: Callable[[], Workspace | None],
        refresh: Refresh,
        built_view: Callable[[int], QWidget | None],
    ) -> None:
        """``workspace`` is None from the moment a lock begins: a dialog closed then keeps
        its draft."""
        self._tasks, self._workspace = tasks, workspace
        self._refresh, self._built_view = refresh, built_view
        self.dialogs: list[RecordDialog] = []  # type: ignore[type-arg]

    def open(self, dialog: RecordDialog, draft: Draft | None = None) -> None:  # type: ignore[type-arg]
        self.dialogs.append(dialog)
        dialog.reopened_from_draft = draft is not None  # leaving it would lose the draft

        def finished(result: int) -> None:
            if dialog in self.dialogs:
                self.dialogs.remove(dialog)
            workspace = self._workspace()
            if workspace is None:
                return  # closed by a lock: the draft is kept
            if dialog.kind and (draft is not None or result or dialog.autosaves):
                for kind in (dialog.kind, *dialog.side_kinds):
                    self._tasks.run(lambda k=kind: workspace.drafts.discard(k, dialog.record_key))
            if result:
                saved = dialog.saved
                parent_id = getattr(saved, "id", None) if dialog.kind == "parent" else None
                self._refresh(then_select=parent_id)
                log = cast("ContactLogView | None", self._built_view(LOG_VIEW))
                if log is not None and log.parent_id is not None:
                    log.show_parent(log.parent_id)

        dialog.finished.connect(finished)
        dialog.open()

    def open_about(self, dialog: RecordDialog, parent_name: str) -> None:  # type: ignore[type-arg]
        """Open a dialog about the parent, with their name inside (the title stays generic)."""
        show_parent(dialog, parent_name)
        self.open(dialog)

    def finish_saves(self) -> None:
        """A save already sent finishes first and its dialog closes as saved; only what is
        still unsaved becomes a draft (otherwise the draft would save the entry twice)."""
        if any(dialog.saving for dialog in self.dialogs):
            self._tasks.run_blocking(lambda: None)
            QApplication.processEvents()

    def keep_as_drafts(self, workspace: Workspace) -> None:
        """Each dialog's unsaved content kept as a draft in ``workspace``, then closed."""
        for dialog in list(self.dialogs):
            with contextlib.suppress(Exception):  # a half-filled form must never block locking
                if not dialog.kind:
                    raise LookupError("nothing to keep")
                self._keep(workspace, dialog, dialog.kind, dialog.collect())
                for kind, record in dialog.side_drafts():
                    self._keep(workspace, dialog, kind, record)
            dialog.done(0)
        self.dialogs.clear()

    def _keep(self, workspace: Workspace, dialog: RecordDialog, kind: str, record: object) -> None:  # type: ignore[type-arg]
        self._tasks.run_blocking(lambda: workspace.drafts.save(kind, dialog.record_key, record))

    def fail_saving(self, failure: BufappError) -> None:
        """The vault locked without writing: a save waiting for the verdict has failed. The
        forms stay open with what was typed."""
        for dialog in self.dialogs:
            if getattr(dialog, "saving", False):
                dialog._failed(failure)
