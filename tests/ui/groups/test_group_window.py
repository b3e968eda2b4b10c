"""Responsibility groups from the window, on a real vault: the view's request opens the minutes
of a meeting that has started, and minutes being written survive a lock and reopen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bufapp.domain.enums import MemberRole
from bufapp.domain.groups import GroupMember, ResponsibilityGroup
from bufapp.services.clock import OSLO
from bufapp.storage.vault import Vault
from bufapp.ui.groups.meeting_minutes_editor import MinutesEditor
from bufapp.ui.main_window import MainWindow
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle
from tests.ui.contacts.test_contact_log_ui import _open_window


def _editors(window: MainWindow) -> list[MinutesEditor]:
    return [w for w in window.findChildren(MinutesEditor) if w.isVisible()]


def test_minutes_being_written_survive_a_lock(
    qtbot: QtBot, tasks: TaskManager, vault: Vault, window_factory: Callable[..., MainWindow]
) -> None:
    window, workspace, parent_id, _child = _open_window(qtbot, tasks, vault, window_factory)
    group = workspace.groups.save_group(
        ResponsibilityGroup(parent_id, "Bolig og samvær", workspace.register.today(),
                            (GroupMember("p", "Máret Čuđe", MemberRole.PARENT),))
    )  # fmt: skip
    started = datetime.now(OSLO) - timedelta(hours=2)
    meeting = workspace.groups.plan_meeting(group.id or 0, started, "Rådhuset", ("Jula",))
    window.groups.meeting_action("open-meeting", meeting.id or 0)
    settle(qtbot, tasks, until=lambda: bool(_editors(window)))
    first = _editors(window)[0]
    record = first.collect()
    assert record.meeting.id == meeting.id

    window.lock()
    assert workspace.drafts is not None
    Messages.answer_next(QMessageBox.StandardButton.Ok)  # "Du hadde ulagrede endringer …"
    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.submit()
    settle(qtbot, tasks, until=lambda: bool(_editors(window)))
    assert _editors(window)[0].collect().meeting.id == meeting.id
