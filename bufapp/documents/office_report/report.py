"""The office report as a document: «Hva kontoret lærer», for the municipality's yearly report.

An internal office document on the letterhead, not marked confidential (it holds no one's
personal data): the introduction, each section's figures as a table (figure, value, «Slik er
tallet regnet ut»), hidden figures as «færre enn 5», what the report does not count yet, and
the parents' own words the caseworker chose. All wording is in ``forms/office_report.toml``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from bufapp.documents.dates import NUMERIC, DateWords
from bufapp.documents.forms import Form
from bufapp.documents.letter import (
    TEXT_WIDTH,
    Letter,
    Letterhead,
    build_pages,
    markup,
    own_words,
    styles,
)
from bufapp.documents.tables import ruled_grid
from bufapp.domain.office_report import OfficeReport


def _styles() -> dict[str, Any]:
    style = styles()
    body = style["body"]
    style["cell"] = body.clone("cell", fontSize=9, leading=11.5, spaceAfter=0)
    style["cell_bold"] = style["cell"].clone("cell_bold", fontName=style["subheading"].fontName)
    style["how"] = body.clone("how", fontSize=8, leading=10, spaceAfter=0)
    style["words"] = own_words(body)
    return style


def _figure_table(report_section: list[Any], wording: Form, style: dict[str, Any]) -> Any:
    widths = (0.30 * TEXT_WIDTH, 0.20 * TEXT_WIDTH, 0.50 * TEXT_WIDTH)
    head = [
        Paragraph(markup(wording.text(f"figures.{key}")), style["cell_bold"])
        for key in ("figure", "value", "how")
    ]
    rows = [
        [
            Paragraph(markup(figure.title), style["cell"]),
            Paragraph(markup(figure.shown), style["cell_bold"]),
            Paragraph(markup(figure.explained), style["how"]),
        ]
        for figure in report_section
    ]
    return ruled_grid([head, *rows], widths)


def office_report_story(
    report: OfficeReport,
    wording: Form,
    style: dict[str, Any],
    made_on: date,
    caseworker: str,
    dates: DateWords = NUMERIC,
) -> list[Any]:
    heading = wording.text("heading.text").format(period=report.period.label)
    story: list[Any] = [Paragraph(markup(heading), style["heading"])]
    story += [Paragraph(markup(p), style["body"]) for p in wording.values["intro"]["text"]]
    for section, figures in report.sections():
        story.append(Paragraph(markup(section), style["subheading"]))
        story.append(_figure_table(figures, wording, style))
        story.append(Spacer(1, 4 * mm))
    if report.missing:
        story.append(Paragraph(markup(wording.text("missing.heading")), style["subheading"]))
        story += [Paragraph(markup(line), style["body"]) for line in report.missing]
    story.append(Paragraph(markup(wording.text("quotes.heading")), style["subheading"]))
    if report.quotes:
        story.append(Paragraph(markup(wording.text("quotes.intro")), style["body"]))
        for quote in report.quotes:
            story.append(Paragraph(markup(f"«{quote.words}»"), style["words"]))
            source = wording.text("quotes.source").format(source=quote.source.label.lower())
            story.append(Paragraph(markup(source), style["small"]))
    else:
        story.append(Paragraph(markup(wording.text("quotes.none")), style["body"]))
    story.append(Spacer(1, 6 * mm))
    made = wording.text("closing.made").format(date=dates.short(made_on), caseworker=caseworker)
    story.append(Paragraph(markup(made), style["small"]))
    return story


def build_office_report(
    report: OfficeReport,
    head: Letterhead,
    common: Form,
    wording: Form,
    made_on: date,
    caseworker: str = "",
) -> bytes:
    """The report as PDF bytes (not yet PDF/A); nothing is written to disk."""
    style = _styles()
    heading = wording.text("heading.text").format(period=report.period.label)
    letter = Letter(
        recipient=(),
        heading=heading,
        paragraphs=(),
        caseworker=caseworker,
        dated=made_on,
        confidential=False,
        kind=wording.text("heading.kind"),
    )
    story = office_report_story(report, wording, style, made_on, caseworker, DateWords.of(common))
    return build_pages(letter, head, common, story)
