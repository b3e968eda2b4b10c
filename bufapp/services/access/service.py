"""Innsyn (the parent's right of access): everything recorded about one parent in one PDF, in
date order, with exempt parts left out and listed as left out; and the access report, who has
seen and changed the parent's records and when, from the audit trail.

What the pack holds (also in ``forms/access_pack.toml``):
- the register data, the children and their placements;
- contact entries as ``bufapp.domain.access.for_reader`` decides: final ones in full, withdrawn
  ones with their text, marked withdrawn with the reason; open ones left out and counted (a
  draft is not yet a record); exempt ones, and what the parent may not be told (where a child
  with hidden whereabouts lives, another parent's confidential address, the other parent's own
  words, children who are not theirs), left out and listed with date, kind, legal basis and
  reason under "Dette er unntatt innsyn";
- a placement whose whereabouts are hidden says so, not where; any other item, register value
  or kept document's title that names such a secret is withheld and listed the same way, and
  the finished PDF is checked once more (``require_discreet``);
- samvær: every version of the parent's own visit plans, each visit, the evaluations with
  every party's view, travel support (``services.access.visits``);
- tilbakemelding: the KOR forms and simple answers (``services.access.feedback``);
- consents; referrals once finished (drafts counted, not shown); responsibility groups; their
  meetings with the minutes once final; network maps as lists; the list of kept documents.

Both documents are PDF/A-2b, like every document that leaves the office. They are not kept in
the vault (no DocumentKind exists for them, and adding one needs a migration); that each was
made is recorded in the audit trail instead (ACCESS_PACK, ACCESS_REPORT).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from bufapp.documents.access.contact_extract import ExtractEntry, LeftOut
from bufapp.documents.access.pack import (
    AccessPack,
    KeptDocument,
    PackEvent,
    build_access_pack,
)
from bufapp.documents.access.report import AccessReport, ReportLine, build_access_report
from bufapp.documents.disclosure_check import require_discreet
from bufapp.documents.forms import Form
from bufapp.documents.pdfa import to_pdfa
from bufapp.domain.access import Shown, for_reader, runs
from bufapp.domain.audit import AuditAction, AuditEvent, AuditRecord
from bufapp.domain.disclosure import Disclosure
from bufapp.domain.entities import Parent
from bufapp.domain.enums import ReferralState
from bufapp.domain.group_rules import carers_by_role
from bufapp.services.access import events
from bufapp.services.access.family_conference import pack_conferences
from bufapp.services.access.feedback import feedback_items
from bufapp.services.access.followup import followup_events, followup_of
from bufapp.services.access.group_offers import pack_items as group_offer_items
from bufapp.services.access.living import pack_items as living_items
from bufapp.services.access.office_report import quote_events, quotes_of
from bufapp.services.access.reader import (
    left_out_of,
    reader_of,
    secret_basis,
    with_children_of,
)
from bufapp.services.access.visits import pack_items, visits_of
from bufapp.services.access.withholding import discreet_event, discreet_record, withheld_row
from bufapp.services.access.wording import label as in_words
from bufapp.services.clock import now_utc, oslo_date
from bufapp.services.document_base import Written
from bufapp.services.documents import case_numbers, extract_entry, letterhead, parent_address
from bufapp.services.followup.page import checklist_items
from bufapp.services.network_documents import discreet
from bufapp.services.register import ChildWithPlacements, RegisterService
from bufapp.storage.uow import UnitOfWork


class AccessService(Written):
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        now: Callable[[], datetime] = now_utc,
        forms_override: Path | None = None,
        language: str = "nb",
    ) -> None:
        self._uow = unit_of_work
        self._now = now
        self._forms = forms_override
        self._set_language(language)

    def pack_pdf(self, parent_id: int) -> bytes:
        """Everything about the parent, as PDF/A; recorded in the audit trail as made.
        DisclosureBlocked if its text would still say what the parent may not know."""
        words = self._form("access_pack")
        common = self._form("common")
        with self._uow() as uow:
            data, rules = self._pack(uow, parent_id, words, common)
            head = letterhead(uow.office.office(), uow.office.caseworker())
        # Built outside the reading transaction: a busy parent's pack takes seconds.
        pdf = build_access_pack(data, head, common, words, self._form("contact_extract"))
        pdf = require_discreet(pdf, rules, words.text("letter.heading"))
        return self._made(to_pdfa(pdf), AuditAction.ACCESS_PACK, parent_id)

    def _made(self, pdf: bytes, action: AuditAction, parent_id: int) -> bytes:
        """Record that the document was made, once it exists, and hand it over."""
        with self._uow() as uow:
            uow.audit.record(AuditEvent(action, parent_id=parent_id))
            uow.commit()
        return pdf

    def _pack(
        self, uow: UnitOfWork, parent_id: int, words: Form, common: Form
    ) -> tuple[AccessPack, Disclosure]:
        reader = reader_of(uow, parent_id)
        rules = reader.disclosure
        parent = uow.parents.get(parent_id)
        own_children = uow.children.of_parent(parent_id)
        with_placements = [
            ChildWithPlacements(c, tuple(uow.placements.of_child(c.id or 0))) for c in own_children
        ]
        items: list[ExtractEntry | PackEvent] = []
        left_out: list[LeftOut] = []
        open_count = 0
        names = uow.parents.names()
        child_names = {c.id: c.full_name for c in own_children}
        contact = words.text("kind.contact")
        shown_at: dict[int, datetime] = {}  # the entries shown in full, for a visit's talks
        for entry in uow.contacts.of_parent(parent_id):
            on = oslo_date(entry.occurred_at)
            shown = for_reader(entry, with_children_of(uow, reader, entry.child_ids))
            left_out += left_out_of(
                shown, on, f"{contact} – {in_words(entry.form.label, words)}", words
            )
            if shown.shown is Shown.LEFT_OUT_OPEN:
                open_count += 1
            elif shown.shown in (Shown.IN_FULL, Shown.AS_WITHDRAWN):
                if shown.shown is Shown.IN_FULL and entry.id is not None:
                    shown_at[entry.id] = entry.occurred_at
                items.append(
                    replace(
                        extract_entry(
                            shown.entry,
                            parent_id,
                            names,
                            child_names,
                            lambda text: in_words(text, words),
                        ),
                        withdrawn_text_shown=True,
                    )
                )
        found, drafts = _events_of(uow, parent_id, words, rules, common)
        for event in found:
            kept, withheld = discreet_event(event, rules, words)
            items += [kept] if kept is not None else []
            left_out += withheld
        # The follow-up's records, each withheld whole when its text names what the parent
        # may not know, as a contact entry is: a record is one statement, not separate parts.
        labels = dict(checklist_items(self._form("followup")))
        today = oslo_date(self._now())
        for event in followup_events(followup_of(uow, parent_id), labels, today, words):
            kept, withheld = discreet_record(event, reader, words)
            items += [kept] if kept is not None else []
            left_out += withheld
        # Samvær: the parent's own plans with their visits and evaluations, and travel support;
        # a part that can reveal a hidden placement is withheld and listed, the rest is shown.
        shown, withheld = pack_items(visits_of(uow, parent_id), reader, words, shown_at)
        items += shown
        left_out += withheld
        # Tilbakemelding: the KOR forms and the simple answers, with the parent's own words.
        shown, withheld = feedback_items(uow, parent_id, reader, words, self._form("feedback"))
        items += shown
        left_out += withheld
        # Familieråd: each conference, withheld whole when it names what the parent may not know.
        conferences = uow.family_conferences.of_parent(parent_id)
        shown, withheld = pack_conferences(conferences, reader, words)
        items += shown
        left_out += withheld
        # Group offers: the parent's way through them, each record withheld whole if it names
        # what the parent may not know.
        shown, withheld = group_offer_items(uow, parent_id, reader, words)
        items += shown
        left_out += withheld
        # Levekår: each assessment, the parent's words beside the service's (issue 22).
        shown, withheld = living_items(uow.living.of_parent(parent_id), reader, words)
        items += shown
        left_out += withheld
        # Their words chosen for the office's yearly report, as the report prints them.
        for event in quote_events(quotes_of(uow, parent_id), words):
            kept, withheld = discreet_record(event, reader, words)
            items += [kept] if kept is not None else []
            left_out += withheld
        documents = _kept_documents(uow, parent_id, rules, words, left_out)
        register = _register(parent, rules, words, oslo_date(self._now()), left_out)
        caseworker = uow.office.caseworker()
        notes = ()
        if drafts:
            key = "drafts.one" if drafts == 1 else "drafts.many"
            notes = (words.text(key).format(count=drafts),)
        hidden = common.text("disclosure.hidden_place")
        pack = AccessPack(
            parent_name=parent.full_name,
            recipient=parent_address(parent),
            register=register,
            children=events.children(parent_id, with_placements, words, hidden, rules),
            items=tuple(items),
            documents=documents,
            left_out=tuple(left_out),
            caseworker=caseworker.name if caseworker else "",
            dated=oslo_date(self._now()),
            open_left_out=open_count,
            notes=notes,
            our_reference=case_numbers(own_children),
        )
        return pack, rules

    def report_pdf(self, parent_id: int) -> bytes:
        """Who has seen and changed the parent's records, and when, as PDF/A; recorded in the
        audit trail as made (after reading it, so the report does not list itself). A detail
        (a document's title) that names what the parent may not know is left out."""
        words = self._form("access_report")
        with self._uow() as uow:
            parent = uow.parents.get(parent_id)
            records = uow.audit_records.of_parent(parent_id)
            caseworker = uow.office.caseworker()
            rules = reader_of(uow, parent_id).disclosure

            def what(record: AuditRecord, count: int) -> str:
                said = record.what
                if rules.find(said) is not None:
                    said = f"{replace(record, detail='').what} – {words.text('table.withheld')}"
                times = words.text("table.times").format(count=count)
                return said if count == 1 else f"{said} ({times})"

            data = AccessReport(
                parent_name=parent.full_name,
                recipient=parent_address(parent),
                lines=tuple(ReportLine(r.at, r.actor, what(r, n)) for r, n in runs(records)),
                caseworker=caseworker.name if caseworker else "",
                dated=oslo_date(self._now()),
                our_reference=case_numbers(uow.children.of_parent(parent_id)),
                anchor=uow.audit_records.head(),
            )
            head = letterhead(uow.office.office(), uow.office.caseworker())
        pdf = build_access_report(data, head, self._form("common"), words)
        pdf = require_discreet(pdf, rules, words.text("letter.heading"))
        return self._made(to_pdfa(pdf), AuditAction.ACCESS_REPORT, parent_id)


def _events_of(
    uow: UnitOfWork, parent_id: int, words: Form, rules: Disclosure, common: Form
) -> tuple[list[PackEvent], int]:
    """Every dated item that is not a contact entry, and how many referral drafts were left
    out (a draft is not yet a record). A foster home in a group or on a map is named by its
    role while a child's whereabouts are hidden, so the rest of the item can be shown."""
    hides_carers = rules.hides_a_placement
    carer = common.text("disclosure.hidden_person")
    found: list[PackEvent] = []
    for consent, recipient in RegisterService.consents_of(uow, parent_id):
        found.append(events.consent_event(consent, recipient, words))
    drafts = 0
    for referral, recipient in RegisterService.referrals_of(uow, parent_id):
        if referral.state is ReferralState.DRAFT:
            drafts += 1
        else:
            found.append(events.referral_event(referral, recipient, words))
    for group in uow.groups.of_parent(parent_id):
        group = carers_by_role(group, carer) if hides_carers else group
        found.append(events.group_event(group, words))
        actions = uow.actions.of_group(group.id or 0)
        for meeting in uow.meetings.of_group(group.id or 0):
            found.append(events.meeting_event(meeting, group, actions, words))
    for listing in uow.network_maps.of_parent(parent_id):
        network = discreet(uow.network_maps.get(listing.id), rules, common)
        found.append(events.map_event(network, words))
    return found, drafts


def _kept_documents(
    uow: UnitOfWork, parent_id: int, rules: Disclosure, words: Form, left_out: list[LeftOut]
) -> tuple[KeptDocument, ...]:
    """The kept documents; a title that names a secret is not printed (added to
    ``left_out``)."""
    documents = []
    for kept in uow.documents.of_parent(parent_id):
        on, title = oslo_date(kept.made_at), kept.title
        basis = secret_basis(rules, title)
        if basis is not None:
            title = words.text("documents.title_withheld")
            left_out.append(withheld_row(on, words.text("exempt.document"), basis, words))
        documents.append(KeptDocument(on, in_words(kept.kind.label, words), title))
    return tuple(documents)


def _register(
    parent: Parent, rules: Disclosure, words: Form, today: date, left_out: list[LeftOut]
) -> tuple[tuple[str, str], ...]:
    """The parent's register data; a value that names a secret (a note naming the foster
    home) is not printed (added to ``left_out``)."""
    facts = []
    for label, value in events.register_facts(parent, words):
        basis = secret_basis(rules, value)
        if basis is not None:
            value = words.text("register.withheld_value")
            what = f"{words.text('exempt.register')}: {label}"
            left_out.append(withheld_row(today, what, basis, words))
        facts.append((label, value))
    return tuple(facts)
