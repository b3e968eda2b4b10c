"""The page's tables: the ORS and the SRS (date, the four marks, the total, the verdict in
words, the contact) and the simple answers. A score below its line is said in words and in
bold, and only then in colour; the SRS's prompt is in the row's verdict."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from bufapp.domain.feedback import tenths_text
from bufapp.services.feedback.service import ScoreLine, SimpleLine
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.row_table_model import RowTableModel

ATTENTION = "▲ "  # before a verdict that asks for something: read aloud as part of the text
_AMBER = QColor("#fff1c2")


def day_text(value: object) -> str:
    return f"{value:%d.%m.%Y}"


def _marked(role: int) -> Any:
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(_AMBER)
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor("#000000"))
    return None


def wrapped(name: str, width: int = 16) -> str:
    """A dimension's name over lines of about ``width`` characters, for a narrow column's
    header: «Relasjoner / nære relasjoner» → «Relasjoner /\nnære relasjoner»."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class ScoreModel(RowTableModel[ScoreLine]):
    """Newest first. ``dimensions``: the scale's four names (the form's), as column titles."""

    VERDICT = 6

    def __init__(self, dimensions: tuple[str, ...], attention_when_below: bool) -> None:
        super().__init__()
        self.set_dimensions(dimensions)
        self._attention = attention_when_below

    def set_dimensions(self, dimensions: tuple[str, ...]) -> None:
        names = tuple(wrapped(name) for name in dimensions)
        self.COLUMNS = (  # type: ignore[misc]
            QT_TR_NOOP("Dato"),
            *names,
            QT_TR_NOOP("Sum"),
            QT_TR_NOOP("Vurdering"),
            QT_TR_NOOP("Kontakt"),
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def row_key(self, row: ScoreLine) -> Any:
        return row.score.id

    def row_data(self, row: ScoreLine, column: int, role: int) -> Any:
        flagged = self._attention and row.below
        if role == Qt.ItemDataRole.DisplayRole:
            score = row.score
            if column == 0:
                return day_text(score.given_on)
            if 1 <= column <= 4:
                return tenths_text(score.tenths[column - 1])
            if column == 5:
                return tenths_text(score.total_tenths)
            if column == self.VERDICT:
                return (ATTENTION if flagged else "") + row.verdict
            return row.contact or "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= column <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.VERDICT:
            return row.verdict + (f"\n{row.score.note}" if row.score.note else "")
        if flagged and column == self.VERDICT:
            return _marked(role)
        return None


class SimpleModel(RowTableModel[SimpleLine]):
    COLUMNS = (
        QT_TR_NOOP("Dato"),
        QT_TR_NOOP("Svar"),
        QT_TR_NOOP("Forelderens ord"),
        QT_TR_NOOP("Kontakt"),
    )
    WORDS = 2

    def row_key(self, row: SimpleLine) -> Any:
        return row.feedback.id

    def row_data(self, row: SimpleLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            feedback = row.feedback
            return (
                day_text(feedback.given_on),
                tr(feedback.answer.label),
                " ".join(feedback.words.split()),
                row.contact or "–",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WORDS:
            return row.feedback.words
        return None
