"""Printing the recovery sheet straight to the printer: the same document pipeline as every
letter, painted at 300 dpi. Never via a file, and never offered as "Lagre som PDF": the sheet
says the key must not be kept digitally."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bufapp.services.clock import today_oslo
from bufapp.services.documents import recovery_sheet
from bufapp.ui.documents.pdf_preview import print_pdf
from bufapp.ui.qt import QT_TR_NOOP, tr

NO_PRINTER_FOR_THE_SHEET = QT_TR_NOOP(
    "Ingen skriver er satt opp på denne maskinen, så arket ble ikke skrevet ut. Skriv "
    "gjenopprettingsnøkkelen av for hånd på papir, og kontroller den tegn for tegn."
)


def print_recovery_sheet(parent: QWidget, recovery_key: str, office: str) -> None:
    print_pdf(
        parent, recovery_sheet(recovery_key, office, today_oslo()), tr(NO_PRINTER_FOR_THE_SHEET)
    )
