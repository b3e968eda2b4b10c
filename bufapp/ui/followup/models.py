"""The page's tables: the child's plans, the information checklist, the parent's evaluations,
the wishes and the deadlines. What needs attention is marked in words and with a sign, in bold,
and only then in colour: colour alone tells nothing to a reader who cannot see it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from bufapp.domain.deadlines import Deadline
from bufapp.domain.followup import ChildPlan, ParentEvaluation, Wish
from bufapp.domain.followup_rules import (
    ITEM_STATE_LABELS,
    ItemState,
    ItemStatus,
    wish_answer_due,
)
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.row_table_model import RowTableModel

ATTENTION = "▲ "  # before a state that asks for something: read aloud as part of the text
_ATTENTION_BACKGROUND = QColor("#fff1c2")  # the amber of the form's notes


def day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value is not None else ""


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _attention(role: int) -> Any:
    if role == Qt.ItemDataRole.FontRole:
        return _bold()
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(_ATTENTION_BACKGROUND)
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor("#000000"))  # readable on the amber whatever the palette
    return None


@dataclass(frozen=True)
class PlanRow:
    child_name: str
    plan: ChildPlan


class PlansModel(RowTableModel[PlanRow]):
    COLUMNS = (
        QT_TR_NOOP("Barn"),
        QT_TR_NOOP("Plan"),
        QT_TR_NOOP("Datert"),
        QT_TR_NOOP("Mål"),
        QT_TR_NOOP("Tidsperspektiv"),
    )

    def row_key(self, row: PlanRow) -> Any:
        return row.plan.id

    def row_data(self, row: PlanRow, column: int, role: int) -> Any:
        plan = row.plan
        if role == Qt.ItemDataRole.DisplayRole:
            goal = " ".join(plan.goal.split())
            values = (row.child_name, tr(plan.kind.label), day(plan.dated), goal, plan.time_frame)
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return plan.goal
        return None


NEEDS_ATTENTION = (ItemState.UNCONFIRMED, ItemState.DUE_AGAIN)


class ChecklistModel(RowTableModel[ItemStatus]):
    COLUMNS = (
        QT_TR_NOOP("Punkt"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Sist gitt"),
        QT_TR_NOOP("Hvordan"),
        QT_TR_NOOP("Forstått"),
        QT_TR_NOOP("Gis igjen"),
        QT_TR_NOOP("Ganger"),
    )

    def row_key(self, row: ItemStatus) -> Any:
        return row.key

    def row_data(self, row: ItemStatus, column: int, role: int) -> Any:
        attention = row.state in NEEDS_ATTENTION
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, attention)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.label
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if attention and column == 1:
            return _attention(role)
        return None

    @staticmethod
    def _text(row: ItemStatus, column: int, attention: bool) -> str:
        latest = row.latest
        if column == 0:
            return row.label
        if column == 1:
            return (ATTENTION if attention else "") + tr(ITEM_STATE_LABELS[row.state])
        if column == 6:
            return str(row.times_given) if row.times_given else ""
        if latest is None:
            return ""
        how = tr(latest.manner.label)
        extras = [
            tr("tolk") if latest.with_interpreter else "",
            tr("støtteperson") if latest.with_support_person else "",
        ]
        if any(extras):
            how += " (" + ", ".join(e for e in extras if e) + ")"
        return {2: day(latest.given_on), 3: how, 4: tr(latest.understood.label),
                5: day(latest.repeat_on)}[column]  # fmt: skip


class EvaluationsModel(RowTableModel[ParentEvaluation]):
    COLUMNS = (QT_TR_NOOP("Dato"), QT_TR_NOOP("Forelderens vurdering"))

    def row_key(self, row: ParentEvaluation) -> Any:
        return row.id

    def row_data(self, row: ParentEvaluation, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return day(row.on) if column == 0 else " ".join(row.words.split())
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.words
        return None


class WishesModel(RowTableModel[Wish]):
    COLUMNS = (
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Gjelder"),
        QT_TR_NOOP("Ønsket"),
        QT_TR_NOOP("Dato"),
        QT_TR_NOOP("Svar innen / svart"),
    )

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today

    def row_key(self, row: Wish) -> Any:
        return row.id

    def row_data(self, row: Wish, column: int, role: int) -> Any:
        late = row.is_open and wish_answer_due(row) < self.today
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, late)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.words
        if row.is_open and column == 0:
            return _attention(role)
        return None

    @staticmethod
    def _text(wish: Wish, column: int, late: bool) -> str:
        if column == 0:
            if wish.is_open:
                return ATTENTION + (tr("Svar er forsinket") if late else tr("Venter på svar"))
            return tr(wish.outcome.label) if wish.outcome is not None else tr("Besvart")
        if column == 1:
            return tr(wish.kind.label)
        if column == 2:
            return " ".join(wish.words.split())
        if column == 3:
            return day(wish.wished_on)
        return day(wish_answer_due(wish)) if wish.is_open else day(wish.answered_on)


@dataclass(frozen=True)
class DeadlineRow:
    deadline: Deadline
    about: str  # the item, the wish or the child it is about, in words


class DeadlinesModel(RowTableModel[DeadlineRow]):
    COLUMNS = (QT_TR_NOOP("Frist"), QT_TR_NOOP("Hva"), QT_TR_NOOP("Gjelder"))

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today

    def row_data(self, row: DeadlineRow, column: int, role: int) -> Any:
        deadline = row.deadline
        overdue = deadline.due < self.today
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return (ATTENTION + tr("Forfalt ") if overdue else "") + day(deadline.due)
            return tr(deadline.title) if column == 1 else row.about
        if overdue and column == 0:
            return _attention(role)
        return None
