"""Auto-lock: a timer restarted by every key press, click, scroll or mouse move in the app.

And a shorter one, ``quiet``: a pause in the work, when the database can tidy up (its WAL is
moved into the database file) without anyone waiting for it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


QUIET_MS = 30_000


class InactivityWatcher(QObject):
    idle = Signal()
    quiet = Signal()

    def __init__(self, app: QApplication, timeout_ms: int, quiet_ms: int = QUIET_MS) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_timeout_ms(timeout_ms)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(quiet_ms)
        self._quiet.timeout.connect(self.quiet)
        self._app = app

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)

    def start(self) -> None:
        # Watching from here on, not from construction: an application-wide Python filter
        # costs the first paint of the unlock screen (see window_kit.hold).
        self._app.installEventFilter(self)  # once, however often it is started
        self._timer.start()
        self._quiet.start()

    def stop(self) -> None:
        self._timer.stop()
        self._quiet.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USER_INPUT:
            self._timer.start()  # locking an already locked window is a no-op
            self._quiet.start()
        return False
