"""Screenshots of innsyn: the contact log with an entry marked "Unntatt innsyn" (timeline and
reading pane), the contact editor with the marking and its reason, the parent card's innsyn
links, and the access pack in the preview; and the access pack and the access report beside
them as PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import LOG_VIEW

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace


def exempt_entry(workspace: Workspace) -> tuple[int, int]:
    """(parent, entry) of the first entry marked "Unntatt innsyn" (the demo marks one)."""
    log = workspace.contact_log
    for summary in workspace.register.parent_summaries():
        for item in log.timeline(summary.id):
            if item.exempt:
                return summary.id, item.id
    raise LookupError("no entry is marked exempt from access; was the demo data made?")


def _wait_for_timers(tasks: TaskManager) -> None:
    """Queued database work and the views' short delays (card and timeline loads)."""
    settle(tasks)
    QTest.qWait(400)
    settle(tasks, 6)


def access_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    parent_id, entry_id = exempt_entry(workspace)
    window.show_view(1)
    window.work.parents.select_parent(parent_id)
    _wait_for_timers(tasks)  # the card loads a moment after the selection settles
    window.work.parents.card.verticalScrollBar().setValue(400)  # down to the innsyn links
    save(window, name("40-forelder-innsyn-lenker"), shots)

    window.show_view(LOG_VIEW)
    _wait_for_timers(tasks)
    window.work.contact_log.show_parent(parent_id, select_entry=entry_id)
    _wait_for_timers(tasks)
    save(window, name("41-kontaktlogg-unntatt-innsyn"), shots)

    window.contacts.entry_action("edit-entry", entry_id)
    settle(tasks, 5)
    editor = window.open_dialogs[-1]
    save(editor, name("42-kontakt-unntatt-innsyn"), shots)
    editor.done(0)
    settle(tasks)

    window.access.access_pack(parent_id)
    settle(tasks, 8)
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)
                   and w.isVisible())  # fmt: skip
    preview.resize(900, 900)
    save(preview, name("43-innsyn-forhandsvisning"), shots)
    preview.close()


def write_access_documents(out: Path, workspace: Workspace) -> list[Path]:
    parent_id, _entry = exempt_entry(workspace)
    written = []
    for stem, pdf in (
        ("dok-12-innsyn", workspace.access.pack_pdf(parent_id)),
        ("dok-13-innsyn-tilgangslogg", workspace.access.report_pdf(parent_id)),
    ):
        path = out / f"{stem}.pdf"
        path.write_bytes(pdf)
        written.append(path)
    return written
