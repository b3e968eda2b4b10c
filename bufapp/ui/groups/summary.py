"""The top of the group page: the group's purpose, its period, the coordinator (and whether the
parent agreed to the choice) and which categories of information the minutes share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QWidget

from bufapp.ui.groups.page_parts import hint
from bufapp.ui.groups.tables import day
from bufapp.ui.qt import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from bufapp.domain.groups import ResponsibilityGroup


class GroupSummary(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.purpose, self.period, self.coordinator, self.shares = (hint() for _ in range(4))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((QT_TR_NOOP("Formål:"), self.purpose), (QT_TR_NOOP("Periode:"), self.period),
                              (QT_TR_NOOP("Koordinator:"), self.coordinator),
                              (QT_TR_NOOP("Referatet deler:"), self.shares)):  # fmt: skip
            form.addRow(tr(label), widget)

    def show_group(self, group: ResponsibilityGroup) -> None:
        self.purpose.setText(group.purpose)
        period = tr("Startet {d}").format(d=day(group.started_on))
        if group.ended_on:
            period += tr(", avsluttet {d}").format(d=day(group.ended_on))
        self.period.setText(period)
        coordinator = group.member(group.coordinator)
        if coordinator is None:
            text = tr("Ikke valgt ennå – velg koordinator sammen med forelderen.")
        elif group.coordinator_agreed_with_parent:
            text = tr("{name} (valgt sammen med forelderen)").format(name=coordinator.name)
        else:
            text = tr("{name} – ikke avklart med forelderen ennå").format(name=coordinator.name)
        self.coordinator.setText(text)
        self.shares.setText(
            ", ".join(tr(c.label) for c in group.shared_categories) or tr("Ingenting")
        )
