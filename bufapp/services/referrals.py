"""Referrals: drafts written freely, finished only through the consent gate, then sent and
answered; sent ones waiting for a reply feed Oversikt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from bufapp.documents.forms import load_form
from bufapp.documents.referral_letter import ReferralLetter, build_referral
from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.domain.consent import GateDecision, consent_gate
from bufapp.domain.deadlines import Deadline
from bufapp.domain.documents import StoredDocument
from bufapp.domain.enums import DocumentKind, ReferralState, SentBy
from bufapp.domain.referral import Referral, check_finish, move, reply_deadlines
from bufapp.domain.validation import require_valid
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import now_utc, today_oslo
from bufapp.services.documents import (
    case_numbers,
    keep_in,
    letterhead,
    parent_address,
    service_address,
)
from bufapp.storage.uow import UnitOfWork


class ReferralService:
    def __init__(
        self,
        unit_of_work: Callable[[], UnitOfWork],
        today: Callable[[], date] = today_oslo,
        now: Callable[[], datetime] = now_utc,
        forms_override: Path | None = None,
    ) -> None:
        self._uow = unit_of_work
        self._today = today
        self._now = now
        self._forms = forms_override  # None: the user's config folder

    def of_parent(self, parent_id: int) -> list[Referral]:
        with self._uow() as uow:
            return uow.referrals.of_parent(parent_id)

    def save_draft(self, referral: Referral) -> Referral:
        """A new or changed draft; a finished referral is never edited."""
        with self._uow() as uow:
            if (
                referral.id is not None
                and uow.referrals.get(referral.id).state is not ReferralState.DRAFT
            ):
                raise ValidationFailed(
                    [FieldProblem("state", "Henvisningen er ferdig og kan ikke endres.")]
                )
            uow.parents.get(referral.parent_id)
            uow.services.get(referral.service_id)
            saved = uow.referrals.save(replace(referral, state=ReferralState.DRAFT))
            uow.commit()
        return saved

    def gate(self, referral: Referral, on: date | None = None) -> GateDecision:
        """What the referral may share today, category by category (the editor shows this)."""
        with self._uow() as uow:
            return self._gate(uow, referral, on or self._today())

    @staticmethod
    def _gate(
        uow: UnitOfWork, referral: Referral, on: date, service_id: int | None = None
    ) -> GateDecision:
        """The gate for the recipient, or for ``service_id`` (a service getting a copy)."""
        service = uow.services.get(service_id or referral.service_id)
        consents = uow.consents.of_parent(referral.parent_id)
        return consent_gate(service, referral.categories, consents, on, referral.exceptions)

    def finish(self, referral_id: int) -> Referral:
        """Freeze the draft and store the letter (and the parent's copy) as PDF/A, in one
        transaction; refused while any category it shares is blocked by the gate."""
        today = self._today()
        with self._uow() as uow:
            referral = uow.referrals.get(referral_id)
            copies = {
                uow.services.get(sid).name: self._gate(uow, referral, today, sid)
                for sid in referral.copy_to
            }
            require_valid(check_finish(referral, self._gate(uow, referral, today), copies))
            saved = uow.referrals.save(move(referral, ReferralState.FINISHED, today))
            title = f"Henvisning til {uow.services.get(saved.service_id).name}"
            for exception in saved.exceptions:  # shared without consent: named in the trail
                uow.audit.record(
                    AuditEvent(
                        AuditAction.GATE_EXCEPTION, "referral", saved.id, saved.parent_id,
                        f"{exception.category.label}: {exception.legal_basis}",
                    )
                )  # fmt: skip
            self._keep(uow, saved, DocumentKind.REFERRAL, title, self._letter(uow, saved))
            if saved.copy_to_parent:
                copy = self._letter(uow, saved, for_parent=True)
                self._keep(uow, saved, DocumentKind.REFERRAL_COPY, f"Kopi: {title}", copy)
            uow.commit()
        return saved

    def send(
        self,
        referral_id: int,
        sent_by: SentBy,
        reply_expected_by: date | None,
        on: date | None = None,
    ) -> Referral:
        return self._move(
            referral_id,
            ReferralState.SENT,
            on,
            sent_by=sent_by,
            reply_expected_by=reply_expected_by,
        )

    def close(
        self, referral_id: int, outcome: ReferralState, note: str = "", on: date | None = None
    ) -> Referral:
        """The answer (or none) registered, dated ``on`` (default today)."""
        return self._move(referral_id, outcome, on, outcome_note=note.strip())

    def get(self, referral_id: int) -> Referral:
        with self._uow() as uow:
            return uow.referrals.get(referral_id)

    def _move(
        self, referral_id: int, to: ReferralState, on: date | None, **details: object
    ) -> Referral:
        if on is not None and on > self._today():
            raise ValidationFailed([FieldProblem("on", "Datoen kan ikke være fram i tid.")])
        with self._uow() as uow:
            referral = uow.referrals.get(referral_id)
            saved = uow.referrals.save(move(referral, to, on or self._today(), **details))
            uow.commit()
        return saved

    def blocked_drafts(self, parent_id: int) -> list[tuple[Referral, GateDecision]]:
        """The parent's drafts that a withdrawn or expired consent now blocks."""
        today = self._today()
        with self._uow() as uow:
            drafts = [
                r for r in uow.referrals.of_parent(parent_id) if r.state is ReferralState.DRAFT
            ]
            decisions = [(r, self._gate(uow, r, today)) for r in drafts]
        return [(r, d) for r, d in decisions if not d.open]

    def _keep(
        self, uow: UnitOfWork, referral: Referral, kind: DocumentKind, title: str, pdf: bytes
    ) -> None:
        keep_in(uow, kind, referral.parent_id, title, pdf, self._now(), referral.id)

    def letter(self, referral_id: int, for_parent: bool = False) -> bytes:
        """The referral (or the parent's copy) as a PDF in memory: a draft as it would be now,
        a finished one exactly as it was stored when it was finished."""
        kind = DocumentKind.REFERRAL_COPY if for_parent else DocumentKind.REFERRAL
        with self._uow() as uow:
            referral = uow.referrals.get(referral_id)
            if referral.state is ReferralState.DRAFT:
                return self._letter(uow, referral, for_parent)
            stored = [d for d in uow.documents.of_referral(referral_id) if d.kind is kind]
            if not stored:
                raise ValidationFailed(
                    [FieldProblem("copy_to_parent", "Det ble ikke laget kopi til forelderen.")]
                )
            return uow.documents.pdf(stored[-1].id or 0)

    def documents(self, referral_id: int) -> list[StoredDocument]:
        with self._uow() as uow:
            return uow.documents.of_referral(referral_id)

    def _letter(self, uow: UnitOfWork, referral: Referral, for_parent: bool = False) -> bytes:
        """The letter's names, address and wording resolved from the vault, built to PDF."""
        service = uow.services.get(referral.service_id)
        copies = tuple(uow.services.get(sid).name for sid in referral.copy_to)
        office = uow.office.office()
        caseworker = uow.office.caseworker()
        children = [uow.children.get(c) for c in referral.child_ids]
        decision = self._gate(uow, referral, self._today())
        allowed = [a for a in decision.allowed if a.exception is None]
        data = ReferralLetter(
            recipient=service_address(service, service.contact_person),
            service_name=service.name,
            request=referral.request,
            caseworker=caseworker.name if caseworker else "",
            dated=referral.finished_on or self._today(),
            our_reference=case_numbers(children or uow.children.of_parent(referral.parent_id)),
            current_situation=referral.current_situation,
            tried_before=referral.tried_before,
            parent_words=referral.parent_words,
            practical_needs=referral.practical_needs,
            consented_categories=tuple(a.category.label for a in allowed),
            exceptions=tuple(
                (e.category.label, e.legal_basis, e.reason) for e in referral.exceptions
            ),
            attachments=referral.attachments,
            copies=copies,
            copy_to_parent=referral.copy_to_parent,
        )
        common = load_form("common", overrides=self._forms)
        wording = load_form("referral", overrides=self._forms)
        copy_for = parent_address(uow.parents.get(referral.parent_id)) if for_parent else None
        return build_referral(data, letterhead(office), common, wording, copy_for=copy_for)

    def deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """Oversikt's provider: sent referrals waiting for a reply by a date."""
        return reply_deadlines(uow.referrals.waiting())
