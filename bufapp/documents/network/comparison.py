"""Two network maps of one parent compared: an internal document on the letterhead (no window
address). All wording comes from ``forms/network_map.toml``.

Order: the heading and the two dates; the two maps side by side (smaller, drawn by the same
code as the single map) with the legend; what changed (new and lost members, ties that became
stronger, weaker or broke, that moved closer or further, sectors that filled or emptied); then
the figures of both maps side by side with the change. Pseudonymised as the single map is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from bufapp.documents.forms import Form
from bufapp.documents.groups.meeting_parts import RULE, day, grid, heading, split_widths
from bufapp.documents.letter import TEXT_WIDTH, Letterhead, build_pages, markup
from bufapp.documents.network.drawing import COMPACT, map_drawing
from bufapp.documents.network.parts import (
    SHARES,
    internal_letter,
    label_of,
    labels,
    legend,
    network_styles,
    parent_shown,
    ring_text,
    share_of,
)
from bufapp.documents.tables import padding, styled_table
from bufapp.domain.enums import DocumentKind
from bufapp.domain.network import NetworkMap, NetworkMember
from bufapp.domain.network_rules import MapComparison, MapSummary, TieChange

LIST_LABEL = 62 * mm
FIGURES = (0.45, 0.15, 0.15, 0.25)  # figure, earlier, later, change


@dataclass(frozen=True)
class NetworkComparisonDocument:
    parent_name: str
    comparison: MapComparison  # earlier and later maps inside
    earlier_summary: MapSummary
    later_summary: MapSummary
    caseworker: str
    dated: date  # the day it is printed
    pseudonymised: bool = False
    our_reference: str = ""  # left off a pseudonymised print


def _maps(data: NetworkComparisonDocument, form: Form, style: dict[str, Any]) -> Table:
    """The two maps side by side, each captioned with its date and size."""
    half = (TEXT_WIDTH - 4 * mm) / 2
    centre = parent_shown(data.parent_name, True)  # a small disc only holds initials
    cells = []
    c = data.comparison
    only = ({m.key for m in c.lost}, {m.key for m in c.new})
    for network, filled in zip((c.earlier, c.later), only, strict=True):
        count = len(network.members)
        caption = form.text("drawing.caption_one" if count == 1 else "drawing.caption")
        text = caption.format(date=day(network.drawn_on), count=count)
        shown = labels(network, data.pseudonymised, form)
        drawing = map_drawing(network, shown, centre, half, COMPACT, filled=filled)
        cells.append([drawing, Paragraph(markup(text), style["caption"])])
    return styled_table(
        [cells], (half + 4 * mm, half), ("RIGHTPADDING", (0, 0), (-1, -1), 0), h_align="CENTER"
    )


def _member(member: NetworkMember, network: NetworkMap, form: Form, hidden: bool) -> str:
    return form.text("comparison.member").format(
        label=label_of(member, hidden, form),
        sector=network.sector_name(member.sector),
        quality=member.quality.label,
    )


def _moved(changes: Sequence[TieChange], form: Form, hidden: bool, rings: bool) -> list[str]:
    def shown(m: NetworkMember) -> str:
        return ring_text(m.ring, form, "comparison.ring") if rings else m.quality.label

    return [
        form.text("comparison.moved").format(
            label=label_of(c.after, hidden, form), before=shown(c.before), after=shown(c.after)
        )
        for c in changes
    ]


def _changes(data: NetworkComparisonDocument, form: Form, style: dict[str, Any]) -> Table:
    c, hidden, text = data.comparison, data.pseudonymised, form.text
    lists: list[tuple[str, list[str]]] = [
        ("new", [_member(m, c.later, form, hidden) for m in c.new]),
        ("lost", [_member(m, c.earlier, form, hidden) for m in c.lost]),
        ("stronger", _moved(c.stronger, form, hidden, rings=False)),
        ("weaker", _moved(c.weaker, form, hidden, rings=False)),
        ("broke", _moved(c.broke, form, hidden, rings=False)),
        ("closer", _moved(c.closer, form, hidden, rings=True)),
        ("further", _moved(c.further, form, hidden, rings=True)),
        ("filled", [", ".join(c.filled)] if c.filled else []),
        ("emptied", [", ".join(c.emptied)] if c.emptied else []),
    ]
    # One row per line, the label on the first, so a long list can run onto the next page.
    rows: list[list[Any]] = []
    ends = []
    for key, lines in lists:
        for n, line in enumerate(lines or [text("comparison.none")]):
            label = (
                Paragraph(markup(text(f"comparison.{key}")), style["list_label"]) if n == 0 else ""
            )
            rows.append([label, Paragraph(markup(line), style["list"])])
        ends.append(len(rows) - 1)
    return styled_table(
        rows,
        (LIST_LABEL, TEXT_WIDTH - LIST_LABEL),
        *padding(1, 1),
        *(("LINEBELOW", (0, end), (-1, end), 0.3, RULE) for end in ends),
        *(("BOTTOMPADDING", (0, end), (-1, end), 4) for end in ends),
        *(("TOPPADDING", (0, end + 1), (-1, end + 1), 4) for end in ends[:-1]),
    )


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else f"−{-value}" if value < 0 else "0"


def _figures(data: NetworkComparisonDocument, form: Form, style: dict[str, Any]) -> Table:
    """Each figure of the earlier and the later map, and the change between them."""
    text = form.text
    before, after = data.earlier_summary, data.later_summary
    none = text("comparison.no_change")

    def count_row(label: str, a: int, b: int) -> list[Any]:
        return [label, str(a), str(b), _signed(b - a) if b != a else none]

    rows: list[list[Any]] = [count_row(text("summary.size"), before.size, after.size)]
    for key in SHARES:
        a, b = (round(share_of(s, key) * 100) for s in (before, after))
        change = text("comparison.points").format(value=_signed(b - a)) if b != a else none
        rows.append([text(f"summary.{key}"), f"{a} %", f"{b} %", change])
    group = style["group"]
    rows.append([Paragraph(markup(text("summary.per_sector")), group), "", "", ""])
    counts_before = {s.key: n for s, n in before.per_sector}
    counts_after = {s.key: n for s, n in after.per_sector}
    names = {s.key: s.name for s, _n in (*before.per_sector, *after.per_sector)}
    for key in dict.fromkeys([*counts_after, *counts_before]):
        rows.append(count_row(names[key], counts_before.get(key, 0), counts_after.get(key, 0)))
    rows.append([Paragraph(markup(text("summary.per_quality")), group), "", "", ""])
    quality_before = dict(before.per_quality)
    for quality, n in after.per_quality:
        rows.append(count_row(quality.label, quality_before.get(quality, 0), n))
    header = [
        text("comparison.figure"),
        *(
            text("comparison.column_date").format(date=day(m.drawn_on))
            for m in (data.comparison.earlier, data.comparison.later)
        ),
        text("comparison.change"),
    ]
    return grid(header, rows, split_widths(FIGURES), style)


def build_network_comparison(
    data: NetworkComparisonDocument, head: Letterhead, common: Form, wording: Form
) -> bytes:
    style = network_styles()
    text, c = wording.text, data.comparison
    parent = parent_shown(data.parent_name, data.pseudonymised)
    title = text("heading.comparison").format(parent=parent)
    dates = text("heading.compared").format(
        earlier=day(c.earlier.drawn_on), later=day(c.later.drawn_on)
    )
    story: list[Any] = [
        Paragraph(markup(title), style["heading"]),
        Paragraph(markup(dates), style["lead"]),
    ]
    if data.pseudonymised:
        story.append(Paragraph(f"<b>{markup(text('heading.pseudonymised'))}</b>", style["lead"]))
    story += [Spacer(1, 2 * mm), _maps(data, wording, style), Spacer(1, 3 * mm)]
    story += legend(wording, style, only_here=bool(c.new or c.lost))
    story += heading(text("comparison.changes_heading"), "section", style)
    story.append(_changes(data, wording, style))
    story += heading(text("comparison.summary_heading"), "section", style)
    story.append(_figures(data, wording, style))
    return build_pages(
        internal_letter(title, data, DocumentKind.NETWORK_COMPARISON), head, common, story
    )
