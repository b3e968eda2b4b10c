"""The invitation to a responsibility-group meeting, with its agenda: a letter to one person
(the parent, or a member of the group) in the envelope window. All wording comes from
``forms/meeting_invitation.toml``.

The agenda starts from the parent: their own points come first, under "Dine saker" in the
parent's letter and "Forelderens saker" in everybody else's, so the meeting begins with what
the parent wants to talk about rather than with the professionals' list. Then the actions still open from the last meeting (what, who, by
when, status), then anything else, then the same closing points every time (summary, next
meeting, how the meeting was for the parent).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from bufapp.documents.dates import DateWords
from bufapp.documents.forms import Form
from bufapp.documents.groups.meeting_parts import (
    ActionLine,
    AgendaLine,
    MemberLine,
    action_table,
    facts,
    grid,
    heading,
    local,
    meeting_styles,
    numbered,
    split_widths,
)
from bufapp.documents.labels import Labels
from bufapp.documents.letter import Letterhead, build_pages, markup, signed_off, story_frame
from bufapp.domain.enums import DocumentKind


@dataclass(frozen=True)
class MeetingInvitation:
    """Everything the invitation shows, already resolved to text."""

    recipient: tuple[str, ...]  # name and postal address for the window, at most 5 lines
    to_parent: bool  # the parent gets "du" and "Dine saker"; a member "Forelderens saker"
    parent_name: str
    group_purpose: str
    starts_at: datetime  # timezone-aware
    place: str
    agenda: tuple[AgendaLine, ...]  # any order; printed parent's, carried, other
    carried_actions: tuple[ActionLine, ...]  # open actions from the last meeting
    invited: tuple[MemberLine, ...]
    coordinator: str  # "" while the group has none
    coordinator_contact: str  # phone and/or e-mail, as printed
    caseworker: str
    dated: date
    our_reference: str = ""
    ends_at: datetime | None = None  # timezone-aware; None prints the start only
    # Sections (named as in the form's [sections]) this recipient's consent does not cover:
    # left out of their copy, never printed empty as if there were nothing.
    left_out: frozenset[str] = frozenset()
    # The interpreter the parent needs (the register's language, «arabisk»), ordered for the
    # meeting; empty: none needed. ``interpreter_categories``: those of Nasjonalt tolkeregister
    # the office accepts («A–B»), empty when not said.
    interpreter_language: str = ""
    interpreter_categories: str = ""


class _Words:
    """The form's text for this letter: audience-specific keys picked, {parent} filled in."""

    def __init__(self, form: Form, data: MeetingInvitation) -> None:
        self.form, self.parent = form, data.parent_name
        self.audience = "to_parent" if data.to_parent else "to_member"

    def __call__(self, key: str, **values: str) -> str:
        return self.form.text(key).format(parent=self.parent, **values)

    def aimed(self, key: str, **values: str) -> str:
        return self(f"{key}_{self.audience}", **values)

    def paragraphs(self, dotted: str) -> list[str]:
        section, key = dotted.split(".")
        return [p.format(parent=self.parent) for p in self.form.values[section][key]]


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]  # not str.capitalize(): it lowercases the rest


def _when(
    data: MeetingInvitation, words: _Words, dates: DateWords, style: dict[str, Any]
) -> list[Any]:
    start = local(data.starts_at)
    time = (
        words("when.time_span", start=dates.clock(start), end=dates.clock(local(data.ends_at)))
        if data.ends_at
        else words("when.time_start", start=dates.clock(start))
    )
    intro = words.aimed("intro.text", date=dates.long_with_weekday(start), time=dates.clock(start))
    table = facts(
        [
            (words("when.date"), _first_upper(dates.long_with_weekday(start))),
            (words("when.time"), time),
            (words("when.place"), data.place),
        ],
        style,
    )
    return [Paragraph(markup(intro), style["body"]), *([table] if table else [])]


def _interpreter(data: MeetingInvitation, words: _Words, style: dict[str, Any]) -> list[Any]:
    """That an interpreter is ordered, and of which categories; nothing when none is needed or
    the member's copy may not say it."""
    if not data.interpreter_language.strip() or "interpreter" in data.left_out:
        return []
    said = [words.aimed("interpreter.ordered", language=data.interpreter_language.strip())]
    if data.interpreter_categories:
        said.append(words("interpreter.categories", categories=data.interpreter_categories))
    return [Paragraph(markup(" ".join(said)), style["body"])]


class _Points:
    """Numbers the agenda's points straight through all its parts."""

    def __init__(self, style: dict[str, Any]) -> None:
        self.style, self.number = style, 0

    def __call__(self, lines: Sequence[AgendaLine]) -> list[Any]:
        out: list[Any] = []
        for line in lines:
            self.number += 1
            out += numbered(self.number, line.title, line.detail, self.style)
        return out


def _agenda(data: MeetingInvitation, words: _Words, style: dict[str, Any]) -> list[Any]:
    own = [line for line in data.agenda if line.origin == "parent"]
    # Anything neither the parent's nor carried over is "other", so no point is ever lost.
    rest = [line for line in data.agenda if line.origin not in ("parent", "carried")]
    closing = [AgendaLine(title) for title in words.paragraphs(f"agenda.closing_{words.audience}")]
    points = _Points(style)

    def section(title: str, *body: Any) -> list[Any]:
        return [*heading(title, "title", style), *body]

    note = "agenda.parent_note" if own else "agenda.no_parent"
    story = heading(words("agenda.heading"), "section", style, room=40 * mm)
    if data.left_out - {"interpreter"} and not data.to_parent:  # a part of the agenda is out
        story.append(Paragraph(markup(words("agenda.left_out_to_member")), style["lead"]))
    if "parent_points" not in data.left_out:
        story += section(
            words.aimed("agenda.parent"),
            Paragraph(markup(words.aimed(note)), style["lead"]),
            *points(own),
        )
    if "carried" not in data.left_out:
        story += section(words("agenda.carried"), *_carried(data, words, style, points))
    if rest and "other" not in data.left_out:
        story += section(words("agenda.other"), *points(rest))
    if closing:  # short and always last: kept whole, so no lone "7." opens the next page
        title = Paragraph(markup(words("agenda.closing")), style["title"])
        story.append(KeepTogether([title, *points(closing)]))
    return story


def _carried(
    data: MeetingInvitation, words: _Words, style: dict[str, Any], points: _Points
) -> list[Any]:
    """One point for the open actions, shown as a table; a carried agenda line that names one
    of those actions is not listed twice, any other carried line is a point of its own."""
    tabled = {action.what.casefold() for action in data.carried_actions}
    loose = [
        line
        for line in data.agenda
        if line.origin == "carried" and line.title.casefold() not in tabled
    ]
    if not data.carried_actions:
        if loose:
            return points(loose)
        return [Paragraph(markup(words("agenda.no_carried")), style["lead"])]
    headings = [words(f"actions.{key}") for key in ("what", "who", "due", "status")]
    table = action_table(data.carried_actions, headings, words("actions.no_due"), style)
    gap = Spacer(1, 3 * mm)
    return [*points([AgendaLine(words("agenda.carried_item"))]), table, gap, *points(loose)]


def _invited(data: MeetingInvitation, words: _Words, style: dict[str, Any]) -> list[Any]:
    if not data.invited:
        return []
    headings = [words(f"invited.{key}") for key in ("name", "role", "service")]
    rows = [[m.name, m.role, m.service] for m in data.invited]
    table = grid(headings, rows, split_widths((0.36, 0.26, 0.38)), style)
    return [*heading(words("invited.heading"), "section", style), table]


def _coordinator(data: MeetingInvitation, words: _Words, style: dict[str, Any]) -> list[Any]:
    if data.coordinator:
        said = [words("coordinator.is", coordinator=data.coordinator)]
        if data.coordinator_contact:
            said.append(
                words("coordinator.reach", coordinator=data.coordinator,
                      contact=data.coordinator_contact)
            )  # fmt: skip
    else:
        said = [words("coordinator.none", caseworker=data.caseworker)]
    said.append(words("coordinator.cannot_come"))
    title = Paragraph(markup(words("coordinator.heading")), style["section"])
    return [KeepTogether([title, Paragraph(markup(" ".join(said)), style["body"])])]


def _support(data: MeetingInvitation, words: _Words, style: dict[str, Any]) -> list[Any]:
    title = Paragraph(markup(words.aimed("support.heading")), style["section"])
    said = words.paragraphs(f"support.{words.audience}")
    if data.to_parent and not data.interpreter_language.strip():
        said.append(words("interpreter.ask_to_parent"))  # one ordered is said at the top
    body = [Paragraph(markup(p), style["body"]) for p in said]
    return [KeepTogether([title, *body])]


def build_meeting_invitation(
    data: MeetingInvitation, head: Letterhead, common: Form, invitation: Form
) -> bytes:
    style = meeting_styles()
    words = _Words(invitation, data)
    title = words("heading.text")
    story: list[Any] = [Paragraph(markup(title), style["heading"])]
    story += _when(data, words, DateWords.of(common), style)
    story += _interpreter(data, words, style)
    if data.group_purpose.strip() and "purpose" not in data.left_out:
        story += heading(words("purpose.heading"), "section", style)
        story.append(Paragraph(markup(data.group_purpose), style["body"]))
    story += _agenda(data, words, style)
    story += _invited(data, words, style)
    story += _coordinator(data, words, style)
    story += _support(data, words, style)
    letter = story_frame(
        data, title, Labels(common.language)(DocumentKind.MEETING_INVITATION.label), data.recipient
    )
    signed = f"{letter.caseworker}\n{letter.caseworker_title}"
    story = signed_off(story, common, signed, style, gap=4 * mm)
    references = words.paragraphs("legal.references")
    if references:
        story.append(Spacer(1, 4 * mm))
        story += [Paragraph(markup(ref), style["small"]) for ref in references]
    return build_pages(letter, head, common, story)
