"""A parent's timeline as a table model, and the filter (topic, form, child, period) over it.

The model holds the pages loaded so far (the first at once, more as the person scrolls).
Filtering happens on the rows loaded: the view loads the rest once when a filter is first set.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from bufapp.domain.enums import ContactForm, ContactTopic, EntryStatus
from bufapp.services.clock import OSLO
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.paged_model import PagedRowTableModel

if TYPE_CHECKING:
    from bufapp.domain.contact_log import TimelineItem

STATUS_MARK = {EntryStatus.OPEN: "✎ ", EntryStatus.WITHDRAWN: "⊘ ", EntryStatus.FINAL: ""}


class TimelineModel(PagedRowTableModel["TimelineItem"]):
    """The timeline a page at a time, newest first (see PagedRowTableModel)."""

    COLUMNS = (
        QT_TR_NOOP("Tidspunkt"),
        QT_TR_NOOP("Form"),
        QT_TR_NOOP("Tema"),
        QT_TR_NOOP("Sammendrag"),
    )
    ID_ROLE = Qt.ItemDataRole.UserRole
    ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

    def set_rows(self, rows: list[TimelineItem], more: bool = False) -> None:
        self._when = {r.id: r.occurred_at.astimezone(OSLO) for r in rows}
        super().set_rows(rows, more)

    def add_page(self, after: TimelineItem, rows: list[TimelineItem], more: bool) -> bool:
        if self._rows and self._rows[-1] is after:
            self._when.update((r.id, r.occurred_at.astimezone(OSLO)) for r in rows)
        return super().add_page(after, rows, more)

    def row_data(self, item: TimelineItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == self.ID_ROLE:
            return item.id
        if role == self.ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.FontRole and item.status is EntryStatus.WITHDRAWN:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        return None

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == entry_id), None)

    def _display(self, item: TimelineItem, column: int) -> str:
        if column == 0:
            return f"{self._when[item.id]:%d.%m.%Y %H:%M}"
        if column == 1:
            return tr(item.form.label)
        if column == 2:
            return ", ".join(tr(t.label) for t in item.topics)
        first_line = item.summary_start.split("\n", 1)[0]
        exempt = tr("[Unntatt innsyn] ") if item.exempt else ""
        return STATUS_MARK[item.status] + exempt + first_line

    @staticmethod
    def _tooltip(item: TimelineItem) -> str:
        parts = [tr(item.status.label)]
        if item.version > 1:
            parts.append(tr("versjon {n}").format(n=item.version))
        if item.has_parent_words:
            parts.append(tr("med forelderens egne ord"))
        if item.exempt:
            parts.append(tr("unntatt innsyn"))
        return " · ".join(parts)


class TimelineFilter(QSortFilterProxyModel):
    """Keeps the rows that match every chosen filter; None means 'all'."""

    def __init__(self) -> None:
        super().__init__()
        self.topic: ContactTopic | None = None
        self.form: ContactForm | None = None
        self.child_id: int | None = None
        self.period: tuple[date, date] | None = None
        self.entry_ids: set[int] | None = None  # the entries whose text matches, if searching

    def set_filters(
        self,
        topic: ContactTopic | None = None,
        form: ContactForm | None = None,
        child_id: int | None = None,
        period: tuple[date, date] | None = None,
    ) -> None:
        self.beginFilterChange()
        self.topic, self.form, self.child_id, self.period = topic, form, child_id, period
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def active(self) -> bool:
        """Some filter is chosen (the rows shown may be fewer than the timeline's)."""
        chosen = (self.topic, self.form, self.child_id, self.period, self.entry_ids)
        return any(value is not None for value in chosen)

    def set_entry_ids(self, entry_ids: set[int] | None) -> None:
        self.beginFilterChange()
        self.entry_ids = entry_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, TimelineModel)
        item = model.row_at(source_row)
        if self.entry_ids is not None and item.id not in self.entry_ids:
            return False
        if self.topic is not None and self.topic not in item.topics:
            return False
        if self.form is not None and item.form is not self.form:
            return False
        if self.child_id is not None and self.child_id not in item.child_ids:
            return False
        if self.period is not None:
            day = item.occurred_at.astimezone(OSLO).date()
            if not self.period[0] <= day <= self.period[1]:
                return False
        return True
