"""The view that shows a NetworkScene: it redraws the map for its own size (so the circle fills
the space and text stays at its normal size), and in the editor moves the chosen member from the
keyboard too — arrow up/down one ring in or out, left/right along the circle — through the same
``move_requested`` as a drag."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from bufapp.domain.network import RINGS
from bufapp.ui.network.scene import NetworkScene
from bufapp.ui.qt import tr

STEP = 0.25  # of a sector's arc per arrow press


class NetworkCanvas(QGraphicsView):
    def __init__(self, scene: NetworkScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.network_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(420, 420)  # the smallest circle with its names, unscrolled
        self.setAccessibleName(tr("Tegning av nettverkskartet"))
        if scene.editable:
            self.setAccessibleDescription(
                tr("Samme personer som i tabellen. Dra en person til en annen sektor eller ring, "
                   "eller velg personen og bruk piltastene: opp og ned flytter en ring inn eller "
                   "ut, venstre og høyre flytter langs sirkelen.")
            )  # fmt: skip
            self.setToolTip(tr("Dra en person, eller velg og bruk piltastene. Ctrl+Z angrer."))
        else:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list next to it is what is used
            self.setInteractive(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.network_scene.fit(self.viewport().size())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.network_scene
        moves = {
            Qt.Key.Key_Up: (-1, 0.0),
            Qt.Key.Key_Down: (1, 0.0),
            Qt.Key.Key_Left: (0, -STEP),
            Qt.Key.Key_Right: (0, STEP),
        }
        move = moves.get(Qt.Key(event.key()))
        if not scene.editable or move is None or not scene.chosen() or scene.network is None:
            super().keyPressEvent(event)
            return
        self.nudge(scene.chosen(), *move)

    def nudge(self, key: str, rings: int, along: float) -> None:
        """Move ``key`` by whole rings or along the circle, into the next sector past an end."""
        scene = self.network_scene
        network = scene.network
        member = network.member(key) if network else None
        if network is None or member is None:
            return
        keys = [s.key for s in network.sectors]
        index = keys.index(member.sector) if member.sector in keys else 0
        ring = min(max(member.ring + rings, RINGS[0]), RINGS[-1])
        angle = member.angle + along
        if angle > 1.0:
            index, angle = (index + 1) % len(keys), 0.0
        elif angle < 0.0:
            index, angle = (index - 1) % len(keys), 1.0
        if (keys[index], ring, angle) != (member.sector, member.ring, member.angle):
            scene.move_requested.emit(key, keys[index], ring, round(angle, 4))
