"""The office report as a PDF/A: every figure with «Slik er tallet regnet ut», hidden figures
as «færre enn 5», what is not counted yet, the chosen words with Norwegian and Sami letters."""

from __future__ import annotations

from datetime import date

from bufapp.documents import pdfa
from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letterhead
from bufapp.documents.office_report.report import build_office_report
from bufapp.domain.office_report import (
    Figure,
    OfficeReport,
    Period,
    QuoteSource,
    ReportQuote,
    suppress,
)
from tests.documents.pdf_checks import assert_in_order, flat

FIGURES = (
    Figure("a", "Foreldre med barn plassert i perioden", "Foreldre til barn plassert i året.",
           section="Første samtale etter plassering", count=12),
    Figure("b", "Fikk tilbud om første samtale innen 14 dager", "Av foreldrene over: tilbud innen fristen.",
           section="Første samtale etter plassering", count=3, of=12),
    Figure("c", "«Ble du hørt?» – gjennomsnitt", "Svar fra 1 til 5 på møter i ansvarsgruppen.",
           section="Foreldrenes evaluering av møter", value=4.25, of=9, people=7, unit="av 5"),
)  # fmt: skip


def _pdf(quotes: tuple[ReportQuote, ...] = ()) -> bytes:
    report = OfficeReport(
        Period(2025), suppress(FIGURES), quotes, missing=("Bruk av gruppetilbud er ikke med ennå.",)
    )
    head = Letterhead("Guovdageainnu suohkan – Kautokeino kommune", phone="78 48 80 00")
    pdf = build_office_report(
        report,
        head,
        load_form("common"),
        load_form("office_report"),
        date(2026, 1, 20),
        "Åse Ødegård",
    )
    return pdfa.to_pdfa(pdf)


def test_the_report_is_pdfa_with_each_figure_and_how_it_is_computed() -> None:
    pdf = _pdf(
        (
            ReportQuote(
                2025,
                "Det hjalp at vi fikk snakke samisk – giitu, ŋ á č đ š ŧ ž.",
                QuoteSource.OTHER,
            ),
        )
    )
    assert pdfa.findings(pdf) == []
    text = flat(pdf)
    assert_in_order(
        text,
        [
            "Hva kontoret lærer av foreldrene – 2025",
            "Første samtale etter plassering",
            "Slik er tallet regnet ut",
            "Foreldre med barn plassert i perioden", "12", "Foreldre til barn plassert i året.",
            "Fikk tilbud om første samtale innen 14 dager", "færre enn 5",
            "«Ble du hørt?» – gjennomsnitt", "4,2 av 5",
            "Ikke med i rapporten ennå", "Bruk av gruppetilbud er ikke med ennå.",
            "Foreldrenes egne ord om hva som hjalp",
            "«Det hjalp at vi fikk snakke samisk – giitu, ŋ á č đ š ŧ ž.»",
            "Laget 20.01.2026 av Åse Ødegård.",
        ],
    )  # fmt: skip
    assert "Unntatt offentlighet" not in text  # no one's personal data: not marked


def test_without_chosen_words_the_report_says_so() -> None:
    assert "Ingen ord er valgt for denne perioden." in flat(_pdf())
