"""The keyboard and screen manners every bufapp window gets, in one place.

``install`` puts one event filter on the application. When a window is shown it is fitted into
its screen's available area (down to 1366×768 less a taskbar), and the first time it is shown its
keys are arranged: the focus starts on the first input, Tab runs through the inputs before the
dialog's buttons, no list or table keeps Tab for itself, and every Alt letter is used once.
Windows whose content is built later (the main window after unlocking) call ``arrange_keys``
again.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from bufapp.crash_report import describe

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

# Lists, tables, tab bars and button boxes are known here by Qt's class names (``inherits``):
# importing their classes only to find none of them on the unlock screen cost its start-up
# (issue 18).

_log = logging.getLogger(__name__)
_ARRANGED = "bufappKeysArranged"
# Room a window manager's frame takes around a window (title bar, borders) before it is known.
_FRAME_ALLOWANCE = (16, 40)


# --- mnemonics --------------------------------------------------------------------------------


def strip_mnemonic(text: str) -> str:
    """The text without its mnemonic marker ("&&" stays a literal ampersand)."""
    return re.sub(r"&(&?)", lambda m: "&&" if m.group(1) else "", text)


def mnemonic_of(text: str) -> str | None:
    """The (lower-case) Alt letter a text carries, if any."""
    found = re.search(r"(?:^|[^&])(?:&&)*&([^&])", text)
    return found.group(1).lower() if found else None


def _with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with its own letter kept if still free, else the first free letter marked."""
    own = mnemonic_of(text)
    plain = strip_mnemonic(text)
    if own is not None and own.isalpha() and own not in taken:
        taken.add(own)
        return text
    index = 0
    while index < len(plain):
        if plain[index] == "&":  # "&&" is one literal ampersand
            index += 2
            continue
        letter = plain[index].lower()
        if letter.isalpha() and letter not in taken:
            taken.add(letter)
            return plain[:index] + "&" + plain[index:]
        index += 1
    return plain


@dataclass
class _Labelled:
    """Something whose text may carry an Alt letter: a button, a label, a group, a tab."""

    get: Callable[[], str]
    set: Callable[[str], None]
    owner: QWidget


def _labelled(widget: QWidget) -> Iterator[_Labelled]:
    # Unbound calls: a subclass may have its own ``text`` or ``title`` attribute.
    if isinstance(widget, QAbstractButton) and mnemonic_of(QAbstractButton.text(widget)):
        yield _Labelled(partial(QAbstractButton.text, widget), widget.setText, widget)
    elif (
        isinstance(widget, QLabel)
        and widget.buddy() is not None
        and mnemonic_of(QLabel.text(widget))
    ):
        yield _Labelled(partial(QLabel.text, widget), widget.setText, widget)
    elif isinstance(widget, QGroupBox) and mnemonic_of(QGroupBox.title(widget)):
        yield _Labelled(partial(QGroupBox.title, widget), widget.setTitle, widget)
    elif widget.inherits("QTabBar"):
        for i in range(widget.count()):
            if mnemonic_of(widget.tabText(i)):
                yield _Labelled(partial(widget.tabText, i), partial(widget.setTabText, i), widget)


def _scope(root: QWidget) -> tuple[list[_Labelled], list[QWidget]]:
    """What carries a letter in ``root`` itself, and the stacked pages inside it (each page is
    its own scope: only one of them shows at a time). Other windows are not part of it."""
    found: list[_Labelled] = []
    pages: list[QWidget] = []
    # A loop, not a recursive closure: that closure's reference cycle left the widgets to the
    # garbage collector, which may run on the database thread, where freeing them crashed.
    waiting = _children(root)
    while waiting:
        child = waiting.pop()
        if child.isWindow():
            continue
        found.extend(_labelled(child))
        if isinstance(child, QStackedWidget):
            pages.extend(child.widget(i) for i in range(child.count()))
        else:
            waiting.extend(_children(child))
    return found, pages


def _children(widget: QWidget) -> list[QWidget]:
    """The direct children, last first: popped from the end, they come in their own order."""
    children = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return list(reversed(children))


def _assign(root: QWidget, taken: set[str]) -> None:
    found, pages = _scope(root)
    shown = [f for f in found if f.owner.isVisibleTo(root.window())]
    boxed = [f for f in shown if _in_button_box(f.owner)]
    # Lagre, Avbryt first; what is hidden now (shown later, or on its way out) last.
    for item in boxed + [f for f in shown if f not in boxed] + [f for f in found if f not in shown]:
        item.set(_with_mnemonic(item.get(), taken))
    for page in pages:
        _assign(page, set(taken))


def assign_mnemonics(window: QWidget) -> None:
    """Give every Alt letter in ``window`` once: the dialog's buttons first, then labels and
    buttons in order, each keeping its own letter while it is free, else the first free one.
    Only texts written with a letter take part (a caption without one stays as written)."""
    taken: set[str] = set()
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        taken |= {m for a in window.menuBar().actions() if (m := mnemonic_of(a.text()))}
    _assign(window, taken)


# --- focus and Tab ----------------------------------------------------------------------------


def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in order (hidden or disabled ones included)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in chain:
        if (
            widget.window() is window
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _in_button_box(widget: QWidget) -> bool:
    parent = widget.parent()
    return parent is not None and parent.inherits("QDialogButtonBox")


def is_dialog_button(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton) and _in_button_box(widget)


def first_input(window: QWidget) -> QWidget | None:
    """The first widget Tab reaches that takes input (not the dialog's Lagre/Avbryt)."""
    for widget in focus_chain(window):
        if widget.isVisibleTo(window) and widget.isEnabled() and not is_dialog_button(widget):
            return widget
    return None


def _buttons_last(window: QWidget) -> None:
    chain = focus_chain(window)
    inputs = [w for w in chain if not is_dialog_button(w)]
    if not inputs:
        return
    previous = inputs[-1]
    for button in (w for w in chain if is_dialog_button(w)):
        QWidget.setTabOrder(previous, button)
        previous = button


def _defaults(window: QWidget) -> None:
    """Enter presses the dialog's own default, never the button that happens to have focus."""
    from PySide6.QtWidgets import QDialogButtonBox  # dialogs only

    for box in window.findChildren(QDialogButtonBox):
        buttons = [b for b in box.buttons() if isinstance(b, QPushButton)]
        accept = [
            b
            for b in buttons
            if box.buttonRole(b)
            in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
        ]
        default = next((b for b in buttons if b.isDefault()), accept[0] if accept else None)
        for button in buttons:
            button.setAutoDefault(False)
            button.setDefault(button is default)


def _tab_leaves(window: QWidget) -> None:
    """Tab moves on from lists, tables and text fields (Ctrl+Tab still moves inside a table)."""
    for area in window.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop: Tab goes on inside
    for widget in window.findChildren(QWidget):
        if widget.inherits("QAbstractItemView"):
            widget.setTabKeyNavigation(False)  # type: ignore[attr-defined]
        elif widget.inherits("QPlainTextEdit") or widget.inherits("QTextEdit"):
            widget.setTabChangesFocus(True)  # type: ignore[attr-defined]


def arrange_keys(window: QWidget) -> None:
    _tab_leaves(window)
    assign_mnemonics(window)
    if isinstance(window, QDialog):
        _defaults(window)
        _buttons_last(window)


def _first_focus(window: QWidget) -> None:
    current = window.focusWidget()
    if current is not None and current is not window and not is_dialog_button(current):
        return  # the dialog chose its own starting field
    first = first_input(window)
    if first is not None:
        first.setFocus(Qt.FocusReason.TabFocusReason)


# --- the screen -------------------------------------------------------------------------------


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` into its screen's available area and keep it on that screen."""
    # The screen under the window's centre (QWidget.screen() from Python crashed Qt later on).
    screen = QGuiApplication.screenAt(window.geometry().center())
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame_w, frame_h = _FRAME_ALLOWANCE
    width = min(window.width(), room.width() - frame_w)
    height = min(window.height(), room.height() - frame_h)
    if (width, height) != (window.width(), window.height()):
        QWidget.resize(window, width, height)  # unbound: a window may have its own resize
    if isinstance(window, QDialog) and not window.isVisible():
        return  # a dialog places itself over its parent, inside the screen (Qt does that)
    x = min(max(window.x(), room.left()), room.right() - window.width() - frame_w)
    y = min(max(window.y(), room.top()), room.bottom() - window.height() - frame_h)
    if (x, y) != (window.x(), window.y()):
        QWidget.move(window, max(x, room.left()), max(y, room.top()))  # (SectorsDialog.move)


# --- the filter -------------------------------------------------------------------------------


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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            return self._filter(watched, event)
        except Exception as failure:  # manners must never break a window (nor Qt's event delivery)
            _log.error("window_kit: %s: %s", type(watched).__name__, describe(failure))
            return False

    def _filter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Resize) or not _managed(watched):
            return False
        assert isinstance(watched, QWidget)
        first = kind == QEvent.Type.Show and not watched.property(_ARRANGED)
        if first:
            watched.setProperty(_ARRANGED, True)
        if kind == QEvent.Type.Show or watched.isVisible():
            # Right after the event, never inside it: Qt is still showing (or laying out) the
            # window, and work done from within its event crashed Qt now and then.
            address = shiboken6.getCppPointer(watched)[0]
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
            _first_focus(window)


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


# --- a search field over a list ---------------------------------------------------------------


class _DownIntoList(QObject):
    def __init__(self, field: QWidget, view: QAbstractItemView) -> None:
        super().__init__(field)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        model = self._view.model()
        if event.key() != Qt.Key.Key_Down or model is None or model.rowCount() == 0:
            return False
        if not self._view.currentIndex().isValid():
            self._view.setCurrentIndex(model.index(0, 0))
        self._view.setFocus(Qt.FocusReason.TabFocusReason)
        return True


def down_into_list(field: QWidget, view: QAbstractItemView) -> None:
    """Down in a search field moves on into the list it filters, at its chosen row (or the
    first one)."""
    field.installEventFilter(_DownIntoList(field, view))


# --- long forms -------------------------------------------------------------------------------


class _FullScrollArea(QScrollArea):
    """Asks for all of its content's room (it opens unscrolled where that fits) and gives way
    to a smaller screen by scrolling."""

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        hint = inner.sizeHint()
        return QSize(hint.width() + frame + bar, hint.height() + frame)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls only when the window is too small."""
    area = _FullScrollArea()
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
