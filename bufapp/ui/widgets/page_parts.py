"""What the per-parent pages (oppfølging, samvær) are built from: a button that names itself to
a screen reader, a row of buttons, a read-only text that Tab reaches and the arrows scroll, a
caption bound to its widget, a table whose words column takes the rest, and a calm notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QWidget,
)

from bufapp.ui.qt import tr


def button(text: str) -> QPushButton:
    made = QPushButton(tr(text))
    made.setAccessibleName(tr(text).replace("&", "").rstrip(" …"))
    return made


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for made in buttons:
        row.addWidget(made)
    row.addStretch(1)
    return row


def reading(accessible_name: str) -> QTextBrowser:
    text = QTextBrowser()
    text.setAccessibleName(tr(accessible_name))
    text.setOpenLinks(False)
    text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return text


def fit_columns(
    table: QTableView, wide: int, capped: dict[int, int] | None = None, wrap: bool = True
) -> None:
    """Every column as wide as what it holds (those ``capped`` at most so wide, wrapping), and
    column ``wide`` (the words) takes the rest and, with ``wrap``, wraps: a long goal or wish is
    read in the row, not cut off. A long list (years of visits) keeps one line per row."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    mode = QHeaderView.ResizeMode
    for column in range(header.count()):
        fitted = mode.Stretch if column == wide else mode.ResizeToContents
        header.setSectionResizeMode(column, fitted)
    for column, most in (capped or {}).items():
        width = min(header.sectionSize(column), most)
        header.setSectionResizeMode(column, mode.Interactive)
        header.resizeSection(column, width)
    if not wrap:
        return
    table.setWordWrap(True)
    # Rows follow the width they get (a tab shown later, a wider window): small tables only.
    table.verticalHeader().setSectionResizeMode(mode.ResizeToContents)


def caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(tr(text))
    label.setBuddy(buddy)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def notice() -> QLabel:
    """A calm note (amber, like a form's warnings), hidden until given text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #000; background: #fff1c2; padding: 6px;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label
