"""Who came to the meeting: one row per member of the group, til stede / meldt forfall / ikke til
stede, with a button that marks everyone not yet chosen as present."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from bufapp.domain.enums import Attendance
from bufapp.domain.groups import ResponsibilityGroup
from bufapp.ui.groups.meeting_widgets import member_label
from bufapp.ui.qt import tr


class AttendancePanel(QWidget):
    changed = Signal()

    def __init__(
        self, group: ResponsibilityGroup, attendance: tuple[tuple[str, Attendance], ...]
    ) -> None:
        super().__init__()
        chosen = dict(attendance)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)  # the choices stay next to the names
        self.combos: list[tuple[str, QComboBox]] = []
        # Members no longer in the group keep their line in minutes written before.
        keys = [m.key for m in group.members]
        keys += [k for k in chosen if k not in keys]
        for row, key in enumerate(keys):
            name = QLabel(member_label(group, key))
            combo = QComboBox()
            combo.addItem(tr("– velg –"), None)
            for how in Attendance:
                combo.addItem(tr(how.label), how)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(key))))
            combo.setAccessibleName(tr("Oppmøte for {name}").format(name=group.name_of(key)))
            name.setBuddy(combo)
            combo.currentIndexChanged.connect(self.changed)
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos.append((key, combo))
        self.all_present = QPushButton(tr("Resten var til &stede"))
        self.all_present.setToolTip(tr("Alle som ikke er valgt ennå, føres opp som til stede"))
        self.all_present.clicked.connect(self.mark_rest_present)
        grid.addWidget(self.all_present, len(keys), 1)
        if self.combos:
            self.setFocusProxy(self.combos[0][1])

    def mark_rest_present(self) -> None:
        for _key, combo in self.combos:
            if combo.currentData() is None:
                combo.setCurrentIndex(combo.findData(Attendance.PRESENT))

    def attendance(self) -> tuple[tuple[str, Attendance], ...]:
        return tuple(
            (key, Attendance(combo.currentData()))
            for key, combo in self.combos
            if combo.currentData() is not None
        )
