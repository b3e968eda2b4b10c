"""The action list of a responsibility group as of one day: an internal document on the
letterhead (no window address). All wording comes from ``forms/action_list.toml``.

Open actions first, and an open action past its deadline says so in words ("Frist forfalt",
also in dark red: colour alone is lost on a grey printer and on some readers); then the closed
ones, done or dropped, with their outcome and the day they were closed. Each part is grouped
by the meeting that agreed the actions, oldest meeting first, a table per meeting captioned
with its date.
Whether an action is overdue is the caller's decision (it knows the rules and today's date).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from bufapp.documents.forms import Form
from bufapp.documents.groups.meeting_parts import (
    WARNING,
    RoomFor,
    day,
    facts,
    grid,
    heading,
    meeting_styles,
    split_widths,
)
from bufapp.documents.labels import Labels
from bufapp.documents.letter import Letterhead, build_pages, markup, story_frame
from bufapp.domain.enums import DocumentKind

WIDTHS = (0.28, 0.22, 0.15, 0.17, 0.18)  # what, who, by when, status, outcome


@dataclass(frozen=True)
class ActionRow:
    """One action, resolved to text. Closed (done or dropped) when ``closed_on`` is set."""

    what: str
    who: str
    due: date | None
    status_label: str
    overdue: bool = False  # open and past its deadline
    outcome: str = ""
    closed_on: date | None = None
    from_meeting: date | None = None  # the meeting that agreed it; None = agreed outside one


@dataclass(frozen=True)
class ActionList:
    parent_name: str
    as_of: date
    actions: tuple[ActionRow, ...]  # in any order
    caseworker: str
    dated: date
    our_reference: str = ""


def _meeting_key(row: ActionRow) -> tuple[bool, date]:
    return (row.from_meeting is None, row.from_meeting or date.min)  # outside meetings last


def _open_order(row: ActionRow) -> tuple[Any, ...]:
    return (*_meeting_key(row), row.due is None, row.due or date.min, row.what)


def _closed_order(row: ActionRow) -> tuple[Any, ...]:
    return (*_meeting_key(row), row.closed_on or date.min, row.what)


def _status(row: ActionRow, form: Form, style: dict[str, Any]) -> Paragraph:
    if row.closed_on is not None:
        text = form.text("rows.closed").format(status=row.status_label, date=day(row.closed_on))
        return Paragraph(markup(text), style["cell"])
    if row.overdue:
        warning = f'<font color="{WARNING.hexval()}"><b>{markup(form.text("rows.overdue"))}</b>'
        return Paragraph(f"{warning}</font><br/>{markup(row.status_label)}", style["cell"])
    return Paragraph(markup(row.status_label), style["cell"])


def _tables(rows: Sequence[ActionRow], form: Form, style: dict[str, Any]) -> list[Any]:
    """One table per meeting, captioned with its date; caption and column headings repeat
    when a meeting's actions run onto the next page."""
    headings = [form.text(f"columns.{k}") for k in ("what", "who", "due", "status", "outcome")]
    story: list[Any] = []
    for meeting, group in groupby(rows, key=lambda r: r.from_meeting):
        caption = (
            form.text("rows.from_meeting").format(date=day(meeting))
            if meeting
            else form.text("rows.no_meeting")
        )
        cells = [
            [
                row.what,
                row.who,
                day(row.due) if row.due else form.text("rows.no_due"),
                _status(row, form, style),
                row.outcome,
            ]
            for row in group
        ]
        # Room for the caption, the headings and a row, or the table starts on the next page.
        table = grid(headings, cells, split_widths(WIDTHS), style, caption)
        story += [RoomFor(25 * mm), table, Spacer(1, 3 * mm)]
    return story


def _part(key: str, rows: Sequence[ActionRow], form: Form, style: dict[str, Any]) -> list[Any]:
    title = heading(form.text(f"sections.{key}"), "section", style)
    if not rows:
        return [*title, Paragraph(markup(form.text(f"sections.none_{key}")), style["body"])]
    return [*title, *_tables(rows, form, style)]


def build_action_list(data: ActionList, head: Letterhead, common: Form, actions: Form) -> bytes:
    style = meeting_styles()
    open_rows = sorted((r for r in data.actions if r.closed_on is None), key=_open_order)
    closed_rows = sorted((r for r in data.actions if r.closed_on is not None), key=_closed_order)
    title = actions.text("heading.text").format(parent=data.parent_name)
    overdue = sum(1 for r in open_rows if r.overdue)
    summary = facts(
        [
            (actions.text("summary.as_of"), day(data.as_of)),
            (actions.text("summary.open"), str(len(open_rows))),
            (actions.text("summary.overdue"), str(overdue) if overdue else ""),
            (actions.text("summary.closed"), str(len(closed_rows))),
        ],
        style,
    )
    story: list[Any] = [Paragraph(markup(title), style["heading"])]
    story += [summary] if summary else []
    story += _part("open", open_rows, actions, style)
    story += _part("closed", closed_rows, actions, style)
    letter = story_frame(
        data, title, Labels(common.language)(DocumentKind.ACTION_LIST.label)
    )  # internal: no address
    return build_pages(letter, head, common, story)
