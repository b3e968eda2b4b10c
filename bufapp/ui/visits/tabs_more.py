"""The page's last three tabs: Evaluering (the plan's evaluations, each party's view, when the
next is due), Reisestøtte (the parent's applications and the year's sum) and Frister (the
deadlines, with the guideline's prompts for difficult visits as a calm note)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bufapp.domain.visits import TravelSupport, VisitEvaluation
from bufapp.services.visits.page import ChildVisits, VisitPage
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.visits.models import DeadlinesModel, EvaluationsModel, TravelModel, day, kroner
from bufapp.ui.visits.parts import button, button_row, caption, fit_columns, notice, reading
from bufapp.ui.visits.texts import evaluation_html
from bufapp.ui.widgets.row_table_model import row_table

Ask = Callable[[str, object], None]


class EvaluationTab(QWidget):
    def __init__(self, ask: Ask) -> None:
        super().__init__()
        self._child: ChildVisits | None = None
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.model = EvaluationsModel()
        self.table = row_table(self.model, tr("Evalueringer"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())
        self.new_evaluation = button(QT_TR_NOOP("&Ny evaluering …"))
        self.new_evaluation.clicked.connect(self._ask_new(ask))
        self.detail = reading(QT_TR_NOOP("Den valgte evalueringen"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addWidget(caption(QT_TR_NOOP("E&valueringer"), self.table))
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.new_evaluation))
        layout.addWidget(self.detail, 2)
        self.setFocusProxy(self.table)

    def _ask_new(self, ask: Ask) -> Callable[[], None]:
        def asked() -> None:
            if self._child is not None and self._child.plan is not None:
                ask("evaluation", self._child.plan)

        return asked

    def chosen(self) -> VisitEvaluation | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def show_child(self, child: ChildVisits | None) -> None:
        self._child = child
        plan = child.plan if child is not None else None
        self.new_evaluation.setEnabled(plan is not None)
        self.model.set_rows(list(child.evaluations) if child is not None else [])
        fit_columns(self.table, 1)
        if plan is None:
            self.due.setText(tr("Ingen samværsplan å evaluere ennå."))
        elif child is not None and child.evaluation_due is not None:
            every = plan.evaluate_every_months
            self.due.setText(
                tr("Neste evaluering: {d} (hver {n}. måned). Hør barnet, forelderen, "
                   "fosterforeldrene eller institusjonen og tilsynsfører hver for seg.").format(
                    d=day(child.evaluation_due), n=every)
            )  # fmt: skip
        else:
            self.due.setText(tr("Det er ikke avtalt hvor ofte planen skal evalueres."))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_chosen()

    def _show_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.detail.setHtml("<i>" + escape(tr("Ingen evaluering ennå.")) + "</i>")
        else:
            self.detail.setHtml(evaluation_html(chosen))


class TravelTab(QWidget):
    def __init__(self, ask: Ask) -> None:
        super().__init__()
        self.total = QLabel()
        self.model = TravelModel()
        self.table = row_table(self.model, tr("Søknader om reisestøtte"))
        self.table.activated.connect(lambda _i: self._decide(ask))
        self.new_application = button(QT_TR_NOOP("Ny &søknad …"))
        self.decide = button(QT_TR_NOOP("&Vedtak …"))
        self.new_application.clicked.connect(lambda: ask("travel", None))
        self.decide.clicked.connect(lambda: self._decide(ask))
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(caption(QT_TR_NOOP("Søknader om &reisestøtte"), self.table))
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.new_application, self.decide))
        self.setFocusProxy(self.table)

    def chosen(self) -> TravelSupport | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _decide(self, ask: Ask) -> None:
        chosen = self.chosen()
        if chosen is not None:
            ask("travel", chosen)

    def show_page(self, page: VisitPage, today: date) -> None:
        self.model.visit_days = {
            s.visit.id: s.day
            for child in page.children
            for s in child.schedule
            if s.visit is not None and s.visit.id is not None
        }
        self.model.set_rows(list(page.travel))
        fit_columns(self.table, 2)
        self.decide.setEnabled(bool(page.travel))
        self.total.setText(
            tr("Innvilget i {year}: {sum}.").format(
                year=today.year, sum=kroner(page.travel_granted_this_year)
            )
        )
        if page.travel:
            self.table.selectRow(0)


class DeadlinesTab(QWidget):
    def __init__(self, today: date) -> None:
        super().__init__()
        self.model = DeadlinesModel(today)
        self.table = row_table(self.model, tr("Frister for samværet"))
        self.empty = QLabel(tr("Ingen frister for samværet nå."))
        self.difficult = notice()
        layout = QVBoxLayout(self)
        layout.addWidget(caption(QT_TR_NOOP("Fris&ter"), self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.difficult)
        self.setFocusProxy(self.table)

    def show_page(self, page: VisitPage, today: date) -> None:
        names = {c.child.id: c.child.given_names for c in page.children}
        rows = [(d, ", ".join(names.get(i, "") for i in d.child_ids)) for d in page.deadlines]
        self.model.today = today
        self.model.set_rows(rows)
        fit_columns(self.table, 1)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        prompts = page.prompts.difficult
        if prompts:
            lines = "".join(f"<li>{escape(p)}</li>" for p in prompts)
            self.difficult.setText(
                "<b>" + escape(tr("Når samvær er vanskelig")) + f"</b><ul>{lines}</ul>"
            )
        self.difficult.setVisible(bool(prompts))
