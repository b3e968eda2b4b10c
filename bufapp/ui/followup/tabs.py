"""The page's first two tabs: Formål og roller (the child's plans, the purpose, the cooperation
agreement and who decides what) and Informasjon (the checklist, each item's history). Each tab
shows a ``FollowUpPage`` and asks for dialogs through ``ask(action, record)``."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bufapp.domain.followup_rules import ItemState
from bufapp.services.followup.page import FollowUpPage
from bufapp.ui.followup.models import ChecklistModel, PlanRow, PlansModel, day
from bufapp.ui.followup.parts import button, button_row, caption, fit_columns, reading
from bufapp.ui.followup.texts import purpose_html, roles_html
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.row_table_model import row_table

Ask = Callable[[str, object], None]


class RolesTab(QWidget):
    def __init__(self, ask: Ask) -> None:
        super().__init__()
        self.plans_model = PlansModel()
        self.plans = row_table(self.plans_model, tr("Barnets planer"))
        self.plans.setMaximumHeight(180)
        self.plans.activated.connect(lambda _i: self._edit_plan(ask))
        self.new_plan = button(QT_TR_NOOP("Ny &plan …"))
        self.edit_plan = button(QT_TR_NOOP("&Endre plan …"))
        self.new_plan.clicked.connect(lambda: ask("new-plan", None))
        self.edit_plan.clicked.connect(lambda: self._edit_plan(ask))
        self.purpose = reading(QT_TR_NOOP("Formål og samarbeidsavtale"))
        self.purpose_button = button(QT_TR_NOOP("Formål&et …"))
        self.agreement_button = button(QT_TR_NOOP("Sam&arbeidsavtale …"))
        self.purpose_button.clicked.connect(lambda: ask("purpose", None))
        self.agreement_button.clicked.connect(lambda: ask("agreement", None))
        self.roles = reading(QT_TR_NOOP("Hvem bestemmer hva"))
        left = QVBoxLayout()
        left.addWidget(caption(QT_TR_NOOP("Barnets &planer"), self.plans))
        left.addWidget(self.plans)
        left.addLayout(button_row(self.new_plan, self.edit_plan))
        left.addWidget(self.purpose, 1)
        left.addLayout(button_row(self.purpose_button, self.agreement_button))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.roles, 1)
        self.setFocusProxy(self.plans)

    def _edit_plan(self, ask: Ask) -> None:
        row = self.plans.currentIndex().row()
        if 0 <= row < self.plans_model.rowCount():
            ask("edit-plan", self.plans_model.row_at(row).plan)

    def show_page(self, page: FollowUpPage) -> None:
        rows = [
            PlanRow(situation.child.given_names, plan)
            for situation in page.children
            for plan in situation.plans
        ]
        self.plans_model.set_rows(rows)
        fit_columns(self.plans, 3, capped={4: 130})
        self.edit_plan.setEnabled(bool(rows))
        self.new_plan.setEnabled(bool(page.children))
        if rows:
            self.plans.selectRow(0)
        self.purpose.setHtml(purpose_html(page))
        self.roles.setHtml(roles_html(page))


def checklist_summary(page: FollowUpPage) -> str:
    """What needs doing, counted in words: the state shows by the words, not by colour."""
    states = [status.state for status in page.checklist]
    counts = [
        (states.count(ItemState.DUE_AGAIN), QT_TR_NOOP("{n} skal gis igjen")),
        (states.count(ItemState.UNCONFIRMED), QT_TR_NOOP("{n} er ikke bekreftet forstått")),
        (states.count(ItemState.NOT_GIVEN), QT_TR_NOOP("{n} er ikke gitt ennå")),
    ]
    said = [tr(text).format(n=n) for n, text in counts if n]
    if not said:
        return tr("Alle punktene er gitt og forstått.")
    total = tr("%n punkter", None, len(states))
    return tr("Av {total}: {what}.").format(total=total, what=", ".join(said))


class InformationTab(QWidget):
    def __init__(self, ask: Ask) -> None:
        super().__init__()
        self._page: FollowUpPage | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ChecklistModel()
        self.table = row_table(self.model, tr("Sjekkliste for informasjon"))
        self.table.setWordWrap(True)
        self.table.activated.connect(lambda _i: ask("information", self.chosen_item()))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_history())
        self.record = button(QT_TR_NOOP("&Registrer gitt informasjon …"))
        self.record.clicked.connect(lambda: ask("information", self.chosen_item()))
        self.history = reading(QT_TR_NOOP("Historikk for punktet"))
        self.history.setMaximumHeight(96)
        self.history_caption = caption(QT_TR_NOOP("&Historikk for punktet"), self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(caption(QT_TR_NOOP("&Sjekkliste"), self.table))
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.record))
        layout.addWidget(self.history_caption)
        layout.addWidget(self.history)
        self.setFocusProxy(self.table)

    def chosen_item(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row).key if 0 <= row < self.model.rowCount() else None

    def show_page(self, page: FollowUpPage) -> None:
        self._page = page
        keep = self.chosen_item()
        self.summary.setText(checklist_summary(page))
        self.model.set_rows(list(page.checklist))
        fit_columns(self.table, 0)
        row = self.model.row_of(keep) if keep else None
        if self.model.rowCount():
            self.table.selectRow(row or 0)
        self._show_history()

    def _show_history(self) -> None:
        key, page = self.chosen_item(), self._page
        if key is None or page is None:
            self.history.clear()
            return
        label = next((s.label for s in page.checklist if s.key == key), "")
        self.history_caption.setText(tr("Historikk: {item}").format(item=label))
        given = [g for g in page.information if g.item == key]
        if not given:
            self.history.setHtml("<i>" + escape(tr("Ikke gitt ennå.")) + "</i>")
            return
        lines = []
        for g in given:
            line = f"{day(g.given_on)}: {tr(g.manner.label).lower()} – {tr(g.understood.label).lower()}"
            if g.repeat_on:
                line += " – " + tr("gis igjen {d}").format(d=day(g.repeat_on))
            if g.note:
                line += f" – {g.note}"
            lines.append(f"<li>{escape(line)}</li>")
        self.history.setHtml("<ul>" + "".join(lines) + "</ul>")
