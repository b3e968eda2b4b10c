"""The group offers' dialogs: an offer of the catalogue (who runs it — from the address book or
named in words — when, where, the contact and how to sign up), and a parent's way through the
offers (told and their answer, referred, started, sessions attended, completed or stopped, their
evaluation). Each keeps what is typed as a draft through a lock."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QSpinBox, QWidget

from bufapp.domain.consent import Service
from bufapp.domain.enums import GroupOfferType, OfferAnswer
from bufapp.domain.group_offers import GroupOffer, GroupParticipation
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import OptionalDateEdit
from bufapp.ui.widgets.parent_banner import show_about
from bufapp.ui.widgets.record_dialog import RecordDialog, chosen, enum_combo, line
from bufapp.ui.widgets.tasks import TaskManager

GENERAL = QT_TR_NOOP("Gruppetilbudene generelt")
USEFULNESS_TEXTS = {
    1: QT_TR_NOOP("1 – ikke nyttig"),
    2: "2",
    3: "3",
    4: "4",
    5: QT_TR_NOOP("5 – svært nyttig"),
}


def text_box(text: str, height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else in a form
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 3 // 2)
    return box


def optional_date(
    value: date | None, suggested: date, check_text: str = QT_TR_NOOP("Dato")
) -> OptionalDateEdit:
    editor = OptionalDateEdit(tr(check_text), value or suggested)
    editor.set_value(value)
    return editor


def count_box(value: int | None, most: int, unset: str) -> QSpinBox:
    """0 reads ``unset`` and means «not written»."""
    box = QSpinBox()
    box.setRange(0, most)
    box.setSpecialValueText(tr(unset))
    box.setValue(value or 0)
    return box


def offer_key(offer: GroupOffer) -> str:
    return str(offer.id) if offer.id is not None else "new"


def participation_key(record: GroupParticipation) -> str:
    ident = record.id if record.id is not None else "new"
    return f"{record.parent_id}:{ident}"


class OfferDialog(RecordDialog[GroupOffer]):
    """An offer of the catalogue. The provider is chosen from the address book, or, when it is
    not there, written; the family counselling office's own offer is ticked."""

    kind = "group-offer"

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[GroupOffer], GroupOffer],
        offer: GroupOffer,
        services: Sequence[Service],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Gruppetilbud"), tasks, save, parent)
        self._offer = offer
        self.record_key = offer_key(offer)
        f = self.form
        self.name = f.add_row("name", QT_TR_NOOP("&Navn"), line(offer.name))
        self.offer_type = f.add_row(
            "offer_type", QT_TR_NOOP("&Type"), enum_combo(GroupOfferType, offer.offer_type)
        )
        self.own_office = QCheckBox(tr("Familievernkontorets eget tilbud"))
        self.own_office.setChecked(offer.own_office)
        f.add_row("own_office", QT_TR_NOOP("&Eget tilbud"), self.own_office)
        providers = QComboBox()
        providers.addItem(tr("(ikke i adresseboken)"), None)
        for service in services:
            providers.addItem(f"{service.name} ({tr(service.type.label).lower()})", service.id)
        index = providers.findData(offer.provider_id) if offer.provider_id is not None else 0
        providers.setCurrentIndex(max(0, index))
        self.provider = f.add_row("provider_id", QT_TR_NOOP("&Hvem driver"), providers)
        self.provider_name = f.add_row(
            "provider_name", QT_TR_NOOP("&Eller skriv navnet"), line(offer.provider_name)
        )
        self.starts_on = f.add_row(
            "starts_on",
            QT_TR_NOOP("&Starter"),
            optional_date(offer.starts_on, today, QT_TR_NOOP("Dato")),
        )
        self.ends_on = f.add_row(
            "ends_on",
            QT_TR_NOOP("&Slutter"),
            optional_date(offer.ends_on, today, QT_TR_NOOP("Dato")),
        )
        self.schedule = f.add_row("schedule", QT_TR_NOOP("&Når (i ord)"), line(offer.schedule))
        self.schedule.setPlaceholderText(tr("For eksempel: tirsdager kl. 18–20, annenhver uke"))
        self.sessions = f.add_row(
            "sessions",
            QT_TR_NOOP("&Antall samlinger"),
            count_box(offer.sessions, 200, QT_TR_NOOP("ikke satt")),
        )
        self.place = f.add_row("place", QT_TR_NOOP("Ste&d"), line(offer.place))
        self.contact = f.add_row("contact", QT_TR_NOOP("&Kontaktperson"), line(offer.contact))
        self.sign_up = f.add_row("sign_up", QT_TR_NOOP("&Påmelding"), line(offer.sign_up))
        self.sign_up.setPlaceholderText(tr("Hvordan foreldrene melder seg på"))
        self.description = f.add_row(
            "description", QT_TR_NOOP("&Om tilbudet"), text_box(offer.description, 60)
        )
        self.active = QCheckBox(tr("Tilbudet er aktivt (med i oversikten)"))
        self.active.setChecked(offer.active)
        f.add_row("active", QT_TR_NOOP("Akti&vt"), self.active)

    def collect(self) -> GroupOffer:
        sessions = self.sessions.value()
        return replace(
            self._offer,
            name=self.name.text(),
            offer_type=chosen(self.offer_type, GroupOfferType) or GroupOfferType.OTHER,
            own_office=self.own_office.isChecked(),
            provider_id=self.provider.currentData(),
            provider_name=self.provider_name.text(),
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
            schedule=self.schedule.text(),
            sessions=sessions or None,
            place=self.place.text(),
            contact=self.contact.text(),
            sign_up=self.sign_up.text(),
            description=self.description.toPlainText(),
            active=self.active.isChecked(),
        )


class ParticipationDialog(RecordDialog[GroupParticipation]):
    """A parent's way through an offer, each step a date that may be left out: told of the
    offers and their answer, referred, started, the sessions attended, completed or stopped (and
    why), and the parent's own evaluation with «Hvor nyttig» 1–5."""

    kind = "group-participation"

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[GroupParticipation], GroupParticipation],
        record: GroupParticipation,
        offers: Sequence[GroupOffer],
        today: date,
        about: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QT_TR_NOOP("Deltakelse i gruppetilbud"), tasks, save, parent)
        show_about(self, about)
        self._record = record
        self.record_key = participation_key(record)
        f = self.form
        offer_box = QComboBox()
        offer_box.addItem(tr(GENERAL), None)
        for offer in offers:
            if offer.active or offer.id == record.offer_id:
                sessions = tr(", {n} samlinger").format(n=offer.sessions) if offer.sessions else ""
                offer_box.addItem(
                    f"{offer.name} ({tr(offer.offer_type.label)}{sessions})", offer.id
                )
        index = offer_box.findData(record.offer_id) if record.offer_id is not None else 0
        offer_box.setCurrentIndex(max(0, index))
        self.offer = f.add_row("offer_id", QT_TR_NOOP("&Tilbud"), offer_box)
        self.informed_on = f.add_row(
            "informed_on", QT_TR_NOOP("&Informert"), optional_date(record.informed_on, today)
        )
        self.answer = f.add_row(
            "answer",
            QT_TR_NOOP("Forelderens &svar"),
            enum_combo(OfferAnswer, record.answer, allow_empty=True),
        )
        self.referred_on = f.add_row(
            "referred_on", QT_TR_NOOP("&Henvist"), optional_date(record.referred_on, today)
        )
        self.started_on = f.add_row(
            "started_on", QT_TR_NOOP("S&tartet"), optional_date(record.started_on, today)
        )
        self.sessions_attended = f.add_row(
            "sessions_attended",
            QT_TR_NOOP("Samlinger &deltatt"),
            count_box(record.sessions_attended, 200, QT_TR_NOOP("ikke skrevet")),
        )
        self.completed_on = f.add_row(
            "completed_on", QT_TR_NOOP("&Fullført"), optional_date(record.completed_on, today)
        )
        self.stopped_on = f.add_row(
            "stopped_on", QT_TR_NOOP("Sl&uttet før tiden"), optional_date(record.stopped_on, today)
        )
        self.stopped_reason = f.add_row(
            "stopped_reason", QT_TR_NOOP("H&vorfor sluttet"), text_box(record.stopped_reason, 40)
        )
        self.evaluation = f.add_row(
            "evaluation", QT_TR_NOOP("Forelderens &evaluering"), text_box(record.evaluation, 60)
        )
        self.evaluation.setPlaceholderText(tr("Med forelderens egne ord"))
        useful = QComboBox()
        useful.addItem("", None)
        for value, text in USEFULNESS_TEXTS.items():
            useful.addItem(tr(text), value)
        useful.setCurrentIndex(max(0, useful.findData(record.usefulness)))
        self.usefulness = f.add_row("usefulness", QT_TR_NOOP("Hvor n&yttig"), useful)
        self.note = f.add_row("note", QT_TR_NOOP("&Merknad"), text_box(record.note, 40))

    def collect(self) -> GroupParticipation:
        return replace(
            self._record,
            offer_id=self.offer.currentData(),
            informed_on=self.informed_on.value(),
            answer=chosen(self.answer, OfferAnswer),
            referred_on=self.referred_on.value(),
            started_on=self.started_on.value(),
            sessions_attended=self.sessions_attended.value() or None,
            completed_on=self.completed_on.value(),
            stopped_on=self.stopped_on.value(),
            stopped_reason=self.stopped_reason.toPlainText(),
            evaluation=self.evaluation.toPlainText(),
            usefulness=self.usefulness.currentData(),
            note=self.note.toPlainText(),
        )
