"""The shared time chart: its words and its table say what its lines show."""

from __future__ import annotations

import itertools
from datetime import date

from bufapp.ui.widgets.time_chart import Band, ReferenceLine, Series, TimeChart, TimeSeriesTable

PARENT = Series("Forelderen", ((date(2026, 1, 5), 2.0), (date(2026, 4, 1), 3.5)))
WORKER = Series("Saksbehandleren", ((date(2026, 1, 5), 2.0), (date(2026, 6, 1), 4.0)), dashed=True)


def test_the_description_names_every_value_with_a_decimal_comma(qtbot) -> None:
    chart = TimeChart("Levekår over tid", 1, 5, ticks=(1, 2, 3, 4, 5))
    qtbot.addWidget(chart)
    chart.set_data([PARENT, WORKER], references=[ReferenceLine(25, "Klinisk grense")])
    text = chart.accessibleDescription()
    assert "Forelderen: 05.01.2026 2, 01.04.2026 3,5" in text
    assert "Saksbehandleren: 05.01.2026 2, 01.06.2026 4" in text
    assert text.endswith("Klinisk grense: 25")


def test_it_paints_with_values_without_values_and_one_day_only(qtbot) -> None:
    chart = TimeChart("ORS", 0, 40, ticks=(0, 10, 20, 30, 40))
    qtbot.addWidget(chart)
    chart.resize(420, 220)
    for series in ([], [Series("ORS", ((date(2026, 3, 1), 21.4),))], [PARENT, WORKER]):
        chart.set_data(series, [ReferenceLine(25, "Grense 25")], [Band(16.4, 26.4, "")])
        image = chart.grab().toImage()
        assert len({image.pixel(x, 110) for x in range(40, 400)}) > 1  # lines across the middle


def test_the_table_has_a_row_per_date_newest_first_and_gaps_left_empty(qtbot) -> None:
    table = TimeSeriesTable("Levekår som tabell")
    qtbot.addWidget(table)
    table.set_series([PARENT, WORKER])
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert rows == [
        ["01.06.2026", "", "4"],
        ["01.04.2026", "3,5", ""],
        ["05.01.2026", "2", "2"],
    ]
    assert table.horizontalHeaderItem(1).text() == "Forelderen"


def test_dates_a_few_days_apart_do_not_print_on_top_of_each_other(qtbot) -> None:
    from PySide6.QtGui import QImage, QPainter

    from bufapp.ui.widgets import time_chart

    chart = TimeChart("SRS", 0, 40)
    qtbot.addWidget(chart)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    drawn: list[float] = []
    days = [date(2026, 1, 1), date(2026, 6, 1), date(2026, 12, 3), date(2026, 12, 7)]
    span = (days[-1] - days[0]).days

    def x_of(day: date) -> float:
        return 40 + (day - days[0]).days / span * 360

    class Recording:
        def __getattr__(self, name: str):  # everything but drawText as the real painter
            return getattr(painter, name)

        def drawText(self, point, _label: str) -> None:
            drawn.append(point.x())

    width = painter.fontMetrics().horizontalAdvance("00.00.00")
    time_chart._date_labels(Recording(), days, x_of, 100.0)  # type: ignore[arg-type]
    painter.end()
    assert len(drawn) == 3  # 03.12 gives way to the last day, 07.12
    assert width > 0 and all(b - a > width for a, b in itertools.pairwise(drawn))
