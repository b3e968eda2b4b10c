"""Who gets the visit plan: its parties as check boxes (loaded when a plan is sent, not at the
unlock screen)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from bufapp.ui.qt import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from bufapp.services.visits.plan_readers import PlanRecipient

CHOOSE = QT_TR_NOOP(
    "Hvem skal få samværsplanen? Hver mottaker får sin egen kopi, med det den kan få vite. "
    "Møtestedet står bare i kopiene til dem som er med på samværet."
)


class RecipientChoice(QDialog):
    """The plan's parties as check boxes, every one ticked; Lag planen needs one at least."""

    def __init__(self, recipients: Sequence[PlanRecipient], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Send samværsplanen"))
        self.setMinimumWidth(460)  # the title and the recipients' names in full
        layout = QVBoxLayout(self)
        intro = QLabel(tr(CHOOSE))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for recipient in recipients:
            box = QCheckBox(recipient.label)
            box.setChecked(True)
            box.toggled.connect(self._enable)
            layout.addWidget(box)
            self.boxes[recipient.key] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(tr("&Lag planen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _enable(self) -> None:
        self._ok.setEnabled(bool(self.chosen()))

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]
