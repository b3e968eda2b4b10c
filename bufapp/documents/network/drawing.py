"""A network map drawn as vector graphics (``reportlab.graphics``) from the unit-circle geometry
the editor uses (``bufapp.domain.network_geometry``), so paper and screen agree. The geometry's
y grows downwards; here it grows upwards, so every y is flipped.

Each tie is drawn in the pattern of its quality (``network_lines``); ties between two members
are the same patterns, thinner and grey. Member labels are placed one by one beside their
marker where they collide with nothing already placed; a long label is cut with "…", and one
that fits nowhere is left out (the tables and lists print every label in full).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib.colors import Color, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from bufapp.documents import fonts
from bufapp.documents.network.lines import INK, fit, tie_shapes, wrap
from bufapp.domain.network import RING_LABELS, RINGS, NetworkMap
from bufapp.domain.network_geometry import CENTRE, point, position, ring_radius, sector_span
from bufapp.domain.network_rules import initials

GRID = Color(0.75, 0.75, 0.75)
BETWEEN = Color(0.55, 0.55, 0.55)
DISC = Color(0.9, 0.9, 0.9)
RING_INK = Color(0.45, 0.45, 0.45)
GAP = 2.5  # points between the outer circle and the sector names
TOUCH = 1.0  # square points two boxes may share: corners touching is not a collision

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Scale:
    """The sizes of one drawing: the map on its own, or one of the smaller pair."""

    label_size: float
    label_width: float  # a member label longer than this is cut with "…"
    sector_size: float
    sector_width: float  # sector names wrap at this width
    marker: float  # radius of a member's marker
    numbered: bool  # a number in each marker, as in the tables
    ring_names: bool  # rings named in words, or only numbered
    weight: float  # line widths are multiplied by this
    max_radius: float


FULL = Scale(7.0, 24 * mm, 7.5, 22 * mm, 5.0, True, True, 1.0, 66 * mm)
COMPACT = Scale(5.2, 14 * mm, 5.4, 15 * mm, 1.9, False, False, 0.7, 36 * mm)


def _text(x: float, y: float, text: str, font: str, size: float, colour: Color = INK) -> String:
    """Centred on x."""
    return String(x, y, text, fontName=font, fontSize=size, fillColor=colour, textAnchor="middle")


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


class _Layout:
    """Where the sector names go and how large the circle can be within ``width``."""

    def __init__(self, network: NetworkMap, width: float, scale: Scale) -> None:
        span = sector_span(len(network.sectors))
        size = scale.sector_size
        self.sectors = []  # (unit direction (y up), lines, w, h)
        for i, sector in enumerate(network.sectors):
            lines = wrap(sector.name, fonts.BOLD, size, scale.sector_width)
            w = max(stringWidth(line, fonts.BOLD, size) for line in lines)
            dx, dy = point((i + 0.5) * span, 1.0)
            self.sectors.append(((dx, -dy), lines, w, len(lines) * size * 1.15))
        radius = scale.max_radius
        for (dx, dy), _lines, w, _h in self.sectors:
            push = abs(dx) / max(abs(dx), abs(dy))
            if abs(dx) > 0.05:  # a name beside the circle must stay inside the width
                radius = min(radius, (width / 2 - w * (push + 1) / 2) / abs(dx) - GAP)
        self.radius = radius
        self.boxes = [self.sector_box(i) for i in range(len(self.sectors))]
        self.top = max([radius, *(b[3] for b in self.boxes)]) + 2
        self.bottom = min([-radius, *(b[1] for b in self.boxes)]) - 2

    def sector_box(self, index: int) -> Box:
        """Pushed out from the circle so its nearest edge just touches it."""
        (dx, dy), _lines, w, h = self.sectors[index]
        norm = max(abs(dx), abs(dy))
        px, py = (self.radius + GAP) * dx, (self.radius + GAP) * dy
        cx, cy = px + dx / norm * w / 2, py + dy / norm * h / 2
        return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


def map_drawing(
    network: NetworkMap,
    labels: Mapping[str, str],
    centre_text: str,
    width: float,
    scale: Scale = FULL,
    numbers: Mapping[str, int] | None = None,
    filled: Collection[str] = (),
) -> Drawing:
    """The map as a drawing ``width`` wide. ``labels`` gives the text beside each member (by
    key; the caller has already pseudonymised it if asked), ``numbers`` the number in each
    marker; the members in ``filled`` get a solid marker (in a comparison: only in this map).
    Drawn bottom up: grid, ties, labels, markers, the parent, the sector names."""
    fonts.register()
    lay = _Layout(network, width, scale)
    r, ox, oy = lay.radius, width / 2, -lay.bottom
    drawing = Drawing(width, lay.top - lay.bottom)
    drawing.initialFontName = fonts.REGULAR  # never the default Helvetica
    drawing.hAlign = "CENTER"
    places: dict[
        str, tuple[float, float]
    ] = {}  # the geometry's unit circle (y down) in points (y up)
    for member in network.members:
        x, y = position(network, member)
        places[member.key] = (ox + x * r, oy - y * r)
    _grid(drawing, len(network.sectors), ox, oy, r)
    inner, m = CENTRE * r, scale.marker
    _ties(drawing, network, places, (ox, oy), inner, scale)
    taken: list[Box] = [(ox - inner, oy - inner, ox + inner, oy + inner)]
    taken += [(b[0] + ox, b[1] + oy, b[2] + ox, b[3] + oy) for b in lay.boxes]
    taken += _ring_labels(drawing, ox, oy, r, scale)
    taken += [(x - m, y - m, x + m, y + m) for x, y in places.values()]
    markers = list(places.values())
    for member in sorted(network.members, key=lambda mb: (mb.ring, places[mb.key])):
        text = labels.get(member.key, "")
        _label(drawing, places[member.key], text, scale, taken, markers)
    for member in network.members:
        x, y = places[member.key]
        fill = INK if member.key in filled else white
        drawing.add(Circle(x, y, m, fillColor=fill, strokeColor=INK,
                           strokeWidth=0.8 * scale.weight))  # fmt: skip
        if numbers and member.key in numbers:
            drawing.add(_text(x, y - m * 0.38, str(numbers[member.key]), fonts.BOLD, m * 1.05))
    drawing.add(Circle(ox, oy, inner, fillColor=DISC, strokeColor=RING_INK, strokeWidth=0.6))
    _centre(drawing, ox, oy, inner, centre_text, scale)
    size = scale.sector_size
    for (x0, _y0, x1, y1), (_d, lines, _w, _h) in zip(lay.boxes, lay.sectors, strict=True):
        for n, line in enumerate(lines):
            baseline = oy + y1 - (n + 0.82) * size * 1.15
            drawing.add(_text(ox + (x0 + x1) / 2, baseline, line, fonts.BOLD, size))
    return drawing


def _grid(drawing: Drawing, count: int, ox: float, oy: float, r: float) -> None:
    """The four rings and, between the sectors, the spokes."""
    for ring in RINGS:
        outer = ring == RINGS[-1]
        drawing.add(Circle(ox, oy, ring_radius(ring)[1] * r, fillColor=None, strokeColor=GRID,
                           strokeWidth=0.9 if outer else 0.5))  # fmt: skip
    for i in range(count if count > 1 else 0):
        (x0, y0), (x1, y1) = (point(i * sector_span(count), d) for d in (CENTRE, 1.0))
        drawing.add(Line(ox + x0 * r, oy - y0 * r, ox + x1 * r, oy - y1 * r,
                         strokeColor=GRID, strokeWidth=0.5))  # fmt: skip


def _ties(
    drawing: Drawing,
    network: NetworkMap,
    places: Mapping[str, tuple[float, float]],
    centre: tuple[float, float],
    inner: float,
    scale: Scale,
) -> None:
    """Ties between members first (lighter), then each member's tie to the parent, from the
    edge of the parent's disc to the edge of the member's marker."""
    for tie in network.ties:
        if tie.first in places and tie.second in places:
            a, b = places[tie.first], places[tie.second]
            for shape in tie_shapes(*a, *b, tie.quality, scale.weight * 0.6, BETWEEN):
                drawing.add(shape)
    ox, oy = centre
    for member in network.members:
        x, y = places[member.key]
        d = math.hypot(x - ox, y - oy) or 1.0
        ux, uy = (x - ox) / d, (y - oy) / d
        end = max(d - scale.marker, inner)
        start, stop = (ox + ux * inner, oy + uy * inner), (ox + ux * end, oy + uy * end)
        for shape in tie_shapes(*start, *stop, member.quality, scale.weight):
            drawing.add(shape)


def _ring_labels(drawing: Drawing, ox: float, oy: float, r: float, scale: Scale) -> list[Box]:
    """Each ring named (or numbered) at twelve o'clock, just inside its outer edge."""
    size = scale.label_size * 0.85
    boxes = []
    for ring in RINGS:
        text = RING_LABELS[ring] if scale.ring_names else str(ring)
        w, h = stringWidth(text, fonts.ITALIC, size) + 3, size * 1.2
        cy = oy + ring_radius(ring)[1] * r - h / 2 - 0.8
        box = (ox - w / 2, cy - h / 2, ox + w / 2, cy + h / 2)
        drawing.add(Rect(box[0], box[1], w, h, fillColor=white, strokeColor=None))
        drawing.add(_text(ox, cy - size * 0.35, text, fonts.ITALIC, size, RING_INK))
        boxes.append(box)
    return boxes


def _distance(spot: tuple[float, float], box: Box) -> float:
    dx = max(box[0] - spot[0], 0.0, spot[0] - box[2])
    dy = max(box[1] - spot[1], 0.0, spot[1] - box[3])
    return math.hypot(dx, dy)


def _label(
    drawing: Drawing,
    at: tuple[float, float],
    text: str,
    scale: Scale,
    taken: list[Box],
    markers: list[tuple[float, float]],
) -> None:
    """Beside the marker where it hits nothing already placed and no other marker is nearer
    to it; else where it merely hits nothing; else shorter (initials on a small map); else not
    at all."""
    if not text:
        return
    x, y = at
    size, m = scale.label_size, scale.marker + 1.2
    h = size * 1.2
    out = 1 if x >= drawing.width / 2 else -1
    shorter = [
        fit(text, fonts.REGULAR, size, w) for w in (scale.label_width, scale.label_width * 0.6)
    ]
    if not scale.numbered:  # without a number to look up, initials still tell who it is
        shorter.append(initials(text))
    free: tuple[Box, str] | None = None
    for shown in dict.fromkeys(shorter):
        w = stringWidth(shown, fonts.REGULAR, size) + 2
        side, d = m + w / 2, m * 0.7
        flush = w / 2 - m  # above or below, flush with the marker's outer or inner side
        offsets = [
            (out * side, 0), (0, -(m + h / 2)), (0, m + h / 2), (-out * side, 0),
            (out * flush, -(m + h / 2)), (out * flush, m + h / 2),
            (-out * flush, -(m + h / 2)), (-out * flush, m + h / 2),
            (out * (d + w / 2), -(d + h / 2)), (out * (d + w / 2), d + h / 2),
            (-out * (d + w / 2), -(d + h / 2)), (-out * (d + w / 2), d + h / 2),
            (out * flush, -(m + h * 1.5)), (out * flush, m + h * 1.5),  # a line further off
        ]  # fmt: skip
        for dx, dy in offsets:
            cx, cy = x + dx, y + dy
            box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            if box[0] < 0 or box[2] > drawing.width or box[1] < 0 or box[3] > drawing.height:
                continue
            if any(_overlap(box, other) > TOUCH for other in taken):
                continue
            own = _distance(at, box)
            if all(_distance(p, box) >= own for p in markers if p != at):
                free = (box, shown)
                break
            free = free or (box, shown)
        else:
            continue
        break
    if free is None:
        return  # crowded: a pile of text helps nobody; the tables and lists name everyone
    box, shown = free
    taken.append(box)
    drawing.add(Rect(box[0], box[1], box[2] - box[0], h, fillColor=white, strokeColor=None))
    middle = (box[1] + box[3]) / 2
    drawing.add(_text((box[0] + box[2]) / 2, middle - size * 0.35, shown, fonts.REGULAR, size))


def _centre(drawing: Drawing, ox: float, oy: float, inner: float, text: str, scale: Scale) -> None:
    """The parent's name (or initials) inside the disc, as large as fits in three lines."""
    room = inner * 1.6
    size = scale.label_size * 1.1
    lines = wrap(text, fonts.BOLD, size, room)
    while size > 4.5 and (
        len(lines) * size * 1.15 > inner * 1.7 or any(line.endswith("…") for line in lines)
    ):
        size -= 0.5
        lines = wrap(text, fonts.BOLD, size, room)
    top = oy + len(lines) * size * 1.15 / 2
    for n, line in enumerate(lines):
        drawing.add(_text(ox, top - (n + 0.8) * size * 1.15, line, fonts.BOLD, size))
