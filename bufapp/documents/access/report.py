"""The access report: who has seen and changed what is recorded about one parent, and when.

A letter to the parent (window address, the main message first), then a table of every record
of the audit trail concerning the parent, oldest first, and the legal references last. The trail
holds no case text, so neither does this. All wording comes from ``forms/access_report.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from bufapp.documents.access.contact_extract import extract_styles
from bufapp.documents.access.pack import OSLO, access_letter
from bufapp.documents.dates import NUMERIC, DateWords
from bufapp.documents.forms import Form
from bufapp.documents.letter import (
    TEXT_WIDTH,
    Letterhead,
    build_pages,
    markup,
    signed_off,
)
from bufapp.documents.tables import ruled_grid
from bufapp.domain.audit import AuditAnchor

WHEN_WIDTH = 40 * mm  # "07.12.2026 kl. 03.01" on one line
WHO_WIDTH = 42 * mm


@dataclass(frozen=True)
class ReportLine:
    at: datetime  # timezone-aware
    who: str
    what: str


@dataclass(frozen=True)
class AccessReport:
    parent_name: str
    recipient: tuple[str, ...]  # the parent's window-envelope lines
    lines: tuple[ReportLine, ...]
    caseworker: str
    dated: date
    our_reference: str = ""
    anchor: AuditAnchor | None = None  # the trail's head when the report was made


def _table(
    lines: list[ReportLine], words: Form, style: dict[str, Any], dates: DateWords = NUMERIC
) -> Table:
    cell = style["entry"].clone("cell", fontSize=9, leading=11.5, spaceAfter=2)
    header = [words.text(f"table.{k}") for k in ("when", "who", "what")]
    cells = [[Paragraph(f"<b>{markup(h)}</b>", cell) for h in header]]
    for line in lines:
        when = line.at.astimezone(OSLO)
        cells.append(
            [
                Paragraph(
                    words.text("table.moment").format(
                        date=dates.short(when), time=dates.clock(when)
                    ),
                    cell,
                ),
                Paragraph(markup(line.who), cell),
                Paragraph(markup(line.what), cell),
            ]
        )
    widths = (WHEN_WIDTH, WHO_WIDTH, TEXT_WIDTH - WHEN_WIDTH - WHO_WIDTH)
    return ruled_grid(cells, widths)


def build_access_report(data: AccessReport, head: Letterhead, common: Form, words: Form) -> bytes:
    style = extract_styles()
    dates = DateWords.of(common)
    story: list[Any] = [
        Paragraph(markup(words.text("letter.heading")), style["heading"]),
        Paragraph(markup(words.text("letter.intro")), style["body"]),
        Paragraph(markup(words.text("letter.about")), style["body"]),
        Paragraph(markup(words.text("letter.who")), style["body"]),
        Paragraph(markup(words.text("table.heading")), style["subheading"]),
    ]
    lines = sorted(data.lines, key=lambda line: line.at)
    if lines:
        first, last = lines[0].at.astimezone(OSLO), lines[-1].at.astimezone(OSLO)
        summary = words.text("table.summary").format(
            count=len(lines), first=dates.short(first), last=dates.short(last)
        )
        story += [Paragraph(markup(summary), style["note"]), _table(lines, words, style, dates)]
    else:
        story.append(Paragraph(markup(words.text("table.none")), style["entry"]))
    story += [Spacer(1, 4 * mm), Paragraph(markup(words.text("table.end")), style["note"])]
    if data.anchor is not None:
        anchor = words.text("table.anchor").format(seq=data.anchor.seq, mac=data.anchor.mac)
        story.append(Paragraph(markup(anchor), style["small"]))
    signature = f"{data.caseworker}\n{common.text('letterhead.caseworker')}"
    story = [*signed_off(story, common, signature, style, gap=4 * mm), Spacer(1, 4 * mm)]
    story += [
        Paragraph(markup(r), style["small"]) for r in words.values["letter"]["legal_references"]
    ]
    return build_pages(access_letter(words.text("letter.heading"), data), head, common, story)
