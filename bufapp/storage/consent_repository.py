"""The service directory and the consent register."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bufapp.domain.consent import Consent, Service
from bufapp.domain.enums import InformationCategory
from bufapp.errors import NotFound
from bufapp.storage.models import ConsentCategoryRow, ConsentRow, ServiceRow

_SERVICE_FIELDS = ("name", "type", "postal_address", "phone", "email", "contact_person")
_CONSENT_FIELDS = (
    "parent_id",
    "purpose",
    "given_on",
    "how",
    "service_id",
    "service_type",
    "signed_declaration",
    "valid_until",
    "withdrawn_on",
    "withdrawal_note",
)
_ORDER = {category: i for i, category in enumerate(InformationCategory)}


def _service(row: ServiceRow) -> Service:
    return Service(id=row.id, **{name: getattr(row, name) for name in _SERVICE_FIELDS})


def _consent(row: ConsentRow) -> Consent:
    categories = sorted((c.category for c in row.category_rows), key=_ORDER.__getitem__)
    return Consent(
        id=row.id,
        categories=tuple(categories),
        **{name: getattr(row, name) for name in _CONSENT_FIELDS},
    )


class ServiceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, service_id: int) -> Service:
        row = self.session.get(ServiceRow, service_id)
        if row is None:
            raise NotFound
        return _service(row)

    def list(self) -> list[Service]:
        rows = self.session.scalars(select(ServiceRow).order_by(ServiceRow.type, ServiceRow.name))
        return [_service(row) for row in rows]

    def save(self, service: Service) -> Service:
        row = self.session.get(ServiceRow, service.id) if service.id is not None else ServiceRow()
        if row is None:
            raise NotFound
        for name in _SERVICE_FIELDS:
            setattr(row, name, getattr(service, name))
        self.session.add(row)
        self.session.flush()
        return _service(row)


class ConsentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, consent_id: int) -> Consent:
        row = self.session.get(ConsentRow, consent_id)
        if row is None:
            raise NotFound
        return _consent(row)

    def of_parent(self, parent_id: int) -> list[Consent]:
        rows = self.session.scalars(
            select(ConsentRow)
            .where(ConsentRow.parent_id == parent_id)
            .order_by(ConsentRow.given_on.desc(), ConsentRow.id.desc())
        )
        return [_consent(row) for row in rows]

    def all(self) -> list[Consent]:
        rows = self.session.scalars(select(ConsentRow).order_by(ConsentRow.id))
        return [_consent(row) for row in rows]

    def save(self, consent: Consent) -> Consent:
        row = self.session.get(ConsentRow, consent.id) if consent.id is not None else ConsentRow()
        if row is None:
            raise NotFound
        for name in _CONSENT_FIELDS:
            setattr(row, name, getattr(consent, name))
        row.category_rows = [
            ConsentCategoryRow(category=c) for c in dict.fromkeys(consent.categories)
        ]
        self.session.add(row)
        self.session.flush()
        return _consent(row)
