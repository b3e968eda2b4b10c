"""The main window (a first version: the parent list; the desktop-application issue grows it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bufapp.errors import WrongPassphrase
from bufapp.services.register import RegisterService
from bufapp.ui.parent_table_model import ParentTableModel
from bufapp.ui.qt import tr

V = TypeVar("V")


def show_error(message: str) -> None:
    QMessageBox.critical(None, tr("bufapp"), message)


def ask_and_unlock(directory: Path, opener: Callable[[Path, str], V]) -> V | None:
    """Ask for the passphrase until it opens the vault or the person cancels."""
    prompt = tr("Passord for databasen:")
    while True:
        text, accepted = QInputDialog.getText(
            None, tr("Lås opp bufapp"), prompt, QLineEdit.EchoMode.Password
        )
        if not accepted:
            return None
        try:
            return opener(directory, text)
        except WrongPassphrase:
            prompt = tr("Feil passord. Prøv igjen:")


class MainWindow(QMainWindow):
    def __init__(
        self,
        register: RegisterService,
        demo: bool = False,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._register = register
        self._on_close = on_close
        office = register.office()
        title = f"bufapp – {office.municipality}" if office else "bufapp"
        self.setWindowTitle(f"{title} – DEMO" if demo else title)
        self.resize(1000, 640)

        central = QWidget()
        layout = QVBoxLayout(central)
        if demo:
            banner = QLabel(
                tr("DEMO – bare oppdiktede personer. Ikke legg inn ekte opplysninger her.")
            )
            banner.setObjectName("demoBanner")
            banner.setStyleSheet("background:#8a1c1c;color:white;font-weight:bold;padding:6px;")
            banner.setAccessibleName(tr("Demovarsel"))
            layout.addWidget(banner)
        self.model = ParentTableModel(register.parent_summaries())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Foreldre"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.statusBar().showMessage(tr("{n} foreldre").format(n=self.model.rowCount()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._on_close is not None:
            self._on_close()
        super().closeEvent(event)
