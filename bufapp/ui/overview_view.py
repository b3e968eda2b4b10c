"""Oversikt: every open deadline, overdue first, each row one keypress from its parent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.deadlines import Urgency
from bufapp.services.overview import DeadlineRow
from bufapp.ui.qt import tr

_Index = QModelIndex | QPersistentModelIndex
URGENCY_TEXT = {
    Urgency.OVERDUE: "Forfalt",
    Urgency.SOON: "Innen 7 dager",
    Urgency.LATER: "Senere",
    Urgency.DONE: "Utført",
}
# Deep red/amber on light backgrounds, lighter ones on dark (checked in both themes); the Status
# column says it in words too, so colour is never the only signal.
COLOURS = {
    (Urgency.OVERDUE, False): QColor("#c62828"),
    (Urgency.SOON, False): QColor("#a15c00"),
    (Urgency.OVERDUE, True): QColor("#ff6f60"),
    (Urgency.SOON, True): QColor("#ffb74d"),
}


def _dark_theme() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


class DeadlineTableModel(QAbstractTableModel):
    COLUMNS = ("Frist", "Status", "Hva", "Forelder", "Barn")
    PARENT_ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[DeadlineRow] = []

    def set_rows(self, rows: list[DeadlineRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == self.PARENT_ID_ROLE:
            return row.deadline.parent_id
        if role == Qt.ItemDataRole.ForegroundRole and row.urgency is not Urgency.LATER:
            return QBrush(COLOURS[(row.urgency, _dark_theme())])
        if role == Qt.ItemDataRole.FontRole and row.urgency is Urgency.OVERDUE:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    @staticmethod
    def _text(row: DeadlineRow, column: int) -> str:
        return (
            f"{row.deadline.due:%d.%m.%Y}",
            tr(URGENCY_TEXT[row.urgency]),
            row.deadline.title,
            row.parent_name,
            row.child_names,
        )[column]

    def counts(self) -> dict[Urgency, int]:
        found = dict.fromkeys(Urgency, 0)
        for row in self._rows:
            found[row.urgency] += 1
        return found


class OverviewView(QWidget):
    open_parent = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setObjectName("overviewSummary")
        self.model = DeadlineTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Frister"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        heading = QLabel(tr("Oversikt – frister"))
        heading.setObjectName("viewHeading")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)

    def set_rows(self, rows: list[DeadlineRow]) -> None:
        self.model.set_rows(rows)
        counts = self.model.counts()
        self.summary.setText(
            tr("{overdue} forfalt · {soon} innen 7 dager · {later} senere").format(
                overdue=counts[Urgency.OVERDUE],
                soon=counts[Urgency.SOON],
                later=counts[Urgency.LATER],
            )
            if rows
            else tr("Ingen åpne frister.")
        )
        if rows:
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        parent_id = self.model.data(index, DeadlineTableModel.PARENT_ID_ROLE)
        if parent_id is not None:
            self.open_parent.emit(parent_id)
