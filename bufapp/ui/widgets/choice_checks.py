"""A few choices as a grid of check boxes (a contact's topics, the children it concerns, the other
parents present), read back as the chosen values. The information categories have their own
(``category_checks``)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget


class ChoiceChecks(QWidget):
    """A grid of check boxes for a few choices (topics, children, other parents)."""

    def __init__(
        self, choices: list[tuple[object, str]], chosen: set[object], columns: int
    ) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[object, QCheckBox]] = []
        for i, (value, label) in enumerate(choices):
            box = QCheckBox(label)
            box.setChecked(value in chosen)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes.append((value, box))
        if self.boxes:
            self.setFocusProxy(self.boxes[0][1])

    def chosen(self) -> list[object]:
        return [value for value, box in self.boxes if box.isChecked()]
