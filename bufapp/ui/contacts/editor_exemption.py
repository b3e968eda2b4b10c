"""The contact editor's "Unntatt innsyn" row: a check box, the legal basis chosen from the
vetted list in forms/access_pack.toml ([exemption_bases]) and the reason; both are required.

The basis and the reason are printed in the parent's access pack in place of the entry, so the
reason must say why without repeating what the entry says."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from bufapp.domain.access import EXEMPT_REASON_LENGTH, exemption_problems
from bufapp.errors import FieldProblem
from bufapp.services.access.reader import exemption_bases
from bufapp.ui.qt import tr

BASIS_TEXT_WIDTH = 70  # characters of a basis shown in the combo; the whole text is its tooltip


class ExemptionField(QWidget):
    changed = Signal()

    def __init__(
        self, reason: str, basis: str = "", bases: Mapping[str, str] | None = None
    ) -> None:
        super().__init__()
        self.check = QCheckBox(tr("&Unntatt innsyn"))
        self.check.setAccessibleName(tr("Unntatt innsyn"))
        self.check.setToolTip(
            tr(
                "Kontakten tas ikke med når forelderen ber om innsyn; datoen, hjemmelen og "
                "begrunnelsen vises."
            )
        )
        self.basis = QComboBox()
        self.basis.setAccessibleName(tr("Hjemmel for unntak fra innsyn"))
        self.basis.addItem(tr("Velg hjemmel …"), "")
        # The list is a small form file read once per editor; a broken override falls back.
        for key, text in (exemption_bases() if bases is None else bases).items():
            short = text if len(text) <= BASIS_TEXT_WIDTH else text[: BASIS_TEXT_WIDTH - 1] + "…"
            self.basis.addItem(short, key)
            self.basis.setItemData(self.basis.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        if basis and self.basis.findData(basis) < 0:  # a basis no longer in the list: kept
            self.basis.addItem(basis, basis)
        self.basis.setCurrentIndex(max(0, self.basis.findData(basis)))
        self.reason = QLineEdit(reason)
        self.reason.setCursorPosition(0)  # a long reason reads from its start
        self.reason.setClearButtonEnabled(True)
        self.reason.setMaxLength(EXEMPT_REASON_LENGTH)
        self.reason.setAccessibleName(tr("Begrunnelse for unntak fra innsyn"))
        self.reason.setPlaceholderText(tr("Påkrevd: hvorfor (vises for forelderen)"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.check, 0, 0)
        grid.addWidget(self.basis, 0, 1)
        grid.addWidget(self.reason, 1, 1)
        grid.setColumnStretch(1, 1)
        self.setFocusProxy(self.check)
        self.check.setChecked(bool(reason.strip()))
        self._enable(self.check.isChecked())
        self.check.toggled.connect(self._toggled)
        self.reason.textChanged.connect(self.changed)
        self.basis.currentIndexChanged.connect(self.changed)

    def _enable(self, checked: bool) -> None:
        self.basis.setEnabled(checked)
        self.reason.setEnabled(checked)

    def _toggled(self, checked: bool) -> None:
        self._enable(checked)
        if checked:
            self.basis.setFocus()
        self.changed.emit()

    def value(self) -> str:
        """The reason when the box is checked; empty (not exempt) otherwise."""
        return self.reason.text().strip() if self.check.isChecked() else ""

    def basis_value(self) -> str:
        """The chosen basis's key when the box is checked; empty otherwise."""
        return str(self.basis.currentData() or "") if self.check.isChecked() else ""

    def problems(self) -> list[FieldProblem]:
        """Shown under the row (the editor's field is "exempt_reason", for both parts)."""
        found = exemption_problems(self.check.isChecked(), self.reason.text(), self.basis_value())
        return [FieldProblem("exempt_reason", p.message) for p in found]
