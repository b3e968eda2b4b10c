"""The rows of the address book: a service per row, sorted as Norwegian sorts, and the filter
that keeps the rows whose folded text holds every folded word typed, of the chosen type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from bufapp.domain.collation import sort_key
from bufapp.domain.consent import Service
from bufapp.domain.enums import ServiceType
from bufapp.domain.folding import fold, search_words
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.row_table_model import RowTableModel


class ServiceTableModel(RowTableModel[Service]):
    COLUMNS = (
        QT_TR_NOOP("Navn"),
        QT_TR_NOOP("Type"),
        QT_TR_NOOP("Kontaktperson"),
        QT_TR_NOOP("Telefon"),
        QT_TR_NOOP("E-post"),
        QT_TR_NOOP("Adresse"),
    )
    ID_ROLE = Qt.ItemDataRole.UserRole
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def set_rows(self, rows: list[Service]) -> None:
        # Folded search text and sort keys once per row, not on every keystroke.
        self._folded = {
            s.id: fold(
                " ".join(
                    (s.name, tr(s.type.label), s.contact_person, s.postal_address, s.email, s.phone)
                )
            )
            for s in rows
        }
        super().set_rows(rows)

    def folded(self, row: int) -> str:
        service = self.row_at(row)
        return self._folded.get(service.id, "")

    def row_data(self, service: Service, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(service, column)
        if role == self.ID_ROLE:
            return service.id
        if role == self.SORT_ROLE:
            return sort_key(self._display(service, column))[0]
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return service.postal_address.replace(",", "\n")
        return None

    @staticmethod
    def _display(service: Service, column: int) -> str:
        return (
            service.name,
            tr(service.type.label),
            service.contact_person,
            service.phone,
            service.email,
            service.postal_address,
        )[column]

    def row_key(self, row: Service) -> int | None:
        return row.id


class ServiceFilter(QSortFilterProxyModel):
    """Rows whose folded text contains every folded word typed, of the chosen type (or any)."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self.kind: ServiceType | None = None
        self.setSortRole(ServiceTableModel.SORT_ROLE)

    def set_filter(self, text: str, kind: ServiceType | None) -> None:
        self.beginFilterChange()
        self.words, self.kind = search_words(text), kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ServiceTableModel)
        if self.kind is not None and model.row_at(source_row).type is not self.kind:
            return False
        folded = model.folded(source_row)
        return all(word in folded for word in self.words)
