"""The main window's reminder that the recovery key is not confirmed, and the way to end it: a
new recovery key, shown and retyped with the same pages as at first start, and a new data key.
The window owns one, and places its two menu entries in Fil.

The old key is never stored, so it cannot be shown again; a new one replaces it. The action is
there whenever the vault is unlocked (a lost sheet needs it too), the reminder only while the
key in use has not been retyped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.vault.backup_widgets import AMBER
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.services.workspace import Workspace
    from bufapp.ui.vault.recovery_key_wizard import NewRecoveryKeyWizard

# The wizard and the vault's key services are imported where they are used: the unlock screen
# needs only the reminder and the menu entries (start-up time, issue 18).

REPLACE_WARNING = QT_TR_NOOP(
    "Du får en ny gjenopprettingsnøkkel som du skriver ut eller skriver av, og bekrefter. "
    "Den gamle nøkkelen slutter å virke med en gang, også på papir du har fra før.\n\n"
    "Vil du lage en ny nøkkel nå?"
)


class RecoveryKeyActions:
    def __init__(self, context: WindowContext, office_name: Callable[[], str]) -> None:
        self._context = context
        self._office_name = office_name  # the open vault's office, named in the new sheet
        window = context.window
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
        self.new_recovery_key_action = QAction(
            tr("Lag og bekreft &ny gjenopprettingsnøkkel …"), window
        )
        self.new_recovery_key_action.triggered.connect(self.new_recovery_key)
        self.change_data_key_action = QAction(tr("Bytt &datanøkkel …"), window)
        self.change_data_key_action.triggered.connect(self.change_data_key)
        self.recovery_wizard: NewRecoveryKeyWizard | None = None  # the last one opened

    @property
    def menu_actions(self) -> list[QAction]:
        """For the Fil menu, above Avslutt; enabled while unlocked."""
        return [self.new_recovery_key_action, self.change_data_key_action]

    def show_recovery_key_state(self) -> None:
        workspace = self._context.workspace()
        if workspace is None:
            self.recovery_reminder.hide()
            return
        from bufapp.services import setup

        self._context.tasks.run(
            lambda: setup.recovery_key_confirmed(workspace.vault), self._show_recovery_key_state
        )

    def _show_recovery_key_state(self, confirmed: bool) -> None:
        self.recovery_reminder.setVisible(self._context.workspace() is not None and not confirmed)
        self.new_recovery_key_action.setText(
            tr("&Ny gjenopprettingsnøkkel …")  # a lost sheet of a confirmed key
            if confirmed
            else tr("Lag og bekreft &ny gjenopprettingsnøkkel …")
        )

    def new_recovery_key(self) -> None:
        context = self._context
        workspace = context.workspace()
        if workspace is None:
            return
        if not Messages.choose(
            context.window, tr(REPLACE_WARNING), tr("Lag ny nøkkel"), tr("Avbryt")
        ):
            return
        from bufapp.ui.vault.recovery_key_wizard import NewRecoveryKeyWizard

        self._open_wizard(NewRecoveryKeyWizard, workspace)

    def change_data_key(self) -> None:
        context = self._context
        workspace = context.workspace()
        if workspace is None:
            return
        from bufapp.ui.vault.data_key_wizard import DataKeyWizard

        self._open_wizard(DataKeyWizard, workspace)

    def _open_wizard(self, kind: type[NewRecoveryKeyWizard], workspace: Workspace) -> None:
        """The wizard works on ``workspace`` only while it is the open one (a lock ends it)."""
        context = self._context
        self.recovery_wizard = kind(
            context.tasks,
            workspace.vault,
            self._office_name(),
            lambda: context.workspace() is workspace,
            context.window,
        )
        self.recovery_wizard.finished.connect(lambda _result: self.show_recovery_key_state())
        self.recovery_wizard.open()
