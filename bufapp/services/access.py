"""Innsyn (the parent's right of access): everything recorded about one parent in one PDF, in
date order, with exempt parts left out and listed as left out; and the access report, who has
seen and changed the parent's records and when, from the audit trail.

What the pack holds (also in ``forms/access_pack.toml``):
- the register data, the children and their placements;
- contact entries as ``bufapp.domain.access.shown_as`` decides: final ones in full, withdrawn
  ones by date, form and reason (their text was withdrawn as mistaken, as in the extract), open
  ones left out and counted (a draft is not yet a record), exempt ones left out and listed with
  date, kind and reason under "Dette er unntatt innsyn";
- consents; referrals once finished (drafts counted, not shown); responsibility groups; their
  meetings with the minutes once final; network maps as lists; the list of kept documents.

Both documents are PDF/A-2b, like every document that leaves the office. They are not kept in
the vault (no DocumentKind exists for them, and adding one needs a migration); that each was
made is recorded in the audit trail instead (ACCESS_PACK, ACCESS_REPORT).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from bufapp.documents.access_pack import (
    AccessPack,
    KeptDocument,
    LeftOut,
    PackEvent,
    build_access_pack,
)
from bufapp.documents.access_report import AccessReport, ReportLine, build_access_report
from bufapp.documents.contact_extract import ExtractEntry
from bufapp.documents.forms import Form, load_form
from bufapp.documents.pdfa import to_pdfa
from bufapp.domain.access import Shown, runs, shown_as
from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.domain.enums import ReferralState
from bufapp.services import access_events as events
from bufapp.services.clock import now_utc, oslo_date
from bufapp.services.documents import case_numbers, extract_entry, letterhead, parent_address
from bufapp.services.register import ChildWithPlacements, RegisterService
from bufapp.storage.uow import UnitOfWork


class AccessService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        now: Callable[[], datetime] = now_utc,
        forms_override: Path | None = None,
    ) -> None:
        self._uow = unit_of_work
        self._now = now
        self._forms = forms_override

    def _form(self, name: str) -> Form:
        return load_form(name, overrides=self._forms)

    def pack_pdf(self, parent_id: int) -> bytes:
        """Everything about the parent, as PDF/A; recorded in the audit trail as made."""
        words = self._form("access_pack")
        with self._uow() as uow:
            data = self._pack(uow, parent_id, words)
            head = letterhead(uow.office.office(), uow.office.caseworker())
        # Built outside the reading transaction: a busy parent's pack takes seconds.
        pdf = build_access_pack(data, head, self._form("common"), words,
                                self._form("contact_extract"))  # fmt: skip
        return self._made(to_pdfa(pdf), AuditAction.ACCESS_PACK, parent_id)

    def _made(self, pdf: bytes, action: AuditAction, parent_id: int) -> bytes:
        """Record that the document was made, once it exists, and hand it over."""
        with self._uow() as uow:
            uow.audit.record(AuditEvent(action, parent_id=parent_id))
            uow.commit()
        return pdf

    def _pack(self, uow: UnitOfWork, parent_id: int, words: Form) -> AccessPack:
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
        for entry in uow.contacts.of_parent(parent_id):
            shown = shown_as(entry)
            if shown is Shown.LEFT_OUT_EXEMPT:
                what = f"{contact} – {entry.form.label}"
                left_out.append(LeftOut(oslo_date(entry.occurred_at), what, entry.exempt_reason))
            elif shown is Shown.LEFT_OUT_OPEN:
                open_count += 1
            else:
                for cid in entry.child_ids:  # a joint entry may name the other parent's child
                    if cid not in child_names:
                        child_names[cid] = uow.children.get(cid).full_name
                items.append(extract_entry(entry, parent_id, names, child_names))
        for consent, recipient in RegisterService.consents_of(uow, parent_id):
            items.append(events.consent_event(consent, recipient, words))
        drafts = 0
        for referral, recipient in RegisterService.referrals_of(uow, parent_id):
            if referral.state is ReferralState.DRAFT:
                drafts += 1
            else:
                items.append(events.referral_event(referral, recipient, words))
        for group in uow.groups.of_parent(parent_id):
            items.append(events.group_event(group, words))
            actions = uow.actions.of_group(group.id or 0)
            for meeting in uow.meetings.of_group(group.id or 0):
                items.append(events.meeting_event(meeting, group, actions, words))
        for listing in uow.network_maps.of_parent(parent_id):
            items.append(events.map_event(uow.network_maps.get(listing.id), words))
        documents = tuple(
            KeptDocument(oslo_date(d.made_at), d.kind.label, d.title)
            for d in uow.documents.of_parent(parent_id)
        )
        caseworker = uow.office.caseworker()
        notes = ()
        if drafts:
            key = "drafts.one" if drafts == 1 else "drafts.many"
            notes = (words.text(key).format(count=drafts),)
        return AccessPack(
            parent_name=parent.full_name,
            recipient=parent_address(parent),
            register=events.register_facts(parent, words),
            children=events.children(parent_id, with_placements, words),
            items=tuple(items),
            documents=documents,
            left_out=tuple(left_out),
            caseworker=caseworker.name if caseworker else "",
            dated=oslo_date(self._now()),
            open_left_out=open_count,
            notes=notes,
            our_reference=case_numbers(own_children),
        )

    def report_pdf(self, parent_id: int) -> bytes:
        """Who has seen and changed the parent's records, and when, as PDF/A; recorded in the
        audit trail as made (after reading it, so the report does not list itself)."""
        words = self._form("access_report")
        with self._uow() as uow:
            parent = uow.parents.get(parent_id)
            records = uow.audit_records.of_parent(parent_id)
            caseworker = uow.office.caseworker()

            def times(count: int) -> str:
                return words.text("table.times").format(count=count)

            data = AccessReport(
                parent_name=parent.full_name,
                recipient=parent_address(parent),
                lines=tuple(
                    ReportLine(r.at, r.actor, r.what if n == 1 else f"{r.what} ({times(n)})")
                    for r, n in runs(records)
                ),
                caseworker=caseworker.name if caseworker else "",
                dated=oslo_date(self._now()),
                our_reference=case_numbers(uow.children.of_parent(parent_id)),
            )
            head = letterhead(uow.office.office(), uow.office.caseworker())
        pdf = build_access_report(data, head, self._form("common"), words)
        return self._made(to_pdfa(pdf), AuditAction.ACCESS_REPORT, parent_id)
