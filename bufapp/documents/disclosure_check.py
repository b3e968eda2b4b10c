"""The last check before a document leaves: its finished text, as a reader's PDF viewer would
extract it, must not contain what its reader may not know (``bufapp.domain.disclosure``).

The services leave structured secrets out and check each free-text field by name first; this
catches what slips past them in any document kind (a name in a withdrawn entry's reason, a
network-map label), whatever builder made the PDF."""

from __future__ import annotations

import pypdfium2 as pdfium

from bufapp.domain.disclosure import Disclosure, SecretKind, field_message
from bufapp.errors import DisclosureBlocked, FieldProblem


def pdf_text(pdf: bytes) -> str:
    """All the text of a PDF, page after page."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            pages.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return "\n".join(pages)
    finally:
        document.close()


def require_discreet(pdf: bytes, disclosure: Disclosure, what: str = "Dokumentet") -> bytes:
    """``pdf`` unchanged, or DisclosureBlocked naming the kind of secret it contains."""
    if not disclosure.forbidden():
        return pdf
    secret = disclosure.find(pdf_text(pdf))
    if secret is None:
        return pdf
    problem = FieldProblem("document", field_message(what, secret))
    whereabouts = secret.kind is SecretKind.WHEREABOUTS and disclosure.may_reveal
    raise DisclosureBlocked([problem], whereabouts)
