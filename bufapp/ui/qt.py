"""Application-wide Qt setup."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from bufapp import __version__
from bufapp.ui import window_kit

# Palette-relative where possible, so light and dark system themes both read well.
STYLE = """
QLabel#viewHeading { font-size: 15pt; font-weight: bold; padding: 4px 0; }
QLabel#recoveryKey { padding: 12px; border: 2px solid palette(mid); }
"""


# A note that needs attention (a withdrawal's consequences, a blocked draft): amber edge, the
# theme's own background, so it reads in light and dark themes alike.
WARNING_STYLE = "background: palette(alternate-base); border-left: 4px solid #a15c00; padding: 6px;"


def dark_theme() -> bool:
    """Whether the desktop theme is dark (colours are then chosen lighter)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def tr(text: str) -> str:
    """Translate a user-visible string (bokmål is the source language)."""
    return QCoreApplication.translate("bufapp", text)


def make_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv))
    app.setApplicationName("bufapp")
    app.setApplicationDisplayName("bufapp")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("bufapp")
    app.setStyleSheet(STYLE)
    window_kit.install(app)
    return app


def pause_timer(owner: QObject, milliseconds: int, then: Callable[[], None]) -> QTimer:
    """A single-shot timer that restarts on each ``start()``: ``then`` runs once the person
    pauses (typing, arrowing through a list) for ``milliseconds``."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(milliseconds)
    timer.timeout.connect(then)
    return timer
