"""Dialogs of the responsibility groups: the group itself (purpose, members, the coordinator
chosen together with the parent, what the minutes share) and closing an action.

The service's checks (``check_group``, ``close_action``) name the field that is wrong; each
problem is shown under that field, and nothing is saved until the service accepts it.

Draft kinds (for the window's lock): "group" keeps the ResponsibilityGroup as typed (record key
the group's id, or "new:<parent id>"); "action-closing" keeps the MeetingAction with the chosen
status, outcome and date filled in (record key the action's id).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.consent import Service
from bufapp.domain.enums import TaskStatus
from bufapp.domain.groups import MeetingAction, ResponsibilityGroup
from bufapp.ui.groups.members_table import MembersTable
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.category_checks import CategoryChecks
from bufapp.ui.widgets.field_form import OptionalDateEdit, date_edit, from_qdate
from bufapp.ui.widgets.messages import draft_restored
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.record_dialog import RecordDialog, chosen, line
from bufapp.ui.widgets.tasks import TaskManager

CLOSING = (TaskStatus.DONE, TaskStatus.CANCELLED)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CoordinatorChooser(QWidget):
    """The coordinator (one of the members) and whether the parent took part in choosing."""

    def __init__(self, coordinator: str, agreed: bool) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.setAccessibleName(tr("Koordinator"))
        self.combo.setMinimumContentsLength(24)
        self.agreed = QCheckBox(tr("&Valgt sammen med forelderen"))
        self.agreed.setAccessibleName(tr("Valgt sammen med forelderen"))
        self.agreed.setChecked(agreed)
        self._wanted = coordinator
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.agreed, 1)
        self.setFocusProxy(self.combo)

    def set_members(self, members: Sequence[tuple[str, str]]) -> None:
        """(key, name) of every member; the chosen key stays chosen while it is a member."""
        current = self.combo.currentData() if self.combo.count() else self._wanted
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(tr("Ikke valgt ennå"), "")
        for key, name in members:
            self.combo.addItem(name or tr("(uten navn)"), key)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current or "")))
        self.combo.blockSignals(False)

    def key(self) -> str:
        return str(self.combo.currentData() or "")


class GroupDialog(RecordDialog[ResponsibilityGroup]):
    """A new or changed responsibility group of one parent."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[ResponsibilityGroup], ResponsibilityGroup],
        group: ResponsibilityGroup,
        services: Sequence[Service],
        parent_name: str = "",
        restored: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        editing = group.id is not None
        title = tr("Rediger ansvarsgruppe") if editing else tr("Ny ansvarsgruppe")
        super().__init__(title, tasks, save, parent)
        show_parent(self, parent_name)
        self.setMinimumWidth(980)  # the members' six columns
        self._original = group
        self.kind = "group"
        self.record_key = str(group.id) if editing else f"new:{group.parent_id}"
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        intro = _hint(
            tr(
                "Forelderen (eller representanten) og alle tjenestene som gir hjelp, er med. "
                "Koordinatoren velges sammen med forelderen."
            )
        )
        layout.insertWidget(0, intro)
        if restored:
            note = _hint(draft_restored())
            note.setObjectName("restoredDraft")
            layout.insertWidget(1, note)

        f = self.form
        self.purpose = f.add_row("purpose", QT_TR_NOOP("&Formål"), line(group.purpose))
        self.purpose.setPlaceholderText(tr("For eksempel: bolig, økonomi og mer samvær med barna"))
        self.started_on = f.add_row(
            "started_on", QT_TR_NOOP("S&tartdato"), date_edit(group.started_on)
        )
        self.members = MembersTable(services, group.members)
        f.add_row("members", QT_TR_NOOP("&Medlemmer"), self.members)
        self.coordinator = CoordinatorChooser(
            group.coordinator, group.coordinator_agreed_with_parent
        )
        f.add_row("coordinator", QT_TR_NOOP("&Koordinator"), self.coordinator)
        self.categories = CategoryChecks(group.shared_categories)
        shares = QWidget()
        column = QVBoxLayout(shares)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.categories)
        column.addWidget(
            _hint(
                tr(
                    "Referatet sendes bare til medlemmer som forelderen har samtykket til at "
                    "får alle opplysningene som er krysset av."
                )
            )
        )
        shares.setFocusProxy(self.categories)
        f.add_row("shared_categories", QT_TR_NOOP("&Opplysninger i referatet"), shares)
        self.ended_on = f.add_row(
            "ended_on", QT_TR_NOOP("&Sluttdato"), OptionalDateEdit(tr("Avsluttet"), group.ended_on)
        )
        self.members.changed.connect(self._members_changed)
        self._members_changed()
        self.setTabOrder(self.members.remove_button, self.coordinator.combo)

    def _members_changed(self) -> None:
        self.coordinator.set_members([(m.key, m.name) for m in self.members.members()])

    def collect(self) -> ResponsibilityGroup:
        return replace(
            self._original,
            purpose=self.purpose.text(),
            started_on=from_qdate(self.started_on.date()),
            members=self.members.members(),
            coordinator=self.coordinator.key(),
            coordinator_agreed_with_parent=self.coordinator.agreed.isChecked(),
            shared_categories=self.categories.chosen(),
            ended_on=self.ended_on.value(),
        )


class CloseActionDialog(RecordDialog[MeetingAction]):
    """An open action closed as done or cancelled, with what came of it (required)."""

    def __init__(
        self,
        tasks: TaskManager,
        close: Callable[[int, TaskStatus, str, date | None], MeetingAction],
        action: MeetingAction,
        responsible_name: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        assert action.id is not None
        super().__init__(
            QT_TR_NOOP("Lukk tiltak"),
            tasks,
            lambda a: close(a.id or 0, a.status, a.outcome, a.closed_on),
            parent,
        )
        self._action = action
        self.kind, self.record_key = "action-closing", str(action.id)
        details = [tr("Tiltak: {what}").format(what=action.what)]
        if responsible_name or action.responsible:
            details.append(tr("Ansvar: {who}").format(who=responsible_name or action.responsible))
        if action.due is not None:
            details.append(tr("Frist: {due}").format(due=f"{action.due:%d.%m.%Y}"))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, _hint("\n".join(details)))
        f = self.form
        self.status = QComboBox()
        for status in CLOSING:
            self.status.addItem(tr(status.label), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(action.status.value)))
        f.add_row("status", QT_TR_NOOP("&Status"), self.status)
        self.outcome = QPlainTextEdit(action.outcome)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(110)
        self.outcome.setPlaceholderText(tr("Hva ble gjort – eller hvorfor tiltaket bortfalt"))
        f.add_row("outcome", QT_TR_NOOP("&Resultat"), self.outcome)
        self.closed_on = f.add_row(
            "closed_on", QT_TR_NOOP("&Dato"), date_edit(action.closed_on or today or date.today())
        )
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("&Lukk tiltak"))

    def collect(self) -> MeetingAction:
        return replace(
            self._action,
            status=chosen(self.status, TaskStatus) or TaskStatus.DONE,
            outcome=self.outcome.toPlainText(),
            closed_on=from_qdate(self.closed_on.date()),
        )
