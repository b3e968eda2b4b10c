"""Innsyn: everything recorded about one parent, as a letter to the parent followed by the record.

Order: the letter (window address; what this is, what was left out and how to complain, legal
references last), then on a new page the register data with the children and placements,
everything dated in one time order (contact entries as in the contact-log extract, the other
items as headed blocks), the kept documents, and last "Dette er unntatt innsyn": the date,
kind and reason of each exempt part, never its content. All wording comes from
``forms/access_pack.toml`` (contact entries use ``forms/contact_extract.toml``, as the extract).

Which entries are shown and how is the caller's decision (``bufapp.domain.access.shown_as``);
this only prints what it is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from bufapp.documents.access.contact_extract import (
    OSLO,
    ExtractEntry,
    LeftOut,
    entry_facts,
    entry_flowables,
    extract_styles,
)
from bufapp.documents.dates import NUMERIC, DateWords
from bufapp.documents.forms import Form
from bufapp.documents.letter import (
    TEXT_WIDTH,
    Letter,
    Letterhead,
    build_pages,
    markup,
    signed_off,
    story_frame,
)
from bufapp.documents.tables import ruled_grid

RULE = {"width": TEXT_WIDTH, "thickness": 0.5, "color": Color(0.6, 0.6, 0.6)}


@dataclass(frozen=True)
class PackBlock:
    """A part of an item under its own heading: text, the parent's own words (shaded), lines."""

    heading: str
    text: str = ""
    parent_words: str = ""
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class PackEvent:
    """A dated item that is not a contact entry (consent, referral, group, meeting, map),
    resolved to text by the caller: labels, names and dates."""

    at: datetime  # timezone-aware; a day without a time is midnight in Oslo
    kind: str
    title: str
    with_time: bool = False
    facts: tuple[tuple[str, str], ...] = ()  # (label, value); empty values are left out
    blocks: tuple[PackBlock, ...] = ()


@dataclass(frozen=True)
class KeptDocument:
    on: date
    kind: str
    title: str


@dataclass(frozen=True)
class AccessPack:
    parent_name: str
    recipient: tuple[str, ...]  # the parent's window-envelope lines
    register: tuple[tuple[str, str], ...]  # (label, value) of the parent's register data
    children: tuple[tuple[str, tuple[str, ...]], ...]  # (the child, its placements as lines)
    items: tuple[ExtractEntry | PackEvent, ...]
    documents: tuple[KeptDocument, ...]
    left_out: tuple[LeftOut, ...]
    caseworker: str
    dated: date
    open_left_out: int = 0  # contact entries still being written
    notes: tuple[str, ...] = ()  # what else was left out and why (drafts), said once
    our_reference: str = ""


def access_letter(heading: str, data: Any) -> Letter:
    """The page frame of both innsyn documents: a letter to the parent, no body paragraphs
    (the story carries the content)."""
    # The kind is the form's fixed wording of the heading: no placeholder can bring a name in.
    return story_frame(data, heading, heading, data.recipient)


def moment(item: ExtractEntry | PackEvent) -> datetime:
    return item.occurred_at if isinstance(item, ExtractEntry) else item.at


def _letter_story(data: AccessPack, words: Form, style: dict[str, Any]) -> list[Any]:
    said = [words.text("letter.intro"), words.text("letter.withdrawn")]
    if data.open_left_out:
        key = "letter.open_one" if data.open_left_out == 1 else "letter.open_many"
        said.append(words.text(key).format(count=data.open_left_out))
    if data.left_out:
        said.append(words.text("letter.exempt").format(body=words.text("complaint.body")))
    else:
        said.append(words.text("letter.nothing_exempt"))
    said.append(words.text("letter.closing"))
    story: list[Any] = [Paragraph(markup(words.text("letter.heading")), style["heading"])]
    story += [Paragraph(markup(text), style["body"]) for text in said]
    return story


def _signature(
    letter: list[Any], data: AccessPack, common: Form, words: Form, style: dict[str, Any]
) -> list[Any]:
    """The letter signed off (kept with its last paragraph), then the legal references."""
    signature = f"{data.caseworker}\n{common.text('letterhead.caseworker')}"
    story = [*signed_off(letter, common, signature, style, gap=4 * mm), Spacer(1, 4 * mm)]
    references = words.values["letter"]["legal_references"]
    return story + [Paragraph(markup(ref), style["small"]) for ref in references]


def _register(data: AccessPack, words: Form, style: dict[str, Any]) -> list[Any]:
    story: list[Any] = [
        Paragraph(markup(words.text("register.heading")), style["heading"]),
        entry_facts(list(data.register), style),
        Paragraph(markup(words.text("register.children")), style["title"]),
    ]
    if not data.children:
        story.append(Paragraph(markup(words.text("register.no_children")), style["entry"]))
    for child, placements in data.children:
        lines = "".join(f"<br/>• {markup(line)}" for line in placements)
        story.append(Paragraph(f"<b>{markup(child)}</b>{lines}", style["entry"]))
    return story


def _event(
    event: PackEvent, words: Form, style: dict[str, Any], dates: DateWords = NUMERIC
) -> list[Any]:
    when = event.at.astimezone(OSLO)
    key = "timeline.title_with_time" if event.with_time else "timeline.title"
    title = words.text(key).format(
        date=dates.short(when), time=dates.clock(when), kind=event.kind, title=event.title
    )
    return event_flowables(event, title, words.text("label.your_views"), style)


def event_flowables(
    event: PackEvent, title: str, views_label: str, style: dict[str, Any]
) -> list[Any]:
    """An item under ``title``: its facts, then its blocks; the parent's words that follow a
    block's text are headed ``views_label``. Shared with the archive's documents."""
    head: list[Any] = [Paragraph(markup(title), style["title"])]
    if any(value for _, value in event.facts):
        head += [entry_facts(list(event.facts), style), Spacer(1, 2 * mm)]
    body: list[Any] = []
    for block in event.blocks:
        # A block that is only the parent's words is headed by its own heading, in the shade.
        label = block.heading
        if block.text.strip() or block.lines or not block.parent_words.strip():
            text = f"<b>{markup(block.heading)}</b>"
            if block.text.strip():
                text += f"<br/>{markup(block.text)}"
            text += "".join(f"<br/>• {markup(line)}" for line in block.lines)
            body.append(Paragraph(text, style["entry"]))
            label = views_label
        if block.parent_words.strip():
            said = f"<b>{markup(label)}</b><br/>{markup(block.parent_words)}"
            body.append(Paragraph(said, style["words"]))
    # The title stays with the first part, as in the extract: no date orphaned at a page foot.
    return [KeepTogether(head + body[:1]), *body[1:]]


def _timeline(
    data: AccessPack,
    extract: Form,
    words: Form,
    style: dict[str, Any],
    dates: DateWords = NUMERIC,
) -> list[Any]:
    story: list[Any] = [
        Spacer(1, 6 * mm),
        Paragraph(markup(words.text("timeline.heading")), style["heading"]),
        Paragraph(markup(words.text("timeline.about")), style["note"]),
    ]
    items = sorted(data.items, key=moment)
    for item in items:
        story.append(HRFlowable(**RULE, spaceBefore=4, spaceAfter=2))
        if isinstance(item, ExtractEntry):
            story += entry_flowables(item, extract, style, dates)
        else:
            story += _event(item, words, style, dates)
    if not items:
        story.append(Paragraph(markup(words.text("timeline.none")), style["body"]))
    story += [Paragraph(markup(note), style["note"]) for note in data.notes]
    return story


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
           style: dict[str, Any]) -> Table:  # fmt: skip
    cells = [[Paragraph(f"<b>{markup(h)}</b>", style["entry"]) for h in header]]
    cells += [[Paragraph(markup(v), style["entry"]) for v in row] for row in rows]
    return ruled_grid(cells, widths)


def _documents(
    data: AccessPack, words: Form, style: dict[str, Any], dates: DateWords = NUMERIC
) -> list[Any]:
    story: list[Any] = [
        HRFlowable(**RULE, spaceBefore=6, spaceAfter=4),
        Paragraph(markup(words.text("documents.heading")), style["heading"]),
    ]
    if not data.documents:
        return [*story, Paragraph(markup(words.text("documents.none")), style["entry"])]
    header = [words.text(f"documents.{k}") for k in ("date", "kind", "title")]
    rows = [(dates.short(d.on), d.kind, d.title) for d in data.documents]
    widths = (24 * mm, 48 * mm, TEXT_WIDTH - 72 * mm)
    about = Paragraph(markup(words.text("documents.about")), style["note"])
    # The heading stays with the table (a long table still splits, its header repeated).
    return [KeepTogether([*story, about, _table(header, rows, widths, style)])]


def _exempt(
    data: AccessPack, words: Form, style: dict[str, Any], dates: DateWords = NUMERIC
) -> list[Any]:
    story: list[Any] = [
        Spacer(1, 6 * mm),
        Paragraph(markup(words.text("exempt.heading")), style["heading"]),
    ]
    if not data.left_out:
        return [*story, Paragraph(markup(words.text("exempt.none")), style["entry"])]
    header = [words.text(f"exempt.{k}") for k in ("date", "what", "reason")]
    left_out = sorted(data.left_out, key=lambda x: x.on)

    def because(reason: str) -> str:
        return words.text("exempt.because").format(reason=reason) if reason.strip() else ""

    rows = [
        (dates.short(x.on), x.what, "\n".join(t for t in (x.basis, because(x.reason)) if t))
        for x in left_out
    ]
    widths = (24 * mm, 48 * mm, TEXT_WIDTH - 72 * mm)
    return [
        *story,
        Paragraph(markup(words.text("exempt.about")), style["entry"]),
        _table(header, rows, widths, style),
    ]


def build_access_pack(
    data: AccessPack, head: Letterhead, common: Form, words: Form, extract: Form
) -> bytes:
    """The pack as PDF bytes in memory; ``extract`` is the contact-log extract's form, whose
    wording the contact entries share."""
    style = extract_styles()
    dates = DateWords.of(common)
    story = _signature(_letter_story(data, words, style), data, common, words, style)
    story += [PageBreak(), *_register(data, words, style)]
    story += _timeline(data, extract, words, style, dates)
    end = [
        HRFlowable(**RULE, spaceBefore=6, spaceAfter=4),
        Paragraph(markup(words.text("exempt.end")), style["note"]),
    ]
    # The closing line stays with the list of what was left out, never alone on a page.
    exempt = _exempt(data, words, style, dates)
    story += [*_documents(data, words, style, dates), KeepTogether(exempt + end)]
    return build_pages(access_letter(words.text("letter.heading"), data), head, common, story)
