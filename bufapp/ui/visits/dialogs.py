"""The smaller samvær dialogs: a visit as it went (held, cancelled or not attended), the plan's
evaluation with each party heard on its own, and an application for travel support with its
decision. Each keeps what is typed as a draft through a lock; the keys start with the parent."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from bufapp.domain.enums import CancelledBy, VisitForm, VisitOutcome
from bufapp.domain.visits import TravelSupport, Visit, VisitEvaluation
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.visits.models import day
from bufapp.ui.visits.parts import GrowingDialog, optional_date, text_box
from bufapp.ui.widgets.field_form import date_edit, from_qdate
from bufapp.ui.widgets.parent_banner import show_about
from bufapp.ui.widgets.record_dialog import chosen, enum_combo, line
from bufapp.ui.widgets.tasks import TaskManager


def visit_key(visit: Visit) -> str:
    return f"{visit.parent_id}:{visit.plan_id}:{visit.planned_for.isoformat()}"


class VisitDialog(GrowingDialog[Visit]):
    """The fields follow the outcome: held (when, how long, in what form, the supervisor's note
    when supervised), cancelled (by whom, why), or the parent did not come."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[Visit], Visit],
        visit: Visit,
        supervised: bool,
        about: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Registrer samvær"), tasks, save, parent)
        show_about(self, about)
        self._visit = visit
        self.kind, self.record_key = "visit", visit_key(visit)
        f = self.form
        planned = QLabel(day(visit.planned_for))
        f.layout_.addRow(tr("Planlagt"), planned)
        # Recorded as it went; a visit recorded ahead (for the talk before it) is held by default.
        outcomes = enum_combo(
            VisitOutcome, visit.outcome if visit.is_recorded else VisitOutcome.HELD
        )
        outcomes.removeItem(outcomes.findData(VisitOutcome.PLANNED))
        self.outcome = f.add_row("outcome", QT_TR_NOOP("&Hvordan gikk det"), outcomes)
        self.held_on = f.add_row("held_on", QT_TR_NOOP("Holdt &dato"), date_edit(visit.held_on or
                                 visit.planned_for))  # fmt: skip
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 72)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSpecialValueText(tr("ikke skrevet"))
        self.hours.setValue(visit.hours or 0)
        f.add_row("hours", QT_TR_NOOP("&Timer"), self.hours)
        self.visit_form = f.add_row("form", QT_TR_NOOP("&Form"), enum_combo(VisitForm, visit.form))
        self.supervisor_note = f.add_row("supervisor_note", QT_TR_NOOP("Tilsyns&førers notat"), text_box(
            visit.supervisor_note, 60))  # fmt: skip
        self.talk_with_adult = QCheckBox(tr("Forelderen trengte mest å snakke med en voksen"))
        self.talk_with_adult.setChecked(visit.mostly_talk_with_adult)
        f.add_row("mostly_talk_with_adult", QT_TR_NOOP("S&amtale"), self.talk_with_adult)
        self.cancelled_by = f.add_row("cancelled_by", QT_TR_NOOP("Avlyst &av"), enum_combo(
            CancelledBy, visit.cancelled_by, allow_empty=True))  # fmt: skip
        self.reason = f.add_row("reason", QT_TR_NOOP("&Hvorfor"), text_box(visit.reason, 50))
        self.note = f.add_row("note", QT_TR_NOOP("&Merknad"), text_box(visit.note, 60))
        self._supervised = supervised
        self.outcome.currentIndexChanged.connect(lambda _i: self._follow_outcome())
        self._follow_outcome()

    def _follow_outcome(self) -> None:
        outcome = chosen(self.outcome, VisitOutcome)
        held, cancelled = outcome == VisitOutcome.HELD, outcome == VisitOutcome.CANCELLED
        rows = self.form.layout_
        for field in (self.held_on, self.hours, self.visit_form, self.talk_with_adult):
            rows.setRowVisible(field.parentWidget(), held)
        rows.setRowVisible(self.supervisor_note.parentWidget(), held and self._supervised)
        for field in (self.cancelled_by, self.reason):
            rows.setRowVisible(field.parentWidget(), cancelled)

    def collect(self) -> Visit:
        outcome = chosen(self.outcome, VisitOutcome) or VisitOutcome.HELD
        held, cancelled = outcome == VisitOutcome.HELD, outcome == VisitOutcome.CANCELLED
        hours = self.hours.value()
        return replace(
            self._visit,
            outcome=outcome,
            form=(chosen(self.visit_form, VisitForm) or VisitForm.VISIT)
            if held
            else VisitForm.VISIT,
            held_on=from_qdate(self.held_on.date()) if held else None,
            hours=hours if held and hours > 0 else None,
            cancelled_by=chosen(self.cancelled_by, CancelledBy) if cancelled else None,
            reason=self.reason.toPlainText() if cancelled else "",
            supervisor_note=self.supervisor_note.toPlainText() if held else "",
            mostly_talk_with_adult=held and self.talk_with_adult.isChecked(),
            note=self.note.toPlainText(),
        )


def evaluation_key(parent_id: int, evaluation: VisitEvaluation) -> str:
    ident = evaluation.id if evaluation.id is not None else "new"
    return f"{parent_id}:{evaluation.plan_id}:{ident}"


class EvaluationDialog(GrowingDialog[VisitEvaluation]):
    """Each party's view on its own, the conclusion, and whether it leads to a new version."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[VisitEvaluation], VisitEvaluation],
        evaluation: VisitEvaluation,
        parent_id: int,
        about: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Evaluering av samværsplanen"), tasks, save, parent)
        self.setMinimumWidth(600)
        show_about(self, about)
        self._evaluation = evaluation
        self.kind = "visit-evaluation"
        self.record_key = evaluation_key(parent_id, evaluation)
        f = self.form
        self.evaluated_on = f.add_row(
            "evaluated_on", QT_TR_NOOP("&Dato"), date_edit(evaluation.evaluated_on)
        )
        self.child_view = f.add_row(
            "child_view", QT_TR_NOOP("&Barnet"), text_box(evaluation.child_view, 50)
        )
        self.parent_view = f.add_row("parent_view", QT_TR_NOOP("&Forelderen"), text_box(
            evaluation.parent_view, 50))  # fmt: skip
        self.carers_view = f.add_row("carers_view", QT_TR_NOOP("Fosterforeldrene / &institusjonen"),
                                     text_box(evaluation.carers_view, 50))  # fmt: skip
        self.supervisor_view = f.add_row("supervisor_view", QT_TR_NOOP("&Tilsynsfører"), text_box(
            evaluation.supervisor_view, 50))  # fmt: skip
        self.conclusion = f.add_row("conclusion", QT_TR_NOOP("&Konklusjon"), text_box(
            evaluation.conclusion, 50))  # fmt: skip
        self.plan_changed = QCheckBox(tr("Evalueringen fører til ny plan"))
        self.plan_changed.setChecked(evaluation.plan_changed)
        f.add_row("plan_changed", QT_TR_NOOP("&Ny plan"), self.plan_changed)

    def collect(self) -> VisitEvaluation:
        return replace(
            self._evaluation,
            evaluated_on=from_qdate(self.evaluated_on.date()),
            child_view=self.child_view.toPlainText(),
            parent_view=self.parent_view.toPlainText(),
            carers_view=self.carers_view.toPlainText(),
            supervisor_view=self.supervisor_view.toPlainText(),
            conclusion=self.conclusion.toPlainText(),
            plan_changed=self.plan_changed.isChecked(),
        )


def travel_key(support: TravelSupport) -> str:
    return f"{support.parent_id}:{support.id if support.id is not None else 'new'}"


_VERDICTS = (("", None), (QT_TR_NOOP("Innvilget"), True), (QT_TR_NOOP("Avslått"), False))


class TravelDialog(GrowingDialog[TravelSupport]):
    """The application (when, how much, for what, which visit) and, when it comes, the
    decision (when, granted or not, how much)."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[TravelSupport], TravelSupport],
        support: TravelSupport,
        visits: Sequence[tuple[int, str]],
        today: date,
        about: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Reisestøtte"), tasks, save, parent)
        show_about(self, about)
        self._support = support
        self.kind, self.record_key = "travel-support", travel_key(support)
        f = self.form
        self.applied_on = f.add_row(
            "applied_on", QT_TR_NOOP("&Søkt"), date_edit(support.applied_on)
        )
        self.applied_amount = f.add_row("applied_amount", QT_TR_NOOP("&Beløp"), _amount(
            support.applied_amount))  # fmt: skip
        self.purpose = f.add_row("purpose", QT_TR_NOOP("&Gjelder"), line(support.purpose))
        self.purpose.setPlaceholderText(tr("For eksempel: bussbillett tur-retur"))
        self.visit = QComboBox()
        self.visit.addItem(tr("Ikke knyttet til ett samvær"), None)
        for visit_id, label in visits:
            self.visit.addItem(label, visit_id)
        self.visit.setCurrentIndex(max(0, self.visit.findData(support.visit_id)))
        f.add_row("visit_id", QT_TR_NOOP("Sa&mvær"), self.visit)
        self.decided_on = f.add_row("decided_on", QT_TR_NOOP("&Vedtak"), optional_date(
            support.decided_on, today, QT_TR_NOOP("Avgjort")))  # fmt: skip
        self.granted = QComboBox()
        for text, value in _VERDICTS:
            self.granted.addItem(tr(text), value)
        self.granted.setCurrentIndex(max(0, self.granted.findData(support.granted)))
        f.add_row("granted", QT_TR_NOOP("&Resultat"), self.granted)
        self.granted_amount = f.add_row("granted_amount", QT_TR_NOOP("&Innvilget beløp"), _amount(
            support.granted_amount or 0))  # fmt: skip
        self.decision_note = f.add_row("decision_note", QT_TR_NOOP("&Merknad"), text_box(
            support.decision_note, 50))  # fmt: skip

    def collect(self) -> TravelSupport:
        decided_on = self.decided_on.value()
        granted = self.granted.currentData() if decided_on is not None else None
        amount = self.granted_amount.value()
        visit_id = self.visit.currentData()
        return replace(
            self._support,
            applied_on=from_qdate(self.applied_on.date()),
            applied_amount=self.applied_amount.value(),
            purpose=self.purpose.text(),
            visit_id=int(visit_id) if visit_id is not None else None,
            decided_on=decided_on,
            granted=None if granted is None else bool(granted),
            granted_amount=amount if granted and amount > 0 else None,
            decision_note=self.decision_note.toPlainText(),
        )


def _amount(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 1_000_000)
    box.setSingleStep(100)
    box.setSuffix(tr(" kr"))
    box.setGroupSeparatorShown(True)
    box.setValue(value)
    return box
