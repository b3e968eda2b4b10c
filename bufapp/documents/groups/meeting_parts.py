"""What the three responsibility-group documents share: the lines they print (an agenda point,
an action, a member), their styles, and the tables of facts and of actions.

The lines are plain, already-resolved text and dates: the caller maps its own model (members by
key, enums) to names and labels, so these documents never decide who is who or what a status
is called. Times are converted to Norwegian time here, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Table

from bufapp.documents import fonts
from bufapp.documents.letter import SHADE, TEXT_WIDTH, markup, own_words
from bufapp.documents.letter import styles as letter_styles
from bufapp.documents.tables import label_table, padding, styled_table

OSLO = ZoneInfo("Europe/Oslo")  # moments are stored in UTC and always shown in Norwegian time
LABEL_WIDTH = 38 * mm
RULE = Color(0.6, 0.6, 0.6)
WARNING = Color(0.65, 0.0, 0.0)  # overdue: dark red, always together with the words
CELL_PADDING = 4  # points between table columns

Origin = Literal["parent", "carried", "other"]


@dataclass(frozen=True)
class AgendaLine:
    """One point on the agenda. "parent": the parent's own point (printed first); "carried":
    follow-up from the last meeting; "other": anything else."""

    title: str
    origin: Origin = "other"
    detail: str = ""


@dataclass(frozen=True)
class ActionLine:
    """An action as the invitation and the minutes show it: what, who, by when, status."""

    what: str
    who: str
    due: date | None
    status_label: str


@dataclass(frozen=True)
class MemberLine:
    name: str
    role: str  # their role in the group: "forelder", "koordinator", "fastlege"
    service: str = ""  # where they work; "" for the parent and private persons


def day(value: date) -> str:
    return f"{value:%d.%m.%Y}"


def local(moment: datetime) -> datetime:
    """The moment in Norwegian time; a naive datetime is a programming error upstream."""
    if moment.tzinfo is None:
        raise ValueError("a meeting's time must be timezone-aware")
    return moment.astimezone(OSLO)


def meeting_styles() -> dict[str, Any]:
    """The letter's styles plus the ones tables, labels and the parent's own words use."""
    style = dict(letter_styles())
    body = style["body"]
    style["label"] = body.clone("label", fontName=fonts.BOLD, spaceAfter=0)
    style["fact"] = body.clone("fact", spaceAfter=0)
    style["cell"] = body.clone("cell", fontSize=9, leading=11.5, spaceAfter=0)
    style["cellhead"] = style["cell"].clone("cellhead", fontName=fonts.BOLD)
    style["group"] = style["cell"].clone("group", fontName=fonts.BOLD, spaceBefore=2)
    # No keepWithNext: see heading().
    style["section"] = style["subheading"].clone(
        "section", fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=4
    )
    style["title"] = style["subheading"].clone("title", spaceBefore=7)
    # Numbers and dashes hang in the margin; the bullet's font is named, or reportlab would
    # reach for an unembedded Helvetica.
    style["item"] = body.clone(
        "item", leftIndent=7 * mm, bulletIndent=0, bulletFontName=fonts.REGULAR, spaceAfter=3
    )
    style["lead"] = body.clone("lead", fontSize=9.5, leading=12.5, spaceAfter=5)
    style["detail"] = body.clone(
        "detail", fontSize=9.5, leading=12.5, leftIndent=7 * mm, spaceAfter=5
    )
    style["words"] = own_words(body)
    style["note"] = style["small"].clone("note", spaceAfter=4)
    return style


class RoomFor(CondPageBreak):
    """Starts the next page when less than ``height`` is left. Invisible to spacing: the space
    after the paragraph before it still collapses with the space before the one after it
    (a plain CondPageBreak adds the two up)."""

    _SPACETRANSFER = True


def heading(text: str, kind: str, style: dict[str, Any], room: float = 30 * mm) -> list[Any]:
    """A heading that never ends a page: with less than ``room`` left it starts the next one.
    keepWithNext would instead move the heading together with what follows whenever that does
    not fit, leaving half a page empty before a long table or a long text."""
    return [RoomFor(room), Paragraph(markup(text), style[kind])]


def numbered(number: int, title: str, detail: str, style: dict[str, Any]) -> list[Paragraph]:
    """An agenda point: its number hanging in the margin, the detail under it, smaller."""
    parts = [Paragraph(markup(title), style["item"], bulletText=f"{number}.")]
    if detail.strip():
        parts.append(Paragraph(markup(detail), style["detail"]))
    return parts


def facts(rows: Sequence[tuple[str, str]], style: dict[str, Any]) -> Table | None:
    """Label/value rows with the labels in a narrow first column; empty values are left out,
    and with nothing to show there is no table."""
    shown = [(label, value) for label, value in rows if value.strip()]
    if not shown:
        return None
    return label_table(shown, LABEL_WIDTH, style["label"], style["fact"], *padding(1, 2))


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    style: dict[str, Any],
    caption: str = "",
) -> Table:
    """A table with a bold header row and a thin line under each row; a caption, if any, is a
    shaded row above the header. Both repeat on every page the table runs onto, so a page never
    starts with rows nobody can place. A cell is text (wrapped here) or a ready flowable."""

    def cell(value: Any) -> Any:
        return Paragraph(markup(value), style["cell"]) if isinstance(value, str) else value

    top = [[Paragraph(markup(caption), style["group"]), *[""] * (len(header) - 1)]]
    top = top if caption else []
    head = len(top)  # the header's row
    body = [*top, [Paragraph(markup(h), style["cellhead"]) for h in header]]
    body += [[cell(v) for v in row] for row in rows]
    shade = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LEFTPADDING", (0, 0), (0, 0), 3),  # or the text would touch the shade
    ]
    return styled_table(
        body,
        list(widths),
        ("LEFTPADDING", (1, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        *padding(3, 4),
        ("LINEBELOW", (0, head), (-1, head), 0.8, RULE),
        ("LINEBELOW", (0, head + 1), (-1, -1), 0.3, RULE),
        *(shade if caption else []),
        repeatRows=head + 1,
    )


def action_table(
    actions: Sequence[ActionLine], headings: Sequence[str], no_due: str, style: dict[str, Any]
) -> Table:
    """What / who / by when / status, in the order given."""
    widths = split_widths((0.42, 0.25, 0.15, 0.18))
    rows = [[a.what, a.who, day(a.due) if a.due else no_due, a.status_label] for a in actions]
    return grid(headings, rows, widths, style)


def split_widths(shares: Sequence[float]) -> list[float]:
    """Column widths as shares of the text width (the shares add up to 1)."""
    return [TEXT_WIDTH * share for share in shares]
