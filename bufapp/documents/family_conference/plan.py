"""The family's plan from a family group conference (familieråd), printed for those who took
part: the question, the date and coordinator, who came, the plan's items (what, who, by when),
the service's answer with its reservations, and the follow-up conference.

Every word comes from ``forms/family_conference.toml``. The readers are the family and its
network: the service checks the finished text against what they may not know
(``Recipe.rules``); nothing here decides it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from bufapp.documents.followup.sheet_parts import bullets, paragraphs, sheet_styles
from bufapp.documents.forms import Form
from bufapp.documents.labels import Labels
from bufapp.documents.letter import TEXT_WIDTH, Letterhead, build_pages, markup, story_frame
from bufapp.documents.tables import label_table, padding, ruled_grid
from bufapp.domain.enums import DocumentKind

LABEL_WIDTH = 52 * mm


@dataclass(frozen=True)
class PlanLine:
    what: str
    who: str
    by_when: date | None = None


@dataclass(frozen=True)
class ConferencePlanData:
    """Everything the printed plan shows, as plain values."""

    parent_id: int  # whose (not printed)
    parent: str  # the parent's full name
    question: str
    purpose: str  # in words
    coordinator: str  # «Máret Čuđet, Bufetat»
    planned_for: date
    held_on: date | None
    came: tuple[str, ...]  # «Mormor Ánne (mormor)»
    invited_not_came: tuple[str, ...]
    items: tuple[PlanLine, ...]
    approval: str  # "", "approved", "approved_with_reservations", "not_approved"
    approved_on: date | None
    reservations: str
    follow_up_on: date | None
    caseworker: str
    dated: date
    our_reference: str = ""


def day(value: date) -> str:
    return f"{value:%d.%m.%Y}"


def _say(wording: Form, key: str, **values: Any) -> str:
    return wording.text(key).format(**values)


def _heading(data: ConferencePlanData, wording: Form, style: dict[str, Any]) -> list[Any]:
    about = (
        _say(wording, "heading.about", parent=data.parent, held_on=day(data.held_on))
        if data.held_on is not None
        else _say(wording, "heading.planned", parent=data.parent, planned_for=day(data.planned_for))
    )
    return [
        Paragraph(markup(wording.text("heading.text")), style["heading"]),
        Paragraph(markup(about), style["basis"]),
        *paragraphs([wording.text("intro.text")], style["body"]),
        Paragraph(markup(wording.text("question.heading")), style["subheading"]),
        *paragraphs(data.question.split("\n\n"), style["quoted"]),
    ]


def _facts(data: ConferencePlanData, wording: Form, style: dict[str, Any]) -> list[Any]:
    rows = [
        (wording.text("facts.purpose"), data.purpose),
        (wording.text("facts.held_on"), day(data.held_on or data.planned_for)),
        (wording.text("facts.coordinator"), data.coordinator),
        (wording.text("facts.follow_up"), day(data.follow_up_on) if data.follow_up_on else ""),
    ]
    shown = [r for r in rows if r[1].strip()]
    return [
        Paragraph(markup(wording.text("facts.heading")), style["subheading"]),
        label_table(shown, LABEL_WIDTH, style["label"], style["cell"], *padding(2, 4)),
    ]


def _people(data: ConferencePlanData, wording: Form, style: dict[str, Any]) -> list[Any]:
    body: list[Any] = [Paragraph(markup(wording.text("people.heading")), style["subheading"])]
    if not data.came and not data.invited_not_came:
        return [*body, *paragraphs([wording.text("people.none")], style["body"])]
    if data.came:
        body += [*paragraphs([wording.text("people.came")], style["body"]),
                 *bullets(data.came, style)]  # fmt: skip
    if data.invited_not_came:
        body += [*paragraphs([wording.text("people.invited_not_came")], style["body"]),
                 *bullets(data.invited_not_came, style)]  # fmt: skip
    return body


def _plan(data: ConferencePlanData, wording: Form, style: dict[str, Any]) -> list[Any]:
    heading = Paragraph(markup(wording.text("plan.heading")), style["subheading"])
    if not data.items:
        return [heading, *paragraphs([wording.text("plan.none")], style["body"])]
    head = style["label"]
    cells: list[list[Any]] = [
        [Paragraph(markup(wording.text(f"plan.{k}")), head) for k in ("what", "who", "by_when")]
    ]
    for item in data.items:
        when = day(item.by_when) if item.by_when else wording.text("plan.no_date")
        cells.append([Paragraph(markup(item.what), style["cell"]),
                      Paragraph(markup(item.who), style["cell"]),
                      Paragraph(markup(when), style["cell"])])  # fmt: skip
    widths = (TEXT_WIDTH - 78 * mm, 50 * mm, 28 * mm)
    return [heading, ruled_grid(cells, widths)]


def _approval(data: ConferencePlanData, wording: Form, style: dict[str, Any]) -> list[Any]:
    body: list[Any] = [Paragraph(markup(wording.text("approval.heading")), style["subheading"])]
    if not data.approval or data.approved_on is None:
        return [*body, *paragraphs([wording.text("approval.pending")], style["body"])]
    first = _say(wording, f"approval.{data.approval}", approved_on=day(data.approved_on))
    body += paragraphs([first], style["body"])
    if data.approval != "approved" and data.reservations.strip():
        body += paragraphs(data.reservations.split("\n\n"), style["quoted"])
    body += paragraphs([wording.text("approval.explained")], style["body"])
    return body


def _follow_up(data: ConferencePlanData, wording: Form, style: dict[str, Any]) -> list[Any]:
    text = (
        _say(wording, "follow_up.text", follow_up_on=day(data.follow_up_on))
        if data.follow_up_on is not None
        else wording.text("follow_up.none")
    )
    return [
        Paragraph(markup(wording.text("follow_up.heading")), style["subheading"]),
        *paragraphs([text], style["body"]),
    ]


def _contact(data: ConferencePlanData, wording: Form, common: Form, style: dict[str, Any]) -> Any:
    text = (
        _say(wording, "contact.text", caseworker=data.caseworker)
        if data.caseworker.strip()
        else wording.text("contact.text_unnamed")
    )
    closing = [common.text("letterhead.closing"), data.caseworker]
    return KeepTogether([
        Paragraph(markup(wording.text("contact.heading")), style["subheading"]),
        *paragraphs([text], style["body"]),
        Spacer(1, 6 * mm),
        *paragraphs(closing, style["body"]),
    ])  # fmt: skip


def build_conference_plan(
    data: ConferencePlanData, head: Letterhead, common: Form, wording: Form
) -> bytes:
    """The family's plan as PDF bytes; nothing is written to disk."""
    style = sheet_styles()
    story: list[Any] = [
        *_heading(data, wording, style),
        *_facts(data, wording, style),
        *_people(data, wording, style),
        *_plan(data, wording, style),
        *_approval(data, wording, style),
        *_follow_up(data, wording, style),
        _contact(data, wording, common, style),
        Spacer(1, 6 * mm),
        *paragraphs(wording.values["legal"]["text"], style["small"]),
    ]
    letter = story_frame(
        data,
        wording.text("heading.text"),
        Labels(common.language)(DocumentKind.FAMILY_CONFERENCE_PLAN.label),
    )
    return build_pages(letter, head, common, story)
