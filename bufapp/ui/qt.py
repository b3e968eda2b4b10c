"""Application-wide Qt setup."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from bufapp import __version__, paths
from bufapp.languages import INTERFACE_LANGUAGES, SOURCE_LANGUAGE
from bufapp.phrases import Said
from bufapp.settings import Settings
from bufapp.ui import gui_thread_gc
from bufapp.ui.widgets import window_kit

log = logging.getLogger(__name__)

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


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a user-visible string (bokmål is the source language).

    ``tr("%n kontakter", None, n)`` is the plural form: the catalogue gives «1 kontakt» and
    «2 kontakter». The context is empty, as lupdate gives a free ``tr()`` call, so one catalogue
    entry serves every place a text is used."""
    if isinstance(text, Said) and text.values:
        # A message the domain wrote from a template: translate the template, and the values
        # that are labels themselves, then fill it in as the domain did.
        values = {k: tr(v) if isinstance(v, Said) else v for k, v in text.values.items()}
        return QCoreApplication.translate("", text.template, disambiguation, n).format(**values)
    return QCoreApplication.translate("", text, disambiguation, n)


def QT_TR_NOOP(text: str) -> str:
    """Marks a text for the catalogues where it is defined (a list of labels); ``tr()`` it where
    it is shown."""
    return text


def language_locale(language: str) -> str:
    """Qt's locale for an interface language: Norwegian dates and numbers for nb and nn."""
    return {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}.get(language, "nb_NO")


def interface_language(chosen: Settings) -> str:
    """The interface language the settings choose; empty there means the office's standard."""
    language = chosen.interface_language or chosen.office_standard
    return language if language in INTERFACE_LANGUAGES else SOURCE_LANGUAGE


def make_application(argv: Sequence[str], language: str = SOURCE_LANGUAGE) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv))
    app.setApplicationName("bufapp")
    app.setApplicationDisplayName("bufapp")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("bufapp")
    app.setStyleSheet(STYLE)
    install_translations(app, language)
    window_kit.install(app)
    gui_thread_gc.install(app)
    return app


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """bufapp's own catalogue and Qt's (Yes/No, the file and print dialogs, context menus) in
    ``language``. PySide6 ships no bokmål translation of Qt, so bufapp carries its own
    (resources/translations/qtbase_nb.ts); nynorsk and English come with Qt. Every catalogue is
    compiled from its .ts when bufapp is built; one that is missing leaves those texts in the
    source language (bokmål for ours, English for Qt's)."""
    ours = paths.resources_dir() / "translations"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [ours / f"bufapp_{language}.qm"]
    candidates += (
        [ours / "qtbase_nb.qm"] if language == "nb" else [Path(qt_folder) / f"qtbase_{language}.qm"]
    )
    installed = []
    for catalogue in candidates:
        translator = QTranslator(app)
        if translator.load(str(catalogue)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation catalogue not loaded: %s", catalogue.name)
    QLocale.setDefault(QLocale(language_locale(language)))
    return installed


def pause_timer(owner: QObject, milliseconds: int, then: Callable[[], None]) -> QTimer:
    """A single-shot timer that restarts on each ``start()``: ``then`` runs once the person
    pauses (typing, arrowing through a list) for ``milliseconds``."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(milliseconds)
    timer.timeout.connect(then)
    return timer
