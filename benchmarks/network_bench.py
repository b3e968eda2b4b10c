"""Network-map figures (issue 7), offscreen Qt in this process: building the editor's drawing of a
map with 60 people, and the frame time of dragging one of them (the item moved, its ties
following, the view painted), each beside a plain QGraphicsScene with 60 discs, labels and
lines doing the same in the same run."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from benchmarks.registry import Result, RunConfig, benchmark
from benchmarks.timing import compare
from bufapp.domain.enums import ContactFrequency, HowOften, TieQuality
from bufapp.domain.network import DEFAULT_SECTORS, MemberTie, NetworkMap, NetworkMember

MEMBERS = 60
SCENE_TARGET_MS = 50.0
FRAME_TARGET_MS = 16.7  # one frame at 60 Hz
VIEW_SIZE = (900, 900)


def map_of(size: int) -> NetworkMap:
    """``size`` people spread over every sector and ring, every tie quality, long labels with
    the letters that need the right font, and a tie between members for every fourth."""
    qualities = list(TieQuality)
    members = tuple(
        NetworkMember(
            f"m{n}",
            f"Person {n} Åsa Čuđe-Ŋuolla",
            DEFAULT_SECTORS[n % len(DEFAULT_SECTORS)].key,
            1 + (n // len(DEFAULT_SECTORS)) % 4,
            ((n * 7) % 10) / 10,
            qualities[n % 4],
            practical=HowOften.SOMETIMES,
            contact=ContactFrequency.WEEKLY,
        )
        for n in range(size)
    )
    ties = tuple(MemberTie(f"m{n}", f"m{n + 1}", qualities[n % 4]) for n in range(0, size - 1, 4))
    return NetworkMap(1, date(2026, 1, 5), DEFAULT_SECTORS, members, ties)


@dataclass(frozen=True)
class Sizes:
    repetitions: int
    warmups: int


def sizes(config: RunConfig) -> Sizes:
    return config.pick(quick=Sizes(3, 1), full=Sizes(31, 3))


class Desk:
    """The application, the map, and a view for each side (ours and the plain one)."""

    def __init__(self) -> None:
        # Qt only here, so a run without these figures never loads it.
        from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

        from bufapp.ui.network.canvas import NetworkCanvas
        from bufapp.ui.network.scene import NetworkScene
        from bufapp.ui.qt import make_application

        self.application = make_application(["bufapp-benchmark", "-platform", "offscreen"])
        self.network = map_of(MEMBERS)
        self.scene = NetworkScene(editable=True)
        self.canvas = NetworkCanvas(self.scene)
        self.canvas.resize(*VIEW_SIZE)
        self.canvas.show()
        self.plain_scene = QGraphicsScene()
        self.plain_view = QGraphicsView(self.plain_scene)
        self.plain_view.setRenderHints(self.canvas.renderHints())  # the same antialiasing
        self.plain_view.resize(*VIEW_SIZE)
        self.plain_view.show()
        self.application.processEvents()
        self.scene.fit(self.canvas.viewport().size())
        self.plain_items: list[Any] = []

    def build_ours(self) -> float:
        """Seconds to draw the map on an empty scene (set_map changes a drawn map in place)."""
        self.scene.set_map(None)
        started = time.perf_counter()
        self.scene.set_map(self.network)
        return time.perf_counter() - started

    def build_plain(self) -> float:
        """60 discs with a text label and a line to the centre each, at the same places."""
        from PySide6.QtCore import QPointF

        scene, radius = self.plain_scene, self.scene.radius
        scene.clear()
        started = time.perf_counter()
        self.plain_items = []
        for member in self.network.members:
            at = self.scene.member_point(member)
            line = scene.addLine(0, 0, at.x(), at.y())
            disc = scene.addEllipse(-9, -9, 18, 18)
            disc.setPos(at)
            label = scene.addSimpleText(member.label)
            label.setPos(at + QPointF(-40, 10))
            self.plain_items.append((disc, line))
        scene.setSceneRect(-radius - 120, -radius - 120, 2 * radius + 240, 2 * radius + 240)
        return time.perf_counter() - started

    def close(self) -> None:
        for widget in (self.canvas, self.plain_view):
            widget.close()
            widget.deleteLater()
        self.application.processEvents()


@contextmanager
def desk() -> Iterator[Desk]:
    made = Desk()
    try:
        yield made
    finally:
        made.close()


def timed(action: Callable[[], object]) -> Callable[[], float]:
    def measure() -> float:
        started = time.perf_counter()
        action()
        return time.perf_counter() - started

    return measure


@benchmark("network_scene_60")
def network_scene_60(config: RunConfig) -> Result:
    """The editor's drawing built from a map of 60 people (``NetworkScene.set_map``)."""
    size = sizes(config)
    with desk() as place:
        medians = compare(place.build_ours, place.build_plain, size.repetitions, size.warmups)
        items = len(place.scene.items())
    return Result(
        "network_scene_60",
        medians.candidate * 1000,
        "ms",
        medians.baseline * 1000,
        target=SCENE_TARGET_MS,
        target_on="value",
        note=(
            f"NetworkScene.set_map of {MEMBERS} people (rings, spokes, sector names, member "
            f"items with cut labels, ties to the parent and between members, legend: {items} "
            f"items) at radius {place.scene.radius:.0f} px on an emptied scene, vs a plain "
            f"QGraphicsScene given {MEMBERS} ellipses, texts and lines; offscreen Qt, this "
            "process; median of "
            f"{size.repetitions}"
        ),
    )


@benchmark("network_drag_frame")
def network_drag_frame(config: RunConfig) -> Result:
    """One frame of a drag: a member moved (its ties follow) and the view painted at once."""
    size = sizes(config)
    with desk() as place:
        place.build_ours()
        place.build_plain()
        place.application.processEvents()
        key = place.network.members[0].key
        item = place.scene.items_by_key[key]
        plain_disc, plain_line = place.plain_items[0]
        home = item.pos()
        steps = iter(range(10**9))

        def ours() -> None:
            offset = 3 * (next(steps) % 7 - 3)
            item.setPos(home.x() + offset, home.y() - offset)  # ties follow in itemChange
            place.canvas.viewport().repaint()

        def plain() -> None:
            offset = 3 * (next(steps) % 7 - 3)
            plain_disc.setPos(home.x() + offset, home.y() - offset)
            plain_line.setLine(0, 0, home.x() + offset, home.y() - offset)
            place.plain_view.viewport().repaint()

        medians = compare(timed(ours), timed(plain), size.repetitions * 3, size.warmups)
    return Result(
        "network_drag_frame",
        medians.candidate * 1000,
        "ms",
        medians.baseline * 1000,
        target=FRAME_TARGET_MS,
        target_on="value",
        note=(
            f"one member of {MEMBERS} moved (setPos; its ties re-routed) and the "
            f"{VIEW_SIZE[0]}x{VIEW_SIZE[1]} view repainted synchronously (viewport().repaint()), "
            "vs the plain scene's disc and line moved and its view (same antialiasing) repainted; "
            "a whole-view repaint is the worst case (a drag repaints only what changed); "
            "target one 60 Hz "
            f"frame; median of {size.repetitions * 3}"
        ),
    )
