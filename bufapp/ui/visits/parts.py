"""What the samvær page and its dialogs are built from: the shared page parts (buttons, reading
panes, captions, notices) and record-dialog parts (text boxes, optional dates, draft keys, the
dialog that grows to show its messages)."""

from __future__ import annotations

from bufapp.ui.widgets.page_parts import button, button_row, caption, fit_columns, notice, reading
from bufapp.ui.widgets.record_parts import (
    GrowingDialog,
    draft_key,
    optional_date,
    parent_of_key,
    text_box,
)

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
