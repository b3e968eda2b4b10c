"""The dialog for a parent's words chosen for the office report: pick words found in the year's
records (a contact's «Forelderens egne ord», the parent's evaluation, their words on a meeting)
or write them, then edit them so no one can be recognised. The service refuses words with a
name or a national id from the vault, naming what it found under the words. Kept as a draft
(kind "report-quote") if the vault locks while it is open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from bufapp.domain.office_report import QuoteCandidate, QuoteSource, ReportQuote
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.record_dialog import RecordDialog, chosen, enum_combo
from bufapp.ui.widgets.tasks import TaskManager

DRAFT_KIND = "report-quote"
SHOWN_CHARACTERS = 70


def quote_key(quote: ReportQuote) -> str:
    return f"{quote.year}:{quote.id if quote.id is not None else 'new'}"


def _one_line(candidate: QuoteCandidate) -> str:
    words = " ".join(candidate.words.split())
    if len(words) > SHOWN_CHARACTERS:
        words = words[: SHOWN_CHARACTERS - 1].rstrip() + "…"
    return f"{candidate.on:%d.%m.%Y} · {tr(candidate.source.label)}: «{words}»"


class QuoteDialog(RecordDialog[ReportQuote]):
    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[ReportQuote], ReportQuote],
        quote: ReportQuote,
        candidates: list[QuoteCandidate],
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QT_TR_NOOP("Endre forelderens ord")
            if quote.id is not None
            else QT_TR_NOOP("Velg forelderens ord")
        )
        super().__init__(title, tasks, save, parent)
        self.setMinimumWidth(640)
        self.kind, self.record_key = DRAFT_KIND, quote_key(quote)
        self._quote = quote
        self._candidates = candidates
        f = self.form
        intro = QLabel(
            tr(
                "Ordene kommer i kontorets årsrapport for {year}. Skriv dem om så ingen kan "
                "kjennes igjen: ingen navn, steder, datoer eller detaljer bare én familie har."
            ).format(year=quote.year)
        )
        intro.setWordWrap(True)
        f.layout_.addRow(intro)
        self.found = QComboBox()
        self.found.setAccessibleName(tr("Ord fra journalen"))
        # As wide as the dialog, not as its longest choice: the form never scrolls sideways.
        self.found.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.found.setMinimumContentsLength(30)
        self.found.addItem(tr("Skriv selv, eller velg ord fra journalen …"), None)
        for index, candidate in enumerate(candidates):
            self.found.addItem(_one_line(candidate), index)
        if not candidates:
            self.found.setItemText(
                0, tr("Ingen egne ord fra foreldrene i journalen i {year}").format(year=quote.year)
            )
            self.found.setEnabled(False)
        if quote.id is not None:
            self.found.setEnabled(False)  # the source is kept; only the words change
        self.found.currentIndexChanged.connect(lambda _i: self._take_found())
        f.add_row("found", QT_TR_NOOP("&Fra journalen"), self.found)
        self.words = QPlainTextEdit(quote.words)
        self.words.setTabChangesFocus(True)
        self.words.setMinimumHeight(90)
        self.words.setMaximumHeight(160)
        self.words.setAccessibleName(tr("Ordene slik de står i rapporten"))
        f.add_row("words", QT_TR_NOOP("&Ordene i rapporten"), self.words)
        self.source = enum_combo(QuoteSource, quote.source)
        f.add_row("source", QT_TR_NOOP("&Kilde"), self.source)

    def _take_found(self) -> None:
        index = self.found.currentData()
        if index is None:
            return
        candidate = self._candidates[int(index)]
        self.words.setPlainText(candidate.words)
        self.source.setCurrentIndex(self.source.findData(candidate.source))
        self._quote = replace(
            self._quote,
            source=candidate.source,
            source_id=candidate.source_id,
            parent_id=candidate.parent_id,
        )
        self.words.setFocus()

    def collect(self) -> ReportQuote:
        source = chosen(self.source, QuoteSource) or QuoteSource.OTHER
        quote = replace(self._quote, words=self.words.toPlainText(), source=source)
        if source is not self._quote.source:  # no longer the record it was taken from
            quote = replace(quote, source_id=None)
        return quote
