"""The parent's own access log reads in Norwegian: a document shown, printed or saved is a
«dokument», never the stored key «document»."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pypdfium2 as pdfium

from bufapp.domain.audit import AuditAction, AuditEvent, SubjectKind
from bufapp.domain.entities import Caseworker, Office
from bufapp.services.access.service import AccessService
from bufapp.services.audit import AuditService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.unit.test_register_service import add_parent


def _text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    return re.sub(r"\s+", " ", "\n".join(pages))


def test_a_document_shown_printed_and_saved_reads_in_norwegian(
    vault: Vault, register: RegisterService
) -> None:
    uow = lambda: UnitOfWork(vault.session_factory)  # noqa: E731
    register.save_office(Office("Kárášjoga gielda", "Rådhusveien 1, 9730 Kárášjohka"))
    register.save_caseworker(Caseworker("Ingrid Løvås Nilsen"))
    parent = add_parent(register, "Máret", "Čuđe-Ŋuolja").id or 0
    audit = AuditService(uow)
    for action in (AuditAction.DOCUMENT_PREVIEWED, AuditAction.DOCUMENT_PRINTED):
        audit.record(AuditEvent(action, SubjectKind.DOCUMENT, None, parent, "Henvisning til NAV"))
    now = datetime(2026, 3, 9, 12, tzinfo=UTC)
    text = _text(AccessService(uow, now=lambda: now).report_pdf(parent))
    assert "Dokument forhåndsvist: dokument – Henvisning til NAV" in text
    assert "Dokument skrevet ut: dokument" in text
    assert "document" not in text.replace("Dokument", "")
