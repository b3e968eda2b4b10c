"""What the recipient's consent closes in a referral: the text sections (and the national ID in
«Gjelder») it does not cover. Each gets a warning under its row saying why; a closed section is
shut unless it already holds text, which stays open until it is taken out. The gate
(``gate``) says what is closed; the form (``form``) owns the fields this opens and shuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from bufapp.ui.qt import WARNING_STYLE, tr
from bufapp.ui.widgets.field_form import FieldForm


class ClosedSections:
    def __init__(self) -> None:
        self._why: dict[str, QLabel] = {}
        self._closed: dict[str, str] = {}

    def add_note(self, field: str, form: FieldForm) -> QLabel:
        """Under ``field``'s row (the last one in ``form``): why the recipient's consent does
        not let it be filled in; hidden while it is open."""
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(WARNING_STYLE)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        form.layout_.addRow(label)
        self._why[field] = label
        return label

    def show(self, closed: dict[str, str]) -> None:
        """Closed now: field → why. Every other field's note is hidden."""
        self._closed = dict(closed)
        for name, label in self._why.items():
            label.setText(tr(closed.get(name, "")) if name in closed else "")
            label.setVisible(name in closed)

    def allows(self, field: str, filled: bool) -> bool:
        """Whether ``field`` takes input: open, or closed but still holding what was written."""
        return field not in self._closed or filled

    def reason(self, field: str) -> str:
        """Why ``field`` is closed now ("" when open)."""
        label = self._why[field]
        return label.text() if not label.isHidden() else ""
