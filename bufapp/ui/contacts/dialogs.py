"""Small dialogs of the contact log: the cooperation agreement (samarbeidsavtale), closing a task,
withdrawing an entry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QWidget

from bufapp.domain.contact_log import ContactPlan, FollowUpTask, TaskClosing, Withdrawal
from bufapp.domain.contact_rules import DEFAULT_REOFFER_DAYS, FREQUENCY_CHOICES
from bufapp.domain.enums import TaskStatus
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import OptionalDateEdit, date_edit, from_qdate
from bufapp.ui.widgets.parent_banner import show_about, show_parent
from bufapp.ui.widgets.record_dialog import RecordDialog, chosen, line
from bufapp.ui.widgets.tasks import TaskManager


class ContactPlanDialog(RecordDialog[ContactPlan]):
    """The agreement about how the parent and the service work together (seed 002 § 4.2): how
    often, how, where the parent prefers to meet and the support person; and whether the parent
    currently refuses contact. Once the frequency-only Kontaktavtale: its fields are kept."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[ContactPlan], ContactPlan],
        plan: ContactPlan,
        parent_name: str,
        today: date,
        parent: QWidget | None = None,
        interpreter_reminder: str = "",
    ) -> None:
        super().__init__(QT_TR_NOOP("Samarbeidsavtale"), tasks, save, parent)
        show_parent(self, parent_name)
        self._plan = plan
        self.kind, self.record_key = "contact-plan", str(plan.parent_id)
        f = self.form
        self.every = QComboBox()
        self.every.addItem(tr("Ingen fast avtale"), None)
        for days, label in FREQUENCY_CHOICES:
            self.every.addItem(tr(label), days)
        if plan.every_days and self.every.findData(plan.every_days) < 0:
            self.every.addItem(tr("Hver {n}. dag").format(n=plan.every_days), plan.every_days)
        self.every.setCurrentIndex(max(0, self.every.findData(plan.every_days)))
        f.add_row("every_days", QT_TR_NOOP("&Hyppighet"), self.every)
        self.agreed_on = f.add_row(
            "agreed_on", QT_TR_NOOP("Avtalt &dato"), date_edit(plan.agreed_on or today)
        )
        self.how = f.add_row("how", QT_TR_NOOP("Hvorda&n"), line(plan.how))
        self.how.setPlaceholderText(tr("For eksempel samtaler, telefon, melding, hjemmebesøk"))
        # The register's interpreter need, where the agreement says how the contact happens.
        self.interpreter_note = f.add_note("how")
        if interpreter_reminder:
            self.interpreter_note.setText(interpreter_reminder)
            self.interpreter_note.show()
            self.how.setAccessibleDescription(interpreter_reminder)
        self.preferred_place = f.add_row(
            "preferred_place", QT_TR_NOOP("Hvor forelderen &vil møtes"), line(plan.preferred_place)
        )
        self.preferred_place.setPlaceholderText(tr("For eksempel hjemme, på kontoret, på kafé"))
        self.support_person = f.add_row(
            "support_person", QT_TR_NOOP("&Støtteperson"), line(plan.support_person)
        )
        self.support_person.setPlaceholderText(tr("Tilbudt eller valgt – navn og hvem det er"))
        self.refuses = QCheckBox(tr("Forelderen ønsker ikke kontakt nå"))
        self.refuses.setChecked(plan.refuses)
        f.add_row("refuses", QT_TR_NOOP("&Takket nei"), self.refuses)
        self.refused_on = f.add_row(
            "refused_on", QT_TR_NOOP("Takket nei &den"), date_edit(plan.refused_on or today)
        )
        self.next_offer_on = f.add_row(
            "next_offer_on",
            QT_TR_NOOP("Tilby kontakt &igjen"),
            OptionalDateEdit(tr("Dato"), plan.next_offer_on),
        )
        self.note = f.add_row("note", QT_TR_NOOP("&Merknad"), QPlainTextEdit(plan.note))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.refuses.toggled.connect(self._refusal_toggled)
        self._refusal_toggled(plan.refuses)

    def _refusal_toggled(self, refuses: bool) -> None:
        self.refused_on.setEnabled(refuses)
        self.next_offer_on.setEnabled(refuses)
        if refuses and self.next_offer_on.value() is None:
            refused = from_qdate(self.refused_on.date())
            self.next_offer_on.set_value(refused + timedelta(days=DEFAULT_REOFFER_DAYS))

    def collect(self) -> ContactPlan:
        refuses = self.refuses.isChecked()
        every = self.every.currentData()
        return replace(
            self._plan,
            every_days=every,
            agreed_on=from_qdate(self.agreed_on.date()) if every else None,
            refused_on=from_qdate(self.refused_on.date()) if refuses else None,
            next_offer_on=self.next_offer_on.value() if refuses else None,
            note=self.note.toPlainText(),
            how=self.how.text(),
            preferred_place=self.preferred_place.text(),
            support_person=self.support_person.text(),
        )


class CloseTaskDialog(RecordDialog[TaskClosing]):
    def __init__(
        self,
        tasks: TaskManager,
        close: Callable[[int, TaskStatus, str], FollowUpTask],
        task: FollowUpTask,
        parent: QWidget | None = None,
        closing: TaskClosing | None = None,
    ) -> None:
        super().__init__(
            QT_TR_NOOP("Lukk oppgave"),
            tasks,
            lambda c: close(c.task_id, c.status, c.outcome),
            parent,
        )
        assert task.id is not None
        self._task = task
        self.kind, self.record_key = "task-closing", str(task.id)
        closing = closing or TaskClosing(task.id)
        show_about(self, tr("Oppgave: {what}").format(what=task.what))
        f = self.form
        self.status = QComboBox()
        for status in (TaskStatus.DONE, TaskStatus.CANCELLED):
            self.status.addItem(tr(status.label), status)
        self.status.setCurrentIndex(max(0, self.status.findData(closing.status)))
        f.add_row("status", QT_TR_NOOP("&Status"), self.status)
        self.outcome = f.add_row(
            "outcome", QT_TR_NOOP("&Resultat"), QPlainTextEdit(closing.outcome)
        )
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(110)

    def collect(self) -> TaskClosing:
        status = chosen(self.status, TaskStatus)
        assert self._task.id is not None and status is not None
        return TaskClosing(self._task.id, status, self.outcome.toPlainText())


class WithdrawDialog(RecordDialog[Withdrawal]):
    """Withdrawing keeps the entry, marked and with the reason; nothing is deleted."""

    def __init__(
        self,
        tasks: TaskManager,
        withdraw: Callable[[int, str], object],
        entry_id: int,
        parent: QWidget | None = None,
        reason: str = "",
    ) -> None:
        super().__init__(
            QT_TR_NOOP("Trekk tilbake kontakt"),
            tasks,
            lambda w: withdraw(w.entry_id, w.reason),
            parent,
        )
        self._entry_id = entry_id
        self.kind, self.record_key = "withdrawal", str(entry_id)
        self.reason = self.form.add_row("withdrawn_reason", QT_TR_NOOP("&Hvorfor"), line(reason))
        self.reason.setPlaceholderText(tr("For eksempel: registrert på feil forelder"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("&Trekk tilbake"))
        self.general_error.setText(
            tr("Oppføringen blir stående, merket som trukket tilbake med grunnen du skriver.")
        )
        self.general_error.show()

    def collect(self) -> Withdrawal:
        return Withdrawal(self._entry_id, self.reason.text())
