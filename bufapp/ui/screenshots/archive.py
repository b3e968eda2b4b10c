"""Screenshots of the export to the archive: the dialog for the demo parent with the most kinds of
finished documents (what will go, per kind and document by document), and the same dialog after
an export into a temporary folder (the documents now counted as exported, the outcome). The
export marks that parent's documents as exported in the demo vault, so this runs last."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from bufapp.services.archive.model import ExportScope, ItemKind
from bufapp.ui.documents.archive_dialog import ArchiveDialog
from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace


def richest_parent(workspace: Workspace) -> int:
    """The demo parent whose export would hold the most kinds of document, then the most."""
    archive = workspace.archive
    parents = [s.id for s in workspace.register.parent_summaries()]
    pending = {pid: archive.pending(ExportScope(pid)) for pid in parents}

    def richness(pid: int) -> tuple[int, int]:
        items = pending[pid].items
        return sum(1 for kind in ItemKind if pending[pid].count(kind)), len(items)

    return max(pending, key=richness)


def archive_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    parent_id = richest_parent(workspace)
    window.work.parents.select_parent(parent_id)
    settle(tasks)
    window.archive.export_to_archive(parent_id)
    settle(tasks, 8)
    dialog = next(d for d in window.findChildren(ArchiveDialog) if d.isVisible())
    dialog.resize(900, 640)
    with tempfile.TemporaryDirectory(prefix="bufapp-arkiv-") as folder:
        dialog.folder.setText(folder)
        settle(tasks)
        save(dialog, name("44-arkiveksport"), shots)
        Messages.answer_next(QMessageBox.StandardButton.Ok)  # the outcome is in the dialog too
        dialog.start_export()
        while dialog.progress is not None:
            settle(tasks)
        settle(tasks, 8)
        save(dialog, name("45-arkiveksport-eksportert"), shots)
    dialog.done(0)
