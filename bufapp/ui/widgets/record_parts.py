"""What the record dialogs of the per-parent pages are built from: a text box that Tab leaves,
a date that may be left out, the key a dialog's draft is kept under, and a dialog that grows to
show its messages."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from bufapp.errors import ValidationFailed
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import OptionalDateEdit
from bufapp.ui.widgets.record_dialog import RecordDialog

E = TypeVar("E")


def text_box(text: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else in a form
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 3 // 2)  # the form stays in sight, with its messages
    return box


def optional_date(
    value: date | None, suggested: date, check_text: str = QT_TR_NOOP("Dato")
) -> OptionalDateEdit:
    """Unticked when ``value`` is None, with ``suggested`` ready for when it is ticked."""
    editor = OptionalDateEdit(tr(check_text), value or suggested)
    editor.set_value(value)  # None unticks it and keeps the suggested date in the editor
    return editor


def draft_key(parent_id: int, record_id: int | None, extra: str = "") -> str:
    """``<parent>:<record or new>[:extra]``: one draft per record, the parent findable."""
    key = f"{parent_id}:{record_id if record_id is not None else 'new'}"
    return f"{key}:{extra}" if extra else key


def parent_of_key(key: str) -> int:
    return int(key.split(":", 1)[0])


class GrowingDialog(RecordDialog[E]):
    """A record dialog that, when its messages are shown under the fields, grows (as far as the
    screen allows) so that they are read without scrolling."""

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
