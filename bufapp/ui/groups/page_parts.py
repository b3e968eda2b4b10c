"""The building blocks of the group page: hints that wrap, bold section headings that carry an
Alt letter to their table, buttons with an accessible name, and tables as tall as their rows, so
the page scrolls as one instead of each table on its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from bufapp.ui.qt import tr


def hint(text: str = "") -> QLabel:
    label = QLabel(tr(text))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def section(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(tr(text))
    label.setBuddy(buddy)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def button(text: str) -> QPushButton:
    made = QPushButton(tr(text))
    made.setAccessibleName(tr(text).replace("&", "").rstrip("…"))
    return made


def fit_to_rows(table: QTableView, max_rows: int = 8) -> None:
    """Tall enough for its rows (up to ``max_rows``): the page scrolls as one."""
    rows = range(min(table.model().rowCount(), max_rows))
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    height += sum(table.rowHeight(r) for r in rows) or table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height)
