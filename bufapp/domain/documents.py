"""Finished documents kept in the vault: the PDF/A bytes exactly as they were made, never
changed, with what a list needs to show them (kind, title, when, a fingerprint)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from bufapp.domain.enums import DocumentKind


@dataclass(frozen=True)
class StoredDocument:
    kind: DocumentKind
    parent_id: int
    title: str
    made_at: datetime
    sha256: str  # of the PDF bytes, so a copy handed out can be matched to what is stored
    size: int
    referral_id: int | None = None
    meeting_id: int | None = None
    # Why this document says where a child with hidden whereabouts lives (empty: it does not).
    disclosure_reason: str = ""
    visit_plan_id: int | None = None  # the samværsplan version a copy of it is of
    family_conference_id: int | None = None  # the familieråd whose plan it is
    id: int | None = None


def describe(
    kind: DocumentKind,
    parent_id: int,
    title: str,
    pdf: bytes,
    made_at: datetime,
    referral_id: int | None = None,
    meeting_id: int | None = None,
    disclosure_reason: str = "",
    visit_plan_id: int | None = None,
    family_conference_id: int | None = None,
) -> StoredDocument:
    return StoredDocument(
        kind,
        parent_id,
        title,
        made_at,
        hashlib.sha256(pdf).hexdigest(),
        len(pdf),
        referral_id,
        meeting_id,
        disclosure_reason,
        visit_plan_id,
        family_conference_id,
    )
