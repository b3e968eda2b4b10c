"""Documents from the vault: the consent declaration, the contact-log extract and the recovery
sheet. Each use case resolves names, labels, addresses and dates from the vault into a
document's plain data object and hands it to its builder in ``bufapp.documents``; the PDF is
bytes in memory, saved only where the user chooses.

Which contact entries an extract holds (documented in ``forms/contact_extract.toml`` too):
final entries in full; open entries (still being written) left out and counted; withdrawn
entries by date and reason only in the office's copy, with their text (marked) in the parent's.
The parent's extract leaves out, and lists with its basis, what they may not be told
(``bufapp.domain.access.for_reader``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from bufapp.documents.access.contact_extract import (
    ContactExtract,
    ExtractEntry,
    LeftOut,
    build_contact_extract,
)
from bufapp.documents.disclosure_check import require_discreet
from bufapp.documents.forms import Form, load_form
from bufapp.documents.letter import MAX_ADDRESS_LINES, Letterhead
from bufapp.documents.pdfa import to_pdfa
from bufapp.documents.recovery_sheet import build_recovery_sheet
from bufapp.documents.referrals.consent_declaration import (
    ConsentDeclaration,
    build_consent_declaration,
)
from bufapp.domain.access import Shown, for_reader
from bufapp.domain.consent import Service, recipient_text
from bufapp.domain.contact_log import ContactEntry
from bufapp.domain.disclosure import Disclosure
from bufapp.domain.documents import StoredDocument, describe
from bufapp.domain.entities import Caseworker, Child, Office, Parent
from bufapp.domain.enums import (
    Audience,
    ContactTopic,
    DocumentKind,
    EntryStatus,
    InformationCategory,
)
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.access.reader import basis_text, left_out_of, reader_of, with_children_of
from bufapp.services.clock import now_utc, oslo_date, today_oslo
from bufapp.services.disclosure import disclosure_of, record_reveal
from bufapp.services.document_base import Written
from bufapp.storage.uow import UnitOfWork


def letterhead(office: Office | None, caseworker: Caseworker | None = None) -> Letterhead:
    """The office's letterhead with its phone and e-mail, and the caseworker's direct phone
    and e-mail (every letter says how to reach both); the office's address is stored as one
    comma-separated line."""
    direct = {
        "caseworker_phone": caseworker.phone.strip() if caseworker else "",
        "caseworker_email": caseworker.email.strip() if caseworker else "",
    }
    if office is None:
        return Letterhead("", **direct)
    lines = tuple(x.strip() for x in office.address.split(",") if x.strip())
    return Letterhead(
        office.municipality,
        address_lines=lines,
        phone=office.phone.strip(),
        org_number=office.org_number,
        email=office.email.strip(),
        **direct,
    )


def parent_address(parent: Parent) -> tuple[str, ...]:
    """The parent's name and postal address as window-envelope lines (also for the copy of a
    referral)."""
    town = " ".join(x for x in (parent.postal_code, parent.postal_town) if x.strip())
    lines = (parent.full_name, parent.address_line, town)
    return tuple(line.strip() for line in lines if line.strip())[:MAX_ADDRESS_LINES]


def service_address(service: Service, person: str = "") -> tuple[str, ...]:
    """A service's window-envelope lines: its name, the person, and its postal address (stored
    as one comma-separated line)."""
    lines = (service.name, person, *service.postal_address.split(","))
    return tuple(line.strip() for line in lines if line.strip())[:MAX_ADDRESS_LINES]


def case_numbers(children: Iterable[Child]) -> str:
    """The children's case numbers in the main case system, for "Vår ref."."""
    return ", ".join(dict.fromkeys(c.case_number for c in children if c.case_number))


def keep_in(
    uow: UnitOfWork,
    kind: DocumentKind,
    parent_id: int,
    title: str,
    pdf: bytes,
    made_at: datetime,
    referral_id: int | None = None,
    meeting_id: int | None = None,
    disclosure: Disclosure | None = None,
    visit_plan_id: int | None = None,
    family_conference_id: int | None = None,
) -> StoredDocument:
    """Convert ``pdf`` to PDF/A-2b and store it in this unit of work (the caller commits).
    A ``disclosure`` that includes hidden whereabouts on purpose keeps its reason with the
    document and in the audit trail."""
    archived = to_pdfa(pdf)
    reason = disclosure.reveal_reason if disclosure is not None else ""
    made = describe(
        kind, parent_id, title, archived, made_at, referral_id, meeting_id, reason, visit_plan_id,
        family_conference_id,
    )  # fmt: skip
    kept = uow.documents.add(made, archived)
    if disclosure is not None:
        record_reveal(uow, disclosure, parent_id, kind.label, kept.id)
    return kept


def recovery_sheet(key: str, office: str, dated: date, forms_override: Path | None = None) -> bytes:
    """The recovery sheet; needs no vault (it is printed when the vault is created)."""
    return build_recovery_sheet(
        key, office, dated, load_form("recovery_sheet", overrides=forms_override)
    )


class DocumentService(Written):
    recovery_sheet = staticmethod(recovery_sheet)

    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        now: Callable[[], datetime] = now_utc,
        forms_override: Path | None = None,
        language: str = "nb",
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._now = now
        self._forms = forms_override
        self._set_language(language)

    def keep(
        self, kind: DocumentKind, parent_id: int, title: str, pdf: bytes, reveal_reason: str = ""
    ) -> StoredDocument:
        """A document that was printed or saved, kept as PDF/A so it can be shown again
        exactly as it left the office. ``reveal_reason``: why it says where a child with hidden
        whereabouts lives (kept with it and in the audit trail)."""
        reason = Disclosure(Audience.THIRD_PARTY, reveal_reason=reveal_reason.strip())
        with self._uow() as uow:
            kept = keep_in(uow, kind, parent_id, title, pdf, self._now(), disclosure=reason)
            uow.commit()
        return kept

    def extract_languages(
        self, parent_id: int, audience: Audience = Audience.PARENT
    ) -> tuple[tuple[str, ...], str]:
        """The languages the parent's extract can be made in and the one to offer first; the
        office's own copy is in the office's standard only."""
        if audience is Audience.PARENT:
            return self.offered_language(parent_id, "contact_extract")
        return (self._office_standard,), self._office_standard

    def stored(self, document_id: int) -> tuple[StoredDocument, bytes]:
        with self._uow() as uow:
            return uow.documents.get(document_id), uow.documents.pdf(document_id)

    def consent_declaration(
        self, consent_id: int, forms_override: Path | None = None, *, reveal_reason: str = ""
    ) -> bytes:
        """The declaration of one recorded consent, for the parent to sign. Once signed it goes
        to the recipient as proof of the consent, so it says only what a third party may read:
        a confidential address is its wording, and a hidden child's whereabouts stay out unless
        ``reveal_reason`` says why they are in it."""
        wording = load_form("consent", self._language, overrides=forms_override or self._forms)
        label = self._domain_labels()
        with self._uow() as uow:
            consent = uow.consents.get(consent_id)
            parent = uow.parents.get(consent.parent_id)
            services = {s.id: s for s in uow.services.list() if s.id is not None}
            recipient = recipient_text(consent, services)
            if consent.service_id is None and consent.service_type is not None:
                kind = label(consent.service_type.label)  # {type}: an older override's one
                worded = wording.text("recipient.all_of_type").format(all=recipient, type=kind)
                recipient = worded[:1].upper() + worded[1:]
            children = uow.children.of_parent(consent.parent_id)
            office, caseworker = uow.office.office(), uow.office.caseworker()
            rules = disclosure_of(uow, consent.parent_id, Audience.THIRD_PARTY, reveal_reason)
        rules.require_discreet({"purpose": consent.purpose}, {"purpose": "Formål"})
        common = load_form("common", self._language, overrides=forms_override or self._forms)
        window = parent_address(parent)
        if not rules.shows_address_of(parent):
            window = (parent.full_name, common.text("disclosure.confidential_address"))
        data = ConsentDeclaration(
            parent_name=parent.full_name,
            parent_birth_date=parent.birth_date,
            parent_address=window,
            recipient=recipient,
            purpose=consent.purpose,
            categories_all=tuple(label(c.label) for c in InformationCategory),
            categories_covered=tuple(label(c.label) for c in consent.categories),
            valid_until=consent.valid_until,
            caseworker=caseworker.name if caseworker else "",
            dated=self._today(),
            our_reference=case_numbers(children),
        )
        pdf = build_consent_declaration(data, letterhead(office, caseworker), common, wording)
        return require_discreet(pdf, rules, "Samtykkeerklæringen")

    def contact_extract(
        self,
        parent_id: int,
        start: date,
        end: date,
        topics: frozenset[ContactTopic] = frozenset(),
        child_id: int | None = None,
        forms_override: Path | None = None,
        *,
        audience: Audience = Audience.PARENT,
    ) -> bytes:
        """The parent's contact log from ``start`` to ``end`` (Oslo dates, both included),
        only entries with one of ``topics`` (none: all) and about ``child_id`` (None: all).
        Made for the parent (``Audience.PARENT``) it leaves out what they may not be told and
        lists it as withheld, with its basis; ``Audience.INTERNAL`` is the office's own copy.
        DisclosureBlocked if the parent's extract would still say what they may not know."""
        if end < start:
            raise ValidationFailed([FieldProblem("end", "Sluttdatoen er før startdatoen.")])
        if audience is Audience.THIRD_PARTY:
            raise ValueError("a contact-log extract is for the parent or the office")
        for_parent = audience is Audience.PARENT
        label = self._domain_labels()
        wording = load_form(
            "contact_extract", self._language, overrides=forms_override or self._forms
        )
        pack_words = load_form(
            "access_pack", self._language, overrides=forms_override or self._forms
        )
        with self._uow() as uow:
            parent = uow.parents.get(parent_id)
            chosen = [
                e
                for e in uow.contacts.of_parent(parent_id)
                if start <= oslo_date(e.occurred_at) <= end
                and (not topics or topics.intersection(e.topics))
                and (child_id is None or child_id in e.child_ids)
            ]
            names = uow.parents.names()
            own_children = uow.children.of_parent(parent_id)
            children = {c.id: c for c in own_children}
            for entry in chosen:  # a joint entry may name the other parent's children too
                for cid in entry.child_ids:
                    if cid not in children:
                        children[cid] = uow.children.get(cid)
            if child_id is not None and child_id not in children:
                children[child_id] = uow.children.get(child_id)
            office, caseworker = uow.office.office(), uow.office.caseworker()
            reader = with_children_of(uow, reader_of(uow, parent_id), children)
        child_names = {cid: c.full_name for cid, c in children.items()}
        entries: list[ExtractEntry] = []
        left_out: list[LeftOut] = []
        for e in sorted(chosen, key=lambda e: (e.occurred_at, e.id or 0)):
            if e.status is EntryStatus.OPEN:
                continue
            if not for_parent:
                note = _exempt_note(e, wording, pack_words)
                made = extract_entry(e, parent_id, names, child_names, label)
                entries.append(replace(made, exempt_note=note))
                continue
            shown = for_reader(e, reader)
            kind = f"{pack_words.text('kind.contact')} – {label(e.form.label)}"
            left_out += left_out_of(shown, oslo_date(e.occurred_at), kind, pack_words)
            if shown.shown in (Shown.IN_FULL, Shown.AS_WITHDRAWN):
                made = extract_entry(shown.entry, parent_id, names, child_names, label)
                entries.append(replace(made, withdrawn_text_shown=True))
        chosen_child = ""
        if child_id is not None and (not for_parent or child_id in reader.own_child_ids):
            chosen_child = child_names[child_id]
        data = ContactExtract(
            parent_name=parent.full_name,
            start=start,
            end=end,
            entries=tuple(entries),
            caseworker=caseworker.name if caseworker else "",
            dated=self._today(),
            topics=tuple(label(t.label) for t in ContactTopic if t in topics),
            child=chosen_child,
            open_left_out=sum(1 for e in chosen if e.status is EntryStatus.OPEN),
            our_reference=case_numbers(
                [children[child_id]] if child_id is not None else own_children
            ),
            for_parent=for_parent,
            recipient=parent_address(parent) if for_parent else (),
            left_out=tuple(left_out),
        )
        common = load_form("common", self._language, overrides=forms_override or self._forms)
        pdf = build_contact_extract(data, letterhead(office, caseworker), common, wording)
        if for_parent:
            what = DocumentKind.CONTACT_EXTRACT.label
            pdf = require_discreet(pdf, reader.disclosure, what)
        return pdf


def _exempt_note(entry: ContactEntry, wording: Form, pack_words: Form) -> str:
    """The office's copy says which entries the parent is not shown, on what basis."""
    if not entry.is_exempt:
        return ""
    basis = basis_text(entry.exempt_basis, pack_words)
    return wording.text("entry.exempt_note").format(basis=basis, reason=entry.exempt_reason)


def extract_entry(
    entry: ContactEntry,
    parent_id: int,
    names: dict[int, str],
    children: dict[int | None, str],
    label: Callable[[str], str] = str,
) -> ExtractEntry:
    """One entry as the extract shows it, from ``parent_id``'s point of view; ``label`` gives
    a domain label in the document's language."""
    people = entry.participants
    withdrawn = entry.status is EntryStatus.WITHDRAWN
    return ExtractEntry(
        occurred_at=entry.occurred_at,
        form=label(entry.form.label),
        initiative=label(entry.initiative.label),
        place=entry.place,
        other_parents=tuple(names.get(p, "") for p in entry.parent_ids if p != parent_id),
        support_person=people.support_person,
        interpreter_language=people.interpreter_language,
        interpreter_name=people.interpreter_name,
        carers=people.carers,
        others=people.others,
        topics=tuple(label(t.label) for t in entry.topics),
        children=tuple(children.get(c, "") for c in entry.child_ids),
        summary=entry.summary,
        parent_words=entry.parent_words,
        words_of=names.get(entry.parent_id, "") if entry.parent_id != parent_id else "",
        agreed=entry.agreed,
        version=entry.version,
        change_reason=entry.change_reason,
        withdrawn_on=oslo_date(entry.withdrawn_at or entry.occurred_at) if withdrawn else None,
        withdrawn_reason=entry.withdrawn_reason,
    )
