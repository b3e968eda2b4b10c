"""What the office learns: the office report for a year (figures with no names, small numbers
hidden), and the parents' words the caseworker chose for it — found in the records, edited,
checked against every name and national id in the vault, kept, changed, removed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from bufapp.domain.audit import AuditAction, AuditEvent, SubjectKind
from bufapp.domain.deadlines import DEFAULT_FIRST_CONVERSATION_DAYS
from bufapp.domain.office_report import (
    OfficeReport,
    Period,
    QuoteCandidate,
    QuoteSource,
    ReportQuote,
    check_quote,
    suppress,
    years_to_choose,
)
from bufapp.domain.validation import require_valid
from bufapp.errors import FieldProblem, NotFound, ValidationFailed
from bufapp.fileio import atomic_write_bytes
from bufapp.services.clock import today_oslo
from bufapp.services.document_base import Written
from bufapp.services.office_report.figures import FIGURE_SOURCES, NOT_YET
from bufapp.storage.office_report_reads import parameters
from bufapp.storage.uow import UnitOfWork

TITLE = "Hva kontoret lærer"
FORM = "office_report"


class OfficeReportService(Written):
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        first_conversation_days: int = DEFAULT_FIRST_CONVERSATION_DAYS,
        first_conversation_any_held: bool = False,
        language: str = "nb",
        forms_override: Path | None = None,
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._forms = forms_override
        self._set_language(language)
        self.first_conversation_days = first_conversation_days
        self.first_conversation_any_held = first_conversation_any_held

    def today(self) -> date:
        return self._today()

    def default_period(self) -> Period:
        return Period.default(self._today())

    def period(self, year: int) -> Period:
        return Period.for_year(year, self._today())

    def years(self) -> list[int]:
        with self._uow() as uow:
            first = uow.office_report.first_year()
        return years_to_choose(self._today(), first)

    # --- the report ---------------------------------------------------------------------------

    def report(self, period: Period) -> OfficeReport:
        params = parameters(period, self.first_conversation_days, self.first_conversation_any_held)
        with self._uow() as uow:
            figures = [f for source in FIGURE_SOURCES for f in source(uow, period, params)]
            quotes = uow.office_report.quotes(period.year)
        return OfficeReport(
            period=period,
            figures=suppress(figures),
            quotes=tuple(quotes),
            missing=tuple(NOT_YET),
        )

    def pdf(self, period: Period) -> bytes:
        """The report as PDF/A (its module imports the PDF stack: loaded on first use)."""
        from bufapp.documents.office_report.report import build_office_report
        from bufapp.documents.pdfa import to_pdfa
        from bufapp.services.documents import letterhead

        report = self.report(period)
        with self._uow() as uow:
            office, caseworker = uow.office.office(), uow.office.caseworker()
        pdf = build_office_report(
            report,
            letterhead(office, caseworker),
            self._form("common"),
            self._form(FORM),
            self._today(),
            caseworker.name if caseworker is not None else "",
        )
        return to_pdfa(pdf)

    def save_pdf(self, period: Period, path: Path) -> Path:
        """The report as PDF/A, written where the person chose (an office document: not kept
        per parent), the saving recorded in the audit trail without any parent."""
        data = self.pdf(period)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        atomic_write_bytes(path, data)
        with self._uow() as uow:
            uow.queue(
                AuditEvent(
                    AuditAction.DOCUMENT_SAVED,
                    SubjectKind.DOCUMENT,
                    detail=f"{TITLE} {period.label}",
                )
            )
            uow.commit()
        return path

    # --- the chosen words ---------------------------------------------------------------------

    def candidates(self, period: Period) -> list[QuoteCandidate]:
        """The parents' own words written in the period that may be chosen, newest first."""
        with self._uow() as uow:
            rows = uow.office_report.candidates(period.start, period.end)
        return [
            QuoteCandidate(QuoteSource(source), ident, parent_id, on, words)
            for source, ident, parent_id, on, words in rows
        ]

    def quotes(self, year: int) -> list[ReportQuote]:
        with self._uow() as uow:
            return uow.office_report.quotes(year)

    def quote(self, quote_id: int) -> ReportQuote:
        with self._uow() as uow:
            found = uow.office_report.quote(quote_id)
        if found is None:
            raise NotFound
        return found

    def check(self, quote: ReportQuote) -> list[FieldProblem]:
        with self._uow() as uow:
            names, ids = uow.office_report.names_and_ids()
        return check_quote(replace(quote, words=quote.words.strip()), names, ids)

    def save_quote(self, quote: ReportQuote) -> ReportQuote:
        """Kept once no name or national id from the vault is in the words (each found is named
        in the message under the words)."""
        quote = replace(quote, words=quote.words.strip())
        if quote.chosen_on is None:
            quote = replace(quote, chosen_on=self._today())
        with self._uow() as uow:
            if quote.id is not None and uow.office_report.quote(quote.id) is None:
                raise NotFound
            names, ids = uow.office_report.names_and_ids()
            require_valid(check_quote(quote, names, ids))
            saved = uow.office_report.save_quote(quote)
            uow.commit()
        return saved

    def remove_quote(self, quote_id: int) -> None:
        with self._uow() as uow:
            if not uow.office_report.remove_quote(quote_id):
                raise ValidationFailed([FieldProblem("", "Ordene er allerede fjernet.")])
            uow.commit()
