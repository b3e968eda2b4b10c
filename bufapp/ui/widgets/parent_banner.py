"""Who a window is about, said plainly inside it.

Window titles stay generic (the kind of window): they reach the taskbar, Alt-Tab, screen-sharing
pickers and any program that logs window titles. The person's name, or what a task or an action
says, is shown instead as a bold line at the top of the window, where only the caseworker sees it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from bufapp.ui.qt import tr

BANNER_NAME = "parentBanner"


def about_label(text: str) -> QLabel:
    """A bold, selectable, wrapping line naming what the window is about."""
    label = QLabel(text)
    label.setObjectName(BANNER_NAME)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a name is never read as markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def parent_banner(name: str) -> QLabel:
    return about_label(tr("Forelder: {name}").format(name=name))


def show_about(window: QWidget, text: str) -> QLabel | None:
    """Put ``about_label(text)`` at the top of ``window``'s layout (nothing for no text)."""
    if not text:
        return None
    label = about_label(text)
    layout = window.layout()
    assert isinstance(layout, QBoxLayout), "the banner goes on top of a box layout"
    layout.insertWidget(0, label)
    return label


def show_parent(window: QWidget, name: str) -> QLabel | None:
    """The parent's name at the top of ``window`` ("Forelder: Máret Čuđe-Ŋuolja")."""
    return show_about(window, tr("Forelder: {name}").format(name=name) if name else "")
