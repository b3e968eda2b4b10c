"""«Bytt datanøkkel …»: the passphrase typed again, the database re-encrypted under a new data
key on the database worker (a progress bar meanwhile: a large vault takes minutes), then the new
recovery key that comes with it, shown and retyped as at first start."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWizard, QWizardPage

from bufapp.services import setup
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.vault.passphrase_fields import password_line
from bufapp.ui.vault.recovery_key_pages import Shown
from bufapp.ui.vault.recovery_key_wizard import NewRecoveryKeyWizard
from bufapp.ui.widgets.tasks import TaskManager

EXPLANATION = QT_TR_NOOP(
    "Databasen krypteres på nytt med en ny, tilfeldig datanøkkel, slik at en nøkkel eller et "
    "nøkkelark som kan ha kommet på avveie, ikke lenger åpner den. Passordet ditt er det samme, "
    "men du får en ny gjenopprettingsnøkkel som du skriver ut og bekrefter; den gamle slutter "
    "å virke.\n\n"
    "Sikkerhetskopier tatt før i dag åpnes fortsatt med det som gjaldt da. Ta en ny "
    "sikkerhetskopi etterpå og slett de gamle hvis de kan ha vært eksponert."
)


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Bytt datanøkkel"))
        explanation = QLabel(tr(EXPLANATION))
        explanation.setWordWrap(True)
        self.passphrase = password_line()
        self.passphrase.setAccessibleName(tr("Passord"))
        self.passphrase.textChanged.connect(self.completeChanged)
        label = QLabel(tr("Skriv &passordet ditt for å bekrefte:"))
        label.setBuddy(self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addStretch(1)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Bytt datanøkkel >"))

    def isComplete(self) -> bool:
        return bool(self.passphrase.text())


class DataKeyWizard(NewRecoveryKeyWizard):
    def __init__(
        self,
        tasks: TaskManager,
        vault: Any,
        office: str,
        still_unlocked: Callable[[], bool],
        parent: Any = None,
    ) -> None:
        super().__init__(tasks, vault, office, still_unlocked, parent)
        self.setWindowTitle(tr("Bytt datanøkkel"))
        self.key_page.setTitle(tr("Ny gjenopprettingsnøkkel"))
        self.key_page.status.setText(
            tr("Bytter datanøkkel og krypterer databasen på nytt … Det kan ta noen minutter.")
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # how far SQLite has come is not told: indeterminate
        self.progress.setAccessibleName(tr("Bytter datanøkkel"))
        self.progress.hide()
        layout = self.key_page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.progress)
        self.busy = False
        # QWizard sets its buttons after initializePage (where the work starts): set ours after.
        self.currentIdChanged.connect(lambda _id: self._show_busy())

    def pages_before_key(self) -> list[QWizardPage]:
        self.passphrase_page = PassphrasePage()
        return [self.passphrase_page]

    def obtain_key(self, shown: Shown) -> None:
        vault, typed = self._vault, self.passphrase_page.passphrase.text()
        self.passphrase_page.passphrase.clear()
        self._working(True)

        def done(key: str | None, error: str | None) -> None:
            shown(key, error)
            self._working(False)  # after: QWizard sets its buttons when the page completes

        self._tasks.run(
            lambda: setup.change_data_key(vault, typed),
            lambda key: done(key, None),
            lambda failure: done(None, str(failure)),
        )

    def _working(self, busy: bool) -> None:
        """While the database is re-encrypted, nothing leaves the page: its new recovery key
        must be shown when it is done."""
        self.busy = busy
        self._show_busy()

    def _show_busy(self) -> None:
        self.progress.setVisible(self.busy)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not self.busy)
        # Back to the passphrase only when the change failed (to type it again): once the key
        # has changed, going there would start a second change and lose this recovery key.
        page = self.currentPage()
        failed = page is self.key_page and not self.recovery_key
        self.button(QWizard.WizardButton.BackButton).setEnabled(
            not self.busy and (page is self.confirm_page or failed)
        )

    def reject(self) -> None:
        if self.busy and self.may_ask():  # a lock still closes it (the change completes)
            return
        super().reject()
