"""Oversikt: every open deadline, overdue first, each row one keypress from its parent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.deadlines import Urgency
from bufapp.domain.enums import DeadlineKind
from bufapp.ui.qt import dark_theme, tr
from bufapp.ui.widgets.row_table_model import RowTableModel, row_table

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.overview import DeadlineRow
URGENCY_TEXT = {
    Urgency.OVERDUE: "Forfalt",
    Urgency.SOON: "Innen 7 dager",
    Urgency.LATER: "Senere",
    Urgency.DONE: "Utført",
}
# Where a deadline comes from, when it is a norm rather than a section of law.
ABOUT = {
    DeadlineKind.FIRST_CONVERSATION: (
        "Fristen er retningslinjens norm (Q-1157, kap. B): første samtale innen to uker etter "
        "plasseringen. Loven sier «kort tid». Antall dager velges i Innstillinger."
    ),
}
# Deep red/amber on light backgrounds, lighter ones on dark (checked in both themes); the Status
# column says it in words too, so colour is never the only signal.
COLOURS = {
    (Urgency.OVERDUE, False): QColor("#c62828"),
    (Urgency.SOON, False): QColor("#a15c00"),
    (Urgency.OVERDUE, True): QColor("#ff6f60"),
    (Urgency.SOON, True): QColor("#ffb74d"),
}


class DeadlineTableModel(RowTableModel["DeadlineRow"]):
    COLUMNS = ("Frist", "Status", "Hva", "Forelder", "Barn")
    PARENT_ID_ROLE = Qt.ItemDataRole.UserRole

    def row_data(self, row: DeadlineRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == self.PARENT_ID_ROLE:
            return row.deadline.parent_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(ABOUT.get(row.deadline.kind, "")) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.urgency is not Urgency.LATER:
            return QBrush(COLOURS[(row.urgency, dark_theme())])
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
        self.table = row_table(self.model, tr("Frister"))
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
