"""The dialogs of backing up: what a backup holds before it replaces anything (with an explicit
confirmation when it is another vault's), and the result of the full check of the vault."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bufapp.ui.qt import QT_TR_NOOP, WARNING_STYLE, tr
from bufapp.ui.vault.backup_widgets import oslo_text, size_text

if TYPE_CHECKING:  # type hints only: the dialogs open after the database stack has loaded
    from bufapp.services.backups import BackupPreview
    from bufapp.storage.integrity import IntegrityReport

# (label, BackupContents field) in the order a caseworker thinks of them
COUNTED = (
    (QT_TR_NOOP("Foreldre"), "parents"),
    (QT_TR_NOOP("Kontakter i kontaktloggen"), "contact_entries"),
    (QT_TR_NOOP("Lagrede dokumenter"), "documents"),
    (QT_TR_NOOP("Møter i ansvarsgrupper"), "meetings"),
    (QT_TR_NOOP("Nettverkskart"), "network_maps"),
)


def _wrapped(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setAccessibleName(name)
    return label


class RestorePreviewDialog(QDialog):
    """The backup's date and contents; accepted means: lock, replace, keep the old one aside.

    ``confirmed_other_vault`` is True only when the person ticked the box for another vault's
    backup (the restore is refused without it)."""

    def __init__(self, preview: BackupPreview, vault_folder: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Gjenopprett fra sikkerhetskopi"))
        self.setMinimumWidth(520)
        self.preview = preview
        layout = QVBoxLayout(self)
        self.other_vault = QCheckBox(
            tr("Jeg vet at dette er en annen database, og vil likevel erstatte den som er i bruk.")
        )
        if preview.same_vault is False:
            warning = _wrapped(
                tr(
                    "<b>Sikkerhetskopi av en annen database.</b> Den er ikke tatt av databasen "
                    "som er i bruk her, men av en annen (et annet kontor eller en annen "
                    "installasjon). Gjenoppretter du den, er det den andre databasen du "
                    "arbeider i etterpå."
                ),
                tr("Advarsel"),
            )
            warning.setStyleSheet(WARNING_STYLE)
            layout.addWidget(warning)
            layout.addWidget(self.other_vault)
        layout.addWidget(_wrapped(tr("Sikkerhetskopien inneholder:")))
        facts = QFormLayout()
        facts.addRow(tr("Fil:"), _wrapped(preview.path.name, tr("Fil")))
        facts.addRow(tr("Tatt:"), _wrapped(oslo_text(preview.made_at), tr("Tatt")))
        facts.addRow(tr("Størrelse:"), QLabel(size_text(preview.size_bytes)))
        if preview.contents is not None:
            for label, field in COUNTED:
                count = QLabel(f"{getattr(preview.contents, field):,}".replace(",", "\u00a0"))
                count.setAccessibleName(tr(label))
                facts.addRow(tr(label) + ":", count)
        layout.addLayout(facts)
        if preview.contents is None:
            layout.addWidget(_wrapped(self._why_no_counts(), tr("Innhold")))
        layout.addWidget(
            _wrapped(
                tr(
                    "Databasen som er i bruk nå, slettes ikke: den flyttes til side i mappen "
                    "{folder}. bufapp låses, og du låser opp med passordet som gjaldt da "
                    "sikkerhetskopien ble tatt (eller med gjenopprettingsnøkkelen)."
                ).format(folder=vault_folder.parent),
                tr("Hva som skjer"),
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            tr("&Gjenopprett"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.other_vault.toggled.connect(self._update)
        self._update()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def _why_no_counts(self) -> str:
        if self.preview.same_vault is False:
            return tr(
                "Hvor mange foreldre, kontakter og dokumenter den inneholder, kan ikke vises: "
                "den kan bare åpnes med passordet til den andre databasen."
            )
        return tr(
            "Hvor mange foreldre, kontakter og dokumenter den inneholder, vises ikke før "
            "databasen er låst opp."
        )

    @property
    def confirmed_other_vault(self) -> bool:
        return self.preview.same_vault is False and self.other_vault.isChecked()

    def _update(self) -> None:
        needs_box = self.preview.same_vault is False
        self.restore_button.setEnabled(not needs_box or self.other_vault.isChecked())


class CheckResultDialog(QDialog):
    """The full check's result; when damaged, the way to restore."""

    restore_requested = Signal()

    def __init__(self, report: IntegrityReport, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Kontroll av databasen"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if report.ok:
            verdict = _wrapped(tr("<b>Databasen er hel.</b>"), tr("Resultat"))
        else:
            verdict = _wrapped(
                tr(
                    "<b>Databasen er skadet.</b> Ikke skriv mer i den. Gjenopprett fra siste "
                    "sikkerhetskopi og kontakt IT. Dette ble funnet:"
                ),
                tr("Resultat"),
            )
            verdict.setStyleSheet(WARNING_STYLE)
        layout.addWidget(verdict)
        if not report.ok:
            self.problems = QListWidget()
            self.problems.setAccessibleName(tr("Funne feil"))
            self.problems.addItems(report.problems)
            layout.addWidget(self.problems)
        layout.addWidget(
            _wrapped(
                tr(
                    "Kontrollert: hver kryptert side, databasens oppbygning, koblingene mellom "
                    "opplysningene, begge kopiene av nøkkelfilen og revisjonsloggens kjede."
                )
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Lukk"))
        buttons.rejected.connect(self.reject)
        if not report.ok:
            restore = QPushButton(tr("&Gjenopprett fra sikkerhetskopi …"))
            restore.clicked.connect(self._restore)
            buttons.addButton(restore, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)

    def _restore(self) -> None:
        self.accept()
        self.restore_requested.emit()
