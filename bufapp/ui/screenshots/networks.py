"""Screenshots of network maps: the Nettverkskart view of the parent with three maps over a year,
the editor with drawing and table, and the comparison of the first and the newest map; and the map
(named and pseudonymised) and the comparison beside them as PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import NETWORK_VIEW

if TYPE_CHECKING:
    from bufapp.domain.network import MapListing
    from bufapp.services.workspace import Workspace


def mapped_most(workspace: Workspace) -> list[MapListing]:
    """The maps of the demo parent drawn most often, newest first."""
    maps = workspace.network_maps
    listings = [maps.of_parent(s.id) for s in workspace.register.parent_summaries()]
    return max(listings, key=len)


def network_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    listings = mapped_most(workspace)
    newest, oldest = listings[0], listings[-1]
    window.work.parents.select_parent(newest.parent_id)
    settle(tasks)
    window.show_view(NETWORK_VIEW)
    settle(tasks, 8)
    save(window, name("29-nettverkskart"), shots)

    window.networks.network_action("open", newest.id)
    settle(tasks, 8)
    editor = window.open_dialogs[-1]
    editor.resize(1280, 820)
    settle(tasks)
    save(editor, name("30-nettverkskart-redigering"), shots)
    editor.done(0)

    window.networks.network_action("compare", newest.parent_id)
    settle(tasks, 8)
    comparison = next(
        w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ComparisonDialog"
    )
    comparison.resize(1280, 860)
    comparison.earlier_choice.setCurrentIndex(comparison.earlier_choice.findData(oldest.id))
    comparison.later_choice.setCurrentIndex(comparison.later_choice.findData(newest.id))
    settle(tasks, 8)
    save(comparison, name("31-nettverkskart-sammenligning"), shots)
    comparison.done(0)


def write_network_documents(out: Path, workspace: Workspace) -> list[Path]:
    listings = mapped_most(workspace)
    newest, oldest = listings[0], listings[-1]
    documents = workspace.network_documents
    written = []
    for stem, pdf in (
        ("dok-9-nettverkskart", documents.map_pdf(newest.id)),
        ("dok-10-nettverkskart-pseudonymisert", documents.map_pdf(newest.id, pseudonymised=True)),
        ("dok-11-nettverkskart-sammenligning", documents.comparison_pdf(oldest.id, newest.id)),
    ):
        path = out / f"{stem}.pdf"
        path.write_bytes(pdf)
        written.append(path)
    return written
