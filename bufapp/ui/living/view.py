"""Levekår: the living conditions of the parent chosen under Foreldre, read in one go with
``workspace.living.page``. Three tabs: Siste vurdering (each area, the parent's judgement beside
the caseworker's, the change since last time, and for each area where the parent wants help a
button for a referral draft and one for a task), Over tid (an area's two lines as a chart and
the same numbers as a table for screen readers) and Historikk (every assessment, newest first).
Above them: when the parent is asked again, and how often (a setting per parent).

The buttons ask the window (``requested(action, parent_id, record)``); ``LivingActions`` runs
them. Actions: "new-assessment" (None), "interval" (the months), "referral" and "task" (the
area)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.enums import LivingArea
from bufapp.domain.living import (
    INTERVAL_MONTHS_RANGE,
    SCALE_MAX,
    SCALE_MIN,
    LivingAssessment,
)
from bufapp.services.living.service import LivingPage
from bufapp.ui.living.models import (
    AreaRow,
    HistoryModel,
    LatestModel,
    SeriesModel,
    day,
    scale_text,
    series_rows,
)
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.page_parts import button, button_row, caption, fit_columns, notice, reading
from bufapp.ui.widgets.parent_page import ParentPage
from bufapp.ui.widgets.row_table_model import row_table
from bufapp.ui.widgets.tasks import TaskManager
from bufapp.ui.widgets.time_chart import Series, TimeChart

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace


class LatestTab(QWidget):
    def __init__(self, view: LivingView) -> None:
        super().__init__()
        self._view = view
        self.when = QLabel()
        self.when.setWordWrap(True)
        self.model = LatestModel()
        self.table = row_table(self.model, tr("Siste vurdering av levekår"))
        self.help_caption = QLabel()
        self.help_caption.setWordWrap(True)
        self.help_box = QWidget()
        self.help_grid = QGridLayout(self.help_box)
        self.help_grid.setContentsMargins(0, 0, 0, 0)
        self.finance = notice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.when)
        layout.addWidget(caption(QT_TR_NOOP("&Områdene"), self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.help_caption)
        layout.addWidget(self.help_box)
        layout.addWidget(self.finance)
        self.setFocusProxy(self.table)
        self.help_buttons: dict[tuple[str, LivingArea], object] = {}

    def show_page(self, page: LivingPage) -> None:
        latest = page.latest
        self.model.set_rows(
            [
                AreaRow(area, latest.rating(area) if latest else None, page.changes.get(area))
                for area in LivingArea
            ]
        )
        fit_columns(self.table, 4)
        if latest is None:
            self.when.setText(
                tr("Ingen vurdering ennå. Spør forelderen hvordan det går med økonomi, arbeid, "
                   "bolig, helse og sosial kontakt.")
            )  # fmt: skip
        else:
            before = page.assessments[1].assessed_on if len(page.assessments) > 1 else None
            text = tr("Vurdert {d}.").format(d=day(latest.assessed_on))
            if before is not None:
                text += " " + tr("«Siden sist» sammenligner med {d}.").format(d=day(before))
            if latest.note:
                text += " " + tr("Notat: {n}").format(n=latest.note)
            self.when.setText(text)
        self._show_help(latest)
        self.finance.setText(page.finance_consequences)
        self.finance.setVisible(bool(page.finance_consequences))

    def _show_help(self, latest: LivingAssessment | None) -> None:
        while self.help_grid.count():
            item = self.help_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.help_buttons = {}
        wanted = latest.wanted_help if latest is not None else ()
        if not wanted:
            self.help_caption.setText(
                tr("Forelderen har ikke bedt om hjelp på noe område.") if latest else ""
            )
            self.help_box.hide()
            return
        self.help_caption.setText(
            tr("Forelderen ønsker hjelp med dette. Et henvisningsutkast går gjennom "
               "samtykkesjekken som alle henvisninger:")
        )  # fmt: skip
        for row, area in enumerate(wanted):
            self.help_grid.addWidget(QLabel(tr(area.label)), row, 0)
            referral = button(QT_TR_NOOP("Lag henvisningsutkast …"))
            referral.setAccessibleName(tr("Lag henvisningsutkast om {a}").format(a=tr(area.label)))
            referral.clicked.connect(lambda _c=False, a=area: self._view.ask("referral", a))
            task = button(QT_TR_NOOP("Lag oppgave …"))
            task.setAccessibleName(tr("Lag oppgave om {a}").format(a=tr(area.label)))
            task.clicked.connect(lambda _c=False, a=area: self._view.ask("task", a))
            self.help_grid.addWidget(referral, row, 1)
            self.help_grid.addWidget(task, row, 2)
            self.help_buttons[("referral", area)] = referral
            self.help_buttons[("task", area)] = task
        self.help_grid.setColumnStretch(3, 1)
        self.help_box.show()


class TimeTab(QWidget):
    """Each area as a small chart (the parent's line and the caseworker's), and the chosen
    area's numbers as a table with the words of the scale: what a screen reader reads."""

    def __init__(self) -> None:
        super().__init__()
        self._page: LivingPage | None = None
        self.charts: dict[LivingArea, TimeChart] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, area in enumerate(LivingArea):
            chart = TimeChart(
                tr("{a} over tid").format(a=tr(area.label)), SCALE_MIN, SCALE_MAX,
                ticks=tuple(range(SCALE_MIN, SCALE_MAX + 1)),
            )  # fmt: skip
            chart.empty_text = tr("Ingen tall ennå")
            self.charts[area] = chart
            cell = QVBoxLayout()
            title = QLabel(tr(area.label))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            cell.addWidget(title)
            cell.addWidget(chart, 1)
            grid.addLayout(cell, index // 3, index % 3)
        key = QLabel(
            tr("1 = svært vanskelig, 5 = svært bra.\nHeltrukken linje: forelderens vurdering. "
               "Stiplet linje: saksbehandlerens. Der bare én linje vises, er vurderingene like.\n"
               "Tallene står også i tabellen under.")
        )  # fmt: skip
        key.setWordWrap(True)
        key.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(key, 1, 2)
        self.area = QComboBox()
        for area in LivingArea:
            self.area.addItem(tr(area.label), area)
        self.area.setAccessibleName(tr("Område i tabellen"))
        self.area.currentIndexChanged.connect(lambda _i: self._show_area())
        self.model = SeriesModel()
        self.table = row_table(self.model, tr("Vurderingene over tid, som tabell"))
        top = QHBoxLayout()
        top.addWidget(caption(QT_TR_NOOP("Tabell for &området:"), self.area))
        top.addWidget(self.area)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 3)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        self.setFocusProxy(self.area)

    def chosen_area(self) -> LivingArea:
        value = self.area.currentData()
        return LivingArea(value) if value is not None else LivingArea.FINANCES

    def show_page(self, page: LivingPage) -> None:
        self._page = page
        for area, chart in self.charts.items():
            points = page.series.get(area, [])
            chart.set_data(
                [
                    Series(tr("Forelderen"), tuple((p.on, float(p.parent)) for p in points
                                                   if p.parent is not None)),
                    Series(tr("Saksbehandler"), tuple((p.on, float(p.worker)) for p in points
                                                      if p.worker is not None), dashed=True),
                ]
            )  # fmt: skip
        self._show_area()

    def _show_area(self) -> None:
        page = self._page
        points = page.series.get(self.chosen_area(), []) if page is not None else []
        self.model.set_rows(series_rows(points))
        fit_columns(self.table, 3, wrap=False)


class HistoryTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.model = HistoryModel()
        self.table = row_table(self.model, tr("Alle vurderinger av levekår"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())
        self.detail = reading(QT_TR_NOOP("Den valgte vurderingen"))
        layout = QVBoxLayout(self)
        layout.addWidget(caption(QT_TR_NOOP("&Vurderinger"), self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail, 2)
        self.setFocusProxy(self.table)

    def show_page(self, page: LivingPage) -> None:
        keep = self.chosen()
        self.model.set_rows(list(page.assessments))
        fit_columns(self.table, 2)
        row = self.model.row_of(keep.id) if keep is not None else None
        if self.model.rowCount():
            self.table.selectRow(row if row is not None else 0)
        self._show_chosen()

    def chosen(self) -> LivingAssessment | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _show_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.detail.setHtml("<i>" + escape(tr("Ingen vurdering ennå.")) + "</i>")
            return
        self.detail.setHtml(assessment_html(chosen))


def assessment_html(assessment: LivingAssessment) -> str:
    parts = ["<h3>" + escape(tr("Vurdering {d}").format(d=day(assessment.assessed_on))) + "</h3>"]
    for rating in assessment.areas:
        help_text = tr(" – ønsker hjelp") if rating.wants_help else ""
        parts.append(f"<p><b>{escape(tr(rating.area.label))}</b>{escape(help_text)}<br>")
        parts.append(
            escape(tr("Forelderen: {s}").format(s=scale_text(rating.parent_score)))
            + (f" – «{escape(rating.parent_words)}»" if rating.parent_words else "")
            + "<br>"
        )
        parts.append(
            escape(tr("Saksbehandler: {s}").format(s=scale_text(rating.worker_score)))
            + (f" – {escape(rating.worker_words)}" if rating.worker_words else "")
            + "</p>"
        )
    if assessment.note:
        parts.append("<p><b>" + escape(tr("Notat")) + f"</b><br>{escape(assessment.note)}</p>")
    return "".join(parts)


@dataclass(frozen=True)
class Loaded:
    name: str
    page: LivingPage


class LivingView(ParentPage[Loaded]):
    def __init__(
        self, tasks: TaskManager, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            tasks,
            workspace,
            tr("Levekår"),
            tr("Velg en forelder under Foreldre for å se levekårene."),
            parent,
        )
        self.new_button = button(QT_TR_NOOP("&Ny vurdering …"))
        self.new_button.setToolTip(
            tr("Forelderens og din vurdering av økonomi, arbeid, bolig, helse og sosial kontakt")
        )
        self.new_button.clicked.connect(lambda: self.ask("new-assessment", None))
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.interval = QSpinBox()
        low, high = INTERVAL_MONTHS_RANGE
        self.interval.setRange(low, high)
        self.interval.setSuffix(tr(" mnd."))
        self.interval.setAccessibleName(tr("Måneder mellom vurderingene"))
        self.interval_button = button(QT_TR_NOOP("&Endre"))
        self.interval_button.setAccessibleName(tr("Endre hvor ofte levekår vurderes"))
        self.interval_button.clicked.connect(lambda: self.ask("interval", self.interval.value()))
        self.latest = LatestTab(self)
        self.over_time = TimeTab()
        self.history = HistoryTab()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Levekår"))
        self.tabs.addTab(self.latest, tr("&Siste vurdering"))
        self.tabs.addTab(self.over_time, tr("Over &tid"))
        self.tabs.addTab(self.history, tr("&Historikk"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        self.due_row = QWidget()
        due_row = QHBoxLayout(self.due_row)
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.due, 1)
        due_row.addWidget(caption(QT_TR_NOOP("Vurderes &hver"), self.interval))
        due_row.addWidget(self.interval)
        due_row.addLayout(button_row(self.interval_button))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_parent)
        layout.addWidget(self.due_row)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.new_button)
        self._show(None)

    # --- data ---------------------------------------------------------------------------------

    @property
    def page(self) -> LivingPage | None:
        return self.data.page if self.data is not None else None

    def _load(self, parent_id: int) -> Loaded:
        workspace = self._workspace
        return Loaded(
            workspace.register.parent(parent_id).full_name, workspace.living.page(parent_id)
        )

    def _show(self, data: Loaded | None) -> None:
        chosen = self.parent_id is not None
        self.no_parent.setVisible(not chosen)
        self.tabs.setVisible(chosen and data is not None)
        self.due_row.setVisible(chosen and data is not None)
        self.new_button.setEnabled(data is not None)
        if data is None:
            self.name_heading(None)
            return
        page = data.page
        self.name_heading(data.name)
        self.due.setText(due_text(page, self._workspace.register.today()))
        self.interval.setValue(page.interval_months)
        self.latest.show_page(page)
        self.over_time.show_page(page)
        self.history.show_page(page)
        wanted = len(page.latest.wanted_help) if page.latest is not None else 0
        counts = [tr("(ønsker hjelp med {n})").format(n=wanted) if wanted else "", "",
                  f"({len(page.assessments)})" if page.assessments else ""]  # fmt: skip
        self.count_in_titles(self.tabs, counts)

    def ask(self, action: str, record: object) -> None:
        self._ask(action, record)


def due_text(page: LivingPage, today: date) -> str:
    every = (
        tr("hver {n}. måned (standard)") if page.interval_is_default else tr("hver {n}. måned")
    ).format(n=page.interval_months)
    if page.next_due is None:
        return tr("Ingen barn er plassert nå. Levekår vurderes {every} etter en vurdering.").format(
            every=every
        )
    if not page.assessments:
        text = tr("Ikke vurdert ennå – bør gjøres innen {d}, en måned etter plasseringen.")
        text = text.format(d=day(page.next_due))
    else:
        text = tr("Neste vurdering: {d} ({every}).").format(d=day(page.next_due), every=every)
    if page.next_due < today:
        text += " " + tr("Fristen er passert.")
    return text
