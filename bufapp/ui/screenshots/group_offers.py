"""Screenshots of Gruppetilbud: the catalogue (the parent who went through an ICDP group chosen)
and that parent's participation, each step dated and their evaluation below; and the group
overview written as a PDF beside them (``dok-18-gruppetilbud``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import GROUP_OFFERS_VIEW

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace

OVERVIEW = "dok-18-gruppetilbud"


def _parent_with_most_steps(workspace: Workspace) -> int | None:
    """The demo parent whose way through the offers has the most steps (the ICDP group)."""
    service = workspace.group_offers
    best: tuple[int, int | None] = (0, None)
    for summary in workspace.register.parent_summaries():
        page = service.page(summary.id)
        steps = sum(
            sum(d is not None for d in (r.informed_on, r.referred_on, r.started_on, r.completed_on))
            for r in (line.record for line in page.lines)
        )
        if steps > best[0]:
            best = (steps, summary.id)
    return best[1]


def group_offer_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    parent_id = _parent_with_most_steps(workspace)
    if parent_id is not None:
        window.work.parents.select_parent(parent_id)
        settle(tasks)
    window.show_view(GROUP_OFFERS_VIEW)
    settle(tasks, 8)
    view = window.work.built(GROUP_OFFERS_VIEW)
    if view is None:
        return
    view.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    view.catalogue.active_box.setCurrentIndex(2)  # type: ignore[attr-defined]  # ended ones too
    settle(tasks)
    save(window, name("96-gruppetilbud"), shots)
    view.catalogue.active_box.setCurrentIndex(0)  # type: ignore[attr-defined]
    if parent_id is None:
        return
    view.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    participation = view.participation  # type: ignore[attr-defined]
    completed = next(
        (r for r in range(participation.model.rowCount())
         if participation.model.row_at(r).record.completed_on is not None),
        None,
    )  # fmt: skip
    if completed is not None:
        participation.table.selectRow(completed)
    settle(tasks)
    save(window, name("97-gruppetilbud-deltakelse"), shots)
    view.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]


def write_group_offer_documents(out: Path, workspace: Workspace) -> list[Path]:
    """The group overview of the demo's current offers (PDF/A)."""
    path = out / f"{OVERVIEW}.pdf"
    path.write_bytes(workspace.group_offer_documents.overview())
    return [path]
