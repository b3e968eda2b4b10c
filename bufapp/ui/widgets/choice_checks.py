"""A few choices as a grid of check boxes, read back as the chosen values: a contact's topics,
the children it concerns and the other parents present, a referral's children. The information
categories have their own (``category_checks``)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Generic, TypeVar

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

V = TypeVar("V")


class ChoiceChecks(QWidget, Generic[V]):
    """``choices`` (value, label) as check boxes, ``columns`` to a row; those in ``chosen``
    ticked. The focus goes to the first box."""

    def __init__(
        self, choices: Sequence[tuple[V, str]], chosen: Collection[V], columns: int
    ) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[V, QCheckBox]] = []
        for i, (value, label) in enumerate(choices):
            box = QCheckBox(label)
            box.setChecked(value in chosen)
            self.grid.addWidget(box, i // columns, i % columns)
            self.boxes.append((value, box))
        if self.boxes:
            self.setFocusProxy(self.boxes[0][1])

    def chosen(self) -> list[V]:
        return [value for value, box in self.boxes if box.isChecked()]
