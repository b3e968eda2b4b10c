"""Small pieces the follow-up's dialogs share: a text box that Tab leaves, and a date that may be
left out."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPlainTextEdit

from bufapp.ui.qt import tr
from bufapp.ui.widgets.field_form import OptionalDateEdit


def text_box(text: str, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else in a form
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 3 // 2)  # the form stays in sight, with its messages
    return box


def optional_date(value: date | None, suggested: date) -> OptionalDateEdit:
    """Unticked when ``value`` is None, with ``suggested`` ready for when it is ticked."""
    editor = OptionalDateEdit(tr("Dato"), value or suggested)
    editor.set_value(value)  # None unticks it and keeps the suggested date in the editor
    return editor
