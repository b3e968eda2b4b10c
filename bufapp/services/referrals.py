"""Referrals: drafts written freely, finished only through the consent gate, then sent and
answered; sent ones waiting for a reply feed Oversikt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from bufapp.documents.forms import load_form
from bufapp.documents.letter import Letterhead
from bufapp.documents.referral_letter import ReferralLetter, build_referral
from bufapp.domain.consent import GateDecision, consent_gate
from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import ReferralState, SentBy
from bufapp.domain.referral import Referral, check_finish, move, reply_deadlines
from bufapp.domain.validation import require_valid
from bufapp.errors import FieldProblem, ValidationFailed
from bufapp.services.clock import today_oslo
from bufapp.storage.uow import UnitOfWork


class ReferralService:
    def __init__(
        self, unit_of_work: Callable[[], UnitOfWork], today: Callable[[], date] = today_oslo
    ) -> None:
        self._uow = unit_of_work
        self._today = today

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
    def _gate(uow: UnitOfWork, referral: Referral, on: date) -> GateDecision:
        service = uow.services.get(referral.service_id)
        consents = uow.consents.of_parent(referral.parent_id)
        return consent_gate(service, referral.categories, consents, on, referral.exceptions)

    def finish(self, referral_id: int) -> Referral:
        """Freeze the draft; refused while any category it shares is blocked by the gate."""
        today = self._today()
        with self._uow() as uow:
            referral = uow.referrals.get(referral_id)
            require_valid(check_finish(referral, self._gate(uow, referral, today)))
            saved = uow.referrals.save(move(referral, ReferralState.FINISHED, today))
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

    def close(self, referral_id: int, outcome: ReferralState, note: str = "") -> Referral:
        return self._move(referral_id, outcome, None, outcome_note=note.strip())

    def _move(
        self, referral_id: int, to: ReferralState, on: date | None, **details: object
    ) -> Referral:
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

    def letter(self, referral_id: int, forms_override: Path | None = None) -> bytes:
        """The referral as a PDF letter in memory: names, address and wording resolved."""
        with self._uow() as uow:
            referral = uow.referrals.get(referral_id)
            service = uow.services.get(referral.service_id)
            copies = tuple(uow.services.get(sid).name for sid in referral.copy_to)
            office = uow.office.office()
            caseworker = uow.office.caseworker()
            children = [uow.children.get(c) for c in referral.child_ids]
            decision = self._gate(uow, referral, self._today())
        allowed = [a for a in decision.allowed if a.exception is None]
        data = ReferralLetter(
            recipient=tuple(
                line
                for line in (
                    service.name,
                    service.contact_person,
                    *service.postal_address.split(","),
                )
                if line.strip()
            )[:5],
            service_name=service.name,
            request=referral.request,
            caseworker=caseworker.name if caseworker else "",
            dated=referral.finished_on or self._today(),
            our_reference=", ".join(c.case_number for c in children),
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
        head = Letterhead(
            office.municipality if office else "",
            address_lines=tuple(
                x.strip() for x in (office.address if office else "").split(",") if x.strip()
            ),
            org_number=office.org_number if office else "",
        )
        common = load_form("common", overrides=forms_override)
        wording = load_form("referral", overrides=forms_override)
        return build_referral(data, head, common, wording)

    def deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """Oversikt's provider: sent referrals waiting for a reply by a date."""
        return reply_deadlines(uow.referrals.waiting())
