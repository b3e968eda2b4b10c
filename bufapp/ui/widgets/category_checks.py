"""The information categories a consent covers, as check boxes (consents, group members)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from bufapp.domain.enums import InformationCategory
from bufapp.ui.qt import tr


class CategoryChecks(QWidget):
    """The eight information categories as check boxes, in two columns."""

    def __init__(self, chosen_now: Sequence[InformationCategory]) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[InformationCategory, QCheckBox] = {}
        for i, category in enumerate(InformationCategory):
            box = QCheckBox(tr(category.label))
            box.setChecked(category in chosen_now)
            grid.addWidget(box, i // 2, i % 2)
            self.boxes[category] = box
        self.setFocusProxy(self.boxes[InformationCategory.PERSONAL_DETAILS])

    def chosen(self) -> tuple[InformationCategory, ...]:
        return tuple(c for c, box in self.boxes.items() if box.isChecked())

    def set_chosen(self, categories: Sequence[InformationCategory]) -> None:
        for category, box in self.boxes.items():
            box.setChecked(category in categories)
