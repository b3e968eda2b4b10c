"""The page's tables: the visit list, the evaluations, the travel applications and the deadlines.
What needs attention is said in words and with a sign, in bold, and only then in colour."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import Supervision, VisitOutcome
from bufapp.domain.visit_rules import ScheduledVisit
from bufapp.domain.visits import TravelSupport, VisitEvaluation
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.row_table_model import RowTableModel

ATTENTION = "▲ "  # before a state that asks for something: read aloud as part of the text
NEXT = "▶ "  # the next visit: where today is in the list
_AMBER = QColor("#fff1c2")


def day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value is not None else ""


def kroner(amount: int | None) -> str:
    return (
        "" if amount is None else tr("{amount} kr").format(amount=f"{amount:,}".replace(",", " "))
    )


def _attention(role: int) -> Any:
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(_AMBER)
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor("#000000"))  # readable on the amber whatever the palette
    return None


def one_line(text: str) -> str:
    return " ".join(text.split())


class ScheduleModel(RowTableModel[ScheduledVisit]):
    """Newest first: the days to come at the top, the next one marked, then what has been."""

    COLUMNS = (
        QT_TR_NOOP("Dato"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Form"),
        QT_TR_NOOP("Samtale før"),
        QT_TR_NOOP("Samtale etter"),
        QT_TR_NOOP("Merknad"),
    )

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today
        self.next_day: date | None = None
        self.supervision = Supervision.NONE

    def row_key(self, row: ScheduledVisit) -> Any:
        return (row.plan_id, row.day)

    def set_schedule(self, days: list[ScheduledVisit], next_day: date | None) -> None:
        self.next_day = next_day
        self.set_rows(sorted(days, key=lambda s: s.day, reverse=True))

    def status(self, row: ScheduledVisit) -> str:
        text = tr(row.outcome(self.today))
        if _unrecorded(row) and row.day == self.next_day:
            return NEXT + tr("Neste samvær")
        if _unrecorded(row) and row.day < self.today:
            return ATTENTION + text  # a day gone by that nobody recorded
        if row.visit is not None and row.visit.mostly_talk_with_adult:
            text += tr(" (mest samtale med en voksen)")
        return text

    def row_data(self, row: ScheduledVisit, column: int, role: int) -> Any:
        visit = row.visit
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return day(row.day)
            if column == 1:
                return self.status(row)
            if visit is None:
                return ""
            if column == 2:
                return tr(visit.form.label) if visit.outcome == VisitOutcome.HELD else ""
            if column == 3:
                return tr("Ja") if visit.before_entry_id else tr("Nei")
            if column == 4:
                return tr("Ja") if visit.after_entry_id else tr("Nei")
            return one_line(visit.reason if visit.outcome == VisitOutcome.CANCELLED else visit.note)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and visit is not None:
            return visit.reason or visit.note or None
        if column == 1 and _unrecorded(row) and row.day < self.today:
            return _attention(role)
        next_one = column == 1 and row.day == self.next_day and _unrecorded(row)
        if next_one and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _unrecorded(row: ScheduledVisit) -> bool:
    """Not recorded as it went: no visit, or one recorded ahead for the talk before it."""
    return row.visit is None or not row.visit.is_recorded


class EvaluationsModel(RowTableModel[VisitEvaluation]):
    COLUMNS = (QT_TR_NOOP("Dato"), QT_TR_NOOP("Konklusjon"), QT_TR_NOOP("Ny versjon"))

    def row_key(self, row: VisitEvaluation) -> Any:
        return row.id

    def row_data(self, row: VisitEvaluation, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                day(row.evaluated_on),
                one_line(row.conclusion),
                tr("Ja") if row.plan_changed else tr("Nei"),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.conclusion or None
        return None


class TravelModel(RowTableModel[TravelSupport]):
    COLUMNS = (
        QT_TR_NOOP("Søkt"),
        QT_TR_NOOP("Beløp"),
        QT_TR_NOOP("Gjelder"),
        QT_TR_NOOP("Samvær"),
        QT_TR_NOOP("Vedtak"),
        QT_TR_NOOP("Innvilget"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.visit_days: dict[int, date] = {}

    def row_key(self, row: TravelSupport) -> Any:
        return row.id

    def row_data(self, row: TravelSupport, column: int, role: int) -> Any:
        undecided = row.decided_on is None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, undecided)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return row.decision_note or None
        if undecided and column == 4:
            return _attention(role)
        return None

    def _text(self, row: TravelSupport, column: int, undecided: bool) -> str:
        if column == 0:
            return day(row.applied_on)
        if column == 1:
            return kroner(row.applied_amount)
        if column == 2:
            return one_line(row.purpose)
        if column == 3:
            return day(self.visit_days.get(row.visit_id or 0))
        if column == 4:
            if undecided:
                return ATTENTION + tr("Ikke avgjort")
            verdict = tr("Innvilget") if row.granted else tr("Avslått")
            return f"{verdict} {day(row.decided_on)}"
        return kroner(row.granted_amount) if row.granted else ""


class DeadlinesModel(RowTableModel[tuple[Deadline, str]]):
    COLUMNS = (QT_TR_NOOP("Frist"), QT_TR_NOOP("Hva"), QT_TR_NOOP("Barn"))

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today

    def row_data(self, row: tuple[Deadline, str], column: int, role: int) -> Any:
        deadline, child = row
        overdue = deadline.due < self.today
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return (ATTENTION + tr("Forfalt ") if overdue else "") + day(deadline.due)
            return tr(deadline.title) if column == 1 else child
        if overdue and column == 0:
            return _attention(role)
        return None
