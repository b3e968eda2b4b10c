"""The samværsplan dialog: a new plan, or a new version of the one in force (the reason first
and required). The frame follows the child's placement: under a decision its maker, date, words
and minimum; with a voluntary placement the agreement with the parent. The service refuses a
plan below the minimum or not agreed, and the reason is shown under its field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QWidget

from bufapp.domain.enums import PlacementBasis, Supervision, VisitBasis, VisitPlace
from bufapp.domain.visit_checks import basis_for
from bufapp.domain.visits import VisitPlan
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.visits.fields import AgreementEdit, FrequencyEdit, PurposesEdit
from bufapp.ui.visits.parts import GrowingDialog, optional_date, text_box
from bufapp.ui.widgets.field_form import date_edit, from_qdate
from bufapp.ui.widgets.parent_banner import show_about
from bufapp.ui.widgets.record_dialog import chosen, enum_combo, line
from bufapp.ui.widgets.tasks import TaskManager


def plan_key(plan: VisitPlan) -> str:
    """One draft per plan, or per child for a new plan or version; the parent first."""
    return f"{plan.parent_id}:{plan.child_id}:{plan.id if plan.id is not None else 'new'}"


class VisitPlanDialog(GrowingDialog[VisitPlan]):
    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[VisitPlan], VisitPlan],
        plan: VisitPlan,
        placement_basis: PlacementBasis | None,
        about: str,
        frame_texts: dict[str, str],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        """``about``: the parent and the child, said inside the window (never in its title)."""
        version = plan.replaces_id is not None and plan.id is None
        super().__init__(QT_TR_NOOP("Ny versjon av samværsplanen") if version else QT_TR_NOOP("Samværsplan"), tasks,
                         save, parent)  # fmt: skip
        self.setMinimumWidth(640)
        show_about(self, about)
        self._plan = plan
        self.kind, self.record_key = "visit-plan", plan_key(plan)
        basis = basis_for(placement_basis) if placement_basis is not None else plan.basis
        f = self.form
        self.change_reason = f.add_row("change_reason", QT_TR_NOOP("&Hvorfor endres planen"), text_box(
            plan.change_reason, 60))  # fmt: skip
        self.change_reason.setPlaceholderText(
            tr("For eksempel: evalueringen viste at barnet trenger kortere samvær")
        )
        f.layout_.setRowVisible(self.change_reason.parentWidget(), plan.replaces_id is not None)
        self.valid_from = f.add_row(
            "valid_from", QT_TR_NOOP("&Gjelder fra"), date_edit(plan.valid_from)
        )
        self.frequency = f.add_row("frequency", QT_TR_NOOP("&Hvor ofte"), FrequencyEdit(plan.frequency,
                                   tr("Hvor ofte")))  # fmt: skip
        self.basis = f.add_row("basis", QT_TR_NOOP("Grunn&lag"), enum_combo(VisitBasis, basis))
        self.basis.setEnabled(placement_basis is None)  # the placement decides it
        self.frame_text = QLabel()
        self.frame_text.setWordWrap(True)
        self.frame_text.setStyleSheet("color: palette(window-text); font-style: italic;")
        f.layout_.addRow("", self.frame_text)
        self._frame_texts = frame_texts
        self._decision_rows(plan)
        self.agreement = f.add_row("agreed_with_parent", QT_TR_NOOP("&Avtale"), AgreementEdit(
            plan.agreed_with_parent, plan.agreed_on, today))  # fmt: skip
        self._what_rows(plan)
        self.basis.currentIndexChanged.connect(lambda _i: self._show_frame())
        self._show_frame()

    def _decision_rows(self, plan: VisitPlan) -> None:
        f = self.form
        self.decided_by = f.add_row("decided_by", QT_TR_NOOP("Vedtatt &av"), line(plan.decided_by))
        self.decided_by.setPlaceholderText(tr("For eksempel: Barneverns- og helsenemnda i …"))
        self.decided_on = f.add_row("decided_on", QT_TR_NOOP("Vedtaks&dato"), optional_date(
            plan.decided_on, plan.valid_from))  # fmt: skip
        self.decision_text = f.add_row("decision_text", QT_TR_NOOP("Vedtaket s&ier"), text_box(
            plan.decision_text, 60))  # fmt: skip
        self.minimum = f.add_row("minimum", QT_TR_NOOP("&Minimum i vedtaket"), FrequencyEdit(
            plan.minimum or plan.frequency, tr("Minimum")))  # fmt: skip
        self.supervision_decided = QCheckBox(tr("Vedtaket sier at samværet skal være med tilsyn"))
        self.supervision_decided.setChecked(plan.supervision_decided)
        f.add_row("supervision_decided", QT_TR_NOOP("Tilsyn i vedta&ket"), self.supervision_decided)

    def _what_rows(self, plan: VisitPlan) -> None:
        f = self.form
        self.place = f.add_row("place", QT_TR_NOOP("&Sted"), enum_combo(VisitPlace, plan.place))
        self.place_note = f.add_row(
            "place_note", QT_TR_NOOP("Møtested&ets navn"), line(plan.place_note)
        )
        self.place_note.setPlaceholderText(
            tr("Bare det de som skal dit trenger; skrives ikke til andre")
        )
        self.supervision = f.add_row("supervision", QT_TR_NOOP("&Tilsyn"), enum_combo(Supervision,
                                     plan.supervision))  # fmt: skip
        self.supervisor = f.add_row(
            "supervisor", QT_TR_NOOP("Tilsyns&fører"), line(plan.supervisor)
        )
        self.others = f.add_row("others_with_rights", QT_TR_NOOP("Andre med samvær&srett"), text_box(
            plan.others_with_rights, 50))  # fmt: skip
        self.others.setPlaceholderText(tr("Én linje hver: «Mormor – fire ganger i året»"))
        self.between = f.add_row("between_visits", QT_TR_NOOP("Mello&m samværene"), text_box(
            plan.between_visits, 50))  # fmt: skip
        self.between.setPlaceholderText(tr("Telefon, video, brev eller bilder"))
        self.transport = f.add_row("transport", QT_TR_NOOP("Tra&nsport"), line(plan.transport))
        self.paid_by = f.add_row(
            "transport_paid_by", QT_TR_NOOP("Hvem &betaler"), line(plan.transport_paid_by)
        )
        self.purposes = f.add_row("purposes", QT_TR_NOOP("&Formål"), PurposesEdit(plan.purposes))
        self.purpose_note = f.add_row("purpose_note", QT_TR_NOOP("Formålet med &egne ord"), text_box(
            plan.purpose_note, 50))  # fmt: skip
        self.first_visit_on = f.add_row("first_visit_on", QT_TR_NOOP("Første sa&mvær"), optional_date(
            plan.first_visit_on, plan.valid_from))  # fmt: skip
        self.evaluate = QSpinBox()
        self.evaluate.setRange(0, 24)
        self.evaluate.setSpecialValueText(tr("ikke avtalt"))
        self.evaluate.setSuffix(tr(" måneder"))
        self.evaluate.setValue(plan.evaluate_every_months or 0)
        f.add_row("evaluate_every_months", QT_TR_NOOP("E&valueres hver"), self.evaluate)

    def _show_frame(self) -> None:
        decision = chosen(self.basis, VisitBasis) == VisitBasis.DECISION
        rows = self.form.layout_
        decision_fields = (
            self.decided_by,
            self.decided_on,
            self.decision_text,
            self.minimum,
            self.supervision_decided,
        )
        for field in decision_fields:
            rows.setRowVisible(field.parentWidget(), decision)
        rows.setRowVisible(self.agreement.parentWidget(), not decision)
        text = self._frame_texts.get("decision" if decision else "agreement", "")
        self.frame_text.setText(text)

    def collect(self) -> VisitPlan:
        basis = chosen(self.basis, VisitBasis) or VisitBasis.DECISION
        decision = basis == VisitBasis.DECISION
        agreed, agreed_on = self.agreement.value()
        months = self.evaluate.value()
        return replace(
            self._plan,
            valid_from=from_qdate(self.valid_from.date()),
            basis=basis,
            frequency=self.frequency.value(),
            decided_by=self.decided_by.text() if decision else "",
            decided_on=self.decided_on.value() if decision else None,
            decision_text=self.decision_text.toPlainText() if decision else "",
            minimum=self.minimum.value() if decision else None,
            supervision_decided=decision and self.supervision_decided.isChecked(),
            agreed_with_parent=agreed and not decision,
            agreed_on=agreed_on if not decision else None,
            place=chosen(self.place, VisitPlace) or VisitPlace.FOSTER_HOME,
            place_note=self.place_note.text(),
            supervision=chosen(self.supervision, Supervision) or Supervision.NONE,
            supervisor=self.supervisor.text(),
            others_with_rights=self.others.toPlainText(),
            between_visits=self.between.toPlainText(),
            transport=self.transport.text(),
            transport_paid_by=self.paid_by.text(),
            purposes=self.purposes.value(),
            purpose_note=self.purpose_note.toPlainText(),
            first_visit_on=self.first_visit_on.value(),
            evaluate_every_months=months or None,
            change_reason=self.change_reason.toPlainText(),
        )
