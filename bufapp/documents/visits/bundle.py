"""Several copies of a document as one PDF, for one preview and one print job: each copy starts
on a page of its own, as made. Only for showing and printing: each copy is kept on its own."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pikepdf


def bundled(pdfs: Sequence[bytes]) -> bytes:
    """The copies one after another; a single copy unchanged."""
    if len(pdfs) == 1:
        return pdfs[0]
    sources = [pikepdf.Pdf.open(io.BytesIO(pdf)) for pdf in pdfs]
    try:
        joined = pikepdf.Pdf.new()
        for source in sources:
            joined.pages.extend(source.pages)
        buffer = io.BytesIO()
        joined.save(buffer)
        return buffer.getvalue()
    finally:
        for source in sources:
            source.close()
