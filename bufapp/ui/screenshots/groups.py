"""Screenshots of responsibility groups: the Ansvarsgrupper view, the group, a meeting planned
too late for the 7-day invitation, the minutes and the parent's evaluation; and the group's
documents (invitation, minutes, action list) beside them as PDF."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from bufapp.domain.enums import MeetingStatus
from bufapp.services.clock import today_oslo
from bufapp.ui.main_window import MainWindow
from bufapp.ui.screenshots.kit import Namer, save, settle
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.window_context import GROUPS_VIEW

if TYPE_CHECKING:
    from bufapp.domain.groups import Meeting, ResponsibilityGroup
    from bufapp.services.workspace import Workspace


def busiest_group(workspace: Workspace) -> tuple[ResponsibilityGroup, list[Meeting]]:
    """The demo group with the most meetings (several held, one ahead)."""
    groups = workspace.groups
    found = [
        (group, groups.meetings_of(group.id or 0))
        for summary in workspace.register.parent_summaries()
        for group in groups.groups_of(summary.id)
    ]
    return max(found, key=lambda pair: len(pair[1]))


def _newest_dialog(window: MainWindow, tasks: TaskManager) -> QDialog:
    settle(tasks, 6)
    return window.open_dialogs[-1]


def group_shots(
    window: MainWindow, workspace: Workspace, tasks: TaskManager, name: Namer, shots: list[Path]
) -> None:
    assert window.work is not None
    group, meetings = busiest_group(workspace)
    window.work.parents.select_parent(group.parent_id)
    settle(tasks)
    window.show_view(GROUPS_VIEW)
    settle(tasks, 6)
    save(window, name("24-ansvarsgrupper"), shots)
    scroll = window.work.groups.scroll.verticalScrollBar()
    scroll.setValue(scroll.maximum())  # the actions and the evaluations over time
    save(window, name("24b-ansvarsgrupper-evalueringer"), shots)
    scroll.setValue(0)

    view = window.work.groups
    view.edit_group()
    settle(tasks, 6)
    dialog = view.last_dialog
    save(dialog, name("25-ansvarsgruppe"), shots)
    dialog.done(0)

    ahead = next(m for m in meetings if m.status is MeetingStatus.PLANNED)
    window.groups.meeting_action("open-meeting", ahead.id or 0)
    plan = _newest_dialog(window, tasks)
    plan.day.setDate(today_oslo() + timedelta(days=4))  # type: ignore[attr-defined]
    settle(tasks)
    save(plan, name("26-mote-for-sen-innkalling"), shots)
    plan.done(0)

    final = [m for m in meetings if m.status is MeetingStatus.MINUTES_FINAL]
    window.groups.open_minutes(final[-1].id or 0)
    minutes = _newest_dialog(window, tasks)
    minutes.resize(1180, 900)
    settle(tasks)
    save(minutes, name("27-referat"), shots)
    minutes.done(0)

    window.groups.meeting_action("evaluate", final[-1].id or 0)
    evaluation = _newest_dialog(window, tasks)
    save(evaluation, name("28-evaluering"), shots)
    evaluation.done(0)


def write_group_documents(out: Path, workspace: Workspace) -> list[Path]:
    group, meetings = busiest_group(workspace)
    final = [m for m in meetings if m.status is MeetingStatus.MINUTES_FINAL]
    ahead = next(m for m in meetings if m.status is MeetingStatus.PLANNED)
    documents = workspace.group_documents
    written = []
    for stem, pdf in (
        ("dok-6-innkalling", documents.invitation(ahead.id or 0)),
        ("dok-7-referat", documents.minutes(final[-1].id or 0)),
        ("dok-8-tiltaksliste", documents.action_list(group.id or 0)),
    ):
        path = out / f"{stem}.pdf"
        path.write_bytes(pdf)
        written.append(path)
    return written
