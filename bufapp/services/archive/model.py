"""The plain data of an export to the archive: what a document is (its kind and its Noark
journal entry type), the scope an export covers, one document with its metadata, and what an
export would bring now."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class ItemKind(StrEnum):
    """What a document is in bufapp; the values are the audit trail's subject kinds."""

    CONTACT_ENTRY = "contact_entry"
    MINUTES = "group_meeting"
    REFERRAL = "referral"
    NETWORK_MAP = "network_map"
    # The follow-up's records (issue 20), each its own internal document.
    FOLLOW_UP_PURPOSE = "follow_up_purpose"  # the purpose and the cooperation agreement
    CHILD_PLAN = "child_plan"
    INFORMATION_GIVEN = "information_given"
    ASSESSMENT = "assessment"
    PARENT_EVALUATION = "parent_evaluation"
    PARENT_WISH = "parent_wish"
    # Samvær (issue 21): a version of the visit plan with the visits under it, an evaluation
    # of the plan, travel support with its decision.
    VISIT_PLAN = "visit_plan"
    VISIT_EVALUATION = "visit_evaluation"
    TRAVEL_SUPPORT = "travel_support"
    # The information sheet given to the parent, as it was kept (a kept document: the audit
    # trail's kind for it). The only kind of kept document that goes on its own.
    INFORMATION_SHEET = "stored_document"
    # The parent's feedback (issue 22): a KOR form (ORS or SRS), an answer after a conversation.
    KOR_SCORE = "kor_score"
    SIMPLE_FEEDBACK = "simple_feedback"
    # Group offers (issue 22): the parent's way through an offer (or being told of them).
    GROUP_PARTICIPATION = "group_participation"
    # Familieråd (issue 22): the family's plan as printed for the participants and kept.
    FAMILY_CONFERENCE = "family_conference"
    # Levekår (issue 22): each assessment of the parent's living conditions.
    LIVING_ASSESSMENT = "living_assessment"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self][0]

    @property
    def plural(self) -> str:
        return _KIND_LABELS[self][1]

    @property
    def file_word(self) -> str:
        """The word in the file name: readable, ASCII, no personal data."""
        return _KIND_LABELS[self][2]


_KIND_LABELS = {
    ItemKind.CONTACT_ENTRY: ("Kontakt", "Kontakter", "kontakt"),
    ItemKind.MINUTES: ("Referat", "Referater", "referat"),
    ItemKind.REFERRAL: ("Henvisning", "Henvisninger", "henvisning"),
    ItemKind.NETWORK_MAP: ("Nettverkskart", "Nettverkskart", "nettverkskart"),
    ItemKind.FOLLOW_UP_PURPOSE: (
        "Formål og samarbeidsavtale", "Formål og samarbeidsavtaler", "formaal"
    ),
    ItemKind.CHILD_PLAN: ("Barnets plan", "Barnets planer", "plan"),
    ItemKind.INFORMATION_GIVEN: ("Informasjon gitt", "Informasjon gitt", "informasjon"),
    ItemKind.ASSESSMENT: (
        "Barnevernstjenestens vurdering", "Barnevernstjenestens vurderinger", "vurdering"
    ),
    ItemKind.PARENT_EVALUATION: (
        "Forelderens vurdering", "Forelderens vurderinger", "forelders-vurdering"
    ),
    ItemKind.PARENT_WISH: ("Forelderens ønske", "Forelderens ønsker", "onske"),
    ItemKind.VISIT_PLAN: ("Samværsplan med samvær", "Samværsplaner med samvær", "samvaersplan"),
    ItemKind.VISIT_EVALUATION: (
        "Evaluering av samværsplan", "Evalueringer av samværsplaner", "samvaersevaluering"
    ),
    ItemKind.TRAVEL_SUPPORT: ("Reisestøtte ved samvær", "Reisestøtte ved samvær", "reisestotte"),
    ItemKind.INFORMATION_SHEET: ("Informasjonsark", "Informasjonsark", "informasjonsark"),
    ItemKind.KOR_SCORE: ("KOR-skjema", "KOR-skjemaer", "kor-skjema"),
    ItemKind.SIMPLE_FEEDBACK: (
        "Tilbakemelding etter samtale", "Tilbakemeldinger etter samtaler", "tilbakemelding"
    ),
    ItemKind.GROUP_PARTICIPATION: (
        "Deltakelse i gruppetilbud", "Deltakelse i gruppetilbud", "gruppetilbud"
    ),
    ItemKind.FAMILY_CONFERENCE: ("Familierådets plan", "Familierådenes planer", "familierad-plan"),
    ItemKind.LIVING_ASSESSMENT: ("Vurdering av levekår", "Vurderinger av levekår", "levekaar"),
}  # fmt: skip


class JournalType(StrEnum):
    """The Noark 5 journal entry types (journalposttype) the export uses."""

    INCOMING = "I"
    OUTGOING = "U"
    # Noark's "N" is an internal document *for* follow-up (it puts a flag on the recipients);
    # the export's internal documents (notes, minutes, maps) need none: "X".
    INTERNAL = "X"  # organinternt dokument uten oppfølging

    @property
    def label(self) -> str:
        return {
            JournalType.INCOMING: "Inngående dokument",
            JournalType.OUTGOING: "Utgående dokument",
            JournalType.INTERNAL: "Organinternt dokument uten oppfølging",
        }[self]

    @property
    def short(self) -> str:
        """The code with a word, for a list: "U – utgående"."""
        return {
            JournalType.INCOMING: "I – inngående",
            JournalType.OUTGOING: "U – utgående",
            JournalType.INTERNAL: "X – internt notat",
        }[self]


@dataclass(frozen=True)
class ExportScope:
    """One parent's documents, or those of a child's case (all the child's parents)."""

    parent_id: int | None = None
    case_number: str = ""
    label: str = ""  # what the dialog shows: a name, or the case number with the child

    @property
    def key(self) -> str:
        """As recorded with the export."""
        return f"case:{self.case_number}" if self.case_number else f"parent:{self.parent_id}"


@dataclass(frozen=True)
class Party:
    role: str  # "Forelder", "Barn", "Mottaker"
    name: str


@dataclass(frozen=True)
class ArchiveItem:
    kind: ItemKind
    item_id: int
    version: int
    parent_id: int  # the parent the document belongs to
    title: str
    document_date: date
    journal_type: JournalType
    case_numbers: tuple[str, ...]
    parties: tuple[Party, ...]
    sender: str
    recipients: tuple[str, ...] = ()
    dispatched_on: date | None = None  # when an outgoing letter was sent
    stored_document_id: int | None = None  # the kept PDF/A that goes as it is

    @property
    def key(self) -> tuple[int, int]:
        return self.item_id, self.version

    @property
    def file_name(self) -> str:
        """``2026-11-19_kontakt_123.pdf``: sorts by date, unique in an export, and without
        names, since file names show up in folder listings, backups and mail subjects."""
        versioned = self.kind in (ItemKind.CONTACT_ENTRY, ItemKind.MINUTES) and self.version > 1
        suffix = f"_v{self.version}" if versioned else ""
        return f"{self.document_date:%Y-%m-%d}_{self.kind.file_word}_{self.item_id}{suffix}.pdf"


@dataclass(frozen=True)
class PendingExport:
    """What an export of ``scope`` would bring now, and what went before."""

    scope: ExportScope
    items: tuple[ArchiveItem, ...]
    exported_before: Mapping[ItemKind, int] = field(default_factory=dict)
    last_exported_at: datetime | None = None
    last_folder: str | None = None  # where the latest export (of anything) went

    def count(self, kind: ItemKind) -> int:
        return sum(1 for item in self.items if item.kind is kind)

    @property
    def exported_before_total(self) -> int:
        return sum(self.exported_before.values())
