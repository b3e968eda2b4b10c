"""Printing the recovery sheet straight to the printer (never via a file on disk)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from bufapp.ui.qt import tr


def recovery_sheet_html(recovery_key: str, office: str) -> str:
    groups = "&nbsp;&nbsp;".join(escape(g) for g in recovery_key.split("-"))
    return (
        f"<h1>{escape(tr('Gjenopprettingsnøkkel for bufapp'))}</h1>"
        f"<p>{escape(office)} – {date.today():%d.%m.%Y}</p>"
        f"<p style='font-family:monospace;font-size:20pt'><b>{groups}</b></p>"
        f"<p>{escape(tr('Oppbevar arket innelåst, adskilt fra PC-en. Med nøkkelen kan databasen åpnes hvis passordet glemmes.'))}</p>"
    )


def print_recovery_sheet(parent: QWidget, recovery_key: str, office: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    document = QTextDocument()
    document.setHtml(recovery_sheet_html(recovery_key, office))
    document.print_(printer)
