"""Finished documents as PDF/A-2b: converted and validated in memory by ``pikepdf.pdfa``.

What was sent must be shown again exactly, years later, so a finished document is stored as
PDF/A-2b (fonts embedded, an sRGB output intent, XMP metadata declaring the conformance).
pikepdf's validator is an allowlist built on the veraPDF rule catalogue: it approves only what
it recognises as conforming, so a pass is trustworthy while an unfamiliar construct fails.

``pikepdf.pdfa.save`` is not used: it validates through a temporary file, and no decrypted
document may touch the disk. The same three steps (prepare, save, validate what was written)
run here on bytes in memory.
"""

from __future__ import annotations

import io

import pikepdf
from pikepdf import pdfa

from bufapp.errors import BufappError

FLAVOUR = "2b"


class PdfaConversionFailed(BufappError):
    message = (
        "Dokumentet kunne ikke lagres som arkivformat (PDF/A). Ingenting ble lagret; "
        "teksten din er tatt vare på. Kontakt IT hvis det skjer igjen."
    )

    def __init__(self, findings: list[str]) -> None:
        super().__init__()
        self.findings = findings  # for logs and tests; the user sees only the message


def _without_page_transitions(pdf: pikepdf.Pdf) -> None:
    # reportlab writes an empty /Trans (slide-show transition) on every page; it means nothing
    # on paper, and the validator does not vouch for it.
    for page in pdf.pages:
        if "/Trans" in page.obj:
            del page.obj["/Trans"]


def _filters_as_names(pdf: pikepdf.Pdf) -> None:
    # reportlab writes /Filter [/FlateDecode]. qpdf keeps a compressed stream as it is only when
    # its filter is the name /FlateDecode; the one-element array (the same filter, ISO 32000-1
    # 7.3.8.2) makes it inflate and deflate the stream again, most of the conversion's time.
    for stream in (o for o in pdf.objects if isinstance(o, pikepdf.Stream)):
        filters = stream.get("/Filter")
        if isinstance(filters, pikepdf.Array) and len(filters) == 1:
            stream.Filter = filters[0]
            parameters = stream.get("/DecodeParms")
            if isinstance(parameters, pikepdf.Array) and len(parameters) == 1:
                stream.DecodeParms = parameters[0]


def findings(document: bytes) -> list[str]:
    """What keeps ``document`` from being PDF/A-2b; empty when it conforms."""
    report = pdfa.validate_written(io.BytesIO(document), FLAVOUR)
    if report.passed:
        return []
    return [str(finding) for finding in report.findings] or [f"verdict: {report.verdict}"]


def to_pdfa(document: bytes) -> bytes:
    """``document`` (a PDF made by our builders) as validated PDF/A-2b bytes."""
    with pikepdf.open(io.BytesIO(document)) as pdf:
        _without_page_transitions(pdf)
        _filters_as_names(pdf)
        pdfa.prepare(pdf, FLAVOUR)
        settings = pdfa.resolve_save_kwargs(FLAVOUR)
        written = io.BytesIO()
        pdf.save(written, **settings)
    result = written.getvalue()
    report = pdfa.validate_written(io.BytesIO(result), FLAVOUR, save_kwargs=settings)
    if not report.passed:
        raise PdfaConversionFailed([str(f) for f in report.findings])
    return result
