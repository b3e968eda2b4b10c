"""Application-wide Qt setup."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from bufapp import __version__, paths
from bufapp.ui import gui_thread_gc
from bufapp.ui.widgets import window_kit

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


def plural(n: int, one: str, many: str) -> str:
    """``n`` with its noun in the right number: "1 kontakt", "0 kontakter", "2 kontakter"."""
    return f"{n} {tr(one) if n == 1 else tr(many)}"


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
    install_qt_translation(app)
    window_kit.install(app)
    gui_thread_gc.install(app)
    return app


def install_qt_translation(app: QApplication) -> QTranslator | None:
    """Qt's own buttons and dialogs (Yes/No, the file and print dialogs, context menus) in
    bokmål: PySide6 ships no bokmål translation of Qt, so bufapp carries its own
    (resources/translations/qtbase_nb.ts)."""
    translator = QTranslator(app)
    if not translator.load(str(paths.resources_dir() / "translations" / "qtbase_nb.qm")):
        return None
    app.installTranslator(translator)
    return translator


def pause_timer(owner: QObject, milliseconds: int, then: Callable[[], None]) -> QTimer:
    """A single-shot timer that restarts on each ``start()``: ``then`` runs once the person
    pauses (typing, arrowing through a list) for ``milliseconds``."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(milliseconds)
    timer.timeout.connect(then)
    return timer
