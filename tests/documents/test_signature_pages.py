"""The closing and the signature never stand alone on a page, in every document that is signed:
each is built at lengths around a page break, and the page with «Med vennlig hilsen» also holds
the text that came last before it, with the signature under the closing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bufapp.documents.access.report import AccessReport, ReportLine, build_access_report
from bufapp.documents.forms import load_form
from bufapp.documents.groups.meeting_invitation import build_meeting_invitation
from bufapp.documents.groups.meeting_parts import AgendaLine
from tests.documents.pdf_checks import pages_text
from tests.documents.test_meeting_documents import HEAD, INVITATION

CLOSING = "Med vennlig hilsen"
SIGNER = "Ingrid Løvås Nilsen"


def _report(tmp_path: Path, size: int) -> tuple[bytes, str]:
    start = datetime(2026, 3, 2, 8, tzinfo=UTC)
    lines = tuple(
        ReportLine(start + timedelta(hours=i), SIGNER, f"Åpnet: forelder – visning {i}")
        for i in range(size)
    )
    data = AccessReport("Máret Čuđe", ("Máret Čuđe", "Ŋuolláš-geaidnu 3", "9730 Kárášjohka"),
                        lines, SIGNER, date(2026, 11, 30))  # fmt: skip
    forms = (load_form(n, overrides=tmp_path) for n in ("common", "access_report"))
    return build_access_report(data, HEAD, *forms), "Slutt på oversikten."


def _invitation(tmp_path: Path, size: int) -> tuple[bytes, str]:
    extra = tuple(AgendaLine(f"Punkt {i} som forelderen vil ta opp", "other") for i in range(size))
    data = replace(INVITATION, agenda=INVITATION.agenda + extra, caseworker=SIGNER)
    invitation = load_form("meeting_invitation", overrides=tmp_path)
    last = invitation.values["support"]["to_parent"][-1]
    pdf = build_meeting_invitation(data, HEAD, load_form("common", overrides=tmp_path), invitation)
    return pdf, last


@pytest.mark.parametrize(
    ("build", "sizes"),
    [(_report, range(4, 30)), (_invitation, range(18, 42))],
    ids=["access_report", "invitation"],
)
def test_the_signature_stays_with_the_last_paragraph(
    tmp_path: Path, build: Callable[[Path, int], tuple[bytes, str]], sizes: range
) -> None:
    pages_seen = set()
    for size in sizes:
        pdf, last = build(tmp_path, size)
        pages = pages_text(pdf)
        pages_seen.add(len(pages))
        signed = max(i for i, text in enumerate(pages) if CLOSING in text)
        before, after = pages[signed].split(CLOSING, 1)
        assert " ".join(last.split()[-3:]) in " ".join(before.split()), (size, pages[signed])
        assert SIGNER in after, size
    assert len(pages_seen) > 1  # the sizes do cross a page break
