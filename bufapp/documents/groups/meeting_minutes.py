"""The minutes of a responsibility-group meeting: an internal document on the letterhead (no
window address). All wording comes from ``forms/meeting_minutes.toml``.

Order: when and where, who was there, who sent apologies, who did not come, chair and
minute-taker, and, if the minutes were changed after being final, one line per change right
there, so nobody reads a changed text as the original. Then each agenda point with what was
said, the parent's own views (shaded, under their own label), the conclusion and decisions;
the actions as a table; the next meeting; who gets the minutes and who does not (no consent
covers them). Who is covered is the caller's decision; this only prints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph

from bufapp.documents.forms import Form
from bufapp.documents.groups.meeting_parts import (
    RULE,
    ActionLine,
    action_table,
    day,
    facts,
    heading,
    local,
    meeting_styles,
)
from bufapp.documents.labels import Labels
from bufapp.documents.letter import TEXT_WIDTH, Letterhead, build_pages, markup, story_frame
from bufapp.domain.enums import DocumentKind

INDENT = 6 * mm  # an agenda point's parts sit under its title, so each point reads as one


@dataclass(frozen=True)
class MinutesItem:
    """One agenda point as minuted; empty parts are left out."""

    title: str
    summary: str = ""
    parent_views: str = ""  # the parent's own views, in their words where possible
    conclusion: str = ""
    decisions: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeetingMinutes:
    """Everything the minutes show, already resolved to text (names, labels)."""

    parent_name: str
    starts_at: datetime  # timezone-aware
    place: str
    present: tuple[str, ...]  # one person a line, e.g. "Name (fastlege, Service)"
    apologies: tuple[str, ...]  # meldt forfall
    absent: tuple[str, ...]  # did not come, without notice
    chair: str
    minute_taker: str
    items: tuple[MinutesItem, ...]
    actions: tuple[ActionLine, ...]
    next_meeting: date | None
    version: int  # 1 until final minutes are changed
    changed: tuple[tuple[date, str], ...]  # (day, reason) per change, oldest first
    distributed_to: tuple[str, ...]  # who the minutes are sent to, as printed
    not_covered: tuple[str, ...]  # members left out because no consent covers them
    caseworker: str
    dated: date
    our_reference: str = ""
    # Sections (named as in the form's [sections]) the reader's consent does not cover: a note
    # says so in their place.
    left_out: frozenset[str] = frozenset()
    # A member's copy names its reader instead of listing who gets the minutes and who does not.
    copy_for: str = ""
    office_copy: bool = False  # the office's own copy, marked so it is not sent out


def _meeting(data: MeetingMinutes, form: Form, style: dict[str, Any]) -> list[Any]:
    when = local(data.starts_at)
    text = form.text
    rows = [
        (text("meeting.when"), text("meeting.when_text").format(
            date=day(when), time=f"{when:%H.%M}")),
        (text("meeting.place"), data.place),
        (text("meeting.present"), "\n".join(data.present)),
        (text("meeting.apologies"), "\n".join(data.apologies)),
        (text("meeting.absent"), "\n".join(data.absent)),
        (text("meeting.chair"), data.chair),
        (text("meeting.minute_taker"), data.minute_taker),
    ]  # fmt: skip
    table = facts(rows, style)
    return [table] if table else []


def _versions(data: MeetingMinutes, form: Form, style: dict[str, Any]) -> list[Any]:
    """One line per change. The last change made ``data.version``; earlier ones count back
    from it, so a caller that keeps only the latest change still prints the right number."""
    first = data.version - len(data.changed) + 1
    return [
        Paragraph(
            markup(form.text("version.changed").format(
                version=first + i, date=day(on), reason=reason)),
            style["version"],
        )
        for i, (on, reason) in enumerate(data.changed)
    ]  # fmt: skip


def _styles() -> dict[str, Any]:
    style = meeting_styles()
    style["version"] = style["body"].clone(
        "version", fontName=style["label"].fontName, spaceBefore=6
    )
    style["point"] = style["title"].clone("point", fontSize=11, leading=14, spaceBefore=9)
    for name in ("body", "label", "words"):
        base = style[name]
        style[f"in_{name}"] = base.clone(f"in_{name}", leftIndent=base.leftIndent + INDENT)
    style["in_item"] = style["item"].clone(
        "in_item", leftIndent=style["item"].leftIndent + INDENT, bulletIndent=INDENT
    )
    return style


def _item(number: int, item: MinutesItem, data: MeetingMinutes, form: Form, style: Any) -> list:
    def labelled(key: str, value: str, kind: str = "in_body") -> Paragraph:
        label = form.text(key).format(parent=data.parent_name)
        return Paragraph(f"<b>{markup(label)}</b><br/>{markup(value)}", style[kind])

    parts: list[Any] = []
    if item.summary.strip():
        parts.append(labelled("items.summary", item.summary))
    if item.parent_views.strip():
        parts.append(labelled("items.parent_views", item.parent_views, "in_words"))
    if item.conclusion.strip():
        parts.append(labelled("items.conclusion", item.conclusion))
    if item.decisions:
        decided = Paragraph(markup(form.text("items.decisions")), style["in_label"])
        bullets = [Paragraph(markup(d), style["in_item"], bulletText="–") for d in item.decisions]
        parts += [decided, *bullets]
    return [*heading(f"{number}. {item.title}", "point", style), *parts]


def _distribution(data: MeetingMinutes, form: Form, style: dict[str, Any]) -> list[Any]:
    title = Paragraph(markup(form.text("distribution.heading")), style["section"])
    sent = "\n".join(data.distributed_to) or form.text("distribution.nobody")
    if data.copy_for:
        sent = form.text("distribution.copy_for").format(name=data.copy_for)
    parts = [title, Paragraph(markup(sent), style["body"])]
    if data.not_covered:
        names = ", ".join(data.not_covered)
        line = form.text("distribution.not_covered").format(names=names)
        parts.append(Paragraph(markup(line), style["body"]))
    if data.office_copy:
        parts.append(Paragraph(markup(form.text("distribution.office_copy")), style["label"]))
    # The note on corrections closes the document and stays with the list, never alone.
    note = form.text("corrections.text").format(parent=data.parent_name)
    parts += [
        HRFlowable(width=TEXT_WIDTH, thickness=0.5, color=RULE, spaceBefore=6, spaceAfter=4),
        Paragraph(markup(note), style["note"]),
    ]
    return [KeepTogether(parts)]


def build_meeting_minutes(
    data: MeetingMinutes, head: Letterhead, common: Form, minutes: Form
) -> bytes:
    style = _styles()

    def section(key: str) -> list[Any]:
        return heading(minutes.text(key), "section", style)

    title = minutes.text("heading.text").format(parent=data.parent_name)
    story: list[Any] = [Paragraph(markup(title), style["heading"])]
    story += _meeting(data, minutes, style)
    story += _versions(data, minutes, style)

    def left_out() -> Paragraph:
        note = minutes.text("items.left_out").format(parent=data.parent_name)
        return Paragraph(markup(note), style["body"])

    story += section("items.heading")
    if "items" in data.left_out:
        story.append(left_out())
    elif not data.items:
        story.append(Paragraph(markup(minutes.text("items.none")), style["body"]))
    else:
        for number, item in enumerate(data.items, start=1):
            story += _item(number, item, data, minutes, style)
    story += section("actions.heading")
    if "actions" in data.left_out:
        story.append(left_out())
    elif data.actions:
        headings = [minutes.text(f"actions.{k}") for k in ("what", "who", "due", "status")]
        story.append(action_table(data.actions, headings, minutes.text("actions.no_due"), style))
    else:
        story.append(Paragraph(markup(minutes.text("actions.none")), style["body"]))
    upcoming = (
        minutes.text("next.date").format(date=day(data.next_meeting))
        if data.next_meeting
        else minutes.text("next.none")
    )
    story += [
        KeepTogether(
            [
                Paragraph(markup(minutes.text("next.heading")), style["section"]),
                Paragraph(markup(upcoming), style["body"]),
            ]
        ),
        *_distribution(data, minutes, style),
    ]
    return build_pages(
        story_frame(data, title, Labels(common.language)(DocumentKind.MINUTES.label)),
        head,
        common,
        story,
    )
