"""The page's first two tabs: Plan (the plan in force, its frame and purpose, and its history)
and Samværene (the visit list, with the chosen visit's notes and talks). Each shows one child's
``ChildVisits`` and asks for dialogs through ``ask(action, record)``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bufapp.domain.visit_rules import ScheduledVisit
from bufapp.services.visits.page import ChildVisits, VisitPage
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.visits.models import ScheduleModel, day
from bufapp.ui.visits.parts import button, button_row, caption, fit_columns, notice, reading
from bufapp.ui.visits.texts import history_html, plan_html, visit_html
from bufapp.ui.widgets.row_table_model import row_table

Ask = Callable[[str, object], None]
NO_PURPOSE = QT_TR_NOOP(
    "Planen har ikke noe formål. Samværet følges opp og vurderes ut fra formålet: velg ett eller "
    "flere av de fire i en ny versjon."
)


class PlanTab(QWidget):
    def __init__(self, ask: Ask) -> None:
        super().__init__()
        self._child: ChildVisits | None = None
        self.no_purpose = notice()
        self.plan = reading(QT_TR_NOOP("Samværsplanen"))
        self.new_plan = button(QT_TR_NOOP("Ny samværs&plan …"))
        self.new_version = button(QT_TR_NOOP("Ny &versjon …"))
        self.new_plan.clicked.connect(lambda: self._ask_new(ask))
        self.new_version.clicked.connect(lambda: self._ask_version(ask))
        self.history = reading(QT_TR_NOOP("Historikk"))
        left = QVBoxLayout()
        left.addWidget(self.no_purpose)
        left.addWidget(self.plan, 1)
        self.sent = QLabel()
        self.sent.setWordWrap(True)
        left.addWidget(self.sent)
        left.addLayout(button_row(self.new_plan, self.new_version))
        right = QVBoxLayout()
        right.addWidget(caption(QT_TR_NOOP("&Historikk"), self.history))
        right.addWidget(self.history, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.setFocusProxy(self.plan)

    def _ask_new(self, ask: Ask) -> None:
        if self._child is not None:
            ask("new-plan", self._child.child.id)

    def _ask_version(self, ask: Ask) -> None:
        if self._child is not None and self._child.plan is not None:
            ask("new-version", self._child.plan)

    def show_child(
        self, child: ChildVisits | None, page: VisitPage, sent: dict[int, str] | None = None
    ) -> None:
        self._child = child
        plan_id = child.plan.id if child is not None and child.plan is not None else None
        line = (sent or {}).get(plan_id or 0, "")
        self.sent.setText(line or tr("Denne versjonen er ikke sendt til partene ennå."))
        self.sent.setVisible(plan_id is not None)
        has_plan = child is not None and child.plan is not None
        self.new_plan.setVisible(not has_plan)
        self.new_plan.setEnabled(child is not None and child.placement is not None)
        self.new_version.setVisible(has_plan)
        if child is None:
            self.plan.setHtml("<i>" + tr("Forelderen har ingen barn registrert.") + "</i>")
            self.history.clear()
            self.no_purpose.hide()
            return
        self.plan.setHtml(plan_html(child, page.frame_texts))
        self.history.setHtml(history_html(child))
        lacks = child.plan is not None and not child.plan.purposes
        self.no_purpose.setText(tr(NO_PURPOSE))
        self.no_purpose.setVisible(lacks)


class VisitsTab(QWidget):
    def __init__(self, ask: Ask, today: date) -> None:
        super().__init__()
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.model = ScheduleModel(today)
        self.table = row_table(self.model, tr("Samværene"))
        self.table.activated.connect(lambda _i: self._ask("record-visit", ask))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())
        self.record = button(QT_TR_NOOP("&Registrer samvær …"))
        self.record.clicked.connect(lambda: self._ask("record-visit", ask))
        self.talk_before = button(QT_TR_NOOP("Samtale &før …"))
        self.talk_after = button(QT_TR_NOOP("Samtale &etter …"))
        self.talk_before.clicked.connect(lambda: self._ask("talk-before", ask))
        self.talk_after.clicked.connect(lambda: self._ask("talk-after", ask))
        self.detail = reading(QT_TR_NOOP("Det valgte samværet"))
        self.detail.setMaximumHeight(130)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(caption(QT_TR_NOOP("&Samværene"), self.table))
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.record, self.talk_before, self.talk_after))
        layout.addWidget(self.detail)
        self.setFocusProxy(self.table)

    def chosen(self) -> ScheduledVisit | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _ask(self, action: str, ask: Ask) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        if action in ("record-visit", "talk-before", "talk-after"):
            ask(action, chosen)  # a day not yet recorded too: the talk records it as planned
        elif chosen.visit is not None:
            ask(action, chosen.visit)

    def show_child(self, child: ChildVisits | None, today: date) -> None:
        keep = self.chosen()
        self.model.today = today
        days = list(child.schedule) if child is not None else []
        next_day = child.next_visit if child is not None else None
        self.model.set_schedule(days, next_day)
        fit_columns(self.table, 5, wrap=False)
        where = tr("I dag er {d}.").format(d=day(today))
        if next_day is not None:
            where += " " + tr("Neste samvær: {d} (merket ▶).").format(d=day(next_day))
        elif child is not None and child.plan is None:
            where += " " + tr("Samværene følger av planen når den er laget.")
        self.where.setText(where)
        row = self.model.row_of(self.model.row_key(keep)) if keep else None
        if row is None:  # the next visit, else the latest day gone by: where today is
            row = next(
                (r for r in range(self.model.rowCount()) if self.model.row_at(r).day <= today),
                0,
            )
            found = None
            if next_day is not None and child is not None and child.plan is not None:
                found = self.model.row_of((child.plan.id or 0, next_day))
            row = found if found is not None else row
        if self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._show_chosen()

    def _show_chosen(self) -> None:
        chosen = self.chosen()
        self.record.setEnabled(chosen is not None)
        for talk in (self.talk_before, self.talk_after):
            talk.setEnabled(chosen is not None)
        if chosen is None:
            self.detail.setHtml("<i>" + tr("Ingen samvær i listen ennå.") + "</i>")
            return
        self.detail.setHtml(visit_html(chosen, self.model.status(chosen)))
