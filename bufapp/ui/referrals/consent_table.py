"""The rows of the consent register: a consent with its recipient and status, said in words
(``status_text``) and supported by colour, the categories shortened in the cell and whole in
the tooltip. The status comes from the domain (``consent_status``), as the consent gate's does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from bufapp.domain.consent import Consent, consent_status
from bufapp.domain.enums import ConsentStatus
from bufapp.ui.qt import QT_TR_NOOP, dark_theme, tr
from bufapp.ui.widgets.row_table_model import RowTableModel


def status_text(consent: Consent, today: date) -> str:
    status = consent_status(consent, today)
    if status is ConsentStatus.WITHDRAWN and consent.withdrawn_on is not None:
        return tr("Trukket tilbake {d}").format(d=f"{consent.withdrawn_on:%d.%m.%Y}")
    return tr(status.label)


def short_categories(consent: Consent, shown: int = 2) -> str:
    labels = [tr(c.label) for c in consent.categories]
    if len(labels) <= shown + 1:
        return ", ".join(labels)
    return ", ".join(labels[:shown]) + tr(" +{n}").format(n=len(labels) - shown)


@dataclass(frozen=True)
class ConsentRow:
    consent: Consent
    recipient: str
    status: ConsentStatus
    status_text: str


class ConsentTableModel(RowTableModel[ConsentRow]):
    # Status next to the recipient (what matters first); the purpose, the longest text, last.
    COLUMNS = (
        QT_TR_NOOP("Mottaker"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Opplysninger"),
        QT_TR_NOOP("Gitt"),
        QT_TR_NOOP("Form"),
        QT_TR_NOOP("Gyldig til"),
        QT_TR_NOOP("Formål"),
    )
    STATUS, CATEGORIES, PURPOSE = 1, 2, 6
    ID_ROLE = Qt.ItemDataRole.UserRole

    def row_data(self, row: ConsentRow, column: int, role: int) -> Any:
        consent = row.consent
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.recipient,
                row.status_text,
                short_categories(consent),
                f"{consent.given_on:%d.%m.%Y}",
                tr(consent.how.label) + (tr(", signert") if consent.signed_declaration else ""),
                f"{consent.valid_until:%d.%m.%Y}" if consent.valid_until else tr("Ikke satt"),
                consent.purpose,
            )[column]
        if role == self.ID_ROLE:
            return consent.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CATEGORIES:
                return "\n".join(tr(c.label) for c in consent.categories)
            if column == self.PURPOSE:
                return consent.purpose
            if column == self.STATUS and consent.withdrawal_note:
                return consent.withdrawal_note
        if role == Qt.ItemDataRole.ForegroundRole:
            # The status is always said in words too; colour only supports it.
            if row.status in (ConsentStatus.WITHDRAWN, ConsentStatus.EXPIRED):
                return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
            if row.status is ConsentStatus.EXPIRES_SOON and column in (self.STATUS, 5):
                return QBrush(QColor("#ffb74d" if dark_theme() else "#a15c00"))
        return None

    def row_key(self, row: ConsentRow) -> int | None:
        return row.consent.id
