"""A search field over a list: Down in the field moves on into the list it filters
(``down_into_list``), as in the parent list and the contact search. Not loaded at start-up: the
unlock screen has no list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView


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
