"""«Hva kontoret lærer»: the office's figures for a year, with no names (office-wide: it does not
follow the parent chosen under Foreldre). The year chooser (the last full year first, this year
so far above it), the figures as a table (figure, value, how it is computed; a section a row of
its own; small numbers «færre enn 5»), what is not counted yet, the parents' words chosen for the
report with Legg til / Endre / Fjern, and «Lagre som PDF …». Everything is read on the database
thread with the task manager."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.office_report import (
    COMPLEMENT_NOTE,
    Figure,
    Hidden,
    OfficeReport,
    Period,
    QuoteCandidate,
    QuoteSource,
    ReportQuote,
    years_to_choose,
)
from bufapp.ui.office_report.dialog import QuoteDialog
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.file_dialogs import FileDialogs
from bufapp.ui.widgets.messages import Button, Messages
from bufapp.ui.widgets.page_parts import button, button_row, caption, notice
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:
    from bufapp.services.drafts import Draft
    from bufapp.services.workspace import Workspace
    from bufapp.ui.widgets.record_dialog import RecordDialog

    Opener = Callable[[RecordDialog], None]  # type: ignore[type-arg]

COLUMNS = (QT_TR_NOOP("Tall"), QT_TR_NOOP("Verdi"), QT_TR_NOOP("Slik er tallet regnet ut"))


def shown(figure: Figure) -> str:
    """``figure.shown`` in the interface's language (a hidden figure, «ingen data», «7 av 12»)."""
    if figure.hidden is not None:
        return tr(figure.shown)
    if figure.value is not None:
        return figure.shown  # the number and its unit
    if figure.count is not None and figure.of:
        share = round(100 * figure.count / figure.of)
        return tr("{count} av {of} ({share})").format(
            count=figure.count, of=figure.of, share=f"{share}\u00a0%"
        )
    if figure.count is not None and figure.of is not None:
        return tr("{count} av {of}").format(count=figure.count, of=figure.of)
    return tr(figure.shown)


def explained(figure: Figure) -> str:
    """``figure.explained`` in the interface's language."""
    if figure.hidden is Hidden.COMPLEMENT:
        return f"{tr(figure.how)} {tr(COMPLEMENT_NOTE)}".strip()
    return tr(figure.how) if figure.how else ""


@dataclass(frozen=True)
class Loaded:
    report: OfficeReport
    years: list[int]


class OfficeReportView(QWidget):
    def __init__(
        self,
        tasks: TaskManager,
        workspace: Workspace,
        open_dialog: Opener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks, self._workspace = tasks, workspace
        self._open_dialog: Opener = open_dialog or (lambda dialog: dialog.open())
        self.service = workspace.office_report
        self.period: Period = self.service.default_period()
        self.report: OfficeReport | None = None
        self.loaded = False  # the chosen year's report is shown (tests)
        self.last_dialog: QuoteDialog | None = None
        self.save_path_for_tests: Path | None = None
        self._fitting = False

        self.heading = QLabel(tr("Hva kontoret lærer"))
        self.heading.setObjectName("viewHeading")
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(tr("År"))
        year_label = QLabel(tr("&År:"))
        year_label.setBuddy(self.year_box)
        self._fill_years(years_to_choose(self.service.today(), None))
        self.year_box.currentIndexChanged.connect(lambda _i: self._year_chosen())
        self.pdf_button = button(QT_TR_NOOP("Lagre som &PDF …"))
        self.pdf_button.setToolTip(tr("Rapporten til kommunen, uten navn, som PDF/A"))
        self.pdf_button.clicked.connect(self.save_pdf)
        about = QLabel(
            tr(
                "Tall for hele kontoret, uten navn. Tall fra 1 til 4 vises som «færre enn 5», "
                "og tall som kunne avsløre dem er skjult."
            )
        )
        about.setWordWrap(True)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(tr("Tallene"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 110)
        # The explanations wrap to the column's width: the rows follow every change of it.
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.missing = notice()

        self.quotes = QListWidget()
        self.quotes.setAccessibleName(tr("Foreldrenes egne ord i rapporten"))
        self.quotes.setWordWrap(True)
        self.quotes.itemDoubleClicked.connect(lambda _item: self.edit_quote())
        self.quotes.currentRowChanged.connect(lambda _row: self._enable())
        self.add_button = button(QT_TR_NOOP("&Legg til ord …"))
        self.add_button.clicked.connect(self.add_quote)
        self.edit_button = button(QT_TR_NOOP("&Endre …"))
        self.edit_button.clicked.connect(self.edit_quote)
        self.remove_button = button(QT_TR_NOOP("&Fjern"))
        self.remove_button.clicked.connect(self.remove_quote)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(year_label)
        top.addWidget(self.year_box)
        top.addWidget(self.pdf_button)
        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.table, 1)
        figures_layout.addWidget(self.missing)
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addWidget(
            caption(QT_TR_NOOP("Foreldrenes egne ord om hva som &hjalp"), self.quotes)
        )
        words_layout.addWidget(self.quotes, 1)
        words_layout.addLayout(button_row(self.add_button, self.edit_button, self.remove_button))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(figures)
        splitter.addWidget(words)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3000, 1000])  # the figures first; the words below, a quarter
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(about)
        layout.addWidget(splitter, 1)
        # The row above the figures first: entering at the table put the year and «Lagre som
        # PDF …» out of Tab's reach.
        order = (self.year_box, self.pdf_button, self.table, self.quotes,
                 self.add_button, self.edit_button, self.remove_button)  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.year_box)
        self._enable()
        self.refresh()

    # --- data ---------------------------------------------------------------------------------

    def _fill_years(self, years: list[int]) -> None:
        today = self.service.today()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            text = tr("{year} (hittil i år)").format(year=year) if year == today.year else str(year)
            self.year_box.addItem(text, year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(self.period.year)))
        self.year_box.blockSignals(False)

    def _year_chosen(self) -> None:
        year = self.year_box.currentData()
        if year is not None and int(year) != self.period.year:
            self.period = self.service.period(int(year))
            self.refresh()

    def refresh(self) -> None:
        period, service = self.period, self.service
        self.loaded = False

        def load() -> Loaded:
            return Loaded(service.report(period), service.years())

        def loaded(data: Loaded) -> None:
            if data.report.period == self.period:  # not another year chosen meanwhile
                self._show(data)

        self._tasks.run(load, loaded)

    def _show(self, data: Loaded) -> None:
        self.report = data.report
        self._fill_years(data.years)
        self.table.setRowCount(0)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for section, figures in data.report.sections():
            row = self.table.rowCount()
            self.table.insertRow(row)
            heading = QTableWidgetItem(tr(section) if section else "")
            heading.setFont(bold)
            self.table.setItem(row, 0, heading)
            self.table.setSpan(row, 0, 1, len(COLUMNS))
            for figure in figures:
                row = self.table.rowCount()
                self.table.insertRow(row)
                value = QTableWidgetItem(shown(figure))
                value.setFont(bold)
                for column, item in enumerate(
                    (QTableWidgetItem(tr(figure.title)), value, QTableWidgetItem(explained(figure)))
                ):
                    item.setToolTip(explained(figure))
                    self.table.setItem(row, column, item)
        self._fit_rows()
        self.missing.setText("\n".join(tr(line) for line in data.report.missing))
        self.missing.setVisible(bool(data.report.missing))
        self.quotes.clear()
        for quote in data.report.quotes:
            item = QListWidgetItem(f"«{quote.words}» – {tr(quote.source.label).lower()}")
            item.setData(Qt.ItemDataRole.UserRole, quote.id)
            self.quotes.addItem(item)
        if not data.report.quotes:
            empty = QListWidgetItem(
                tr("Ingen ord valgt for {year} ennå.").format(year=self.period.year)
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.quotes.addItem(empty)
        self.loaded = True
        self._enable()

    def _fit_rows(self) -> None:
        """The explanations wrap to the column's width: the rows follow it, once per turn of
        the event loop however many sections moved."""
        if not self._fitting:
            self._fitting = True
            QTimer.singleShot(0, self._fit_now)

    def _fit_now(self) -> None:
        self._fitting = False
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    def _chosen_quote(self) -> ReportQuote | None:
        item = self.quotes.currentItem()
        quote_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if quote_id is None or self.report is None:
            return None
        return next((q for q in self.report.quotes if q.id == quote_id), None)

    def _enable(self) -> None:
        has = self._chosen_quote() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # --- the chosen words -----------------------------------------------------------------------

    def add_quote(self) -> None:
        self._open_quote(ReportQuote(self.period.year, "", QuoteSource.OTHER))

    def edit_quote(self) -> None:
        quote = self._chosen_quote()
        if quote is not None:
            self._open_quote(quote)

    def _open_quote(self, quote: ReportQuote, opener: Opener | None = None) -> None:
        period = self.service.period(quote.year)
        service = self.service

        def opened(candidates: list[QuoteCandidate]) -> None:
            dialog = QuoteDialog(self._tasks, service.save_quote, quote, candidates, self)
            self.last_dialog = dialog
            dialog.finished.connect(lambda result: self.refresh() if result else None)
            (opener or self._open_dialog)(dialog)

        self._tasks.run(lambda: service.candidates(period), opened)

    def reopen_draft(self, draft: Draft, open_dialog: Opener | None = None) -> None:
        """A "report-quote" dialog a lock interrupted, reopened with what was typed."""
        self._open_quote(draft.record, open_dialog)

    def remove_quote(self) -> None:
        quote = self._chosen_quote()
        if quote is None or quote.id is None:
            return
        asked = Messages.ask(self, tr("Vil du ta disse ordene ut av rapporten?"))
        if asked != Button.Yes:
            return
        quote_id = quote.id
        self._tasks.run(lambda: self.service.remove_quote(quote_id), lambda _r: self.refresh())

    # --- the document ---------------------------------------------------------------------------

    def save_pdf(self) -> None:
        period = self.period
        target = self.save_path_for_tests
        if target is None:
            target = FileDialogs.save_file(
                self,
                "pdf",
                tr("Lagre som PDF"),
                tr("Hva kontoret lærer {year}.pdf").format(year=period.year),
                tr("PDF-dokument (*.pdf)"),
            )
            if target is None:
                return
        chosen = target
        self.pdf_button.setEnabled(False)

        def done(path: Path) -> None:
            self.pdf_button.setEnabled(True)
            Messages.info(self, tr("Rapporten er lagret: {name}").format(name=path.name))

        def failed(failure: Exception) -> None:
            self.pdf_button.setEnabled(True)
            Messages.error(self, str(failure) if str(failure) else tr("Rapporten ble ikke lagret."))

        self._tasks.run(lambda: self.service.save_pdf(period, chosen), done, failed)
