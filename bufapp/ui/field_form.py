"""A form whose rows show their own validation message right under the field.

Dialogs build their rows here and hand a ValidationFailed's problems back to ``show_problems``;
the first field with a problem gets the focus, and nothing has been saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
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


def date_edit(value: date | None = None) -> QDateEdit:
    editor = QDateEdit()
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
            label.setText("\n".join(filter(None, [label.text(), problem.message])))
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
