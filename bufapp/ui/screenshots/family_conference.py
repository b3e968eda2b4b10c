"""Screenshots of the familieråd page: the held conference with its people, the family's plan
(which items became tasks) and the service's approval (94); the dialog of the conference held,
with the plan (95); the approval dialog (96); and the printed plan as ``dok-17``. The demo's
conference arrives with its own module: when the demo has none, ``example_conference`` writes
one here (and the tests use it too)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QScrollArea

from bufapp.domain.enums import ConferencePurpose, ConferenceStatus, PlanApproval
from bufapp.domain.family_conference import Approval, ConferencePerson, FamilyConference, PlanItem
from bufapp.errors import BufappError
from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import CONFERENCE_VIEW

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace

PLAN_DOCUMENT = "dok-17-familierad-plan"


def example_conference(workspace: Workspace, parent_id: int) -> FamilyConference:
    """A familieråd held five months ago on samvær: the people (one did not come), a plan of
    three items approved with a reservation, made into tasks, a follow-up conference soon."""
    service = workspace.family_conferences
    today = service.today()
    held_on = today - timedelta(days=150)
    planned = service.save(
        FamilyConference(
            parent_id=parent_id,
            question="Hvordan kan familien hjelpe Máret, så samværene med Áilu blir gode?",
            planned_for=held_on,
            purpose=ConferencePurpose.VISITS,
            coordinator_name="Elle Ŧuoŧŧu Šárá",
            coordinator_org="Familierådskoordinatorene, Bufetat region nord",
            people=(
                ConferencePerson("Mormor Ánne Čuđe", "Mormor"),
                ConferencePerson("Oarjjá Bávlá", "Onkel"),
                ConferencePerson("Ráhkel Žiŋŋá", "Venninne"),
            ),
        )
    )
    held = service.save(
        replace(
            planned,
            status=ConferenceStatus.HELD,
            held_on=held_on,
            people=tuple(replace(p, came=p.relation != "Onkel") for p in planned.people),
            items=(
                PlanItem(
                    "Kjøre Máret til samværene og hjem igjen",
                    "Mormor Ánne Čuđe",
                    held_on + timedelta(days=30),
                ),
                PlanItem("Ringe Máret kvelden før hvert samvær", "Ráhkel Žiŋŋá"),
                PlanItem(
                    "Lage fotobok med Áilu til bursdagen",
                    "Máret og mormor",
                    today + timedelta(days=20),
                ),
            ),
        )
    )
    service.plan_to_tasks(held.id or 0)
    return service.record_approval(
        Approval(
            held.id or 0,
            PlanApproval.APPROVED_WITH_RESERVATIONS,
            held_on + timedelta(days=6),
            reservations="Samværene er fortsatt med tilsyn, slik vedtaket sier.",
            follow_up_on=today + timedelta(days=12),
        )
    )


def _conference(workspace: Workspace) -> FamilyConference | None:
    """The demo's held conference, or one written for the first parent when it has none."""
    summaries = workspace.register.parent_summaries()
    for summary in summaries:
        held = [
            c
            for c in workspace.family_conferences.page(summary.id).conferences
            if c.status is ConferenceStatus.HELD
        ]
        if held:
            return held[0]
    return example_conference(workspace, summaries[0].id) if summaries else None


def conference_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    conference = _conference(workspace)
    if conference is None:
        return
    parent_id = conference.parent_id
    window.work.parents.select_parent(parent_id)
    settle(tasks)
    window.show_view(CONFERENCE_VIEW)
    settle(tasks, 8)
    save(window, name("94-familierad"), shots)
    window.family_conferences.page_action("edit", parent_id, conference)
    settle(tasks, 8)
    dialog = window.open_dialogs[-1]
    dialog.show()
    settle(tasks)
    plan = getattr(dialog, "items", None)
    if plan is not None:  # the family's plan in sight: the form scrolled down to it
        plan.table.setFocus()
        area = dialog.findChild(QScrollArea)
        if area is not None:
            area.ensureWidgetVisible(plan, 0, 200)
    save(dialog, name("95-familierad-plan"), shots)
    dialog.done(0)
    window.family_conferences.page_action("approve", parent_id, conference)
    settle(tasks, 8)
    approval = window.open_dialogs[-1]
    save(approval, name("95b-familierad-godkjenning"), shots)
    approval.done(0)
    settle(tasks)


def write_conference_documents(out: Path, workspace: Workspace) -> list[Path]:
    """The printed plan of the demo's conference (nothing if it would say too much)."""
    conference = _conference(workspace)
    if conference is None or conference.id is None:
        return []
    try:
        pdf = workspace.family_conference_documents.plan(conference.id).pdf
    except BufappError:
        return []
    path = out / f"{PLAN_DOCUMENT}.pdf"
    path.write_bytes(pdf)
    return [path]
