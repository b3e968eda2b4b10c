"""The levekår page's tables: the newest assessment area by area (the parent's judgement beside
the caseworker's, the change since last time, whether help is wanted), one area's numbers over
time (the chart's twin for screen readers), and the assessments as a history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from bufapp.domain.enums import LivingArea
from bufapp.domain.living import SCALE, AreaRating, LivingAssessment, scale_label
from bufapp.domain.living_rules import Change, Point, change_text
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.row_table_model import RowTableModel


def day(value: date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")


@dataclass(frozen=True)
class AreaRow:
    area: LivingArea
    rating: AreaRating | None
    change: Change | None


def scale_text(score: int | None) -> str:
    """``scale_label`` in the interface's language: «4 – Bra», «Ikke svart»."""
    if score is None or score not in SCALE:
        return tr(scale_label(score))
    return f"{score} – {tr(SCALE[score])}"


def change_words(delta: int | None) -> str:
    """``change_text`` in the interface's language: «+1», «−2», «uendret»."""
    text = change_text(delta)
    return tr(text) if delta == 0 else text


def _judged(score: int | None, delta: int | None) -> str:
    text = scale_text(score)
    return f"{text} ({change_words(delta)})" if score is not None and delta is not None else text


def _words(rating: AreaRating) -> str:
    parts = []
    if rating.parent_words:
        parts.append(f"«{rating.parent_words}»")
    if rating.worker_words:
        parts.append(tr("Saksbehandler: {words}").format(words=rating.worker_words))
    return " – ".join(parts)


class LatestModel(RowTableModel[AreaRow]):
    COLUMNS = (
        QT_TR_NOOP("Område"),
        QT_TR_NOOP("Forelderen (siden sist)"),
        QT_TR_NOOP("Saksbehandler (siden sist)"),
        QT_TR_NOOP("Ønsker hjelp"),
        QT_TR_NOOP("Ord"),
    )

    def row_data(self, row: AreaRow, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        rating = row.rating
        if column == 0:
            return tr(row.area.label)
        if rating is None:
            return tr("Ikke spurt") if column == 1 else ""
        change = row.change
        values = (
            _judged(rating.parent_score, change.parent if change else None),
            _judged(rating.worker_score, change.worker if change else None),
            tr("Ja") if rating.wants_help else tr("Nei"),
            _words(rating),
        )
        return values[column - 1]


@dataclass(frozen=True)
class SeriesRow:
    point: Point
    change: str


class SeriesModel(RowTableModel[SeriesRow]):
    """One area's numbers over time, oldest first: the same numbers the chart draws."""

    COLUMNS = (
        QT_TR_NOOP("Dato"),
        QT_TR_NOOP("Forelderens vurdering"),
        QT_TR_NOOP("Saksbehandlers vurdering"),
        QT_TR_NOOP("Endring (forelder)"),
    )

    def row_data(self, row: SeriesRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        point = row.point
        return (
            day(point.on),
            scale_text(point.parent),
            scale_text(point.worker),
            row.change,
        )[column]


def series_rows(points: list[Point]) -> list[SeriesRow]:
    rows, before = [], None
    for point in points:
        delta = None
        if before is not None and point.parent is not None and before.parent is not None:
            delta = point.parent - before.parent
        rows.append(SeriesRow(point, change_words(delta)))
        before = point
    return rows


class HistoryModel(RowTableModel[LivingAssessment]):
    COLUMNS = (QT_TR_NOOP("Dato"), QT_TR_NOOP("Ønsker hjelp med"), QT_TR_NOOP("Notat"))

    def row_key(self, row: LivingAssessment) -> Any:
        return row.id

    def row_data(self, row: LivingAssessment, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return day(row.assessed_on)
        if column == 1:
            return ", ".join(tr(area.label) for area in row.wanted_help) or "–"
        return row.note
