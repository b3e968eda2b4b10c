"""The tab order of the record dialogs that add fields after the base class made its buttons.

Asking before typing is thrown away is every record dialog's (``RecordDialog.reject``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class FieldsBeforeButtons:
    """Fields first, then Lagre and Avbryt (the base class made the buttons first)."""

    def _finish(self, last_field: QWidget) -> None:
        box = self.buttons  # type: ignore[attr-defined]
        ok = box.button(box.StandardButton.Ok)
        cancel = box.button(box.StandardButton.Cancel)
        QWidget.setTabOrder(last_field, ok)
        QWidget.setTabOrder(ok, cancel)
