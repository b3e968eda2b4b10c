"""The recovery key shown once and retyped, as wizard pages: the setup wizard ends with them
and the main window's "new recovery key" wizard is made of them.

The key can be shown again (Tilbake) until it is confirmed; leaving before that is a warned
choice, and the vault then keeps saying so (see ``recovery_key_actions``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from bufapp.services import setup
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.vault.recovery_key_widget import KeyConfirmation, RecoveryKeyLabel
from bufapp.ui.widgets.messages import Messages

Shown = Callable[[str | None, str | None], None]  # (recovery key, or None and an error)

LEAVE_UNCONFIRMED = QT_TR_NOOP(
    "Du har ikke bekreftet gjenopprettingsnøkkelen. Er den skrevet av feil, kan ingen åpne "
    "journalene hvis du glemmer passordet.\n\n"
    "Databasen kan brukes likevel, men bufapp minner deg på dette til du har laget og bekreftet "
    "en ny nøkkel (Fil → Lag og bekreft ny gjenopprettingsnøkkel …).\n\n"
    "Vil du avslutte uten å bekrefte nøkkelen?"
)


def _wrapped(text: str) -> QLabel:
    label = QLabel(tr(text))
    label.setWordWrap(True)
    return label


class KeyWizard(QWizard):
    """What both wizards share: the key, its confirmation, and the warning on leaving early.

    Subclasses say where the key comes from (``obtain_key``), how its confirmation is kept
    (``store_confirmation``) and whose office the printed sheet names (``office_name``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.recovery_key: str | None = None
        self.confirmed = False
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Neste >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Tilbake"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Avbryt"))

    def obtain_key(self, shown: Shown) -> None:
        raise NotImplementedError

    def store_confirmation(self) -> None:
        raise NotImplementedError

    def office_name(self) -> str:
        return ""

    def may_ask(self) -> bool:
        """False while the window is closed for a lock: nothing may wait for an answer then."""
        return True

    def mark_confirmed(self) -> bool:
        try:
            self.store_confirmation()
        except Exception as failure:  # a full disk: say so, keep the key shown
            Messages.error(
                self,
                tr("Bekreftelsen kunne ikke lagres: {reason}\nPrøv igjen.").format(reason=failure),
            )
            return False
        self.confirmed = True
        return True

    def make_room(self) -> None:
        """Grow (never shrink) until the current page has the room it asks for: QWizard does
        not follow a page whose minimum size grows after it was shown (the key on more lines).
        Wider first, within the screen, so the key keeps to as few lines as it can."""
        page = self.currentPage()
        if page is None:
            return
        spare = self.screen().availableGeometry().width() - self.frameGeometry().width()
        width = max(page.width(), min(page.sizeHint().width(), page.width() + max(0, spare)))
        height = page.minimumSizeHint().height()
        layout = page.layout()
        if layout is not None and layout.hasHeightForWidth():  # wrapped text: taller when narrow
            height = max(height, layout.totalHeightForWidth(width))
        grow_width = width - page.width()
        grow_height = max(0, height - page.height())
        if grow_height:
            self.setMinimumHeight(self.minimumHeight() + grow_height)
        if grow_width or grow_height:
            self.resize(self.width() + grow_width, self.height() + grow_height)

    def print_recovery_sheet(self) -> None:
        from bufapp.ui.documents.printing import print_recovery_sheet

        if self.recovery_key:
            print_recovery_sheet(self, self.recovery_key, self.office_name())

    def reject(self) -> None:
        """Avbryt, Esc and closing the window all come here."""
        unconfirmed = self.recovery_key is not None and not self.confirmed
        if unconfirmed and self.may_ask():
            leave = Messages.choose(
                self,
                tr(LEAVE_UNCONFIRMED),
                tr("Avslutt uten å bekrefte"),
                tr("Gå tilbake og bekreft"),
            )
            if not leave:
                return
        super().reject()


class RecoveryKeyPage(QWizardPage):
    """Obtains the key (creating the vault, or a new key) and shows it whole."""

    def __init__(self, wizard: KeyWizard, title: str, waiting: str) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr(title))
        self.setSubTitle(tr("Vises bare til du har bekreftet den. Den lagres ikke noe sted."))
        self.status = _wrapped(waiting)
        self.key_label = RecoveryKeyLabel()
        # Queued: the label reflows inside a resize, and the window must not resize in there.
        self.key_label.reflowed.connect(wizard.make_room, Qt.ConnectionType.QueuedConnection)
        self.print_button = QPushButton(tr("&Skriv ut nøkkelen …"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(wizard.print_recovery_sheet)
        advice = _wrapped(
            QT_TR_NOOP(
                "Skriv ut nøkkelen eller skriv den av for hånd, og oppbevar den innelåst, adskilt fra "
                "PC-en. Med den kan du åpne databasen hvis du glemmer passordet. Mistes både passord "
                "og nøkkel, kan ingen – heller ikke IT – åpne journalene igjen."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.key_label)
        layout.addWidget(advice)
        layout.addWidget(self.print_button)
        layout.addStretch(1)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Jeg har tatt vare på nøkkelen >"))

    def initializePage(self) -> None:
        if self._wizard.recovery_key is None:
            self._wizard.obtain_key(self._shown)

    def _shown(self, recovery_key: str | None, error: str | None) -> None:
        if recovery_key is None:
            self.status.setText(error or tr("Nøkkelen kunne ikke lages."))
            return
        self._wizard.recovery_key = recovery_key
        self.status.setText(tr("Dette er gjenopprettingsnøkkelen din, i 8 grupper à 5 tegn:"))
        self.key_label.set_key(recovery_key)
        self.print_button.setEnabled(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.recovery_key is not None


class ConfirmPage(QWizardPage):
    """Two groups retyped from paper; each one that does not match says so under its field."""

    def __init__(self, wizard: KeyWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Bekreft nøkkelen"))
        self.groups = setup.groups_to_confirm()
        self.setSubTitle(
            tr(
                "Skriv gruppe {a} og {b} fra nøkkelen du tok vare på. Trykk «Tilbake» for å se "
                "nøkkelen igjen."
            ).format(a=self.groups[0], b=self.groups[1])
        )
        self.confirmation = KeyConfirmation(self.groups)
        self.confirmation.changed.connect(self.completeChanged)
        self.inputs = self.confirmation.inputs
        layout = QVBoxLayout(self)
        layout.addWidget(self.confirmation)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.confirmation.set_key(self._wizard.recovery_key)

    def cleanupPage(self) -> None:
        """Tilbake keeps what was typed: the person only went to look at the key again."""

    def isComplete(self) -> bool:
        return self.confirmation.is_confirmed()

    def validatePage(self) -> bool:
        return self.isComplete() and self._wizard.mark_confirmed()
