"""The familieråd dialogs: a conference planned (the question, purpose, coordinator, who is
invited) and then recorded held (who came, the family's own plan) or cancelled; and the
service's answer to the plan with the follow-up conference. Each keeps what is typed as a draft
through a lock; the keys start with the parent."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.enums import ConferencePurpose, ConferenceStatus, PlanApproval
from bufapp.domain.family_conference import Approval, ConferencePerson, FamilyConference, PlanItem
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import date_edit, from_qdate
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.parent_banner import show_about
from bufapp.ui.widgets.record_dialog import chosen, enum_combo, line
from bufapp.ui.widgets.record_parts import GrowingDialog, draft_key, optional_date, text_box
from bufapp.ui.widgets.tasks import TaskManager

DAY = "%d.%m.%Y"
TASK_STAYS = QT_TR_NOOP(
    "Punktet er allerede gjort til en oppgave og blir stående i planen. Lukk oppgaven i "
    "kontaktloggen hvis den ikke skal gjøres."
)


def conference_key(conference: FamilyConference) -> str:
    return draft_key(conference.parent_id, conference.id)


def _check(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(
        Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    )
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _text(item: QTableWidgetItem | None) -> str:
    return item.text().strip() if item is not None else ""


def _checked(item: QTableWidgetItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked


class RowsEditor(QWidget):
    """A small table to type rows into, with buttons to add and remove a row."""

    def __init__(self, headers: Sequence[str], accessible: str, add_text: str) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels([tr(h) for h in headers])
        self.table.setAccessibleName(tr(accessible))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of a form
        self.table.verticalHeader().hide()
        rows = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(rows)
        self.table.setMinimumHeight(rows * 4 + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(tr(add_text))
        self.remove_button = QPushButton(tr("Fjern raden"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)
        self.setFocusProxy(self.table)
        self.ids: list[int | None] = []
        self.tasks: list[int | None] = []

    def add_row(self, *cells: QTableWidgetItem, ident: int | None = None,
                task: int | None = None) -> None:  # fmt: skip
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            cell = cells[column] if column < len(cells) else QTableWidgetItem("")
            self.table.setItem(row, column, cell)
        self.ids.append(ident)
        self.tasks.append(task)
        if not cells:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        if self.tasks[row] is not None:  # made into a task: the task refers to it
            Messages.info(self, tr(TASK_STAYS))
            return
        self.table.removeRow(row)
        del self.ids[row]
        del self.tasks[row]

    def rows(self) -> list[list[QTableWidgetItem | None]]:
        return [
            [self.table.item(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]


def parse_day(text: str, row: int) -> date | None:
    if not text.strip():
        return None
    try:
        return datetime.strptime(text.strip(), DAY).date()
    except ValueError:
        raise ValidationFailed(
            [
                FieldProblem(
                    "items",
                    tr("Punkt {row}: skriv datoen som dd.mm.åååå, for eksempel 01.09.2026.").format(
                        row=row
                    ),
                )
            ]
        ) from None


class ConferenceDialog(GrowingDialog[FamilyConference]):
    """A conference planned, then held (who came, the plan) or cancelled: the fields follow the
    status. People can be taken from the parent's newest network map."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[FamilyConference], FamilyConference],
        conference: FamilyConference,
        network: Sequence[ConferencePerson],
        about: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QT_TR_NOOP("Planlegg familieråd") if conference.id is None else QT_TR_NOOP("Familieråd")
        )
        super().__init__(title, tasks, save, parent)
        self.setMinimumWidth(780)
        self.resize(820, 700)  # the plan in sight on a 1366×768 screen; smaller ones scroll
        show_about(self, about)
        self._conference = conference
        self._network = list(network)
        self.kind, self.record_key = "family-conference", conference_key(conference)
        f = self.form
        self.question = f.add_row(
            "question", QT_TR_NOOP("&Spørsmålet til familien"), text_box(conference.question)
        )
        self.purpose = f.add_row(
            "purpose", QT_TR_NOOP("&Formål"), enum_combo(ConferencePurpose, conference.purpose)
        )
        self.purpose_note = f.add_row(
            "purpose_note", QT_TR_NOOP("Om formålet"), line(conference.purpose_note)
        )
        self.consented = QCheckBox(tr("Forelderen har sagt ja til familieråd (frivillig)"))
        self.consented.setChecked(conference.parent_consented)
        f.add_row("parent_consented", QT_TR_NOOP("Sa&mtykke"), self.consented)
        self.coordinator_name = f.add_row(
            "coordinator_name", QT_TR_NOOP("&Koordinator"), line(conference.coordinator_name)
        )
        self.coordinator_org = f.add_row("coordinator_org", QT_TR_NOOP("Koordinatorens &organisasjon"),
                                         line(conference.coordinator_org))  # fmt: skip
        self.in_service = QCheckBox(tr("Koordinatoren er ansatt i barnevernstjenesten"))
        self.in_service.setChecked(conference.coordinator_in_service)
        f.add_row("coordinator_in_service", QT_TR_NOOP("Uavhengighet"), self.in_service)
        self.planned_for = f.add_row(
            "planned_for", QT_TR_NOOP("&Planlagt dato"), date_edit(conference.planned_for)
        )
        self.status = f.add_row(
            "status", QT_TR_NOOP("S&tatus"), enum_combo(ConferenceStatus, conference.status)
        )
        self.held_on = f.add_row(
            "held_on",
            QT_TR_NOOP("&Holdt dato"),
            date_edit(conference.held_on or min(conference.planned_for, today)),
        )
        self.cancelled_reason = f.add_row(
            "cancelled_reason", QT_TR_NOOP("Hvorfor a&vlyst"), line(conference.cancelled_reason)
        )
        self.people = RowsEditor(
            (QT_TR_NOOP("Navn"), QT_TR_NOOP("Relasjon"), QT_TR_NOOP("Invitert"), QT_TR_NOOP("Kom")),
            QT_TR_NOOP("Inviterte"),
            QT_TR_NOOP("Legg til &person"),
        )
        self.from_map = QPushButton(tr("Hent fra &nettverkskartet"))
        self.from_map.setEnabled(bool(self._network))
        self.from_map.setToolTip(tr("Personene på forelderens nyeste nettverkskart"))
        self.from_map.clicked.connect(self._take_network)
        self.people.buttons.insertWidget(2, self.from_map)
        for person in conference.people:
            self._add_person(person)
        f.add_row("people", QT_TR_NOOP("&Inviterte og hvem som kom"), self.people)
        self.items = RowsEditor(
            (QT_TR_NOOP("Hva"), QT_TR_NOOP("Hvem"), QT_TR_NOOP("Innen (dd.mm.åååå)")),
            QT_TR_NOOP("Familiens plan"),
            QT_TR_NOOP("Legg til p&unkt"),
        )
        for item in conference.items:
            by_when = item.by_when.strftime(DAY) if item.by_when else ""
            self.items.add_row(QTableWidgetItem(item.what), QTableWidgetItem(item.who),
                               QTableWidgetItem(by_when), ident=item.id, task=item.task_id)  # fmt: skip
        f.add_row("items", QT_TR_NOOP("Familiens &plan"), self.items)
        self.note = f.add_row("note", QT_TR_NOOP("&Merknad"), text_box(conference.note, 50))
        self.status.currentIndexChanged.connect(lambda _i: self._follow_status())
        self._follow_status()

    def _add_person(self, person: ConferencePerson) -> None:
        name, relation = QTableWidgetItem(person.name), QTableWidgetItem(person.relation)
        name.setData(Qt.ItemDataRole.UserRole, person.member_key)
        self.people.add_row(name, relation, _check(person.invited), _check(person.came))

    def _take_network(self) -> None:
        have = {(_text(r[0]).casefold()) for r in self.people.rows()}
        for person in self._network:
            if person.name.casefold() not in have:
                self._add_person(person)

    def _follow_status(self) -> None:
        status = chosen(self.status, ConferenceStatus)
        rows = self.form.layout_
        rows.setRowVisible(self.held_on.parentWidget(), status is ConferenceStatus.HELD)
        rows.setRowVisible(self.items.parentWidget(), status is ConferenceStatus.HELD)
        rows.setRowVisible(
            self.cancelled_reason.parentWidget(), status is ConferenceStatus.CANCELLED
        )
        self.people.table.setColumnHidden(3, status is not ConferenceStatus.HELD)

    def collect(self) -> FamilyConference:
        status = chosen(self.status, ConferenceStatus) or ConferenceStatus.PLANNED
        held = status is ConferenceStatus.HELD
        people = tuple(
            ConferencePerson(
                name=_text(name),
                relation=_text(relation),
                invited=_checked(invited),
                came=held and _checked(came),
                member_key=str(name.data(Qt.ItemDataRole.UserRole) or "") if name else "",
            )
            for name, relation, invited, came in self.people.rows()
            if _text(name) or _text(relation)
        )
        items = []
        if held:
            for index, (what, who, when) in enumerate(self.items.rows()):
                if not (_text(what) or _text(who) or _text(when)):
                    continue
                items.append(PlanItem(_text(what), _text(who), parse_day(_text(when), index + 1),
                                      task_id=self.items.tasks[index], id=self.items.ids[index]))  # fmt: skip
        return replace(
            self._conference,
            question=self.question.toPlainText(),
            purpose=chosen(self.purpose, ConferencePurpose) or ConferencePurpose.FOLLOW_UP,
            purpose_note=self.purpose_note.text(),
            parent_consented=self.consented.isChecked(),
            coordinator_name=self.coordinator_name.text(),
            coordinator_org=self.coordinator_org.text(),
            coordinator_in_service=self.in_service.isChecked(),
            planned_for=from_qdate(self.planned_for.date()),
            status=status,
            held_on=from_qdate(self.held_on.date()) if held else None,
            cancelled_reason=self.cancelled_reason.text()
            if status is ConferenceStatus.CANCELLED
            else "",
            people=people,
            items=tuple(items),
            note=self.note.toPlainText(),
        )


def approval_key(parent_id: int, approval: Approval) -> str:
    return draft_key(parent_id, approval.conference_id)


class ApprovalDialog(GrowingDialog[Approval]):
    """The service's answer to the family's plan: approved, with reservations, or not; and the
    follow-up conference's date."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[Approval], object],
        approval: Approval,
        parent_id: int,
        about: str,
        suggested_follow_up: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Godkjenn familiens plan"), tasks, save, parent)  # type: ignore[arg-type]
        show_about(self, about)
        self._approval = approval
        self.kind, self.record_key = "conference-approval", approval_key(parent_id, approval)
        f = self.form
        self.approval = f.add_row(
            "approval", QT_TR_NOOP("&Svar"), enum_combo(PlanApproval, approval.approval)
        )
        self.approved_on = f.add_row(
            "approved_on", QT_TR_NOOP("&Dato"), date_edit(approval.approved_on)
        )
        self.reservations = f.add_row("reservations", QT_TR_NOOP("&Forbehold eller begrunnelse"),
                                      text_box(approval.reservations, 80))  # fmt: skip
        self.follow_up = optional_date(
            approval.follow_up_on, suggested_follow_up, QT_TR_NOOP("Oppfølgende familieråd")
        )
        f.add_row("follow_up_on", QT_TR_NOOP("&Oppfølging"), self.follow_up)

    def collect(self) -> Approval:
        return replace(
            self._approval,
            approval=chosen(self.approval, PlanApproval) or PlanApproval.APPROVED,
            approved_on=from_qdate(self.approved_on.date()),
            reservations=self.reservations.toPlainText(),
            follow_up_on=self.follow_up.value(),
        )
