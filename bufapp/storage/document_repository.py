"""Finished documents: added once, read many times, never changed (the table's triggers refuse
updates and deletes). Lists load only the description; the bytes are read one at a time."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from bufapp.domain.documents import StoredDocument
from bufapp.storage.mapping import copy_into, get_row, to_entity
from bufapp.storage.models import StoredDocumentRow


class DocumentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, document: StoredDocument, pdf: bytes) -> StoredDocument:
        if document.id is not None:
            raise ValueError("a stored document is never replaced; add a new one")
        row = StoredDocumentRow(pdf=pdf)
        copy_into(row, document)
        self.session.add(row)
        self.session.flush()
        return to_entity(row, StoredDocument)

    def pdf(self, document_id: int) -> bytes:
        return get_row(self.session, StoredDocumentRow, document_id).pdf

    def get(self, document_id: int) -> StoredDocument:
        return to_entity(get_row(self.session, StoredDocumentRow, document_id), StoredDocument)

    def of_parent(self, parent_id: int) -> list[StoredDocument]:
        return self._listed(StoredDocumentRow.parent_id == parent_id)

    def of_referral(self, referral_id: int) -> list[StoredDocument]:
        return self._listed(StoredDocumentRow.referral_id == referral_id)

    def _listed(self, condition: object) -> list[StoredDocument]:
        rows = self.session.scalars(
            select(StoredDocumentRow)
            .options(defer(StoredDocumentRow.pdf))
            .where(condition)  # type: ignore[arg-type]
            .order_by(StoredDocumentRow.made_at, StoredDocumentRow.id)
        )
        return [to_entity(row, StoredDocument) for row in rows]
