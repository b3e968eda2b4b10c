"""The main window's reminder that the recovery key is not confirmed, and the way to end it: a
new recovery key, shown and retyped with the same pages as at first start. A mixin of MainWindow.

The old key is never stored, so it cannot be shown again; a new one replaces it. The action is
there whenever the vault is unlocked (a lost sheet needs it too), the reminder only while the
key in use has not been retyped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from bufapp.ui.qt import tr
from bufapp.ui.vault.backup_widgets import AMBER
from bufapp.ui.widgets.messages import Messages

# The wizard and the vault's key services are imported where they are used: the unlock screen
# needs only the reminder and the menu entries (start-up time, issue 18).

REPLACE_WARNING = (
    "Du får en ny gjenopprettingsnøkkel som du skriver ut eller skriver av, og bekrefter. "
    "Den gamle nøkkelen slutter å virke med en gang, også på papir du har fra før.\n\n"
    "Vil du lage en ny nøkkel nå?"
)


class RecoveryKeyActions:
    workspace: Any
    tasks: Any
    _office_name: str
    _menus: dict[str, Any]
    _case_actions: list[QAction]
    statusBar: Callable[[], Any]  # QMainWindow's (an annotation only: a stub would shadow it)

    def install_recovery_key_reminder(self) -> None:
        """After the menus: the action sits in Fil above Avslutt, enabled while unlocked."""
        self.recovery_reminder = QPushButton(tr("Gjenopprettingsnøkkelen er ikke bekreftet"))
        self.recovery_reminder.setObjectName("recoveryKeyReminder")
        self.recovery_reminder.setStyleSheet(f"color: {AMBER}; font-weight: bold;")
        self.recovery_reminder.setFlat(True)
        self.recovery_reminder.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recovery_reminder.setToolTip(tr("Lag og bekreft ny gjenopprettingsnøkkel …"))
        self.recovery_reminder.setAccessibleDescription(
            tr(
                "Advarsel: nøkkelen er ikke skrevet inn igjen, så det er ikke sikkert at den "
                "virker. Trykk for å lage og bekrefte en ny."
            )
        )
        self.recovery_reminder.clicked.connect(self.new_recovery_key)
        self.recovery_reminder.hide()
        self.statusBar().addWidget(self.recovery_reminder)
        self.new_recovery_key_action = QAction(
            tr("Lag og bekreft &ny gjenopprettingsnøkkel …"),
            self,  # type: ignore[arg-type]
        )
        self.new_recovery_key_action.triggered.connect(self.new_recovery_key)
        self.change_data_key_action = QAction(tr("Bytt &datanøkkel …"), self)  # type: ignore[arg-type]
        self.change_data_key_action.triggered.connect(self.change_data_key)
        menu = self._menus["&Fil"]
        for action in (self.new_recovery_key_action, self.change_data_key_action):
            menu.insertAction(menu.actions()[-1], action)  # above Avslutt
            self._case_actions.append(action)

    def show_recovery_key_state(self) -> None:
        workspace = self.workspace
        if workspace is None:
            self.recovery_reminder.hide()
            return
        from bufapp.services import setup

        self.tasks.run(
            lambda: setup.recovery_key_confirmed(workspace.vault), self._show_recovery_key_state
        )

    def _show_recovery_key_state(self, confirmed: bool) -> None:
        self.recovery_reminder.setVisible(self.workspace is not None and not confirmed)
        self.new_recovery_key_action.setText(
            tr("&Ny gjenopprettingsnøkkel …")  # a lost sheet of a confirmed key
            if confirmed
            else tr("Lag og bekreft &ny gjenopprettingsnøkkel …")
        )

    def new_recovery_key(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        if not Messages.choose(
            self,  # type: ignore[arg-type]
            tr(REPLACE_WARNING),
            tr("Lag ny nøkkel"),
            tr("Avbryt"),
        ):
            return
        from bufapp.ui.vault.recovery_key_wizard import NewRecoveryKeyWizard

        self.recovery_wizard = NewRecoveryKeyWizard(
            self.tasks,
            workspace.vault,
            self._office_name,
            lambda: self.workspace is workspace,
            self,  # type: ignore[arg-type]
        )
        self.recovery_wizard.finished.connect(lambda _result: self.show_recovery_key_state())
        self.recovery_wizard.open()

    def change_data_key(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        from bufapp.ui.vault.data_key_wizard import DataKeyWizard

        self.recovery_wizard = DataKeyWizard(
            self.tasks,
            workspace.vault,
            self._office_name,
            lambda: self.workspace is workspace,
            self,
        )
        self.recovery_wizard.finished.connect(lambda _result: self.show_recovery_key_state())
        self.recovery_wizard.open()
