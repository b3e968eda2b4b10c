"""An extract of one parent's contact log: an internal document on the office's letterhead (no
recipient address), a summary of who, which period and which selection, then each entry in
date order. All wording comes from ``forms/contact_extract.toml``.

Which entries the caller passes is its choice; the form's wording assumes the service's rule:
final entries in full, withdrawn ones by date and reason only (their text was withdrawn as
mistaken and is not repeated), open ones left out and counted. The parent's own words are set
apart in a shaded block under their own label, so nobody reads them as the caseworker's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer, Table

from bufapp.documents import fonts
from bufapp.documents.dates import NUMERIC, DateWords
from bufapp.documents.forms import Form
from bufapp.documents.labels import Labels
from bufapp.documents.letter import (
    TEXT_WIDTH,
    Letterhead,
    build_pages,
    markup,
    own_words,
    story_frame,
)
from bufapp.documents.letter import styles as letter_styles
from bufapp.documents.tables import label_table, padding
from bufapp.domain.enums import DocumentKind

OSLO = ZoneInfo("Europe/Oslo")  # moments are stored in UTC and always shown in Norwegian time
LABEL_WIDTH = 38 * mm


@dataclass(frozen=True)
class ExtractEntry:
    """One contact, resolved to text (labels and names); empty fields are left out."""

    occurred_at: datetime  # timezone-aware
    form: str
    initiative: str = ""
    place: str = ""
    other_parents: tuple[str, ...] = ()
    support_person: str = ""
    interpreter_language: str = ""
    interpreter_name: str = ""
    carers: str = ""
    others: str = ""
    topics: tuple[str, ...] = ()
    children: tuple[str, ...] = ()
    summary: str = ""
    parent_words: str = ""
    words_of: str = ""  # whose words, when the entry is another parent's; "" = this parent's
    agreed: str = ""
    version: int = 1
    change_reason: str = ""
    withdrawn_on: date | None = None  # set: only the date, form and reason are shown
    withdrawn_reason: str = ""
    # A withdrawn entry's text too (what the parent receives: the record as it was, marked).
    withdrawn_text_shown: bool = False
    # The office's own copy marks an entry the parent is not shown: basis and reason.
    exempt_note: str = ""


@dataclass(frozen=True)
class LeftOut:
    """A part withheld from what a parent receives: when, what kind, on which legal basis and
    why; never its content."""

    on: date
    what: str
    reason: str
    basis: str = ""


@dataclass(frozen=True)
class ContactExtract:
    parent_name: str
    start: date
    end: date
    entries: tuple[ExtractEntry, ...]
    caseworker: str
    dated: date
    topics: tuple[str, ...] = ()  # the chosen topics; () means all
    child: str = ""  # the chosen child; "" means all
    open_left_out: int = 0  # entries in the selection still being written
    our_reference: str = ""
    # Made for the parent (their right of access): their address in the window, and what was
    # withheld from them listed at the end. Otherwise the office's own copy.
    for_parent: bool = False
    recipient: tuple[str, ...] = ()
    left_out: tuple[LeftOut, ...] = ()


def extract_styles() -> dict[str, Any]:
    style = dict(letter_styles())
    body = style["body"].clone("entry", fontSize=10, leading=13.5, spaceAfter=5)
    style["entry"] = body
    style["label"] = body.clone("label", fontName=fonts.BOLD, spaceAfter=0)
    style["title"] = style["subheading"].clone("title", spaceBefore=6, keepWithNext=1)
    style["words"] = own_words(body)
    style["note"] = style["small"].clone("note", spaceAfter=4)
    return style


def entry_facts(rows: list[tuple[str, str]], style: dict[str, Any]) -> Table:
    shown = [(k, v) for k, v in rows if v]
    return label_table(shown, LABEL_WIDTH, style["label"], style["entry"], *padding(0, 1))


def _participants(entry: ExtractEntry, form: Form) -> str:
    def said(key: str, value: str) -> str:
        return f"{form.text(f'participants.{key}')}: {value}"

    people = [said("other_parent", name) for name in entry.other_parents]
    if entry.support_person:
        people.append(said("support_person", entry.support_person))
    if entry.interpreter_language or entry.interpreter_name:
        label = (
            form.text("participants.interpreter").format(language=entry.interpreter_language)
            if entry.interpreter_language
            else form.text("participants.interpreter_no_language")
        )
        people.append(f"{label}: {entry.interpreter_name}" if entry.interpreter_name else label)
    if entry.carers:
        people.append(said("carers", entry.carers))
    if entry.others:
        people.append(said("others", entry.others))
    return "\n".join(people)


def entry_flowables(
    entry: ExtractEntry, form: Form, style: dict[str, Any], dates: DateWords = NUMERIC
) -> list[Any]:
    when = entry.occurred_at.astimezone(OSLO)
    title = form.text("entry.title").format(
        date=dates.short(when), time=dates.clock(when), form=entry.form
    )
    parts: list[Any] = [Paragraph(markup(title), style["title"])]
    if entry.exempt_note:
        parts.append(Paragraph(markup(entry.exempt_note), style["note"]))
    if entry.withdrawn_on is not None:
        key = "entry.withdrawn_with_text" if entry.withdrawn_text_shown else "entry.withdrawn"
        note = form.text(key).format(
            date=dates.short(entry.withdrawn_on), reason=entry.withdrawn_reason
        )
        parts.append(Paragraph(markup(note), style["entry"]))
        if not entry.withdrawn_text_shown:
            return parts
    facts = [
        (form.text("entry.initiative"), entry.initiative),
        (form.text("entry.place"), entry.place),
        (form.text("entry.participants"), _participants(entry, form)),
        (form.text("entry.topics"), ", ".join(entry.topics)),
        (form.text("entry.children"), ", ".join(entry.children)),
    ]
    if any(value for _, value in facts):
        parts += [entry_facts(facts, style), Spacer(1, 2 * mm)]
    head = len(parts)
    words = (
        form.text("entry.parent_words_of").format(name=entry.words_of)
        if entry.words_of
        else form.text("entry.parent_words")
    )
    for label, text, kind in (
        (form.text("entry.summary"), entry.summary, "entry"),
        (words, entry.parent_words, "words"),
        (form.text("entry.agreed"), entry.agreed, "entry"),
    ):
        if text.strip():
            parts.append(Paragraph(f"<b>{markup(label)}</b><br/>{markup(text)}", style[kind]))
    if entry.version > 1:
        note = form.text("entry.changed").format(version=entry.version, reason=entry.change_reason)
        parts.append(Paragraph(markup(note), style["note"]))
    # The title and facts stay on the page with the first text, so no text is orphaned from
    # the date it belongs to (a block longer than a page still splits).
    return [KeepTogether(parts[: head + 1]), *parts[head + 1 :]]


def _summary(
    data: ContactExtract, form: Form, style: dict[str, Any], dates: DateWords = NUMERIC
) -> list[Any]:
    selection = [
        form.text("summary.topics").format(topics=", ".join(data.topics))
        if data.topics
        else form.text("summary.all_topics"),
        form.text("summary.child").format(child=data.child)
        if data.child
        else form.text("summary.all_children"),
    ]
    period = form.text("summary.period_text").format(
        start=dates.short(data.start), end=dates.short(data.end)
    )
    rows = [
        (form.text("summary.parent"), data.parent_name),
        (form.text("summary.period"), period),
        (form.text("summary.selection"), "\n".join(selection)),
        (form.text("summary.count"), str(len(data.entries))),
    ]
    parts: list[Any] = [entry_facts(rows, style), Spacer(1, 3 * mm)]
    if data.open_left_out:
        key = "one" if data.open_left_out == 1 else "many"
        note = form.text(f"summary.open_left_out_{key}").format(count=data.open_left_out)
        parts.append(Paragraph(markup(note), style["entry"]))
    about = "summary.about_parent" if data.for_parent else "summary.about"
    parts.append(Paragraph(markup(form.text(about)), style["note"]))
    return parts


def _withheld(
    data: ContactExtract, form: Form, style: dict[str, Any], dates: DateWords = NUMERIC
) -> list[Any]:
    """What was withheld from the parent: date, what, basis and reason, never the content."""
    story: list[Any] = [Paragraph(markup(form.text("withheld.heading")), style["subheading"])]
    if not data.left_out:
        return [*story, Paragraph(markup(form.text("withheld.none")), style["entry"])]
    story.append(Paragraph(markup(form.text("withheld.about")), style["entry"]))
    for item in sorted(data.left_out, key=lambda x: x.on):
        line = form.text("withheld.line").format(
            date=dates.short(item.on), what=item.what, basis=item.basis, reason=item.reason
        )
        story.append(Paragraph(markup(line), style["entry"]))
    return story


def build_contact_extract(
    data: ContactExtract, head: Letterhead, common: Form, extract: Form
) -> bytes:
    style = extract_styles()
    dates = DateWords.of(common)
    heading = extract.text("heading.text").format(parent=data.parent_name)
    story: list[Any] = [Paragraph(markup(heading), style["heading"])]
    story += _summary(data, extract, style, dates)
    rule = {"width": TEXT_WIDTH, "thickness": 0.5, "color": Color(0.6, 0.6, 0.6)}
    entries = sorted(data.entries, key=lambda e: e.occurred_at)
    for entry in entries:
        story.append(HRFlowable(**rule, spaceBefore=4, spaceAfter=2))
        story += entry_flowables(entry, extract, style, dates)
    if not entries:
        story.append(Paragraph(markup(extract.text("summary.none")), style["body"]))
    if data.for_parent:
        story += [
            HRFlowable(**rule, spaceBefore=4, spaceAfter=4),
            *_withheld(data, extract, style, dates),
        ]
    story += [
        HRFlowable(**rule, spaceBefore=4, spaceAfter=4),
        Paragraph(markup(extract.text("summary.end")), style["note"]),
    ]
    # The office's own copy has no recipient.
    letter = story_frame(
        data, heading, Labels(common.language)(DocumentKind.CONTACT_EXTRACT.label), data.recipient
    )
    return build_pages(letter, head, common, story)
