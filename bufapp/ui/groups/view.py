"""Ansvarsgrupper: one parent's responsibility group — purpose and coordinator, the members with
who may get the minutes (consent), the meetings, the actions across meetings and the parent's
own evaluations over time (the page is ``group_page``) — and what its buttons do.

Standalone given the task manager and the workspace: the main window shows it as a view that
follows the chosen parent, and passes its own ``open_dialog`` so a dialog open when the vault
locks is kept as a draft (kinds "group" and "action-closing", see ``group_dialogs``). Planning
and opening meetings belong to the meeting dialogs: the buttons emit
``meeting_requested("plan-meeting", group_id)`` and ``meeting_requested("open-meeting",
meeting_id)`` for the main window to route. ``changed`` is emitted after a group is saved or an
action closed, so Oversikt can be refreshed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from bufapp.domain.consent import Service
from bufapp.domain.entities import Caseworker, Parent
from bufapp.domain.enums import MemberRole
from bufapp.domain.groups import GroupMember, MeetingAction, ResponsibilityGroup
from bufapp.ui.groups.dialogs import CloseActionDialog, GroupDialog
from bufapp.ui.groups.page import GroupsPage
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.drafts import Draft
    from bufapp.services.workspace import Workspace

Opener = Callable[[QDialog], None]
NewGroupData = tuple[Parent, Caseworker | None, list[Service], date]


def new_group(parent: Parent, caseworker: Caseworker | None, today: date) -> ResponsibilityGroup:
    """A new group starts with the parent (always a member) and the caseworker."""
    assert parent.id is not None
    members = [
        GroupMember("", parent.full_name, MemberRole.PARENT, phone=parent.phone, email=parent.email)
    ]
    if caseworker is not None:
        members.append(
            GroupMember("", caseworker.name, MemberRole.CASEWORKER, caseworker.title, None,
                        caseworker.phone, caseworker.email)
        )  # fmt: skip
    return ResponsibilityGroup(parent.id, "", today, tuple(members))


class GroupsView(GroupsPage):
    """The responsibility group(s) of the parent chosen by ``show_parent``, with *Ny
    ansvarsgruppe…*, *Rediger gruppe…*, *Planlegg møte…*, *Åpne møte…* and *Lukk tiltak…*."""

    changed = Signal()
    meeting_requested = Signal(str, int)  # ("plan-meeting", group id) | ("open-meeting", id)

    def __init__(
        self,
        tasks: TaskManager,
        workspace: Workspace,
        open_dialog: Opener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, workspace, parent)
        self._open_dialog: Opener = open_dialog or (lambda dialog: dialog.open())
        self.last_dialog: QDialog | None = None  # the dialog opened last (tests look at it)
        self.new_button.clicked.connect(self.new_group)
        self.edit_button.clicked.connect(self.edit_group)
        self.plan_button.clicked.connect(self.plan_meeting)
        self.open_button.clicked.connect(self.open_meeting)
        self.close_button.clicked.connect(self.close_action)
        self.documents_button.setMenu(self._documents_menu())
        self.print_actions_button.clicked.connect(self._print_actions)
        self.meetings_table.activated.connect(lambda _index: self.open_meeting())
        self.actions_table.activated.connect(lambda _index: self.close_action())

    # --- meetings: the main window routes these to the meeting dialogs --------------------------

    def plan_meeting(self) -> None:
        group_id = self.current_group_id()
        if group_id is not None and self.plan_button.isEnabled():
            self.meeting_requested.emit("plan-meeting", group_id)

    def open_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            self.meeting_requested.emit("open-meeting", meeting_id)

    def _documents_menu(self) -> QMenu:
        """What can be done with the chosen meeting besides opening it; the window does it."""
        menu = QMenu(self)
        for text, action in (
            (QT_TR_NOOP("Skriv ut &innkalling …"), "invitation"),
            (QT_TR_NOOP("Marker innkallingen som &sendt"), "invitation-sent"),
            (QT_TR_NOOP("Skriv ut &referat …"), "minutes-pdf"),
            (QT_TR_NOOP("&Send referatet (bare til dem samtykke dekker) …"), "send-minutes"),
            (QT_TR_NOOP("Forelderens &evaluering …"), "evaluate"),
        ):
            menu.addAction(tr(text), lambda a=action: self._for_meeting(a))
        return menu

    def _for_meeting(self, action: str) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            self.meeting_requested.emit(action, meeting_id)

    def _print_actions(self) -> None:
        group_id = self.current_group_id()
        if group_id is not None:
            self.meeting_requested.emit("action-list", group_id)

    # --- dialogs --------------------------------------------------------------------------------

    def _opened(self, dialog: QDialog, opener: Opener | None = None) -> None:
        self.last_dialog = dialog

        def finished(result: int) -> None:
            saved: Any = getattr(dialog, "saved", None)
            if result and saved is not None:
                group = saved.id if isinstance(saved, ResponsibilityGroup) else None
                self.refresh(then_group=group)
                self.changed.emit()

        dialog.finished.connect(finished)
        (opener or self._open_dialog)(dialog)

    def new_group(self) -> None:
        parent_id = self.parent_id
        if parent_id is None:
            return
        workspace = self._workspace

        def load() -> NewGroupData:
            register = workspace.register
            return (register.parent(parent_id), register.caseworker(),
                    workspace.directory.services(), register.today())  # fmt: skip

        def opened(loaded: NewGroupData) -> None:
            parent, caseworker, services, today = loaded
            if parent_id == self.parent_id:
                self._group_dialog(new_group(parent, caseworker, today), services)

        self._tasks.run(load, opened)

    def edit_group(self) -> None:
        if self.data.group is not None:
            self._group_dialog(self.data.group, list(self.data.services.values()))

    def _group_dialog(
        self,
        group: ResponsibilityGroup,
        services: list[Service],
        restored: bool = False,
        opener: Opener | None = None,
    ) -> None:
        name = self.parent_name if group.parent_id == self.parent_id else ""
        save = self._workspace.groups.save_group
        dialog = GroupDialog(self._tasks, save, group, services, name, restored, self.window())
        self._opened(dialog, opener)

    def close_action(self) -> None:
        chosen, group = self.current_action(), self.data.group
        if chosen is None or group is None or not chosen.action.is_open:
            return
        self._close_dialog(chosen.action, group.name_of(chosen.action.responsible))

    def _close_dialog(self, action: MeetingAction, who: str, opener: Opener | None = None) -> None:
        close = self._workspace.groups.close_action
        today = self.data.today if self.data.group is not None else None
        dialog = CloseActionDialog(self._tasks, close, action, who, today, self.window())
        self._opened(dialog, opener)

    def reopen_draft(self, draft: Draft, open_dialog: Opener | None = None) -> None:
        """Reopen a kept "group" or "action-closing" draft after unlocking. ``open_dialog`` is
        the main window's opener bound to the draft (so saving or cancelling discards it)."""
        workspace, record = self._workspace, draft.record
        if draft.kind == "group":
            self._tasks.run(
                workspace.directory.services,
                lambda services: self._group_dialog(record, services, True, open_dialog),
            )
        elif draft.kind == "action-closing":
            self._tasks.run(
                lambda: workspace.groups.group(record.group_id).name_of(record.responsible),
                lambda who: self._close_dialog(record, who, open_dialog),
            )
