"""The recovery sheet: the recovery key on paper, with how to keep it and how to use it. All
wording comes from ``forms/recovery_sheet.toml``.

One A4 page, no letterhead or address: it never leaves the office. The key is printed large in
numbered groups (the typo messages name groups by number), each character centred in a slot of
the same width, which gives the even rhythm of a monospace face with the bundled DejaVu Sans.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from bufapp.documents import fonts
from bufapp.documents.forms import Form
from bufapp.documents.letter import markup, styles

KEY_SIZE = 26  # points; the widest character (W) is about 10.1 mm at this size
SLOT = 11.5 * mm  # so even "WMW" keeps a visible gap between letters
COLUMNS = 2
COLUMN_GAP = 16 * mm
ROW_HEIGHT = 18.5 * mm
PADDING = 5 * mm


class _KeyGroups(Flowable):
    """The key's groups in a framed grid, two to a row, each with its number above it."""

    def __init__(self, groups: list[str], label: str) -> None:
        super().__init__()
        self.groups, self.label = groups, label
        self.rows = -(-len(groups) // COLUMNS)
        self.width_used = 0.0

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width_used = available_width
        return available_width, self.rows * ROW_HEIGHT + 2 * PADDING

    def draw(self) -> None:
        canvas = self.canv
        height = self.rows * ROW_HEIGHT + 2 * PADDING
        canvas.setLineWidth(1)
        canvas.roundRect(0, 0, self.width_used, height, 3 * mm)
        group_width = SLOT * max(len(g) for g in self.groups)
        total = COLUMNS * group_width + (COLUMNS - 1) * COLUMN_GAP
        left = (self.width_used - total) / 2
        for row in range(self.rows):
            top = height - PADDING - row * ROW_HEIGHT
            row_groups = list(enumerate(self.groups))[row * COLUMNS : (row + 1) * COLUMNS]
            # Labels first, then characters: text extraction reads a row's groups in order.
            canvas.setFont(fonts.REGULAR, 8)
            for col, (index, _group) in enumerate(row_groups):
                x = left + col * (group_width + COLUMN_GAP)
                canvas.drawString(x, top - 3.5 * mm, self.label.format(number=index + 1))
            canvas.setFont(fonts.MONO_BOLD, KEY_SIZE)
            for col, (_index, group) in enumerate(row_groups):
                x = left + col * (group_width + COLUMN_GAP)
                for k, char in enumerate(group):
                    canvas.drawCentredString(x + (k + 0.5) * SLOT, top - 14 * mm, char)


def build_recovery_sheet(key: str, office: str, dated: date, form: Form) -> bytes:
    """The sheet as PDF bytes; nothing is written to disk (the key must never be)."""
    style = dict(styles())
    style["title"] = style["heading"].clone("title", fontSize=18, leading=23, spaceAfter=6)
    style["point"] = style["body"].clone("point", spaceAfter=3)

    def para(text: str, kind: str = "body") -> Paragraph:
        return Paragraph(markup(text), style[kind])

    def heading(key_name: str) -> Paragraph:
        return para(form.text(key_name), "subheading")

    facts = (
        f"<b>{markup(form.text('facts.office'))}:</b> {markup(office)}<br/>"
        f"<b>{markup(form.text('facts.dated'))}:</b> {dated:%d.%m.%Y}"
    )
    points = [ListItem(para(p, "point")) for p in form.values["keep"]["points"]]
    story: list[Any] = [
        para(form.text("heading.text"), "title"),
        Paragraph(facts, style["body"]),
        Spacer(1, 2 * mm),
        para(form.text("key.intro")),
        _KeyGroups([g for g in key.split("-") if g], form.text("key.group")),
        Spacer(1, 2 * mm),
        para(form.text("key.characters"), "small"),
        Spacer(1, 2 * mm),
        heading("keep.heading"),
        ListFlowable(
            points, bulletType="bullet", start="•", bulletFontName=fonts.REGULAR, leftIndent=12
        ),
        heading("use.heading"),
        *(para(p) for p in form.values["use"]["text"]),
        heading("lost.heading"),
        para(form.text("lost.text")),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=form.text("heading.text"),
        author=office,
        creator="bufapp",
        initialFontName=fonts.REGULAR,  # never an unembedded Helvetica
    ).build(story)
    return buffer.getvalue()
