"""A PDF's title names the kind of document, never the person.

The title (document info and the XMP packet's dc:title) is what file managers, archive systems
and a viewer's window title show. Every document bufapp makes is built here, through the
services, for a parent and children with known names, as made and as archived (PDF/A); no name
may be in its metadata.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pikepdf
import pytest

from bufapp.documents import pdfa
from bufapp.domain.entities import Placement
from bufapp.domain.enums import DocumentKind, PlacementBasis, PlaceType
from bufapp.services.documents import recovery_sheet
from bufapp.services.register import RegisterService
from bufapp.services.workspace import Workspace, workspace_for
from bufapp.settings import Settings
from bufapp.storage.vault import Vault
from tests.conftest import TODAY
from tests.documents.pdf_checks import reader
from tests.storage.test_archive_export import Case, make_case
from tests.storage.test_network_maps import drawn

RECOVERY_SHEET = "gjenopprettingsark"
NAMES = ("Máret", "Čuđe", "Ánde", "Šimo", "Áilu", "Biret")  # parents and children of the case


@dataclass
class Made:
    workspace: Workspace
    case: Case
    later_map: int


@pytest.fixture
def made(vault: Vault, register: RegisterService, tmp_path: Path) -> Made:
    forms = tmp_path / "forms"
    forms.mkdir()
    case = make_case(vault, register, forms)
    later = case.maps.save(drawn(case.mother, TODAY - timedelta(days=1)))
    return Made(workspace_for(vault, Settings()), case, later.id or 0)


def _documents(m: Made) -> dict[str, Callable[[], bytes]]:
    w, c = m.workspace, m.case
    consent = w.consents.of_parent(c.mother)[0]
    group = w.groups.groups_of(c.mother)[0]
    return {
        DocumentKind.REFERRAL.label: lambda: w.referrals.letter(c.referral_id),
        DocumentKind.REFERRAL_COPY.label: lambda: w.referrals.letter(c.referral_id, True),
        DocumentKind.CONSENT_DECLARATION.label: lambda: w.documents.consent_declaration(
            consent.id or 0
        ),
        DocumentKind.CONTACT_EXTRACT.label: lambda: w.documents.contact_extract(
            c.mother, TODAY - timedelta(days=400), TODAY
        ),
        DocumentKind.MEETING_INVITATION.label: lambda: w.group_documents.invitation(c.meeting_id),
        DocumentKind.MINUTES.label: lambda: w.group_documents.minutes(c.meeting_id),
        DocumentKind.ACTION_LIST.label: lambda: w.group_documents.action_list(group.id or 0),
        DocumentKind.NETWORK_MAP.label: lambda: w.network_documents.map_pdf(c.map_id),
        DocumentKind.NETWORK_COMPARISON.label: lambda: w.network_documents.comparison_pdf(
            c.map_id, m.later_map
        ),
        DocumentKind.INFORMATION_SHEET.label: lambda: _information_sheet(m),
        "innsyn": lambda: w.access.pack_pdf(c.mother),
        "tilgangslogg": lambda: w.access.report_pdf(c.mother),
        RECOVERY_SHEET: lambda: recovery_sheet("ABCDE-" * 5, "Fjellvik kommune", TODAY),
    }


def _information_sheet(m: Made) -> bytes:
    """The sheet needs a placed child: the mother's own child is placed by a care order."""
    w, c = m.workspace, m.case
    own = next(
        ch for ch in w.register.parent_detail(c.mother).children if ch.child.given_names == "Biret"
    )
    w.register.save_placement(Placement(own.child.id or 0, PlacementBasis.CARE_ORDER,
                                        PlaceType.FOSTER_HOME, TODAY - timedelta(days=30)))  # fmt: skip
    return w.followup_documents.information_sheet(c.mother).pdf


def _metadata_text(pdf: bytes) -> str:
    """The document info and the XMP packet, as text."""
    info = " ".join(f"{k}={v}" for k, v in (reader(pdf).metadata or {}).items())
    with pikepdf.open(io.BytesIO(pdf)) as document:
        xmp = document.Root.Metadata.read_bytes() if "/Metadata" in document.Root else b""
    return info + " " + xmp.decode("utf-8")


def _xmp_title(pdf: bytes) -> str:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return str(document.open_metadata().get("dc:title", ""))


def test_every_document_is_titled_by_its_kind_and_names_nobody_in_its_metadata(
    made: Made,
) -> None:
    named: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    for kind, build in _documents(made).items():
        pdf = build()
        named[kind] = [n for n in NAMES if n in _metadata_text(pdf)]
        titles[kind] = reader(pdf).metadata.title
        if kind == RECOVERY_SHEET:  # never kept or archived, and names nobody
            continue
        text = " ".join(page.extract_text() for page in reader(pdf).pages)
        assert any(name in text for name in NAMES), kind  # the names are in the document
        archived = pdfa.to_pdfa(pdf)  # its XMP packet is made from the document info
        named[kind] += [n for n in NAMES if n in _metadata_text(archived)]
        assert _xmp_title(archived) == titles[kind], kind
    assert {kind: names for kind, names in named.items() if names} == {}
    kinds = {k.label for k in DocumentKind}
    assert {kind: title for kind, title in titles.items() if kind in kinds and title != kind} == {}
