"""The pieces a network map is drawn with: a tie's line in the pattern of its quality, and
text cut or wrapped to a width. The patterns differ in weight and dash, not only in colour, so
a map printed on a grey printer still tells strong, weak, conflict and broken apart."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Line, PolyLine, Shape
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from bufapp.domain.enums import TieQuality

INK = Color(0.12, 0.12, 0.12)
CONFLICT_INK = Color(0.65, 0.0, 0.0)  # always together with the zig-zag


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" to fit ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(text: str, font: str, size: float, width: float, most: int = 3) -> list[str]:
    """Lines of at most ``width`` (breaking at spaces and after "/"), at most ``most`` lines."""
    words = text.replace("/", "/ ").split()
    lines: list[str] = []
    for word in words:
        joined = f"{lines[-1]}{'' if lines[-1].endswith('/') else ' '}{word}" if lines else word
        if lines and stringWidth(joined, font, size) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    if len(lines) > most:
        lines = [*lines[: most - 1], " ".join(lines[most - 1 :])]
    # One long word ("Organisasjoner") may stick out a little rather than be cut.
    return [fit(line, font, size, width * (1 if " " in line else 1.4)) for line in lines]


def tie_shapes(
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    quality: TieQuality,
    weight: float = 1.0,
    colour: Color | None = None,
) -> list[Shape]:
    """The line from (x0, y0) to (x1, y1) in the pattern of ``quality``."""
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    ink = colour or (CONFLICT_INK if quality is TieQuality.CONFLICT else INK)
    if quality is TieQuality.STRONG:
        return [Line(x0, y0, x1, y1, strokeColor=ink, strokeWidth=1.9 * weight)]
    if quality is TieQuality.WEAK:
        dash = [3.2 * weight, 2.2 * weight]
        return [
            Line(x0, y0, x1, y1, strokeColor=ink, strokeWidth=0.7 * weight, strokeDashArray=dash)
        ]
    if quality is TieQuality.CONFLICT:
        step, amplitude = 2.6 * weight, 1.8 * weight
        count = max(int(length / step), 1)
        points: list[float] = [x0, y0]
        for i in range(1, count):
            side = amplitude if i % 2 else -amplitude
            along = i * length / count
            points += [x0 + ux * along - uy * side, y0 + uy * along + ux * side]
        points += [x1, y1]
        return [PolyLine(points, strokeColor=ink, strokeWidth=0.8 * weight, strokeLineJoin=1)]
    dots = Line(
        x0,
        y0,
        x1,
        y1,
        strokeColor=ink,
        strokeWidth=1.0 * weight,
        strokeDashArray=[0.1, 2.4 * weight],
        strokeLineCap=1,
    )
    mx, my, arm = (x0 + x1) / 2, (y0 + y1) / 2, 3.0 * weight
    cross = []
    for turn in (math.pi / 4, -math.pi / 4):  # an × across the line
        cx = ux * math.cos(turn) - uy * math.sin(turn)
        cy = ux * math.sin(turn) + uy * math.cos(turn)
        cross.append(
            Line(
                mx - cx * arm,
                my - cy * arm,
                mx + cx * arm,
                my + cy * arm,
                strokeColor=ink,
                strokeWidth=1.0 * weight,
            )
        )
    return [dots, *cross]
