"""A form whose rows show their own validation message right under the field.

Dialogs build their rows here and hand a ValidationFailed's problems back to ``show_problems``;
the first field with a problem gets the focus, and nothing has been saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from bufapp.errors import FieldProblem
from bufapp.ui.qt import tr

DATE_FORMAT = "dd.MM.yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TypedSections:
    """A date or time typed over a prefilled one is taken as typed: "14.03.2019", "14032019".

    Qt's own edit corrects each part as it comes: 14.03.2019 typed over a selected 06.12.2026
    became 06.03.2019, 31.01.2019 over a June date became 30.01.2019 (June has no 31st), and a
    separator after a part Qt had already completed skipped the next part. Here the parts typed
    since the first are kept as typed and the whole value is set once the last part is complete.
    """

    _parts: list[str] | None = None  # the parts typed so far, from the first
    _moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editor = cast(QDateTimeEdit, self)
        text = event.text()
        line = editor.lineEdit()
        if text.isdigit() and line.hasSelectedText():
            if line.selectedText() == line.text():  # Ctrl+A: begin with the first part
                editor.setSelectedSection(editor.sectionAt(0))
            if editor.currentSectionIndex() == 0:
                self._parts = [""]
        if text and text in SEPARATORS:
            moved_on, self._moved_on = self._moved_on, False
            if moved_on:
                event.accept()  # Qt already moved on when the part was complete
                return
            super().keyPressEvent(event)  # type: ignore[misc]
            if self._parts is not None:
                self._parts.append("")
            return
        if not text.isdigit():
            self._parts = None
            self._moved_on = False
            super().keyPressEvent(event)  # type: ignore[misc]
            return
        before = editor.currentSectionIndex()
        super().keyPressEvent(event)  # type: ignore[misc]
        self._moved_on = editor.currentSectionIndex() != before
        if self._parts is not None:
            self._parts[-1] += text
            if self._moved_on:
                self._parts.append("")
            self._take_as_typed(editor, self._parts)

    def _take_as_typed(self, editor: QDateTimeEdit, parts: list[str]) -> None:
        count = editor.sectionCount()
        complete = [p for p in parts if p]
        last_width = 4 if editor.sectionAt(count - 1) == QDateTimeEdit.Section.YearSection else 2
        if len(complete) < count or len(complete[count - 1]) < last_width:
            return
        typed = {editor.sectionAt(i): int(complete[i]) for i in range(count)}
        shown = editor.dateTime()
        day = QDate(
            typed.get(QDateTimeEdit.Section.YearSection, shown.date().year()),
            typed.get(QDateTimeEdit.Section.MonthSection, shown.date().month()),
            typed.get(QDateTimeEdit.Section.DaySection, shown.date().day()),
        )
        moment = QTime(
            typed.get(QDateTimeEdit.Section.HourSection, shown.time().hour()),
            typed.get(QDateTimeEdit.Section.MinuteSection, shown.time().minute()),
        )
        self._parts = None
        if day.isValid() and moment.isValid():
            editor.setDateTime(QDateTime(day, moment))


SEPARATORS = "./:- "


class DateEdit(TypedSections, QDateEdit):
    pass


class DateTimeEdit(TypedSections, QDateTimeEdit):
    pass


class TimeEdit(TypedSections, QTimeEdit):
    pass


def date_edit(value: date | None = None) -> QDateEdit:
    editor = DateEdit()
    editor.setCalendarPopup(True)
    editor.setDisplayFormat(DATE_FORMAT)
    editor.setDate(to_qdate(value or date.today()))
    return editor


class OptionalDateEdit(QWidget):
    """A date that may be unknown or not yet set (birth date without ID, placement end)."""

    def __init__(self, check_text: str, value: date | None = None) -> None:
        super().__init__()
        self.check = QCheckBox(check_text)
        self.editor = date_edit(value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.editor, 1)
        self.check.toggled.connect(self.editor.setEnabled)
        self.check.setChecked(value is not None)
        self.editor.setEnabled(value is not None)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return from_qdate(self.editor.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.editor.setDate(to_qdate(value))


def when_edited(widget: QWidget, then: Callable[..., None]) -> None:
    """Call ``then`` whenever the person changes ``widget``'s value, or the value of any input
    inside it: each input's user property (a line's text, a date, a tick) and its signal."""
    for editor in [widget, *widget.findChildren(QWidget)]:
        value = editor.metaObject().userProperty()
        if value.isValid() and value.hasNotifySignal():
            getattr(editor, bytes(value.notifySignal().name().data()).decode()).connect(then)


class FieldForm(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

    def add_row(self, field: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setWordWrap(True)
        error.setStyleSheet(
            "color: palette(highlighted-text); background: #b3261e; padding: 2px 4px;"
        )
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error.hide()
        column.addWidget(error)
        caption = QLabel(tr(label))
        caption.setBuddy(widget)
        self.layout_.addRow(caption, holder)
        widget.setAccessibleName(tr(label).replace("&", ""))
        self._fields[field] = widget
        self._errors[field] = error
        when_edited(widget, lambda *_: self.clear_problem(field))
        return widget

    def add_note(self, field: str) -> QLabel:
        """A note under a field (above its error), hidden until given text: a warning that does
        not stop saving."""
        note = QLabel()
        note.setObjectName(f"note_{field}")
        note.setWordWrap(True)
        note.setStyleSheet("color: #000; background: #fff1c2; padding: 2px 4px;")  # amber
        note.hide()
        column = self._errors[field].parentWidget().layout()
        column.insertWidget(1, note)
        return note

    def clear_problem(self, field: str) -> None:
        """A message goes as soon as its field is edited: it was about the old value."""
        label = self._errors[field]
        label.clear()
        label.setMinimumHeight(0)
        label.hide()

    def clear_problems(self) -> None:
        for field in self._errors:
            self.clear_problem(field)

    def show_problems(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        """Show each problem under its field; return those with no field in this form."""
        self.clear_problems()
        unplaced = []
        first: QWidget | None = None
        for problem in problems:
            label = self._errors.get(problem.field)
            if label is None:
                unplaced.append(problem)
                continue
            label.setText("\n".join(filter(None, [label.text(), tr(problem.message)])))
            label.show()
            # Wrapped labels in a form layout do not grow by themselves (Qt's height-for-width).
            width = max(self._fields[problem.field].width(), 240) - 8  # minus the padding
            label.setMinimumHeight(label.heightForWidth(width) + 6)
            first = first or self._fields[problem.field]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def error_text(self, field: str) -> str:
        return self._errors[field].text()


def submit_buttons(
    dialog: QDialog, submit: Callable[[], None], submit_text: str
) -> QDialogButtonBox:
    """The dialog's confirm/Avbryt row: confirm runs ``submit`` (which validates), Avbryt rejects."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr(submit_text))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    return buttons
