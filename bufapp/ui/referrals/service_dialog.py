"""A service in the directory (the address book of referrals and consents): its type, name,
postal address and contact details. Like every record dialog it collects the service, hands it
to ``save`` on the database thread and shows each rejected field under the field itself. Draft
kind "service" keeps it as typed when the vault locks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from bufapp.domain.consent import Service
from bufapp.domain.enums import ServiceType
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.record_dialog import RecordDialog, chosen, enum_combo, line
from bufapp.ui.widgets.tasks import TaskManager


class ServiceDialog(RecordDialog[Service]):
    """A service in the directory: its type, name, postal address and contact details."""

    def __init__(
        self,
        tasks: TaskManager,
        save: Callable[[Service], Service],
        service: Service | None = None,
        parent: QWidget | None = None,
    ) -> None:
        editing = service is not None and service.id is not None
        super().__init__(
            QT_TR_NOOP("Rediger tjeneste") if editing else QT_TR_NOOP("Ny tjeneste"),
            tasks,
            save,
            parent,
        )
        self._original = service
        self.kind = "service"
        self.record_key = str(service.id) if service and service.id else "new"
        s = service or Service("", ServiceType.NAV)
        f = self.form
        self.type = f.add_row("type", QT_TR_NOOP("&Type"), enum_combo(ServiceType, s.type))
        self.name = f.add_row("name", QT_TR_NOOP("&Navn"), line(s.name))
        self.name.setPlaceholderText(tr("For eksempel: NAV Kárášjohka"))
        self.postal_address = f.add_row(
            "postal_address", QT_TR_NOOP("Post&adresse"), line(s.postal_address)
        )
        self.postal_address.setPlaceholderText(tr("Postboks 120, 9990 Fjellvik"))
        self.postal_address.setToolTip(tr("Komma deler adressen i linjer i brevets adressefelt."))
        self.phone = f.add_row("phone", QT_TR_NOOP("Tele&fon"), line(s.phone))
        self.email = f.add_row("email", QT_TR_NOOP("&E-post"), line(s.email))
        self.contact_person = f.add_row(
            "contact_person", QT_TR_NOOP("&Kontaktperson"), line(s.contact_person)
        )

    def collect(self) -> Service:
        base = self._original or Service("", ServiceType.NAV)
        kind = chosen(self.type, ServiceType)
        assert kind is not None
        return replace(
            base,
            type=kind,
            name=self.name.text(),
            postal_address=self.postal_address.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            contact_person=self.contact_person.text().strip(),
        )
