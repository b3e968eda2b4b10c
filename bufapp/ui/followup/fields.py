"""Small pieces the follow-up's dialogs share: the shared record-dialog parts, with the
follow-up's taller text boxes (its fields hold whole paragraphs in the parent's words)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from bufapp.ui.widgets import record_parts
from bufapp.ui.widgets.record_parts import GrowingDialog, draft_key, optional_date, parent_of_key

__all__ = ["GrowingDialog", "draft_key", "optional_date", "parent_of_key", "text_box"]


def text_box(text: str, height: int = 90) -> QPlainTextEdit:
    return record_parts.text_box(text, height)
