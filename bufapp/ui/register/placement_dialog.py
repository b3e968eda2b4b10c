"""The dialog to add and edit a child's placement: the basis, the kind of place and who cares for
the child there, its dates, and whether the whereabouts are hidden from the parents (with the
decision's date and basis), in which case no document to the parents or to other services
names the place.

Like the other record dialogs it collects the placement, hands it to ``save`` (a service call
run on the database thread) and shows every rejected field under the field itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from bufapp.domain.entities import Placement
from bufapp.domain.enums import PlacementBasis, PlacementEndReason, PlaceType
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import OptionalDateEdit, date_edit, from_qdate
from bufapp.ui.widgets.record_dialog import RecordDialog, chosen, enum_combo, line
from bufapp.ui.widgets.tasks import TaskManager

# What choosing an end reason brings about (shown under the field).
END_REASON_HELP = {
    PlacementEndReason.REUNIFICATION: QT_TR_NOOP(
        "Når barnet flytter hjem, kommer en frist i Oversikt for å følge opp familien etter "
        "flyttingen."
    ),
    PlacementEndReason.CAME_OF_AGE: QT_TR_NOOP(
        "Ettervern (hjelp etter fylte 18 år, til 25 år) er et eget spørsmål, ikke en årsak til "
        "slutt. Oversikt minner om det før barnet fyller 18 år."
    ),
}


class PlacementDialog(RecordDialog[Placement]):
    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[Placement], Placement],
        child_id: int,
        placement: Placement | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QT_TR_NOOP("Rediger plassering")
            if placement and placement.id
            else QT_TR_NOOP("Ny plassering"),
            tasks,
            save,
            parent,
        )
        self._original = placement
        self._child_id = child_id
        self.kind = "placement"
        self.record_key = str(placement.id) if placement and placement.id else f"new:{child_id}"
        p = placement
        f = self.form
        self.basis = f.add_row(
            "basis", QT_TR_NOOP("&Grunnlag"), enum_combo(PlacementBasis, p.basis if p else None)
        )
        self.place_type = f.add_row(
            "place_type",
            QT_TR_NOOP("&Type tiltak"),
            enum_combo(PlaceType, p.place_type if p else None),
        )
        self.place_name = f.add_row(
            "place_name", QT_TR_NOOP("&Sted (valgfritt)"), line(p.place_name if p else "")
        )
        self.carer_names = f.add_row(
            "carer_names",
            QT_TR_NOOP("&Fosterforeldre / kontaktperson"),
            line(p.carer_names if p else ""),
        )
        self.place_address = f.add_row(
            "place_address", QT_TR_NOOP("Adr&esse"), line(p.place_address if p else "")
        )
        self.place_municipality = f.add_row(
            "place_municipality", QT_TR_NOOP("&Kommune"), line(p.place_municipality if p else "")
        )
        self.place_phone = f.add_row(
            "place_phone", QT_TR_NOOP("&Telefon"), line(p.place_phone if p else "")
        )
        self._add_hidden_rows(p)
        self.start_date = f.add_row(
            "start_date", QT_TR_NOOP("Start&dato"), date_edit(p.start_date if p else None)
        )
        self.end_date = f.add_row(
            "end_date",
            QT_TR_NOOP("S&luttdato"),
            OptionalDateEdit(tr("Avsluttet"), p.end_date if p else None),
        )
        self.end_reason = f.add_row(
            "end_reason",
            QT_TR_NOOP("Å&rsak til slutt"),
            enum_combo(PlacementEndReason, p.end_reason if p else None, allow_empty=True),
        )
        self._add_end_reason_help()

    def _add_end_reason_help(self) -> None:
        """What an end reason brings: the follow-up after a reunification, and that ettervern
        is its own question (not an end reason). Under the field, said to screen readers too."""
        self.end_reason_help = QLabel()
        self.end_reason_help.setObjectName("help_end_reason")
        self.end_reason_help.setWordWrap(True)
        self.end_reason_help.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        column = self.end_reason.parentWidget().layout()
        column.insertWidget(1, self.end_reason_help)  # under the field, above its error
        self.end_reason.currentIndexChanged.connect(self._explain_end_reason)
        self._explain_end_reason()

    def _explain_end_reason(self) -> None:
        reason = chosen(self.end_reason, PlacementEndReason)
        text = tr(END_REASON_HELP.get(reason, "")) if reason else ""
        self.end_reason_help.setText(text)
        self.end_reason_help.setVisible(bool(text))
        # A wrapped label in a form layout does not grow by itself (Qt's height-for-width).
        width = max(self.end_reason.width(), 320) - 8
        self.end_reason_help.setMinimumHeight(
            self.end_reason_help.heightForWidth(width) + 6 if text else 0
        )
        self.end_reason.setAccessibleDescription(text)

    def _add_hidden_rows(self, p: Placement | None) -> None:
        f = self.form
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.whereabouts_hidden = QCheckBox(tr("Bostedet skal være skjult for foreldrene"))
        self.whereabouts_hidden.setChecked(bool(p and p.whereabouts_hidden))
        explained = QLabel(
            tr(
                "Stedet, kommunen, fosterforeldrenes navn, adressen og telefonen kommer da ikke "
                "med i noe dokument til foreldrene eller til andre tjenester."
            )
        )
        explained.setWordWrap(True)
        column.addWidget(self.whereabouts_hidden)
        column.addWidget(explained)
        f.add_row("whereabouts_hidden", QT_TR_NOOP("Sperret &bosted"), holder)
        decided = p.hidden_decided_on if p and p.hidden_decided_on else None
        self.hidden_decided_on = f.add_row(
            "hidden_decided_on", QT_TR_NOOP("&Vedtaksdato"), date_edit(decided or date.today())
        )
        self.hidden_basis = f.add_row(
            "hidden_basis", QT_TR_NOOP("Grunnlag for &sperren"), line(p.hidden_basis if p else "")
        )
        self.hidden_basis.setPlaceholderText(tr("F.eks. fylkesnemndas vedtak, dato og saksnummer"))
        for editor in (self.hidden_decided_on, self.hidden_basis):
            editor.setEnabled(self.whereabouts_hidden.isChecked())
            self.whereabouts_hidden.toggled.connect(editor.setEnabled)

    def collect(self) -> Placement:
        base = self._original or Placement(
            self._child_id, PlacementBasis.VOLUNTARY, PlaceType.FOSTER_HOME, date.today()
        )
        hidden = self.whereabouts_hidden.isChecked()
        return replace(
            base,
            basis=chosen(self.basis, PlacementBasis),
            place_type=chosen(self.place_type, PlaceType),
            place_name=self.place_name.text().strip(),
            carer_names=self.carer_names.text().strip(),
            place_address=self.place_address.text().strip(),
            place_municipality=self.place_municipality.text().strip(),
            place_phone=self.place_phone.text().strip(),
            whereabouts_hidden=hidden,
            hidden_decided_on=from_qdate(self.hidden_decided_on.date()) if hidden else None,
            hidden_basis=self.hidden_basis.text().strip() if hidden else "",
            start_date=from_qdate(self.start_date.date()),
            end_date=self.end_date.value(),
            end_reason=chosen(self.end_reason, PlacementEndReason),
        )
