"""Where things are on a circle map, in unit coordinates: the parent's disc in the middle, the
outer edge at radius 1, y growing downwards (as on a screen; a PDF flips it). The Qt editor and
the printed map both draw from these, so they always agree.

Sectors run clockwise from twelve o'clock in the map's order, each an equal slice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

from bufapp.domain.network import RINGS, NetworkMap, NetworkMember

CENTRE = 0.16  # radius of the parent's disc
RING_WIDTH = (1.0 - CENTRE) / len(RINGS)
EDGE = 0.08  # members keep this share of a sector's arc free at each side, off the spokes


@dataclass(frozen=True)
class Place:
    sector: str
    ring: int
    angle: float


def sector_span(count: int) -> float:
    """Degrees of arc per sector."""
    return 360.0 / max(count, 1)


def ring_radius(ring: int) -> tuple[float, float]:
    """Inner and outer radius of a ring."""
    inner = CENTRE + (ring - 1) * RING_WIDTH
    return inner, inner + RING_WIDTH


def point(degrees: float, radius: float) -> tuple[float, float]:
    """Clockwise degrees from twelve o'clock and a radius → x, y (y down)."""
    theta = math.radians(degrees)
    return radius * math.sin(theta), -radius * math.cos(theta)


def position(network: NetworkMap, member: NetworkMember) -> tuple[float, float]:
    """The member's centre in unit coordinates (the middle of its ring, along its sector)."""
    keys = [s.key for s in network.sectors]
    index = keys.index(member.sector) if member.sector in keys else 0
    span = sector_span(len(keys))
    along = EDGE + min(max(member.angle, 0.0), 1.0) * (1.0 - 2 * EDGE)
    inner, outer = ring_radius(member.ring)
    return point((index + along) * span, (inner + outer) / 2)


def place_at(network: NetworkMap, x: float, y: float) -> Place:
    """The sector, ring and angle nearest to a point (a drop in the editor); always valid."""
    keys = [s.key for s in network.sectors]
    span = sector_span(len(keys))
    degrees = math.degrees(math.atan2(x, -y)) % 360.0
    index = min(int(degrees // span), len(keys) - 1)
    along = (degrees - index * span) / span
    angle = min(max((along - EDGE) / (1.0 - 2 * EDGE), 0.0), 1.0)
    radius = math.hypot(x, y)
    ring = min(max(int((radius - CENTRE) // RING_WIDTH) + 1, RINGS[0]), RINGS[-1])
    return Place(keys[index], ring, round(angle, 4))


def free_angle(network: NetworkMap, sector: str, ring: int) -> float:
    """An angle for a new member that keeps clear of those already in the sector and ring."""
    taken = sorted(m.angle for m in network.members if m.sector == sector and m.ring == ring)
    if not taken:
        return 0.5
    edges = [0.0, *taken, 1.0]
    gaps = [(b - a, (a + b) / 2) for a, b in pairwise(edges)]
    return round(max(gaps)[1], 4)
