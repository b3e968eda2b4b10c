"""What the archive export dialog lists before an export: how many documents of each kind go now
and went before, every document that goes (date, kind, journal post, title, file name), and a
line on when this parent or case number was last exported."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from bufapp.services.clock import OSLO
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:  # type hints only: the dialog opens after unlocking
    from bufapp.services.archive.model import ArchiveItem, PendingExport


class KindCounts(RowTableModel[tuple[str, int, int]]):
    COLUMNS = (QT_TR_NOOP("Dokumenttype"), QT_TR_NOOP("Nye nå"), QT_TR_NOOP("Eksportert før"))

    def row_data(self, row: tuple[str, int, int], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row[column]) if column else row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PendingDocuments(RowTableModel["ArchiveItem"]):
    COLUMNS = (
        QT_TR_NOOP("Dato"),
        QT_TR_NOOP("Type"),
        QT_TR_NOOP("Journalpost"),
        QT_TR_NOOP("Tittel"),
        QT_TR_NOOP("Filnavn"),
    )

    def row_data(self, row: ArchiveItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.journal_type.label
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            f"{row.document_date:%d.%m.%Y}",
            row.kind.label,
            row.journal_type.short,
            row.title,
            row.file_name,
        )[column]


def history_text(pending: PendingExport) -> str:
    if pending.last_exported_at is None:
        return tr("Ingenting herfra er eksportert til arkivet før.")
    return tr("Sist eksportert til arkivet {d} ({documents} herfra i alt).").format(
        d=f"{pending.last_exported_at.astimezone(OSLO):%d.%m.%Y}",
        documents=tr("%n dokumenter", None, pending.exported_before_total),
    )
