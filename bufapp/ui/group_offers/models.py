"""The view's tables: the catalogue (no names: how many parents an offer has had is a count) and
the chosen parent's participations, one row per offer (or the telling in general)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from bufapp.domain.group_offers import GroupParticipation
from bufapp.services.group_offers.service import CatalogueRow, ParticipationLine
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.row_table_model import RowTableModel


def day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value is not None else ""


class CatalogueModel(RowTableModel[CatalogueRow]):
    COLUMNS = (
        QT_TR_NOOP("Navn"),
        QT_TR_NOOP("Type"),
        QT_TR_NOOP("Hvem driver"),
        QT_TR_NOOP("Når"),
        QT_TR_NOOP("Sted"),
        QT_TR_NOOP("Deltakere"),
        QT_TR_NOOP("Status"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.today: date | None = None  # an active offer past its end says so

    def status(self, row: CatalogueRow) -> str:
        offer = row.offer
        if not offer.active:
            return tr("Avsluttet")
        if self.today is not None and offer.ends_on is not None and offer.ends_on < self.today:
            return tr("Aktivt – sluttdatoen er passert")
        return tr("Aktivt")

    def row_key(self, row: CatalogueRow) -> Any:
        return row.offer.id

    def row_data(self, row: CatalogueRow, column: int, role: int) -> Any:
        offer = row.offer
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                offer.name,
                tr(offer.offer_type.label),
                row.provider,
                row.when,
                offer.place,
                str(row.participants) if row.participants else "",
                self.status(row),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and offer.description:
            return offer.description
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return tr("Antall foreldre registrert med dette tilbudet (ingen navn her)")
        return None


def step_text(record: GroupParticipation) -> str:
    """``record.step`` in the interface's language."""
    word, answer = record.step_parts
    return f"{tr(word)} – {tr(answer).lower()}" if answer else tr(word)


class ParticipationModel(RowTableModel[ParticipationLine]):
    COLUMNS = (
        QT_TR_NOOP("Tilbud"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Informert"),
        QT_TR_NOOP("Henvist"),
        QT_TR_NOOP("Startet"),
        QT_TR_NOOP("Samlinger"),
        QT_TR_NOOP("Avsluttet"),
        QT_TR_NOOP("Hvor nyttig"),
    )

    def row_key(self, row: ParticipationLine) -> Any:
        return row.record.id

    def row_data(self, row: ParticipationLine, column: int, role: int) -> Any:
        r = row.record
        if role == Qt.ItemDataRole.DisplayRole:
            of = row.offer.sessions if row.offer is not None else None
            attended = "" if r.sessions_attended is None else str(r.sessions_attended)
            if attended and of:
                attended = tr("{n} av {of}").format(n=attended, of=of)
            ended = day(r.completed_on or r.stopped_on)
            return (
                row.offer_name,
                step_text(r),
                day(r.informed_on),
                day(r.referred_on),
                day(r.started_on),
                attended,
                ended,
                tr("{n} av 5").format(n=r.usefulness) if r.usefulness else "",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            words = [
                r.evaluation,
                r.stopped_reason and tr("Sluttet: {reason}").format(reason=r.stopped_reason),
                r.note,
            ]
            return "\n".join(w for w in words if w) or None
        return None
