"""The service directory and the consent register."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bufapp.domain.consent import Consent, Service
from bufapp.domain.enums import InformationCategory
from bufapp.storage.mapping import copy_into, get_row, to_entity
from bufapp.storage.models import ConsentCategoryRow, ConsentRow, ServiceRow

_ORDER = {category: i for i, category in enumerate(InformationCategory)}


# The categories in one more SELECT for all the consents read, not one per consent.
_WITH_CATEGORIES = selectinload(ConsentRow.category_rows)


def _consent(row: ConsentRow) -> Consent:
    categories = sorted((c.category for c in row.category_rows), key=_ORDER.__getitem__)
    return to_entity(row, Consent, categories=tuple(categories))


class ServiceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, service_id: int) -> Service:
        return to_entity(get_row(self.session, ServiceRow, service_id), Service)

    def list(self) -> list[Service]:
        rows = self.session.scalars(select(ServiceRow).order_by(ServiceRow.type, ServiceRow.name))
        return [to_entity(row, Service) for row in rows]

    def save(self, service: Service) -> Service:
        row = get_row(self.session, ServiceRow, service.id) if service.id is not None else None
        row = row or ServiceRow()
        copy_into(row, service)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, Service)


class ConsentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, consent_id: int) -> Consent:
        return _consent(get_row(self.session, ConsentRow, consent_id))

    def of_parent(self, parent_id: int) -> list[Consent]:
        rows = self.session.scalars(
            select(ConsentRow)
            .options(_WITH_CATEGORIES)
            .where(ConsentRow.parent_id == parent_id)
            .order_by(ConsentRow.given_on.desc(), ConsentRow.id.desc())
        )
        return [_consent(row) for row in rows]

    def all(self) -> list[Consent]:
        rows = self.session.scalars(
            select(ConsentRow).options(_WITH_CATEGORIES).order_by(ConsentRow.id)
        )
        return [_consent(row) for row in rows]

    def save(self, consent: Consent) -> Consent:
        row = get_row(self.session, ConsentRow, consent.id) if consent.id is not None else None
        row = row or ConsentRow()
        copy_into(row, consent, skip=("categories",))
        row.category_rows = [
            ConsentCategoryRow(category=c) for c in dict.fromkeys(consent.categories)
        ]
        self.session.add(row)
        self.session.flush()
        return _consent(row)
