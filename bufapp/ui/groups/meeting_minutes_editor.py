"""Writing the minutes of a responsibility-group meeting: who came, who led and wrote, one block
per agenda item (what was said, the parent's own views, the conclusion, the decisions), the
actions decided, and the next meeting. What is typed is kept as an encrypted draft a moment after
each change. Final minutes change only with a reason, as a new version; earlier ones are kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.enums import MeetingStatus
from bufapp.domain.groups import Minutes
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import now_utc
from bufapp.services.groups.service import GroupService
from bufapp.ui.groups.meeting_actions_table import ActionTable
from bufapp.ui.groups.meeting_attendance import AttendancePanel
from bufapp.ui.groups.meeting_minutes_items import ItemsPanel
from bufapp.ui.groups.meeting_plan_dialog import parent_name
from bufapp.ui.groups.meeting_records import MinutesContext, MinutesDraft, store_minutes
from bufapp.ui.groups.meeting_versions import VersionsDialog
from bufapp.ui.groups.meeting_widgets import ERROR_STYLE, combo_key, member_combo, when_text
from bufapp.ui.qt import QT_TR_NOOP, pause_timer, tr
from bufapp.ui.widgets.field_form import FieldForm, OptionalDateEdit
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.record_dialog import RecordDialog, keep_draft, line
from bufapp.ui.widgets.tasks import TaskManager

AUTOSAVE_MS = 1500
FINAL = MeetingStatus.MINUTES_FINAL
ACTION_FIELDS = ("what", "responsible", "meeting_id")


def _shown_at(field: str) -> str:
    """The editor's field for a problem: an action's fields and a numbered item ("items.2", a
    check of what the minutes may say) are shown beside their table."""
    if field in ACTION_FIELDS or field.startswith("actions."):
        return "actions"
    return "items" if field.startswith("items.") else field


class MinutesEditor(RecordDialog[MinutesDraft]):
    def __init__(
        self,
        tasks: TaskManager,
        groups: GroupService,
        context: MinutesContext,
        autosave: Callable[[str, str, MinutesDraft], None],
        parent: QWidget | None = None,
        restored: bool = False,
        now: Callable[[], datetime] = now_utc,
    ) -> None:
        # The save function holds the service, not the dialog (no reference cycle through the
        # dialog, which the garbage collector could otherwise break on the database thread).
        super().__init__(
            QT_TR_NOOP("Referat"), tasks, partial(store_minutes, groups, now, False), parent
        )
        assert context.record.meeting.id is not None
        self._groups = groups
        self._now = now
        self._group = context.group
        self._meeting = context.record.meeting
        self.versions = context.versions
        self._autosave = autosave
        self._dirty = restored  # a reopened draft is unsaved work: Avbryt asks first
        self.kind = "minutes"
        self.autosaves = True
        self.record_key = str(self._meeting.id)
        self.is_final = self._meeting.status is FINAL
        self.setWindowTitle(tr("Referat"))
        self._build(context, restored)
        self._arrange()
        show_parent(self, parent_name(self._group))
        self._timer = pause_timer(self, AUTOSAVE_MS, self.autosave_now)
        self._watch_changes()
        QShortcut(QKeySequence("Ctrl+S"), self, activated=lambda: self._submit(False))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self._submit(True))

    # --- building ---------------------------------------------------------------------------

    def _build(self, context: MinutesContext, restored: bool) -> None:
        m, group = self._meeting, self._group
        minutes = m.minutes
        where = f", {m.place}" if m.place else ""
        self.heading = QLabel(
            tr("Ansvarsgruppemøte {when}{where}").format(when=when_text(m.starts_at), where=where)
        )
        self.heading.setObjectName("viewHeading")
        self.heading.setWordWrap(True)
        state = tr(m.status.label)
        if self.is_final or m.version > 1:
            state += " · " + tr("Versjon {n}").format(n=m.version)
        if m.version > 1 and m.change_reason:
            state += " – " + tr("endret fordi: {reason}").format(reason=m.change_reason)
        self.state = QLabel(state)
        self.state.setWordWrap(True)
        self.versions_button = QPushButton(
            tr("Tidligere &versjoner ({n}) …").format(n=len(self.versions))
        )
        self.versions_button.clicked.connect(self.show_versions)
        self.versions_button.setVisible(bool(self.versions))
        f = self.form
        self.attendance = AttendancePanel(group, minutes.attendance)
        f.add_row("attendance", QT_TR_NOOP("&Oppmøte"), self.attendance)
        self.chair = f.add_row(
            "chair", QT_TR_NOOP("Møte&leder"), member_combo(group, minutes.chair)
        )
        self.minute_taker = f.add_row(
            "minute_taker", QT_TR_NOOP("&Referent"), member_combo(group, minutes.minute_taker)
        )
        self.items_form = FieldForm()
        self.items = ItemsPanel(m)
        self.items_form.add_row("items", QT_TR_NOOP("Saker"), self.items)
        self.actions_form = FieldForm()
        self.action_table = ActionTable(group, context.record.actions)
        self.actions_form.add_row(
            "actions", QT_TR_NOOP("Tiltak som ble &bestemt"), self.action_table
        )
        self.end_form = FieldForm()
        self.next_meeting = OptionalDateEdit(tr("Avtalt"), minutes.next_meeting_on)
        self.end_form.add_row("next_meeting_on", QT_TR_NOOP("&Neste møte"), self.next_meeting)
        # Final minutes opened afresh start with an empty reason (each version needs its own);
        # a reopened draft keeps what was typed. It stands first: it is what a change needs.
        self.reason_form = FieldForm()
        self.change_reason = line(m.change_reason if restored and self.is_final else "")
        if self.is_final:
            self.change_reason.setPlaceholderText(tr("Påkrevd: hvorfor endres et ferdig referat?"))
            self.reason_form.add_row(
                "change_reason", QT_TR_NOOP("&Grunn til endring"), self.change_reason
            )
        self.reason_form.setVisible(self.is_final)

    def _arrange(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        top = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.state)
        top.addLayout(text, 1)
        top.addWidget(self.versions_button)
        column.addLayout(top)
        for form in self._forms():
            column.addWidget(form)
        column.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.form)
        layout.removeWidget(self.buttons)
        self.buttons.hide()  # replaced below; hidden at once, deleted when the loop runs
        self.buttons.deleteLater()
        layout.insertWidget(0, scroll, 1)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.draft_state = QLabel()
        self.draft_state.setAccessibleName(tr("Utkaststatus"))
        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton | None = None
        self.final_button: QPushButton | None = None
        if self.is_final:
            self.save_button = QPushButton(tr("Lagre ny &versjon"))
        else:
            self.save_button = QPushButton(tr("&Lagre"))
            if self._meeting.status is not MeetingStatus.CANCELLED:
                self.final_button = QPushButton(tr("&Ferdigstill referat"))
                self.final_button.setToolTip(tr("Ctrl+Enter – referatet blir journaltekst"))
                self.final_button.clicked.connect(lambda: self._submit(True))
                self.buttons.addButton(self.final_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setToolTip(tr("Ctrl+S"))
        self.save_button.clicked.connect(lambda: self._submit(False))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.draft_state, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        # Enter in a field saves (never finalises); a focused button takes Enter itself.
        self.save_button.setDefault(True)
        self.resize(1000, 800)
        self.attendance.setFocus()

    def _watch_changes(self) -> None:
        for panel in (self.attendance, self.items, self.action_table):
            panel.changed.connect(self._changed)
        for combo in (self.chair, self.minute_taker):
            combo.currentIndexChanged.connect(self._changed)
        self.next_meeting.check.toggled.connect(self._changed)
        self.next_meeting.editor.dateChanged.connect(self._changed)
        self.change_reason.textChanged.connect(self._changed)

    def _forms(self) -> tuple[FieldForm, ...]:
        return (self.reason_form, self.form, self.items_form, self.actions_form, self.end_form)

    def show_versions(self) -> None:
        dialog = VersionsDialog(self.versions, self._meeting, self._group, self)
        dialog.open()

    # --- the record -------------------------------------------------------------------------

    def collect(self) -> MinutesDraft:
        minutes = Minutes(
            attendance=self.attendance.attendance(),
            chair=combo_key(self.chair),
            minute_taker=combo_key(self.minute_taker),
            items=self.items.items(),
            next_meeting_on=self.next_meeting.value(),
        )
        meeting = replace(self._meeting, minutes=minutes, change_reason=self.change_reason.text())
        return MinutesDraft(meeting, self.action_table.actions())

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _changed(self) -> None:
        self._dirty = True
        self.draft_state.setText(tr("Endringer ikke lagret ennå …"))
        self._timer.start()

    def autosave_now(self) -> None:
        """Keep what is typed as an encrypted draft (not the minutes until it is saved)."""
        self._timer.stop()
        keep_draft(self._tasks, self._autosave, self.kind, self.record_key, self.collect(),
                   self.draft_state)  # fmt: skip

    def _submit(self, finalise: bool) -> None:
        if self.saving:
            return
        self._timer.stop()
        problems = self.action_table.problems()
        if problems:  # checked before anything is saved: the minutes and actions go together
            self._show(ValidationFailed(problems))
            return
        self._save = partial(store_minutes, self._groups, self._now, finalise and not self.is_final)
        self.submit()

    def _show(self, failure: ValidationFailed) -> None:
        problems = [FieldProblem(_shown_at(p.field), tr(p.message)) for p in failure.problems]
        unplaced = problems
        for form in self._forms():
            unplaced = form.show_problems(unplaced)
        self.general_error.setText("\n".join(p.message for p in unplaced))
        self.general_error.setVisible(bool(unplaced))
        placed = [p.field for p in problems if p not in unplaced]
        for form in self._forms():  # the first problem in view, with the focus in its field
            label = next(
                (x for f in placed if (x := form.findChild(QLabel, f"error_{f}")) is not None),
                None,
            )
            if label is not None:
                holder = label.parentWidget()
                holder.layout().itemAt(0).widget().setFocus()
                # once the messages are laid out
                QTimer.singleShot(0, lambda h=holder: self.scroll.ensureWidgetVisible(h))
                break

    def done(self, result: int) -> None:
        self._timer.stop()  # closed (saved, discarded or locked): nothing more to autosave
        super().done(result)

    discard_question = QT_TR_NOOP("Vil du forkaste endringene i referatet?")

    def unsaved_changes(self) -> bool:
        return self._dirty
