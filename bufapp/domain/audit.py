"""The audit trail: who did what to whose record, and when.

Every record names the person it concerns (``parent_id``) when there is one, so a parent can be
shown who has looked at and changed their records (the access report). A record never holds the
case text itself: only kinds, ids and a short neutral detail (a document's title, a backup's file
name), because the trail is shown to others than the caseworker.
"""

from __future__ import annotations

import re
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
    # The database re-encrypted under a new data key; the detail is the sealed chain key
    # (bufapp.security.chain_seal), not text for a person.
    DATA_KEY_CHANGED = "data_key_changed"
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
    AuditAction.DATA_KEY_CHANGED: "Datanøkkelen byttet",
    AuditAction.TRAIL_DAMAGED: "Revisjonsloggen var endret utenfor programmet",
}


class SubjectKind(StrEnum):
    """What an audit record is about (stored); ``label`` is what the access report calls it.
    An event of any other kind is refused, so every kind a parent can see has a label."""

    PARENT = "parent"
    CHILD = "child"
    PLACEMENT = "placement"
    CONTACT_ENTRY = "contact_entry"
    FOLLOW_UP_TASK = "follow_up_task"
    CONTACT_PLAN = "contact_plan"
    SERVICE = "service"
    CONSENT = "consent"
    REFERRAL = "referral"
    STORED_DOCUMENT = "stored_document"  # a document kept in the vault
    DOCUMENT = "document"  # a document shown, printed or saved as a file
    RESPONSIBILITY_GROUP = "responsibility_group"
    GROUP_MEETING = "group_meeting"
    MEETING_ACTION = "meeting_action"
    NETWORK_MAP = "network_map"
    CHILD_PLAN = "child_plan"
    FOLLOW_UP_PURPOSE = "follow_up_purpose"
    INFORMATION_GIVEN = "information_given"
    ASSESSMENT = "assessment"
    PARENT_EVALUATION = "parent_evaluation"
    PARENT_WISH = "parent_wish"
    VISIT_PLAN = "visit_plan"
    VISIT = "visit"
    VISIT_EVALUATION = "visit_evaluation"
    TRAVEL_SUPPORT = "travel_support"
    OFFICE = "office"
    CASEWORKER = "caseworker"
    NETWORK_SECTORS = "network_sectors"
    ARCHIVE_EXPORT = "archive_export"
    VAULT = "vault"
    LIVING_ASSESSMENT = "living_assessment"
    LIVING_INTERVAL = "living_interval"
    KOR_SCORE = "kor_score"
    SIMPLE_FEEDBACK = "simple_feedback"
    FAMILY_CONFERENCE = "family_conference"
    GROUP_OFFER = "group_offer"
    GROUP_PARTICIPATION = "group_participation"
    REPORT_QUOTE = "report_quote"  # a parent's words chosen for the office's yearly report

    @property
    def label(self) -> str:
        return SUBJECT_LABELS[self]


# What a subject kind is called in the access report.
SUBJECT_LABELS: dict[str, str] = {
    SubjectKind.PARENT: "Forelder",
    SubjectKind.CHILD: "Barn",
    SubjectKind.PLACEMENT: "Plassering",
    SubjectKind.CONTACT_ENTRY: "Kontakt",
    SubjectKind.FOLLOW_UP_TASK: "Oppfølgingsoppgave",
    SubjectKind.CONTACT_PLAN: "Kontaktplan",
    SubjectKind.SERVICE: "Tjeneste i adresseboken",
    SubjectKind.CONSENT: "Samtykke",
    SubjectKind.REFERRAL: "Henvisning",
    SubjectKind.STORED_DOCUMENT: "Dokument",
    SubjectKind.DOCUMENT: "Dokument",
    SubjectKind.RESPONSIBILITY_GROUP: "Ansvarsgruppe",
    SubjectKind.GROUP_MEETING: "Møte i ansvarsgruppen",
    SubjectKind.MEETING_ACTION: "Tiltak fra møte",
    SubjectKind.NETWORK_MAP: "Nettverkskart",
    SubjectKind.CHILD_PLAN: "Barnets plan",
    SubjectKind.FOLLOW_UP_PURPOSE: "Formålet med oppfølgingen",
    SubjectKind.INFORMATION_GIVEN: "Informasjon gitt",
    SubjectKind.ASSESSMENT: "Barnevernstjenestens vurdering",
    SubjectKind.PARENT_EVALUATION: "Forelderens vurdering",
    SubjectKind.PARENT_WISH: "Forelderens ønske",
    SubjectKind.VISIT_PLAN: "Samværsplan",
    SubjectKind.VISIT: "Samvær",
    SubjectKind.VISIT_EVALUATION: "Evaluering av samværsplanen",
    SubjectKind.TRAVEL_SUPPORT: "Støtte til reise ved samvær",
    SubjectKind.OFFICE: "Kontoret",
    SubjectKind.CASEWORKER: "Saksbehandleren",
    SubjectKind.NETWORK_SECTORS: "Kontorets sektorer for nettverkskart",
    SubjectKind.ARCHIVE_EXPORT: "Eksport til arkivet",
    SubjectKind.VAULT: "Databasen",
    SubjectKind.LIVING_ASSESSMENT: "Vurdering av levekår",
    SubjectKind.LIVING_INTERVAL: "Hvor ofte levekår vurderes",
    SubjectKind.KOR_SCORE: "Skår på KOR-skjema (ORS eller SRS)",
    SubjectKind.SIMPLE_FEEDBACK: "Tilbakemelding etter en samtale",
    SubjectKind.FAMILY_CONFERENCE: "Familieråd",
    SubjectKind.GROUP_OFFER: "Gruppetilbud",
    SubjectKind.GROUP_PARTICIPATION: "Deltakelse i gruppetilbud",
    SubjectKind.REPORT_QUOTE: "Forelderens ord valgt til kontorets årsrapport",
}


@dataclass(frozen=True)
class AuditEvent:
    """Something to record; the log adds the moment, the person and the chain."""

    action: AuditAction
    subject_kind: str = ""
    subject_id: int | None = None
    parent_id: int | None = None
    detail: str = ""

    def __post_init__(self) -> None:
        if self.subject_kind and self.subject_kind not in SUBJECT_LABELS:
            raise ValueError(
                f"unknown audit subject kind {self.subject_kind!r}: add it to SubjectKind"
            )


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


_MAC = re.compile(r"[0-9a-f]{64}")


class AnchorUnreadable(ValueError):
    """What was read as an anchor is not one (a missing field, a number that is not one)."""


@dataclass(frozen=True)
class AuditAnchor:
    """The trail's head at one moment (the last record's number and MAC), kept outside the vault:
    in a backup's manifest, an export's metadata, a printed access log. A trail that later no
    longer holds this record with this MAC has been rewritten or rolled back since."""

    seq: int
    mac: str  # "" for a trail that was still empty

    def as_dict(self) -> dict[str, object]:
        return {"seq": self.seq, "mac": self.mac}

    @classmethod
    def from_dict(cls, body: object) -> AuditAnchor:
        if not isinstance(body, dict):
            raise AnchorUnreadable("no anchor")
        seq, mac = body.get("seq"), body.get("mac")
        if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
            raise AnchorUnreadable("seq")
        if not isinstance(mac, str) or not (_MAC.fullmatch(mac) or (seq == 0 and mac == "")):
            raise AnchorUnreadable("mac")
        return cls(seq, mac)
