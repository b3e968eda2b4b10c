"""The contact editor's "Unntatt innsyn" row: a check box and the reason, which is required.

The reason is printed in the parent's access pack in place of the entry, so it must say why
without repeating what the entry says."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from bufapp.domain.access import EXEMPT_REASON_LENGTH, exemption_problems
from bufapp.errors import FieldProblem
from bufapp.ui.qt import tr


class ExemptionField(QWidget):
    changed = Signal()

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.check = QCheckBox(tr("&Unntatt innsyn"))
        self.check.setAccessibleName(tr("Unntatt innsyn"))
        self.check.setToolTip(
            tr("Kontakten tas ikke med når forelderen ber om innsyn; datoen og begrunnelsen vises.")
        )
        self.reason = QLineEdit(reason)
        self.reason.setCursorPosition(0)  # a long reason reads from its start
        self.reason.setClearButtonEnabled(True)
        self.reason.setMaxLength(EXEMPT_REASON_LENGTH)
        self.reason.setAccessibleName(tr("Begrunnelse for unntak fra innsyn"))
        self.reason.setPlaceholderText(tr("Påkrevd: hvorfor (vises for forelderen)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.reason, 1)
        self.setFocusProxy(self.check)
        self.check.setChecked(bool(reason.strip()))
        self.reason.setEnabled(self.check.isChecked())
        self.check.toggled.connect(self._toggled)
        self.reason.textChanged.connect(self.changed)

    def _toggled(self, checked: bool) -> None:
        self.reason.setEnabled(checked)
        if checked:
            self.reason.setFocus()
        self.changed.emit()

    def value(self) -> str:
        """The reason when the box is checked; empty (not exempt) otherwise."""
        return self.reason.text().strip() if self.check.isChecked() else ""

    def problems(self) -> list[FieldProblem]:
        return exemption_problems(self.check.isChecked(), self.reason.text())
