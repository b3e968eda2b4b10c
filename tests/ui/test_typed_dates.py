"""A date typed over a prefilled one is taken as typed, in every kind of date field bufapp has."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from bufapp.ui.groups.meeting_widgets import time_edit
from bufapp.ui.widgets.field_form import DateTimeEdit, OptionalDateEdit, date_edit


def _field(kind: str) -> QWidget:
    if kind == "date":
        return date_edit(date(2026, 6, 15))
    if kind == "optional date":
        return OptionalDateEdit("Kjent", date(2026, 6, 15))
    if kind == "date and time":  # the contact's Tidspunkt
        when = DateTimeEdit(QDateTime(datetime(2026, 6, 15, 14, 5)))
        when.setDisplayFormat("dd.MM.yyyy HH:mm")
        return when
    return time_edit(time(14, 5))


def _type_over(qtbot: QtBot, field: QAbstractSpinBox, typed: str, select_all: bool) -> QWidget:
    holder = QWidget()
    column = QVBoxLayout(holder)
    before = QLineEdit()
    column.addWidget(before)
    column.addWidget(field if field.parent() is None else field.parentWidget())
    qtbot.addWidget(holder)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    field.setFocus(Qt.FocusReason.TabFocusReason)  # as a person comes to the field
    if select_all:
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, typed)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    return holder


@pytest.mark.parametrize("select_all", [True, False], ids=["over-all", "after-tab"])
@pytest.mark.parametrize(
    ("kind", "typed", "expected"),
    [
        ("date", "14.03.2019", "14.03.2019"),
        ("date", "14032019", "14.03.2019"),
        ("date", "31.01.2019", "31.01.2019"),  # typed over a June date: June has no 31st
        ("date", "29.02.2020", "29.02.2020"),
        ("optional date", "14.03.2019", "14.03.2019"),
        ("optional date", "6.3.2019", "06.03.2019"),
        ("date and time", "14.03.2019 09:30", "14.03.2019 09:30"),
        ("date and time", "31.01.2019 0930", "31.01.2019 09:30"),
        ("time", "09:30", "09:30"),
    ],
)
def test_a_date_typed_over_a_prefilled_one_is_taken_as_typed(
    qtbot: QtBot, kind: str, typed: str, expected: str, select_all: bool
) -> None:
    made = _field(kind)
    field = made.editor if isinstance(made, OptionalDateEdit) else made
    assert isinstance(field, QAbstractSpinBox)
    holder = _type_over(qtbot, field, typed, select_all)
    assert field.text() == expected
    holder.close()
