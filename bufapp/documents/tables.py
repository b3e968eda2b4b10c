"""The tables every document draws, on one style: our font, cells flush left and on top
(``table_style``), built in one call (``styled_table``); label/value rows with the labels in a
narrow first column (``label_table``); and a grid whose header row repeats on every page and
with a thin line under each row (``ruled_grid``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from bufapp.documents import fonts
from bufapp.documents.letter import TEXT_WIDTH, markup

GRID = Color(0.75, 0.75, 0.75)  # the lines of a ruled grid

Command = tuple[Any, ...]


def table_style(*commands: Command) -> TableStyle:
    """A table style on our font: a cell holding a plain string (even an empty one) would
    otherwise name reportlab's default Helvetica, unembedded. Cells start flush left, on top."""
    base = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    return TableStyle([*base, *commands])


def padding(top: float, bottom: float) -> tuple[Command, Command]:
    """Room above and below the text of every cell."""
    return ("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom)


def styled_table(
    cells: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *commands: Command,
    h_align: str = "LEFT",
    **table: Any,
) -> Table:
    """``cells`` in columns ``widths``, on ``table_style(*commands)``; ``table`` passes on
    reportlab's other settings (``repeatRows``, ``rowHeights``)."""
    built = Table(cells, colWidths=widths, hAlign=h_align, **table)
    built.setStyle(table_style(*commands))
    return built


def label_rows(
    rows: Sequence[tuple[str, str]], label: ParagraphStyle, value: ParagraphStyle
) -> list[list[Any]]:
    """Each (label, value) pair as a row of two paragraphs."""
    return [[Paragraph(markup(k), label), Paragraph(markup(v), value)] for k, v in rows]


def label_table(
    rows: Sequence[tuple[str, str]],
    label_width: float,
    label: ParagraphStyle,
    value: ParagraphStyle,
    *commands: Command,
) -> Table:
    """Label/value rows across the text width, the labels ``label_width`` wide."""
    widths = (label_width, TEXT_WIDTH - label_width)
    return styled_table(label_rows(rows, label, value), widths, *commands)


def ruled_grid(cells: Sequence[Sequence[Any]], widths: Sequence[float]) -> Table:
    """A grid whose first row (the header) repeats on every page, a thin line under each row,
    the text a little off the line's start."""
    return styled_table(
        cells, widths,
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        repeatRows=1,
    )  # fmt: skip
