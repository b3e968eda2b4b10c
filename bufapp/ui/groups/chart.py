"""A small chart of the parent's evaluations over time: three bars per meeting (how the meeting
was, whether what was said was understood, whether the parent was heard), each 1 to 5, oldest
to the left. The table beside it says the same in words; the chart shows the direction."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from bufapp.domain.groups import Evaluation
from bufapp.ui.qt import QT_TR_NOOP, tr

BAR_COLOURS = ("#4a90d9", "#e0a030", "#43a047")
LEGEND = (QT_TR_NOOP("Møtet"), QT_TR_NOOP("Forstod"), QT_TR_NOOP("Hørt"))


class EvaluationChart(QWidget):
    """Three bars per meeting (1–5), oldest to the left: has it got better for the parent?"""

    def __init__(self) -> None:
        super().__init__()
        self.evaluations: list[tuple[date, Evaluation]] = []
        self.setMinimumSize(260, 150)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Evalueringer over tid"))

    def set_evaluations(self, evaluations: list[tuple[date, Evaluation]]) -> None:
        self.evaluations = list(evaluations)
        described = "; ".join(
            f"{d:%d.%m.%Y}: {e.how_it_was}, {e.understood}, {e.heard}" for d, e in self.evaluations
        )
        self.setAccessibleDescription(
            tr("Svar fra 1 til 5 (møtet, forstod, hørt) – {list}").format(list=described)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        metrics = painter.fontMetrics()
        line_height = metrics.height()
        left, top = metrics.horizontalAdvance("5") + 8, line_height + 8
        bottom = self.height() - line_height - 6
        right = self.width() - 6
        # the legend
        x = left
        for colour, label in zip(BAR_COLOURS, LEGEND, strict=True):
            painter.fillRect(QRectF(x, 3, 10, 10), QColor(colour))
            painter.setPen(text)
            painter.drawText(int(x + 14), 3 + metrics.ascent() - 1, tr(label))
            x += 24 + metrics.horizontalAdvance(tr(label))
        # the scale, 1 to 5
        step = (bottom - top) / 5
        for value in range(1, 6):
            y = bottom - value * step
            painter.setPen(grid)
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(text)
            painter.drawText(2, int(y + metrics.ascent() / 2 - 1), str(value))
        painter.setPen(grid)
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        if not self.evaluations:
            painter.setPen(text)
            painter.drawText(
                QRectF(left, top, right - left, bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                tr("Ingen evalueringer ennå"),
            )
            return
        slot = (right - left) / len(self.evaluations)
        bar = min(18.0, slot / 4)
        for i, (held_on, e) in enumerate(self.evaluations):
            centre = left + slot * (i + 0.5)
            for j, (score, colour) in enumerate(
                zip((e.how_it_was, e.understood, e.heard), BAR_COLOURS, strict=True)
            ):
                x0 = centre + (j - 1.5) * bar
                painter.fillRect(
                    QRectF(x0, bottom - score * step, bar - 1, score * step), QColor(colour)
                )
            label = f"{held_on:%d.%m.%y}"
            painter.setPen(text)
            painter.drawText(
                int(centre - metrics.horizontalAdvance(label) / 2), int(bottom + line_height), label
            )
