"""The office's sectors for new network maps: rename (type over a name, or F2), add, remove and
reorder them. Maps already drawn keep their own sectors; a new map starts with these."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.domain.network import NetworkSector
from bufapp.errors import BufappError, ValidationFailed
from bufapp.services.network_maps import NetworkMapService
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import FieldForm, submit_buttons
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager

KEY_ROLE = Qt.ItemDataRole.UserRole


class SectorsDialog(QDialog):
    def __init__(
        self, tasks: TaskManager, maps: NetworkMapService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sektorer i nettverkskartet"))
        self.setMinimumWidth(480)
        self._tasks = tasks
        self._maps = maps
        self.saved: tuple[NetworkSector, ...] | None = None
        self.loaded = False
        self.sectors = QListWidget()
        self.sectors.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.sectors.setAccessibleDescription(
            tr("Skriv for å gi nytt navn (eller F2). Rekkefølgen er rekkefølgen rundt kartet, "
               "med klokka fra toppen.")
        )  # fmt: skip
        self.form = FieldForm()
        self.form.add_row("sectors", QT_TR_NOOP("&Sektorer"), self.sectors)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(tr("&Legg til"))
        self.remove_button = QPushButton(tr("&Fjern"))
        self.up_button = QPushButton(tr("Flytt &opp"))
        self.down_button = QPushButton(tr("Flytt &ned"))
        for button, slot in ((self.add_button, self.add_sector), (self.remove_button, self.remove_sector),
                             (self.up_button, lambda: self.move(-1)),
                             (self.down_button, lambda: self.move(1))):  # fmt: skip
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.form, 1)
        row.addLayout(buttons)
        note = QLabel(
            tr("Endringene gjelder nye kart. Kart som alt er tegnet, beholder sine sektorer.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(submit_buttons(self, self.submit, QT_TR_NOOP("&Lagre")))
        tasks.run(maps.sectors, self._show)

    def _show(self, sectors: tuple[NetworkSector, ...]) -> None:
        self.sectors.clear()
        for sector in sectors:
            self._append(sector.name, sector.key)
        self.sectors.setCurrentRow(0)
        self.loaded = True

    def _append(self, name: str, key: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.sectors.addItem(item)
        return item

    def add_sector(self) -> None:
        item = self._append(tr("Ny sektor"), "")  # the service gives it a key
        self.sectors.setCurrentItem(item)
        self.sectors.setFocus()
        self.sectors.editItem(item)

    def remove_sector(self) -> None:
        row = self.sectors.currentRow()
        if row >= 0:
            self.sectors.takeItem(row)

    def move(self, step: int) -> None:
        row = self.sectors.currentRow()
        if row < 0 or not 0 <= row + step < self.sectors.count():
            return
        item = self.sectors.takeItem(row)
        self.sectors.insertItem(row + step, item)
        self.sectors.setCurrentRow(row + step)

    def chosen(self) -> list[NetworkSector]:
        return [
            NetworkSector(
                str(self.sectors.item(i).data(KEY_ROLE) or ""), self.sectors.item(i).text()
            )
            for i in range(self.sectors.count())
        ]

    def submit(self) -> None:
        sectors, maps = self.chosen(), self._maps
        self.setEnabled(False)
        self._tasks.run(lambda: maps.save_sectors(sectors), self._saved, self._failed)

    def _saved(self, sectors: tuple[NetworkSector, ...]) -> None:
        self.saved = sectors
        self.setEnabled(True)
        self.accept()

    def _failed(self, failure: Exception) -> None:
        self.setEnabled(True)
        if isinstance(failure, ValidationFailed):
            self.form.show_problems(failure.problems)
        elif isinstance(failure, BufappError):
            Messages.error(self, str(failure))
        else:
            raise failure
