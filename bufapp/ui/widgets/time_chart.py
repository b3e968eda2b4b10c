"""A small chart of values over time — one line per series, a fixed scale, labelled reference
lines and shaded bands (a cut-off, a reliable-change band) — and its twin, a table of the same
numbers for a screen reader and for anyone who reads figures rather than shapes.

Each series has its own colour *and* its own marker and line style, so colour is never the only
way to tell two lines apart; the chart's accessible description says every value in words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bufapp.ui.qt import tr

# Distinguishable for the common colour-vision deficiencies (Okabe–Ito), readable on light and dark.
COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00")
MARKERS = ("circle", "square", "diamond", "triangle")


@dataclass(frozen=True)
class Series:
    label: str
    points: tuple[tuple[date, float], ...]  # oldest first
    dashed: bool = False


@dataclass(frozen=True)
class ReferenceLine:
    """A horizontal line across the chart: a cut-off, with its label at the right."""

    value: float
    label: str


@dataclass(frozen=True)
class Band:
    """A shaded stretch of the scale: e.g. within reliable change of the first score."""

    low: float
    high: float
    label: str


def _number(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")  # Norwegian decimal comma


class TimeChart(QWidget):
    """Lines over time on a fixed scale (``low``–``high``), oldest to the left."""

    def __init__(self, name: str, low: float, high: float, ticks: Sequence[float] = ()) -> None:
        super().__init__()
        self.low, self.high = low, high
        self.ticks = tuple(ticks) or (low, (low + high) / 2, high)
        self.series: tuple[Series, ...] = ()
        self.references: tuple[ReferenceLine, ...] = ()
        self.bands: tuple[Band, ...] = ()
        self.empty_text = tr("Ingen verdier ennå")
        self.setMinimumSize(260, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr(name))

    def set_data(
        self,
        series: Sequence[Series],
        references: Sequence[ReferenceLine] = (),
        bands: Sequence[Band] = (),
    ) -> None:
        self.series, self.references, self.bands = tuple(series), tuple(references), tuple(bands)
        self.setAccessibleDescription(describe(self.series, self.references))
        self.update()

    # --- painting -------------------------------------------------------------------------------

    def _dates(self) -> tuple[date, date] | None:
        days = [d for s in self.series for d, _ in s.points]
        return (min(days), max(days)) if days else None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text, grid = (
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Mid),
        )
        metrics = painter.fontMetrics()
        line = metrics.height()
        labels = [_number(t) for t in self.ticks]
        left = max(metrics.horizontalAdvance(s) for s in labels) + 8
        right = self.width() - max(
            [metrics.horizontalAdvance(r.label) + 10 for r in self.references] or [8]
        )
        top, bottom = line * 2 + 6, self.height() - line - 6
        self._legend(painter, text, left)
        span = (self.high - self.low) or 1.0

        def y_of(value: float) -> float:
            clamped = min(max(value, self.low), self.high)
            return bottom - (clamped - self.low) / span * (bottom - top)

        for band in self.bands:
            shade = QColor(COLOURS[2])
            shade.setAlpha(40)
            painter.fillRect(
                QRectF(left, y_of(band.high), right - left, y_of(band.low) - y_of(band.high)), shade
            )
        for tick, label in zip(self.ticks, labels, strict=True):
            painter.setPen(grid)
            painter.drawLine(QPointF(left, y_of(tick)), QPointF(right, y_of(tick)))
            painter.setPen(text)
            painter.drawText(QPointF(2, y_of(tick) + metrics.ascent() / 2 - 1), label)
        for ref in self.references:
            painter.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(left, y_of(ref.value)), QPointF(right, y_of(ref.value)))
            painter.drawText(
                QPointF(right + 4, y_of(ref.value) + metrics.ascent() / 2 - 1), ref.label
            )
        dates = self._dates()
        if dates is None:
            painter.setPen(text)
            painter.drawText(
                QRectF(left, top, right - left, bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                self.empty_text,
            )
            return
        first, last = dates
        days = max((last - first).days, 1)
        margin = 12.0

        def x_of(day: date) -> float:
            if first == last:
                return (left + right) / 2
            return left + margin + (day - first).days / days * (right - left - 2 * margin)

        painter.setPen(text)
        shown = sorted({first, last} | {d for s in self.series for d, _ in s.points})
        _date_labels(painter, shown, x_of, bottom + line, (left, self.width()))
        for i, series in enumerate(self.series):
            colour = QColor(COLOURS[i % len(COLOURS)])
            style = Qt.PenStyle.DashLine if series.dashed else Qt.PenStyle.SolidLine
            painter.setPen(QPen(colour, 2, style))
            points = [QPointF(x_of(d), y_of(v)) for d, v in series.points]
            painter.drawPolyline(points)
            painter.setPen(QPen(colour, 1.5))
            for point in points:
                _marker(painter, MARKERS[i % len(MARKERS)], point, colour)

    def _legend(self, painter: QPainter, text: QColor, x: float) -> None:
        metrics = painter.fontMetrics()
        for i, series in enumerate(self.series):
            colour = QColor(COLOURS[i % len(COLOURS)])
            painter.setPen(QPen(colour, 1.5))
            _marker(
                painter, MARKERS[i % len(MARKERS)], QPointF(x + 5, 4 + metrics.height() / 2), colour
            )
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, 3 + metrics.ascent()), series.label)
            x += 28 + metrics.horizontalAdvance(series.label)


def _date_labels(
    painter: QPainter,
    days: Sequence[date],
    x_of: Callable[[date], float],
    baseline: float,
    edges: tuple[float, float] = (0.0, 1e9),
) -> None:
    """The dates under the axis: the last always, the others where they do not touch a
    neighbour (scores a few days apart would print on top of each other)."""
    metrics = painter.fontMetrics()
    gap = metrics.horizontalAdvance("00.00.00") + 8
    last_x = x_of(days[-1])
    placed: list[float] = []
    for day in days:
        x = x_of(day)
        clear_of_last = day == days[-1] or last_x - x >= gap
        if (not placed or x - placed[-1] >= gap) and clear_of_last:
            placed.append(x)
            label = f"{day:%d.%m.%y}"
            wide = metrics.horizontalAdvance(label)
            # Kept whole, and clear of the scale's numbers at the left.
            start = min(max(x - wide / 2, edges[0]), edges[1] - wide - 2)
            painter.drawText(QPointF(start, baseline), label)


def _marker(painter: QPainter, shape: str, at: QPointF, colour: QColor) -> None:
    painter.setBrush(colour)
    r = 4.0
    if shape == "square":
        painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    elif shape == "diamond":
        painter.drawPolygon([QPointF(at.x(), at.y() - r - 1), QPointF(at.x() + r + 1, at.y()),
                             QPointF(at.x(), at.y() + r + 1), QPointF(at.x() - r - 1, at.y())])  # fmt: skip
    elif shape == "triangle":
        painter.drawPolygon([QPointF(at.x(), at.y() - r - 1), QPointF(at.x() + r + 1, at.y() + r),
                             QPointF(at.x() - r - 1, at.y() + r)])  # fmt: skip
    else:
        painter.drawEllipse(at, r, r)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def describe(series: Sequence[Series], references: Sequence[ReferenceLine] = ()) -> str:
    """The chart in words: each series' values by date, then the reference lines."""
    parts = [
        f"{s.label}: " + ", ".join(f"{d:%d.%m.%Y} {_number(v)}" for d, v in s.points)
        if s.points
        else f"{s.label}: " + tr("ingen verdier")
        for s in series
    ]
    parts += [f"{r.label}: {_number(r.value)}" for r in references]
    return "; ".join(parts)


class TimeSeriesTable(QTableWidget):
    """The chart's numbers: one row per date, one column per series (empty where a series has no
    value that day), newest first — what a screen reader reads instead of the lines."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(tr(name))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)

    def set_series(self, series: Sequence[Series]) -> None:
        days = sorted({d for s in series for d, _ in s.points}, reverse=True)
        values = [dict(s.points) for s in series]
        self.clear()
        self.setColumnCount(1 + len(series))
        self.setRowCount(len(days))
        self.setHorizontalHeaderLabels([tr("Dato"), *(s.label for s in series)])
        for row, day in enumerate(days):
            self.setItem(row, 0, QTableWidgetItem(f"{day:%d.%m.%Y}"))
            for column, by_day in enumerate(values, start=1):
                value = by_day.get(day)
                item = QTableWidgetItem("" if value is None else _number(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
