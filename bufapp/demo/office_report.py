"""The demo office's report: the parents' own words the caseworker chose for last year's report
«Hva kontoret lærer», picked from what the demo journal holds (a contact's «Forelderens egne
ord», the parent's evaluation) and written anew, as the caseworker would, so no one can be
recognised. Written through ``OfficeReportService`` only, so each is checked against every name
in the vault; deterministic (the first words the journal offers, the same texts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from bufapp.domain.office_report import Period, ReportQuote
from bufapp.errors import ValidationFailed
from bufapp.services.office_report.service import OfficeReportService
from bufapp.storage.uow import UnitOfWork

# The caseworker's edit of what three parents said: their meaning, none of their details.
EDITED = (
    "Det hjalp at saksbehandleren ringte tilbake samme dag da jeg var redd.",
    "Å få bestemme hvor vi skulle møtes, gjorde at jeg turte å komme.",
    "Jeg ble spurt hva jeg trengte, ikke bare fortalt hva jeg skulle gjøre.",
)


def fill_demo_report_words(unit_of_work: Callable[[], UnitOfWork], today: date) -> int:
    """Up to three chosen words for last year's report; how many were kept."""
    service = OfficeReportService(unit_of_work, today=lambda: today)
    period = Period.default(today)
    found = service.candidates(period)
    kept = 0
    for words, candidate in zip(EDITED, found[:: max(1, len(found) // 3)], strict=False):
        quote = ReportQuote(
            period.year,
            words,
            candidate.source,
            source_id=candidate.source_id,
            parent_id=candidate.parent_id,
        )
        try:
            service.save_quote(replace(quote, chosen_on=today))
        except ValidationFailed:  # a demo name that is also a word: left out, never forced
            continue
        kept += 1
    return kept
