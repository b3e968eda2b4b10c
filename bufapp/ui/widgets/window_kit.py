"""The keyboard and screen manners every bufapp window gets, in one place.

``install`` puts one event filter on the application. When a window is shown it is fitted into
its screen's available area (``screen_fit``), and the first time it is shown its keys are
arranged (``keys``): the focus starts on the first input, Tab runs through the inputs before the
dialog's buttons, no list or table keeps Tab for itself, and every Alt letter is used once.
Windows whose content is built later (the main window after unlocking) call ``arrange_keys``
again. A search field over a list is ``list_search``'s; a long form's scroll area
``screen_fit.scrolling``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from bufapp.crash_report import describe
from bufapp.ui.widgets.keys import arrange_keys, first_focus
from bufapp.ui.widgets.screen_fit import fit_to_screen

_log = logging.getLogger(__name__)
_ARRANGED = "bufappKeysArranged"


# Qt's standard dialogs arrange their own keys and size, and the ones Qt's static functions make
# are Qt's to destroy: tending a static QMessageBox from its nested event loop corrupted the heap
# ("double free or corruption" within seconds of a "drafts are reopened" message at unlock).
# Known by Qt's class names: importing their classes (QtPrintSupport's print dialog above all)
# for an isinstance cost every start-up (issue 18).
_QT_OWN_DIALOG_NAMES = (
    "QMessageBox",
    "QFileDialog",
    "QInputDialog",
    "QColorDialog",
    "QFontDialog",
    "QAbstractPrintDialog",
)


def _managed(widget: QObject) -> bool:
    return (
        isinstance(widget, QWidget)
        and widget.isWindow()
        and not isinstance(widget, QMenu)
        and not any(widget.inherits(name) for name in _QT_OWN_DIALOG_NAMES)
        and widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
    )


@dataclass
class _Waiting:
    window: QWidget
    first: bool  # its first show: the keys are still to be arranged
    forget: Callable[[], object]


class _WindowKit(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.shared: list[QAction] = []
        self.held = False  # see ``hold``
        # Windows waiting to be tended, by their C++ address. A window Qt made itself (the
        # static QMessageBox and QFileDialog functions) may be gone before its turn, and
        # shiboken cannot always tell: its ``destroyed`` signal takes it off this list.
        self._waiting: dict[int, _Waiting] = {}
        # Every window on screen, held until it is hidden. Python's collector freed an open
        # dialog that only Qt's parent kept (its wrapper reached only through its own children),
        # and the dialog vanished from under the person (issue 19).
        self._on_screen: dict[int, QWidget] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            return self._filter(watched, event)
        except Exception as failure:  # manners must never break a window (nor Qt's event delivery)
            _log.error("window_kit: %s: %s", type(watched).__name__, describe(failure))
            return False

    def _filter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.Hide):
            return False
        if not _managed(watched):
            return False
        assert isinstance(watched, QWidget)
        address = shiboken6.getCppPointer(watched)[0]
        if kind == QEvent.Type.Hide:
            self._on_screen.pop(address, None)
            return False
        if kind == QEvent.Type.Show:
            self._on_screen[address] = watched
        first = kind == QEvent.Type.Show and not watched.property(_ARRANGED)
        if first:
            watched.setProperty(_ARRANGED, True)
        if kind == QEvent.Type.Show or watched.isVisible():
            # Right after the event, never inside it: Qt is still showing (or laying out) the
            # window, and work done from within its event crashed Qt now and then.
            waiting = self._waiting.get(address)
            if waiting is None:

                def forget(*_destroyed: object, address: int = address) -> None:
                    self._waiting.pop(address, None)

                watched.destroyed.connect(forget)
                self._waiting[address] = _Waiting(watched, first, forget)
                QTimer.singleShot(0, self, partial(self._tend, address))
            else:
                waiting.first = waiting.first or first
        return False

    def _tend(self, address: int) -> None:
        waiting = self._waiting.pop(address, None)
        if waiting is None:
            return  # destroyed before its turn
        window, first = waiting.window, waiting.first
        with contextlib.suppress(RuntimeError, TypeError):  # destroyed since: nothing to undo
            window.destroyed.disconnect(waiting.forget)
        if not shiboken6.isValid(window) or not window.isVisible():
            return
        fit_to_screen(window)
        if first:
            self.first_manners(window)

    def first_manners(self, window: QWidget) -> None:
        window.setProperty(_ARRANGED, True)
        self.shared = [a for a in self.shared if shiboken6.isValid(a)]
        window.addActions(self.shared)
        arrange_keys(window)
        if isinstance(window, QDialog):
            first_focus(window)


def _kit(app: QCoreApplication) -> _WindowKit:
    # Kept on the application's wrapper: ``app.findChild`` would wrap every child of the
    # application in Python to compare its type, creating their classes (start-up, issue 18).
    kit = getattr(app, "_bufapp_window_kit", None)
    if kit is None or not shiboken6.isValid(kit):
        kit = _WindowKit(app)
        app._bufapp_window_kit = kit  # type: ignore[attr-defined]
    return kit


def install(app: QCoreApplication) -> _WindowKit:
    """Give every window of ``app`` these manners (once per application; again after
    ``hold``: Qt keeps a filter installed twice once)."""
    kit = _kit(app)
    kit.held = False
    app.installEventFilter(kit)
    return kit


def hold(app: QCoreApplication) -> None:
    """Tend no window until ``install`` is called again; the caller tends its first window
    itself with ``tend_now``. Why: the first events a Python event filter sees make PySide
    create some 190 enum types (0.05–0.15 s) before the first window is painted (issue 18)."""
    kit = _kit(app)
    kit.held = True
    app.removeEventFilter(kit)


@contextlib.contextmanager
def held(app: QCoreApplication) -> Iterator[None]:
    """``hold`` for the duration of the block, then tend windows again (``install``)."""
    hold(app)
    try:
        yield
    finally:
        install(app)


def tend_now(window: QWidget) -> None:
    """What the filter does for a window just shown the first time, done at once (after
    ``show()`` has returned, not inside its event)."""
    app = QCoreApplication.instance()
    if app is not None and window.isVisible() and not window.property(_ARRANGED):
        fit_to_screen(window)
        _kit(app).first_manners(window)


def share_shortcut(action: QAction) -> None:
    """Let ``action``'s shortcut work in every window, a modal dialog included: a modal dialog
    blocks the main window's own shortcuts, so each window shown carries the action too."""
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    app = QCoreApplication.instance()
    if app is not None:
        kit = _kit(app)
        if not kit.held:
            install(app)  # a window built without make_application (tests) gets them too
        kit.shared.append(action)
