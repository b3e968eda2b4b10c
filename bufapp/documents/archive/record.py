"""One record of a parent's follow-up as an internal document for the archive: the office's
letterhead (no recipient), the record's kind as heading, the parent it concerns, then the
record laid out as the access pack lays it out (``documents.access.pack.event_flowables``), so
it reads the same in the archive as in what the parent receives. Wording from
``forms/archive_record.toml``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import HRFlowable, Paragraph

from bufapp.documents.access.contact_extract import OSLO, entry_facts, extract_styles
from bufapp.documents.access.pack import PackEvent, event_flowables
from bufapp.documents.dates import DateWords
from bufapp.documents.forms import Form
from bufapp.documents.letter import TEXT_WIDTH, Letterhead, build_pages, markup, story_frame

RULE = {"width": TEXT_WIDTH, "thickness": 0.5, "color": Color(0.6, 0.6, 0.6)}


@dataclass(frozen=True)
class ArchiveRecord:
    """The record, resolved to text by the caller, and whom it concerns."""

    parent_name: str
    event: PackEvent
    caseworker: str
    dated: date
    our_reference: str = ""


def build_archive_record(
    data: ArchiveRecord, head: Letterhead, common: Form, wording: Form
) -> bytes:
    style = extract_styles()
    event = data.event
    heading = wording.text("document.heading").format(kind=event.kind, title=event.title)
    when = event.at.astimezone(OSLO)
    title = wording.text("document.title").format(
        date=DateWords.of(common).short(when), kind=event.kind, title=event.title
    )
    story: list[Any] = [
        Paragraph(markup(heading), style["heading"]),
        entry_facts([(wording.text("document.parent"), data.parent_name)], style),
        Paragraph(markup(wording.text("document.about")), style["note"]),
        HRFlowable(**RULE, spaceBefore=4, spaceAfter=2),
        *event_flowables(event, title, wording.text("document.views"), style),
        HRFlowable(**RULE, spaceBefore=4, spaceAfter=4),
        Paragraph(markup(wording.text("document.end")), style["note"]),
    ]
    # An internal document: no recipient, no window address; the page header names the kind.
    return build_pages(story_frame(data, heading, event.kind), head, common, story)
