"""What the samvær page and its dialogs are built from (a feature does not borrow another's): a
button that names itself to a screen reader, a row of buttons, a read-only text that Tab reaches,
a caption bound to its widget, a calm notice, a text box that Tab leaves, a date that may be left
out, and a dialog that grows to show its messages."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import (
    QPlainTextEdit,
    QWidget,
)

from bufapp.errors import ValidationFailed
from bufapp.ui.qt import tr
from bufapp.ui.widgets.field_form import OptionalDateEdit
from bufapp.ui.widgets.page_parts import button, button_row, caption, fit_columns, notice, reading
from bufapp.ui.widgets.record_dialog import RecordDialog

E = TypeVar("E")
__all__ = [
    "GrowingDialog",
    "button",
    "button_row",
    "caption",
    "draft_key",
    "fit_columns",
    "notice",
    "optional_date",
    "parent_of_key",
    "reading",
    "text_box",
]


def text_box(text: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else in a form
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 3 // 2)  # the form stays in sight, with its messages
    return box


def optional_date(
    value: date | None, suggested: date, check_text: str = "Dato"
) -> OptionalDateEdit:
    """Unticked when ``value`` is None, with ``suggested`` ready for when it is ticked."""
    editor = OptionalDateEdit(tr(check_text), value or suggested)
    editor.set_value(value)
    return editor


def draft_key(parent_id: int, record_id: int | None, extra: str = "") -> str:
    """``<parent>:<record or new>[:extra]``: one draft per record, the parent findable."""
    key = f"{parent_id}:{record_id if record_id is not None else 'new'}"
    return f"{key}:{extra}" if extra else key


def parent_of_key(key: str) -> int:
    return int(key.split(":", 1)[0])


class GrowingDialog(RecordDialog[E]):
    """A record dialog that grows (as far as the screen allows) when its messages are shown
    under the fields, so that they are read without scrolling."""

    def _show(self, failure: ValidationFailed) -> None:
        super()._show(failure)
        area = self.form.parentWidget()
        viewport = area.parentWidget() if area is not None else None
        if not isinstance(viewport, QWidget):
            return
        missing = self.form.sizeHint().height() - viewport.height()
        screen = self.screen().availableGeometry().height() if self.screen() else 768
        if missing > 0:
            self.resize(self.width(), min(self.height() + missing + 8, screen - 60))
