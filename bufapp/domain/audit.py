"""The audit trail: who did what to whose record, and when.

Every record names the person it concerns (``parent_id``) when there is one, so a parent can be
shown who has looked at and changed their records (the access report). A record never holds the
case text itself: only kinds, ids and a short neutral detail (a document's title, a backup's file
name), because the trail is shown to others than the caseworker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AuditAction(StrEnum):
    """Stable code names (stored); ``label`` is what a person reads."""

    OPENED = "opened"  # a parent's record was shown
    CREATED = "created"
    CHANGED = "changed"
    WITHDRAWN = "withdrawn"
    CONSENT_CHANGED = "consent_changed"
    GATE_EXCEPTION = "gate_exception"  # a referral sent on another legal basis than consent
    DOCUMENT_MADE = "document_made"  # kept in the vault
    DOCUMENT_PREVIEWED = "document_previewed"
    DOCUMENT_PRINTED = "document_printed"
    DOCUMENT_SAVED = "document_saved"  # saved as a file where the person chose
    DOCUMENT_EXPORTED = "document_exported"  # to the archive (the main case system)
    # A document that says where a child with hidden whereabouts lives, on purpose: the
    # caseworker's reason is the detail.
    WHEREABOUTS_INCLUDED = "whereabouts_included"
    ACCESS_PACK = "access_pack"  # everything about a parent, for their right of access
    ACCESS_REPORT = "access_report"
    BACKUP_MADE = "backup_made"
    RESTORED = "restored"
    INTEGRITY_CHECKED = "integrity_checked"
    UNLOCKED = "unlocked"
    LOCKED = "locked"
    # Written when the trail's head no longer matched its last record on the next write: records
    # were removed outside the program. The check reports it for good.
    TRAIL_DAMAGED = "trail_damaged"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    AuditAction.OPENED: "Åpnet",
    AuditAction.CREATED: "Opprettet",
    AuditAction.CHANGED: "Endret",
    AuditAction.WITHDRAWN: "Trukket tilbake",
    AuditAction.CONSENT_CHANGED: "Samtykke endret",
    AuditAction.GATE_EXCEPTION: "Sendt uten samtykke (annet rettsgrunnlag)",
    AuditAction.DOCUMENT_MADE: "Dokument laget og lagret",
    AuditAction.DOCUMENT_PREVIEWED: "Dokument forhåndsvist",
    AuditAction.DOCUMENT_PRINTED: "Dokument skrevet ut",
    AuditAction.DOCUMENT_SAVED: "Dokument lagret som fil",
    AuditAction.DOCUMENT_EXPORTED: "Eksportert til arkivet",
    AuditAction.WHEREABOUTS_INCLUDED: "Skjult bosted tatt med i et dokument, med begrunnelse",
    AuditAction.ACCESS_PACK: "Innsyn: alt om forelderen samlet",
    AuditAction.ACCESS_REPORT: "Innsyn: tilgangslogg skrevet ut",
    AuditAction.BACKUP_MADE: "Sikkerhetskopi tatt",
    AuditAction.RESTORED: "Gjenopprettet fra sikkerhetskopi",
    AuditAction.INTEGRITY_CHECKED: "Databasen kontrollert",
    AuditAction.UNLOCKED: "Låst opp",
    AuditAction.LOCKED: "Låst",
    AuditAction.TRAIL_DAMAGED: "Revisjonsloggen var endret utenfor programmet",
}

# What a subject kind is called in the access report.
SUBJECT_LABELS = {
    "parent": "Forelder",
    "child": "Barn",
    "placement": "Plassering",
    "contact_entry": "Kontakt",
    "follow_up_task": "Oppfølgingsoppgave",
    "contact_plan": "Kontaktplan",
    "service": "Tjeneste i adresseboken",
    "consent": "Samtykke",
    "referral": "Henvisning",
    "stored_document": "Dokument",
    "responsibility_group": "Ansvarsgruppe",
    "group_meeting": "Møte i ansvarsgruppen",
    "meeting_action": "Tiltak fra møte",
    "network_map": "Nettverkskart",
    "office": "Kontoret",
    "caseworker": "Saksbehandleren",
    "network_sectors": "Kontorets sektorer for nettverkskart",
    "archive_export": "Eksport til arkivet",
    "vault": "Databasen",
}


@dataclass(frozen=True)
class AuditEvent:
    """Something to record; the log adds the moment, the person and the chain."""

    action: AuditAction
    subject_kind: str = ""
    subject_id: int | None = None
    parent_id: int | None = None
    detail: str = ""


@dataclass(frozen=True)
class AuditRecord:
    """One written record of the trail."""

    seq: int
    at: datetime
    actor: str
    action: AuditAction
    subject_kind: str
    subject_id: int | None
    parent_id: int | None
    detail: str

    @property
    def what(self) -> str:
        subject = SUBJECT_LABELS.get(self.subject_kind, self.subject_kind)
        text = f"{self.action.label}: {subject.lower()}" if subject else self.action.label
        return f"{text} – {self.detail}" if self.detail else text


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: intact, or the first record that is not."""

    records: int
    first_bad_seq: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return not self.problem
