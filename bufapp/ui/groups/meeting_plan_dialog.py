"""Planning a responsibility-group meeting: when and where, the parent's own points first (taken
down when preparing the meeting with the parent), other items, and a preview of the agenda as it
will be — the parent's points, the group's open actions carried over, then the rest. It also
records when the invitation went out and warns when it is later than a week before."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from bufapp.domain.enums import AgendaOrigin, MeetingStatus, MemberRole
from bufapp.domain.group_rules import INVITATION_DAYS, arranged_agenda
from bufapp.domain.groups import AgendaItem, Meeting, MeetingAction, ResponsibilityGroup
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import today_oslo
from bufapp.services.groups.service import GroupService
from bufapp.ui.groups.meeting_widgets import (
    ERROR_STYLE,
    LATE_STYLE,
    PARENT_BOX_STYLE,
    agenda_html,
    hint,
    lines,
    local,
    moment,
    text_box,
    time_edit,
    when_text,
)
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import OptionalDateEdit, date_edit, from_qdate
from bufapp.ui.widgets.parent_banner import show_parent
from bufapp.ui.widgets.record_dialog import RecordDialog, line
from bufapp.ui.widgets.tasks import TaskManager

DEFAULT_DAYS_AHEAD = 14  # room for the parent's preparation and a week's notice
DEFAULT_TIME = time(10, 0)


def parent_name(group: ResponsibilityGroup) -> str:
    return next((m.name for m in group.members if m.role is MemberRole.PARENT), "")


class MeetingPlanDialog(RecordDialog[Meeting]):
    """A new meeting (``meeting`` None, or a draft without an id) or a planned one changed."""

    def __init__(
        self,
        tasks: TaskManager,
        groups: GroupService,
        group: ResponsibilityGroup,
        meeting: Meeting | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] = today_oslo,
    ) -> None:
        # The save function holds the service, not the dialog: no reference cycle through the
        # dialog, which the garbage collector could otherwise break on the database thread.
        super().__init__(
            QT_TR_NOOP("Møte i ansvarsgruppen"), tasks, partial(store_plan, groups), parent
        )
        assert group.id is not None
        self._group = group
        self._today = today
        start = datetime.combine(today() + timedelta(days=DEFAULT_DAYS_AHEAD), DEFAULT_TIME)
        self._meeting = meeting or Meeting(group.id, moment(start.date(), start.time()))
        self._open_actions: list[MeetingAction] | None = None  # None: not loaded yet
        self.kind = "meeting-plan"
        self.record_key = str(self._meeting.id) if self._meeting.id else f"new:{group.id}"
        self.setWindowTitle(tr("Endre planlagt møte") if self._meeting.id else tr("Nytt møte"))
        self._build()
        self._arrange()
        show_parent(self, parent_name(group))
        tasks.run(lambda: groups.actions_of(group.id or 0), self._actions_loaded)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        m, f = self._meeting, self.form
        shown = local(m.starts_at)
        self.day = f.add_row("starts_at", QT_TR_NOOP("&Dato"), date_edit(shown.date()))
        self.at = f.add_row("time", QT_TR_NOOP("&Klokkeslett"), time_edit(shown.time()))
        self.place = f.add_row("place", QT_TR_NOOP("S&ted"), line(m.place))
        self.place.setPlaceholderText(tr("For eksempel rådhuset, møterom 2"))
        own = [i.title for i in m.agenda if i.origin is AgendaOrigin.PARENT]
        self.parent_points = text_box("\n".join(own), 90, QT_TR_NOOP("Én sak per linje"))
        self.parent_points.setAccessibleName(tr("Forelderens egne saker"))
        self.parent_points.setStyleSheet(PARENT_BOX_STYLE)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            hint(
                QT_TR_NOOP(
                    "Gå gjennom møtet sammen med forelderen på forhånd: hva vil forelderen selv "
                    "ta opp? Forelderens saker kommer først på dagsordenen."
                )
            )
        )
        column.addWidget(self.parent_points)
        holder.setFocusProxy(self.parent_points)
        f.add_row("parent_points", QT_TR_NOOP("&Forelderens saker"), holder)
        others = [i.title for i in m.agenda if i.origin is AgendaOrigin.OTHER]
        self.other_items = text_box("\n".join(others), 60, QT_TR_NOOP("Én sak per linje"))
        f.add_row("other_items", QT_TR_NOOP("&Andre saker"), self.other_items)
        self.invitation = OptionalDateEdit(
            tr("Innkalling &sendt"), m.invitation_sent_on or self._today()
        )
        self.invitation.set_value(m.invitation_sent_on)
        self.invitation.check.setAccessibleName(tr("Innkalling sendt"))
        self.invitation.editor.setAccessibleName(tr("Dato innkallingen ble sendt"))
        # Sent is sent: the date can be corrected, the sending not undone.
        self.invitation.check.setEnabled(m.invitation_sent_on is None)
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.deadline.setAccessibleName(tr("Frist for innkalling"))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.invitation)
        column.addWidget(self.deadline)
        box.setFocusProxy(self.invitation)
        f.add_row("invitation_sent_on", QT_TR_NOOP("&Innkalling"), box)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(tr("Dagsorden slik den blir"))
        self.preview.setMinimumWidth(340)
        for signal in (
            self.day.dateChanged,
            self.at.timeChanged,
            self.place.textChanged,
            self.parent_points.textChanged,
            self.other_items.textChanged,
            self.invitation.check.toggled,
            self.invitation.editor.dateChanged,
        ):
            signal.connect(self._update)

    def _arrange(self) -> None:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.form, 3)
        right = QVBoxLayout()
        caption = QLabel(tr("Dagsorden slik den blir"))
        caption.setStyleSheet("font-weight: bold;")
        right.addWidget(caption)
        right.addWidget(self.preview, 1)
        row.addLayout(right, 2)
        layout.insertLayout(0, row, 1)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.resize(980, 600)
        self._update()
        self.parent_points.setFocus()

    # --- what is shown ----------------------------------------------------------------------

    def _actions_loaded(self, actions: list[MeetingAction]) -> None:
        self._open_actions = [a for a in actions if a.is_open]
        self._update()

    def starts_at(self) -> datetime:
        day = from_qdate(self.day.date())
        at: time = self.at.time().toPython()  # type: ignore[assignment]
        return moment(day, at, self._meeting.starts_at)

    def agenda(self) -> tuple[AgendaItem, ...]:
        """The agenda as it will be saved: the service arranges it the same way."""
        kept = {(i.origin, i.title): i for i in self._meeting.agenda}
        own = [
            kept.get((AgendaOrigin.PARENT, t), AgendaItem(t, AgendaOrigin.PARENT))
            for t in lines(self.parent_points.toPlainText())
        ]
        others = [
            kept.get((AgendaOrigin.OTHER, t), AgendaItem(t, AgendaOrigin.OTHER))
            for t in lines(self.other_items.toPlainText())
        ]
        carried = [i for i in self._meeting.agenda if i.origin is AgendaOrigin.CARRIED]
        if self._open_actions is None:
            return (*own, *carried, *others)
        return arranged_agenda((*own, *others), self._open_actions, self._group)

    def deadline_day(self) -> date:
        return local(self.starts_at()).date() - timedelta(days=INVITATION_DAYS)

    def invitation_late(self) -> bool:
        return self.invitation.value() is None and self._today() > self.deadline_day()

    def _update(self) -> None:
        sent = self.invitation.value()
        deadline = f"{self.deadline_day():%d.%m.%Y}"
        if sent is not None:
            text = tr("Innkallingen ble sendt {sent} (fristen var {deadline}).").format(
                sent=f"{sent:%d.%m.%Y}", deadline=deadline
            )
        else:
            text = tr("Innkallingen bør sendes senest {date}.").format(date=deadline)
            if self.invitation_late():
                text += " " + tr("Det er mindre enn en uke til møtet – send den nå.")
        self.deadline.setText(text)
        self.deadline.setStyleSheet(LATE_STYLE if self.invitation_late() else "")
        late = frozenset(
            a.id
            for a in self._open_actions or ()
            if a.id is not None and a.due is not None and a.due < self._today()
        )
        heading = tr("Ansvarsgruppemøte {when}").format(when=when_text(self.starts_at()))
        place = self.place.text().strip()
        html = f"<p><b>{heading}</b>" + (f"<br>{place}" if place else "") + "</p>"
        if self._open_actions is None:
            html += f"<p><i>{tr('Henter åpne tiltak …')}</i></p>"
        self.preview.setHtml(html + agenda_html(self.agenda(), late))

    # --- the record -------------------------------------------------------------------------

    def submit(self) -> None:
        # Checked here, not in collect(): a lock keeps the form as a draft whatever it holds.
        # Checked before anything is saved, so a new meeting is never planned twice.
        sent = self.invitation.value()
        if sent is not None and sent > self._today():
            self._show(
                ValidationFailed(
                    [FieldProblem("invitation_sent_on", tr("Datoen kan ikke være fram i tid."))]
                )
            )
            return
        super().submit()

    def collect(self) -> Meeting:
        sent = self.invitation.value()
        return replace(
            self._meeting,
            starts_at=self.starts_at(),
            place=self.place.text().strip(),
            agenda=self.agenda(),
            invitation_sent_on=sent,
        )


def store_plan(groups: GroupService, record: Meeting) -> Meeting:
    """On the database thread: plan (or change) the meeting, then mark the invitation."""
    if record.id is None:
        saved = groups.plan_meeting(
            record.group_id,
            record.starts_at,
            record.place,
            [i.title for i in record.agenda if i.origin is AgendaOrigin.PARENT],
            [i.title for i in record.agenda if i.origin is AgendaOrigin.OTHER],
        )
    else:
        stored = groups.meeting(record.id)
        # The invitation is marked through its own use case (which checks the date).
        saved = groups.save_meeting(replace(record, invitation_sent_on=stored.invitation_sent_on))
        if saved.status is MeetingStatus.PLANNED:
            saved = groups.refresh_agenda(saved.id or 0)
    sent = record.invitation_sent_on
    if sent is not None and sent != saved.invitation_sent_on:
        saved = groups.mark_invitation_sent(saved.id or 0, sent)
    return saved
