"""The compound fields of the samvær dialogs: a frequency (times per period, hours each), the
agreement with the parent (a tick and its date) and the guideline's four purposes as ticks.
Each is one row of a form, so a refusal about it shows under the whole field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.enums import VisitPeriod, VisitPurpose
from bufapp.domain.visits import Frequency
from bufapp.ui.qt import tr
from bufapp.ui.widgets.field_form import date_edit, from_qdate, to_qdate
from bufapp.ui.widgets.record_dialog import chosen, enum_combo


class FrequencyEdit(QWidget):
    """«[2] ganger per [måned], [3] timer hver gang»; hours 0 reads «ikke satt»."""

    def __init__(self, value: Frequency | None, name: str) -> None:
        super().__init__()
        value = value or Frequency(1, VisitPeriod.MONTH)
        self.times = QSpinBox()
        self.times.setRange(0, 31)
        self.times.setValue(value.times)
        self.times.setAccessibleName(tr("{name}: antall").format(name=name))
        self.period = enum_combo(VisitPeriod, value.period)
        self.period.setAccessibleName(tr("{name}: per").format(name=name))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 72)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSpecialValueText(tr("ikke satt"))
        self.hours.setValue(value.hours or 0)
        self.hours.setAccessibleName(tr("{name}: timer hver gang").format(name=name))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.times)
        row.addWidget(QLabel(tr("ganger per")))
        row.addWidget(self.period, 1)
        row.addWidget(QLabel(tr("timer hver gang:")))
        row.addWidget(self.hours)
        self.setFocusProxy(self.times)

    def value(self) -> Frequency:
        period = chosen(self.period, VisitPeriod) or VisitPeriod.MONTH
        hours = self.hours.value()
        return Frequency(self.times.value(), period, hours if hours > 0 else None)


class AgreementEdit(QWidget):
    """«Avtalt med forelderen» and the day it was agreed."""

    def __init__(self, agreed: bool, on: date | None, today: date) -> None:
        super().__init__()
        self.check = QCheckBox(tr("Avtalt med forelderen"))
        self.check.setChecked(agreed)
        self.on = date_edit(on or today)
        self.on.setAccessibleName(tr("Avtalt dato"))
        self.on.setEnabled(agreed)
        self.check.toggled.connect(self.on.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.on, 1)
        self.setFocusProxy(self.check)

    def value(self) -> tuple[bool, date | None]:
        agreed = self.check.isChecked()
        return agreed, from_qdate(self.on.date()) if agreed else None

    def set_day(self, day: date) -> None:
        self.on.setDate(to_qdate(day))


class PurposesEdit(QWidget):
    """The guideline's four purposes, a tick each (one or more)."""

    def __init__(self, chosen_purposes: frozenset[VisitPurpose]) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.ticks: dict[VisitPurpose, QCheckBox] = {}
        for purpose in VisitPurpose:
            tick = QCheckBox(tr(purpose.label))
            tick.setChecked(purpose in chosen_purposes)
            column.addWidget(tick)
            self.ticks[purpose] = tick
        self.setFocusProxy(self.ticks[VisitPurpose.ASSESS_REUNIFICATION])

    def value(self) -> frozenset[VisitPurpose]:
        return frozenset(p for p, tick in self.ticks.items() if tick.isChecked())
