"""The circle map drawn from a NetworkMap: sector spokes and names, four rings, the parent in the
centre, one item per member with its tie to the parent, the ties between members, the legend.

Everything is placed from ``network_geometry``'s unit coordinates times a radius in pixels, so a
new size is a redraw at a new radius (``fit``) and a member stays where it was on the circle.
Dropping a dragged member never changes the map here: the scene works out the sector, ring and
angle nearest the drop and asks for the move (``move_requested``); the editor turns that into an
undoable change and hands the new map back through ``set_map``."""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtCore import QPointF, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QWidget,
)

from bufapp.domain.network import RINGS, NetworkMap, NetworkMember
from bufapp.domain.network_geometry import (
    CENTRE,
    place_at,
    position,
    ring_radius,
    sector_span,
)
from bufapp.ui.network.backdrop import draw_backdrop
from bufapp.ui.network.items import DISC, Look, MemberItem, palette_colour
from bufapp.ui.network.style import TieItem, add_legend, shorten
from bufapp.ui.qt import tr

LABEL_WIDTH = (56.0, 110.0)  # a label is cut with … to its share of the ring (tooltip: whole)
MARGIN_X = 112.0  # room beside the circle for the sector names
MARGIN_Y = 62.0  # and above and below it
LEGEND_HEIGHT = 92.0
MIN_RADIUS = 100.0
CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


class NetworkScene(QGraphicsScene):
    """``set_map`` draws a map; ``fit`` redraws it for a view of a new size. ``move_requested``
    (key, sector, ring, angle) after a drop; ``member_chosen`` (key, "" for none) when the
    selection changes by a click."""

    move_requested = Signal(str, str, int, float)
    member_chosen = Signal(str)

    def __init__(self, editable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self.network: NetworkMap | None = None
        self.radius = 240.0
        self.centre_text = tr("Forelderen")
        self.items_by_key: dict[str, MemberItem] = {}
        self._ties: dict[str, list[tuple[TieItem, str]]] = {}  # key -> ties and the other end
        self._chosen = ""
        self._look: Look | None = None  # set by each full drawing, with the label widths
        self._widths: dict[int, float] = {}
        # Chosen by ``choose`` or a click, not by Qt's selection: a selected Qt item draws a
        # dashed box round itself, and the choice must survive a redraw.

    # --- placing --------------------------------------------------------------------------

    def to_scene(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.radius, y * self.radius)

    def member_point(self, member: NetworkMember) -> QPointF:
        assert self.network is not None
        return self.to_scene(*position(self.network, member))

    def radius_for(self, size: QSize) -> float:
        """The largest circle that leaves room for the names around it and the legend."""
        across = min(size.width() - 2 * MARGIN_X, size.height() - 2 * MARGIN_Y - LEGEND_HEIGHT)
        return max(MIN_RADIUS, across / 2)

    def fit(self, size: QSize) -> None:
        radius = self.radius_for(size)
        if abs(radius - self.radius) >= 0.5:
            self.radius = radius
            self._draw()

    # --- drawing --------------------------------------------------------------------------

    def set_map(self, network: NetworkMap | None, chosen: str | None = None) -> None:
        """Draw ``network``. The same sectors at the same size change in place: only the people
        who changed are drawn anew (an edit in the editor redraws one person, not sixty)."""
        previous, self.network = self.network, network
        if chosen is not None:
            self._chosen = chosen
        if network is None or previous is None or previous.sectors != network.sectors:
            self._draw()
        else:
            self._update(previous, network)

    def _draw(self) -> None:
        """Everything anew: the circle, the names, the legend, every person and tie."""
        network = self.network
        self.clear()
        self.items_by_key.clear()
        self._ties.clear()
        if network is None:
            return
        draw_backdrop(self, network, self.radius, self.centre_text)
        self._look = Look.now()
        self._widths = self._label_widths(network)
        for member in network.members:
            self._add_member(member)
        self._add_member_ties(network)
        for key in self.items_by_key:
            self.follow(key)
        r = self.radius
        left, top, width = -r - MARGIN_X, r + MARGIN_Y, 2 * (r + MARGIN_X)
        height = add_legend(
            self, left + 8, top, width - 16, palette_colour(QPalette.ColorRole.Text)
        )
        self.setSceneRect(QRectF(left, -r - MARGIN_Y, width,
                                 2 * (r + MARGIN_Y) + max(LEGEND_HEIGHT, height)))  # fmt: skip
        self._mark_chosen()

    def _update(self, previous: NetworkMap, network: NetworkMap) -> None:
        before = {m.key: m for m in previous.members}
        changed = set()
        ties_changed = previous.ties != network.ties
        if ties_changed:  # first, while every tie is still in both its people's lists
            self._remove_member_ties()
        for key in set(before) - {m.key for m in network.members}:
            self._remove_member(key)
            self._ties.pop(key, None)
        for member in network.members:
            if before.get(member.key) != member:
                self._remove_member(member.key)
                self._add_member(member)
                changed.add(member.key)
        if ties_changed:
            self._add_member_ties(network)
            changed |= {k for t in network.ties for k in (t.first, t.second)}
        for key in changed & set(self.items_by_key):
            self.follow(key)
        self._mark_chosen()

    def _remove_member_ties(self) -> None:
        for ties in self._ties.values():
            for tie, other in ties:
                if other and tie.scene() is self:
                    self.removeItem(tie)
        self._ties = {k: [t for t in ties if not t[1]] for k, ties in self._ties.items()}

    def _add_member(self, member: NetworkMember) -> None:
        """The person and the tie to the parent."""
        assert self.network is not None
        at = self.member_point(member)
        # Labels point outwards, so people in neighbouring rings never face each other's
        # names; the sector names stand far enough out for the outer ring's.
        item = MemberItem(member, self._look, self.editable, self._widths[member.ring], at.y() < 0)
        item.setPos(at)
        self.addItem(item)
        self.items_by_key[member.key] = item
        tie = TieItem(member.quality)
        self.addItem(tie)
        self._ties[member.key] = [(tie, ""), *self._ties.get(member.key, [])]

    def _remove_member(self, key: str) -> None:
        """The person and the tie to the parent; ties to others stay until those change."""
        item = self.items_by_key.pop(key, None)
        if item is None:
            return
        self.removeItem(item)
        kept = []
        for tie, other in self._ties.get(key, []):
            if other:
                kept.append((tie, other))
            elif tie.scene() is self:
                self.removeItem(tie)
        self._ties[key] = kept

    def _add_member_ties(self, network: NetworkMap) -> None:
        for link in network.ties:
            if link.first in self.items_by_key and link.second in self.items_by_key:
                tie = TieItem(link.quality, between_members=True)
                self.addItem(tie)
                self._ties.setdefault(link.first, []).append((tie, link.second))
                self._ties.setdefault(link.second, []).append((tie, link.first))

    def _mark_chosen(self) -> None:
        chosen = self.items_by_key.get(self._chosen)
        if chosen is not None:
            chosen.set_chosen(True)
        else:
            self._chosen = ""

    def _label_widths(self, network: NetworkMap) -> dict[int, float]:
        """Per ring, the arc a member has in a sector there: inner rings have less room."""
        span = math.radians(sector_span(len(network.sectors)))
        low, high = LABEL_WIDTH
        return {
            ring: min(high, max(low, sum(ring_radius(ring)) / 2 * self.radius * span * 0.9))
            for ring in RINGS
        }

    def follow(self, key: str) -> None:
        """Put the ties of ``key`` on its item's current place (also while it is dragged)."""
        item = self.items_by_key.get(key)
        if item is None:
            return
        here = item.pos()
        centre_edge = CENTRE * self.radius
        for tie, other in self._ties.get(key, ()):
            if not other:
                start, end = shorten(QPointF(0, 0), here, centre_edge, DISC)
            elif other in self.items_by_key:
                there = self.items_by_key[other].pos()
                start, end = shorten(here, there, DISC, DISC)
            else:
                continue
            tie.set_ends(start, end)

    # --- choosing and moving --------------------------------------------------------------

    def chosen(self) -> str:
        return self._chosen

    def choose(self, key: str) -> None:
        """Mark ``key``'s item as chosen (from the table) without asking anything back."""
        if key == self._chosen:
            return
        previous = self.items_by_key.get(self._chosen)
        if previous is not None:
            previous.set_chosen(False)
        self._chosen = key
        item = self.items_by_key.get(key)
        if item is not None:
            item.set_chosen(True)
            for view in self.views():
                view.ensureVisible(item)

    def clicked(self, key: str) -> None:
        """A person clicked in the drawing: chosen here, and said to the table."""
        if key != self._chosen:
            self.choose(key)
            self.member_chosen.emit(key)

    def dropped(self, item: MemberItem) -> None:
        """Ask for the move to the nearest place; the item is put back until the map changes.
        Emitted once the mouse event is over: the redraw that follows replaces the item."""
        network = self.network
        if network is None:
            return
        pos = item.pos()
        place = place_at(network, pos.x() / self.radius, pos.y() / self.radius)
        item.setPos(self.member_point(item.member))
        self.follow(item.key)
        key = item.key
        QTimer.singleShot(
            0, lambda: self.move_requested.emit(key, place.sector, place.ring, place.angle)
        )

    def members(self) -> Iterator[MemberItem]:
        return iter(self.items_by_key.values())
