"""Lock when the screen locks or the machine goes to sleep, where the desktop tells us.

Listens on D-Bus (Linux: logind's PrepareForSleep, the freedesktop screensaver's ActiveChanged).
Where there is no bus, nothing happens; the inactivity timer still locks.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal, Slot

try:
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # pragma: no cover - platforms without QtDBus
    QDBusConnection = None  # type: ignore[assignment,misc]


class SystemLockWatcher(QObject):
    should_lock = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.listening = False
        if QDBusConnection is None:
            return
        with contextlib.suppress(Exception):
            system = QDBusConnection.systemBus()
            if system.isConnected():
                self.listening |= system.connect(
                    "org.freedesktop.login1",
                    "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager",
                    "PrepareForSleep",
                    self,
                    "on_sleep(bool)",
                )
            session = QDBusConnection.sessionBus()
            if session.isConnected():
                self.listening |= session.connect(
                    "",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver",
                    "ActiveChanged",
                    self,
                    "on_screensaver(bool)",
                )

    @Slot(bool)
    def on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.should_lock.emit()

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.should_lock.emit()
