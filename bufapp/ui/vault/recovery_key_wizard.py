"""«Lag og bekreft ny gjenopprettingsnøkkel …»: a new recovery key, shown and retyped with the
same pages as at first start (opened from ``recovery_key_actions``; «Bytt datanøkkel …» builds on
it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from bufapp.errors import user_text
from bufapp.services import setup
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.vault.recovery_key_pages import ConfirmPage, KeyWizard, RecoveryKeyPage, Shown
from bufapp.ui.widgets.tasks import TaskManager


class NewRecoveryKeyWizard(KeyWizard):
    def __init__(
        self,
        tasks: TaskManager,
        vault: Any,
        office: str,
        still_unlocked: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Ny gjenopprettingsnøkkel"))
        self.setMinimumSize(640, 480)
        self._tasks, self._vault, self._office = tasks, vault, office
        self._still_unlocked = still_unlocked
        self.key_page = RecoveryKeyPage(
            self, QT_TR_NOOP("Ny gjenopprettingsnøkkel"), QT_TR_NOOP("Lager en ny nøkkel …")
        )
        self.confirm_page = ConfirmPage(self)
        for page in self.pages_before_key():
            self.addPage(page)
        self.addPage(self.key_page)
        self.addPage(self.confirm_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Ferdig"))

    def pages_before_key(self) -> list[QWizardPage]:
        return []

    def obtain_key(self, shown: Shown) -> None:
        vault = self._vault
        self._tasks.run(
            lambda: setup.new_recovery_key(vault),
            lambda key: shown(key, None),
            lambda failure: shown(None, user_text(failure) or tr("Nøkkelen kunne ikke lages.")),
        )

    def store_confirmation(self) -> None:
        vault = self._vault
        self._tasks.run_blocking(lambda: setup.mark_confirmed(vault))

    def office_name(self) -> str:
        return self._office

    def may_ask(self) -> bool:
        return self._still_unlocked()
