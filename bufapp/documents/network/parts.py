"""What the network map and the comparison share: the labels they print (pseudonymised or
not), the legend of line styles, the summary's figures as text, and the styles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from bufapp.documents import fonts
from bufapp.documents.forms import Form
from bufapp.documents.groups.meeting_parts import RULE, meeting_styles
from bufapp.documents.letter import TEXT_WIDTH, Letter, markup, story_frame
from bufapp.documents.network.drawing import BETWEEN
from bufapp.documents.network.lines import INK, tie_shapes
from bufapp.documents.tables import padding, styled_table
from bufapp.domain.enums import DocumentKind, TieQuality
from bufapp.domain.network import RING_LABELS, RINGS, NetworkMap, NetworkMember
from bufapp.domain.network_rules import MapSummary, initials, pseudonym

SAMPLE = 15 * mm  # the length of a line in the legend


def internal_letter(title: str, data: Any, kind: DocumentKind) -> Letter:
    """The page frame of a map or a comparison: an internal note, no window address; the
    pseudonymised print carries no case number either."""
    return story_frame(
        data, title, kind.label, our_reference="" if data.pseudonymised else data.our_reference
    )


def network_styles() -> dict[str, Any]:
    style = meeting_styles()
    style["small_cell"] = style["cell"].clone("small_cell", fontSize=7.5, leading=9.5)
    style["small_head"] = style["small_cell"].clone("small_head", fontName=fonts.BOLD)
    style["legend"] = style["cell"].clone("legend", fontSize=8.5, leading=10.5)
    style["list"] = style["fact"].clone("list", fontSize=9.5, leading=12.5)
    style["list_label"] = style["list"].clone("list_label", fontName=fonts.BOLD)
    style["count"] = style["fact"].clone("count", alignment=2)
    style["caption"] = style["cell"].clone("caption", alignment=1, fontName=fonts.BOLD)
    return style


def label_of(member: NetworkMember, pseudonymised: bool, form: Form) -> str:
    """The member's label, or on a pseudonymised print its names as initials; the role and
    relation words that stay words («Mormor», «fastlegen») are the form's."""
    if not pseudonymised:
        return member.label
    return pseudonym(member.label, form.values["pseudonymised"]["role_words"])


def labels(network: NetworkMap, pseudonymised: bool, form: Form) -> dict[str, str]:
    """What each member is called on this print, by key."""
    return {m.key: label_of(m, pseudonymised, form) for m in network.members}


def parent_shown(name: str, pseudonymised: bool) -> str:
    return initials(name) if pseudonymised else name


def ring_text(ring: int, form: Form, key: str = "members.ring_value") -> str:
    return form.text(key).format(number=ring, name=RING_LABELS.get(ring, str(ring)))


def share_text(share: float, size: int, form: Form) -> str:
    """A share of the map's members as "2 av 5 (40 %)"; an empty map has no shares."""
    if size == 0:
        return form.text("summary.no_share")
    return form.text("summary.share").format(
        count=round(share * size), size=size, percent=round(share * 100)
    )


SHARES = ("practical", "emotional", "informational", "critical", "reciprocal", "weekly")


def share_of(summary: MapSummary, key: str) -> float:
    return getattr(summary, "weekly_or_more" if key == "weekly" else key)


def pair_table(
    rows: Sequence[tuple[str, str]],
    widths: Sequence[float],
    style: dict[str, Any],
    head: str = "",
    ruled: bool = False,
) -> Table:
    """Label/value rows; with ``head``, a bold first row spanning both columns (and the
    values are counts, right-aligned); ``ruled`` puts a thin line under each row."""
    value = style["count"] if head else style["fact"]
    cells: list[list[Any]] = [
        [Paragraph(markup(k), style["fact"]), Paragraph(markup(v), value)] for k, v in rows
    ]
    if head:
        cells.insert(0, [Paragraph(markup(head), style["label"]), ""])
    room = 3 if ruled else 1
    return styled_table(
        cells,
        list(widths),
        *padding(room, room + 1),
        *([("SPAN", (0, 0), (-1, 0))] if head else []),
        *([("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)] if ruled else []),
    )


def summary_block(summary: MapSummary, form: Form, style: dict[str, Any]) -> list[Any]:
    """The Social Network Map's figures: the shares first, then how the members spread over
    the sectors and the tie qualities, side by side."""
    text = form.text
    empty = ", ".join(s.name for s in summary.empty_sectors) or text("summary.none_empty")
    rows = [(text("summary.size"), str(summary.size))]
    rows += [
        (text(f"summary.{key}"), share_text(share_of(summary, key), summary.size, form))
        for key in SHARES
    ]
    rows.append((text("summary.empty_sectors"), empty))
    label = 76 * mm
    half = (TEXT_WIDTH - 8 * mm) / 2
    sectors = [(s.name, str(n)) for s, n in summary.per_sector]
    qualities = [(q.label, str(n)) for q, n in summary.per_quality]
    spread = styled_table(
        [
            [
                pair_table(sectors, (half - 14 * mm, 14 * mm), style, text("summary.per_sector")),
                pair_table(
                    qualities, (half - 14 * mm, 14 * mm), style, text("summary.per_quality")
                ),
            ]
        ],
        (half + 8 * mm, half),
    )
    return [pair_table(rows, (label, TEXT_WIDTH - label), style), Spacer(1, 3 * mm), spread]


def _sample(quality: TieQuality | None, between: bool = False, filled: bool = False) -> Drawing:
    """A short line in the pattern of ``quality``, or (None) a marker, numbered or filled."""
    drawing = Drawing(SAMPLE, 9)
    drawing.initialFontName = fonts.REGULAR
    if quality is None:
        fill = INK if filled else white
        size = 2.4 if filled else 4.2  # as large as on the map it explains
        drawing.add(Circle(SAMPLE / 2, 4.5, size, fillColor=fill, strokeColor=INK, strokeWidth=0.8))
        if not filled:
            drawing.add(
                String(SAMPLE / 2, 2.7, "1", fontName=fonts.BOLD, fontSize=5.2, textAnchor="middle")
            )
        return drawing
    weight = 0.6 if between else 1.0
    for shape in tie_shapes(1, 4.5, SAMPLE - 1, 4.5, quality, weight, BETWEEN if between else None):
        drawing.add(shape)
    return drawing


def legend(
    form: Form,
    style: dict[str, Any],
    numbered: bool = False,
    only_here: bool = False,
    width: float = TEXT_WIDTH,
) -> list:
    """Samples of each line style beside their meaning, two to a row, and how to read the
    rings; the last line says the patterns, not the colour, carry the meaning."""
    entries: list[tuple[Drawing, str]] = [
        (_sample(q), form.text(f"legend.{q.value}")) for q in TieQuality
    ]
    entries.append((_sample(TieQuality.WEAK, between=True), form.text("legend.between")))
    if numbered:
        entries.append((_sample(None), form.text("legend.marker")))
    if only_here:
        entries.append((_sample(None, filled=True), form.text("legend.only_here")))
    rows = []
    for i in range(0, len(entries), 2):
        pair = entries[i : i + 2]
        row: list[Any] = []
        for drawing, text in pair:
            row += [drawing, Paragraph(markup(text), style["legend"])]
        rows.append(row + [""] * (4 - len(row)))
    column = (width - 2 * (SAMPLE + 3 * mm)) / 2
    table = styled_table(
        rows, [SAMPLE + 3 * mm, column] * 2, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *padding(1, 1)
    )
    rings = ", ".join(f"{r} {RING_LABELS[r]}" for r in RINGS)
    notes = f"{form.text('legend.rings').format(rings=rings)} {form.text('legend.print_note')}"
    return [
        Paragraph(markup(form.text("legend.heading")), style["label"]),
        table,
        Paragraph(markup(notes), style["note"]),
    ]
