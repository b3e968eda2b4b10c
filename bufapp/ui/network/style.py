"""How ties look on the network map, in one place: a pen and a path per quality that can be told
apart without colour (strong: thick and solid; weak: thin and dashed; conflict: a zig-zag;
broken: dotted with a cross), lighter and thinner between two members than to the parent, and the
legend that explains them. The scene, the view and the comparison all draw with these."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
)

from bufapp.domain.enums import TieQuality
from bufapp.domain.network import RING_LABELS, RINGS
from bufapp.ui.qt import tr

COLOURS = {
    TieQuality.STRONG: "#2e7d32",
    TieQuality.WEAK: "#546e7a",
    TieQuality.CONFLICT: "#c62828",
    TieQuality.BROKEN: "#8d8d8d",
}
WIDTHS = {TieQuality.STRONG: 3.4, TieQuality.WEAK: 1.3, TieQuality.CONFLICT: 1.8,
          TieQuality.BROKEN: 1.6}  # fmt: skip
CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
BETWEEN_ALPHA = 120  # ties between members are lighter, so the parent's ties stand out
BETWEEN_WIDTH = 0.6
ZIGZAG_STEP = 7.0  # px along the line per half wave
ZIGZAG_AMPLITUDE = 3.0
CROSS = 5.0  # half the size of the cross on a broken tie


def tie_pen(quality: TieQuality, between_members: bool = False) -> QPen:
    colour = QColor(COLOURS[quality])
    width = WIDTHS[quality]
    if between_members:
        colour.setAlpha(BETWEEN_ALPHA)
        width = max(1.0, width * BETWEEN_WIDTH)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if quality is TieQuality.WEAK:
        pen.setDashPattern([5.0, 3.0])
    elif quality is TieQuality.BROKEN:
        pen.setStyle(Qt.PenStyle.DotLine)
    return pen


def tie_path(start: QPointF, end: QPointF, quality: TieQuality) -> QPainterPath:
    """The line itself: straight, or a zig-zag for a tie in conflict."""
    path = QPainterPath(start)
    length = QLineF(start, end).length()
    if quality is not TieQuality.CONFLICT or length < 2 * ZIGZAG_STEP:
        path.lineTo(end)
        return path
    dx, dy = (end.x() - start.x()) / length, (end.y() - start.y()) / length
    nx, ny = -dy, dx  # the normal: the zig-zag swings to either side of the line
    steps = int(length // ZIGZAG_STEP)
    for step in range(1, steps):
        along = step * length / steps
        side = ZIGZAG_AMPLITUDE if step % 2 else -ZIGZAG_AMPLITUDE
        path.lineTo(start.x() + dx * along + nx * side, start.y() + dy * along + ny * side)
    path.lineTo(end)
    return path


def cross_path(start: QPointF, end: QPointF) -> QPainterPath:
    """An X across the middle of a broken tie."""
    middle = (start + end) / 2
    path = QPainterPath()
    for sx, sy in ((1, 1), (1, -1)):
        path.moveTo(middle.x() - CROSS * sx, middle.y() - CROSS * sy)
        path.lineTo(middle.x() + CROSS * sx, middle.y() + CROSS * sy)
    return path


class TieItem(QGraphicsPathItem):
    """One tie, drawn from ``start`` to ``end``; ``set_ends`` moves it (while a member is dragged).

    Built from Qt's own path items, painted in C++: no Python ``paint`` runs per frame. (With
    PySide6 6.12 on Python 3.11 every call into Qt that returns nothing costs a reference to
    None; a Python ``paint`` made hundreds of those a frame while dragging.)"""

    def __init__(self, quality: TieQuality, between_members: bool = False) -> None:
        super().__init__()
        self.quality = quality
        self.between_members = between_members
        pen = tie_pen(quality, between_members)
        self.setPen(pen)
        self.setZValue(1 if between_members else 2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._cross: QGraphicsPathItem | None = None
        if quality is TieQuality.BROKEN:  # the cross is solid where the line is dotted
            self._cross = QGraphicsPathItem(self)
            self._cross.setPen(QPen(pen.color(), max(1.4, pen.widthF())))

    def set_ends(self, start: QPointF, end: QPointF) -> None:
        self.setPath(tie_path(start, end, self.quality))
        if self._cross is not None:
            self._cross.setPath(cross_path(start, end))


def shorten(
    start: QPointF, end: QPointF, from_start: float, from_end: float
) -> tuple[QPointF, QPointF]:
    """The segment between two discs: each end pulled in by that disc's radius."""
    line = QLineF(start, end)
    length = line.length()
    if length <= from_start + from_end:
        return start, end
    unit = QPointF(line.dx() / length, line.dy() / length)
    return start + unit * from_start, end - unit * from_end


def add_legend(scene: QGraphicsScene, left: float, top: float, width: float, text: QColor) -> float:
    """The legend under the drawing, two columns of line samples; returns its height."""
    entries = [(q, tr(q.label)) for q in TieQuality]
    column = width / 2
    sample = 34.0
    y = top
    height = 0.0
    for number, (quality, label) in enumerate(entries):
        x = left + (number % 2) * column
        row_top = top + (number // 2) * 20
        item = TieItem(quality)
        item.set_ends(QPointF(x, row_top + 8), QPointF(x + sample, row_top + 8))
        scene.addItem(item)
        caption = QGraphicsSimpleTextItem(tr(label))
        caption.setBrush(text)
        caption.setPos(x + sample + 6, row_top)
        caption.setCacheMode(CACHED)
        scene.addItem(caption)
        height = row_top + 20 - top
    y = top + height + 2
    notes = (
        tr("Tynnere og lysere strek: forbindelse mellom to personer i nettverket."),
        tr("Ringer: ") + " · ".join(f"{n} {tr(RING_LABELS[n])}" for n in RINGS),
    )
    for note in notes:  # wrapped: a narrow drawing must not scroll sideways for its legend
        wrapped = QGraphicsTextItem()
        wrapped.setTextWidth(width)
        wrapped.setPlainText(note)
        wrapped.setDefaultTextColor(text)
        wrapped.document().setDocumentMargin(0)
        wrapped.setPos(left, y)
        wrapped.setCacheMode(CACHED)  # laid-out text is slow to paint each frame
        scene.addItem(wrapped)
        y += wrapped.boundingRect().height() + 2
    return y - top
