"""Windows that fit their screen: ``fit_to_screen`` shrinks a window into its screen's available
area (down to 1366×768 less a taskbar) and keeps it there; ``scrolling`` puts a long form in a
scroll area that scrolls only when the window is too small for it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QScrollArea, QWidget

# Room a window manager's frame takes around a window (title bar, borders) before it is known.
_FRAME_ALLOWANCE = (16, 40)


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
