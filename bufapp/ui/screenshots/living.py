"""Screenshots of the levekår page: the newest assessment beside the one before with the help
buttons, the areas over time, and the dialog for a new assessment, on the demo parent with the
most assessments (``bufapp.demo.living``'s year)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import LIVING_VIEW

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace


def _parent_with_assessments(workspace: Workspace) -> int | None:
    summaries = workspace.register.parent_summaries()
    if not summaries:
        return None
    counts = {s.id: len(workspace.living.page(s.id).assessments) for s in summaries}
    best = max(counts, key=lambda pid: counts[pid])
    return best if counts[best] else None  # the demo's year of assessments (demo/living.py)


def living_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    parent_id = _parent_with_assessments(workspace)
    if parent_id is None:
        return
    window.work.parents.select_parent(parent_id)
    settle(tasks)
    window.show_view(LIVING_VIEW)
    settle(tasks, 8)
    view = window.work.living
    view.tabs.setCurrentIndex(0)
    settle(tasks)
    save(window, name("90-levekar"), shots)
    view.tabs.setCurrentIndex(1)
    settle(tasks)
    save(window, name("90b-levekar-over-tid"), shots)
    view.tabs.setCurrentIndex(2)
    settle(tasks)
    save(window, name("90c-levekar-historikk"), shots)
    view.tabs.setCurrentIndex(0)
    window.living.page_action("new-assessment", parent_id)
    settle(tasks, 8)
    dialog = window.open_dialogs[-1]
    save(dialog, name("91-levekar-ny-vurdering"), shots)
    dialog.done(0)
