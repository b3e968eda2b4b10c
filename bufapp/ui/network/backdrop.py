"""What stays put on a network map while people move: the rings of closeness, the sector spokes
and names, the ring numbers and the parent in the centre, drawn at a radius in pixels."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QPen, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsTextItem,
)

from bufapp.domain.network import RINGS, NetworkMap
from bufapp.domain.network_geometry import CENTRE, point, ring_radius, sector_span
from bufapp.ui.network.items import palette_colour
from bufapp.ui.qt import tr

NAME_OFFSET = 14.0  # sector names this far out: clear of the outer ring's member labels
SECTOR_NAME_WIDTH = 100.0
CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def draw_backdrop(scene: QGraphicsScene, network: NetworkMap, r: float, centre_text: str) -> None:
    """The rings, the spokes, the sector names, the ring numbers and the parent in the centre."""

    def to_scene(x: float, y: float) -> QPointF:
        return QPointF(x * r, y * r)

    text = palette_colour(QPalette.ColorRole.Text)
    faint = QColor(palette_colour(QPalette.ColorRole.Mid))
    ring_pen = QPen(faint, 1)
    shades = (palette_colour(QPalette.ColorRole.AlternateBase),
              palette_colour(QPalette.ColorRole.Base))  # fmt: skip
    for ring in reversed(RINGS):  # outermost first: each inner disc paints over it
        outer = ring_radius(ring)[1] * r
        disc = QGraphicsEllipseItem(-outer, -outer, 2 * outer, 2 * outer)
        disc.setPen(ring_pen)
        disc.setBrush(shades[ring % 2])
        disc.setZValue(-3)
        disc.setCacheMode(CACHED)  # big antialiased circles: drawn once, not per frame
        scene.addItem(disc)
    span = sector_span(len(network.sectors))
    for index, sector in enumerate(network.sectors):
        spoke_from = to_scene(*point(index * span, CENTRE))
        spoke_to = to_scene(*point(index * span, 1.0))
        scene.addLine(
            spoke_from.x(), spoke_from.y(), spoke_to.x(), spoke_to.y(), ring_pen
        ).setZValue(-2)
        _sector_name(scene, r, tr(sector.name), (index + 0.5) * span, text)
    small = QFont(QApplication.font())
    small.setPointSizeF(max(6.5, small.pointSizeF() - 1.5))
    numbers = QColor(text)
    numbers.setAlpha(150)  # quieter than names, readable in light and dark themes
    for ring in RINGS:  # the number just inside the ring's inner edge, on the first spoke
        inner, outer = ring_radius(ring)
        at = to_scene(*point(0, inner + (outer - inner) * 0.17))
        number = scene.addSimpleText(str(ring), small)
        number.setBrush(numbers)
        number.setPos(at.x() + 3, at.y() - number.boundingRect().height() / 2)
        number.setZValue(-1)
    centre = CENTRE * r
    parent = QGraphicsEllipseItem(-centre, -centre, 2 * centre, 2 * centre)
    parent.setPen(QPen(text, 2))
    parent.setBrush(palette_colour(QPalette.ColorRole.Base))
    parent.setZValue(4)  # over the ties' ends
    scene.addItem(parent)
    bold = QFont(QApplication.font())
    bold.setBold(True)
    room = 2 * centre - 6
    while bold.pointSizeF() > 7 and QFontMetricsF(bold).horizontalAdvance(centre_text) > room:
        bold.setPointSizeF(bold.pointSizeF() - 0.5)  # smaller before it is cut
    shown = QFontMetricsF(bold).elidedText(centre_text, Qt.TextElideMode.ElideRight, room)
    label = scene.addSimpleText(shown, bold)
    label.setBrush(text)
    label.setToolTip(centre_text)
    box = label.boundingRect()
    label.setPos(-box.width() / 2, -box.height() / 2)
    label.setZValue(5)


def _sector_name(
    scene: QGraphicsScene, r: float, name: str, degrees: float, colour: QColor
) -> None:
    """The name outside the circle, wrapped, and anchored so it grows away from the circle."""
    at = QPointF(*point(degrees, r + NAME_OFFSET))
    x_unit, y_unit = at.x() / r, at.y() / r
    item = QGraphicsTextItem()
    option = item.document().defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # a long word sticks out, unbroken
    item.document().setDefaultTextOption(option)
    item.setTextWidth(SECTOR_NAME_WIDTH)
    align = "left" if x_unit > 0.35 else "right" if x_unit < -0.35 else "center"
    item.setHtml(f"<div align={align}>{escape(name)}</div>")
    item.setDefaultTextColor(colour)
    box = item.boundingRect()
    gap = 4.0
    if align == "left":
        x = at.x() + gap
    elif align == "right":
        x = at.x() - box.width() - gap
    else:
        x = at.x() - box.width() / 2
    if y_unit < -0.35:
        y = at.y() - box.height() - gap / 2
    elif y_unit > 0.35:
        y = at.y() + gap / 2
    else:
        y = at.y() - box.height() / 2
    item.setPos(x, y)
    item.setToolTip(name)
    item.setCacheMode(CACHED)  # laid-out text is slow to paint each frame
    scene.addItem(item)
