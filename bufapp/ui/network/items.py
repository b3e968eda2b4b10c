"""One person on the network map: a disc and their (shortened) name, movable in the editor.

Built from Qt's own items, painted in C++: no Python ``paint`` runs per frame. (With PySide6
6.12 on Python 3.11 every call into Qt that returns nothing costs a reference to None; a Python
``paint`` made hundreds of those a frame while dragging.) The item tells its scene what happens
to it — ``follow`` while it moves, ``clicked``, ``dropped`` — and the scene decides."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from bufapp.domain.network import NetworkMember

DISC = 9.0  # a member's disc radius, px


def palette_colour(role: QPalette.ColorRole) -> QColor:
    return QApplication.palette().color(role)


@dataclass(frozen=True)
class Look:
    """What every member item shares, worked out once per drawing (not once per person)."""

    font: QFont
    bold: QFont
    metrics: QFontMetricsF
    text: QBrush
    backing: QBrush  # behind a name: lines under the text must not make it hard to read
    disc: QBrush
    chosen_disc: QBrush
    edge: QPen
    chosen_edge: QPen

    @classmethod
    def now(cls) -> Look:
        font = QApplication.font()
        bold = QFont(font)
        bold.setBold(True)
        base = palette_colour(QPalette.ColorRole.Base)
        backing = QColor(base)
        backing.setAlpha(200)
        highlight = palette_colour(QPalette.ColorRole.Highlight)
        text = palette_colour(QPalette.ColorRole.Text)
        return cls(font, bold, QFontMetricsF(font), QBrush(text), QBrush(backing), QBrush(base),
                   QBrush(highlight), QPen(text, 1.4), QPen(highlight, 3))  # fmt: skip


class MemberItem(QGraphicsRectItem):
    """A member: a disc and the (shortened) label beside it, movable only in the editor. The
    item itself is an invisible box round both (what a click or a drag takes hold of); the disc,
    the label and its backing are Qt's own items, painted in C++."""

    def __init__(
        self,
        member: NetworkMember,
        look: Look,
        editable: bool,
        label_width: float,
        label_above: bool = False,
    ) -> None:
        super().__init__()
        self.key = member.key
        self.member = member
        self._look = look
        self.label = look.metrics.elidedText(member.label, Qt.TextElideMode.ElideRight, label_width)
        width, height = look.metrics.horizontalAdvance(self.label), look.metrics.height()
        top = -DISC - 1 - height if label_above else DISC + 1
        self._disc = QGraphicsEllipseItem(-DISC, -DISC, 2 * DISC, 2 * DISC, self)
        self._disc.setPen(look.edge)
        self._disc.setBrush(look.disc)
        self._back = QGraphicsRectItem(-width / 2 - 2, top, width + 4, height, self)
        self._back.setPen(Qt.PenStyle.NoPen)
        self._back.setBrush(look.backing)
        self._text = QGraphicsSimpleTextItem(self.label, self)  # after the backing: over it
        self._text.setFont(look.font)
        self._text.setBrush(look.text)
        self._text.setPos(-width / 2, top)
        self._text.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # a drag's frames
        for part in (self._disc, self._back, self._text):
            part.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the box takes the mouse
        self.setRect(self._disc.rect().united(self._back.rect()))
        self.setPen(Qt.PenStyle.NoPen)
        self.setToolTip(member.label)
        self.setZValue(3)
        if editable:
            self.setFlags(
                QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
            )
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._pressed_at: QPointF | None = None

    def set_chosen(self, chosen: bool) -> None:
        """The chosen person: a filled disc with a thick edge and a bold name."""
        look = self._look
        self._disc.setPen(look.chosen_edge if chosen else look.edge)
        self._disc.setBrush(look.chosen_disc if chosen else look.disc)
        self._text.setFont(look.bold if chosen else look.font)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            follow = getattr(self.scene(), "follow", None)
            if follow is not None:
                follow(self.key)
        # The value as is, which is all QGraphicsItem's own itemChange does. Calling it from
        # here lost a reference to None on every call in PySide6 6.12 and crashed after a
        # few thousand moves (the drag benchmark found it).
        return value

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = self.pos()
        clicked = getattr(self.scene(), "clicked", None)
        if clicked is not None:
            clicked(self.key)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        dropped = getattr(self.scene(), "dropped", None)
        if pressed is not None and pressed != self.pos() and dropped is not None:
            dropped(self)
