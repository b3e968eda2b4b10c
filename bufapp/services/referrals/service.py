"""Referrals: drafts written freely, finished only through the consent gate, then sent and
answered; sent ones waiting for a reply feed Oversikt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from bufapp.documents.forms import Form
from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.domain.consent import (
    GateDecision,
    consent_gate,
    section_categories,
    section_problems,
    uncovered_message,
    uncovered_sections,
)
from bufapp.domain.deadlines import Deadline
from bufapp.domain.disclosure import Disclosure
from bufapp.domain.documents import StoredDocument
from bufapp.domain.enums import (
    Audience,
    DocumentKind,
    InformationCategory,
    ReferralState,
    SentBy,
)
from bufapp.domain.referral import (
    FREE_TEXT_SECTIONS,
    Referral,
    check_finish,
    check_national_id,
    move,
    reply_deadlines,
)
from bufapp.domain.validation import require_valid
from bufapp.errors import DisclosureBlocked, FieldProblem, ValidationFailed
from bufapp.languages import ENDONYMS, document_language
from bufapp.services.clock import now_utc, today_oslo
from bufapp.services.disclosure import disclosure_of
from bufapp.services.document_base import Written
from bufapp.services.referrals.letter import letter_pdf
from bufapp.storage.uow import UnitOfWork

# The letter and its PDF stack (reportlab, pypdfium2, pikepdf) are imported where a letter is
# made (letter.py): the service is built at every unlock, for Oversikt's reply deadlines (issue 18).


class ReferralService(Written):
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
        self._forms = forms_override  # None: the user's config folder
        self._set_language(language)

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

    def check_discreet(self, referral_id: int, *, reveal_reason: str = "") -> None:
        """DisclosureBlocked if the draft's text says what the service, or the parent reading
        the copy, may not know: asked before the caseworker is asked to finish."""
        with self._uow() as uow:
            referral = uow.referrals.get(referral_id)
            self._require_discreet(uow, referral, self._rules(uow, referral, reveal_reason))

    def finish(self, referral_id: int, *, reveal_reason: str = "") -> Referral:
        """Freeze the draft and store the letter (and the parent's copy) as PDF/A, in one
        transaction; refused while any category it shares is blocked by the gate, a section
        carries a category the consent does not cover, or the text says what its reader may
        not know (``reveal_reason``: the caseworker's written reason for saying, in the letter
        to the service, where a child with hidden whereabouts lives)."""
        today = self._today()
        with self._uow() as uow:
            referral = uow.referrals.get(referral_id)
            rules = self._rules(uow, referral, reveal_reason)
            self._require_finishable(uow, referral, today, rules)
            saved = uow.referrals.save(move(referral, ReferralState.FINISHED, today))
            title = f"Henvisning til {uow.services.get(saved.service_id).name}"
            for exception in saved.exceptions:  # shared without consent: named in the trail
                uow.audit.record(
                    AuditEvent(
                        AuditAction.GATE_EXCEPTION, "referral", saved.id, saved.parent_id,
                        f"{exception.category.label}: {exception.legal_basis}",
                    )
                )  # fmt: skip
            letter = self._letter(uow, saved, rules)
            self._keep(uow, saved, DocumentKind.REFERRAL, title, letter, rules)
            if saved.copy_to_parent:
                language = self.copy_language(uow, saved)
                copy = self._letter(uow, saved, rules, True, language)
                copy_rules = self._copy_rules(uow, saved)
                named = f"Kopi: {title}"
                if language != self._office_standard:  # the copy says which language it is in
                    named += f" ({ENDONYMS.get(language, language)})"
                self._keep(uow, saved, DocumentKind.REFERRAL_COPY, named, copy, copy_rules)
            uow.commit()
        return saved

    def _require_finishable(
        self, uow: UnitOfWork, referral: Referral, today: date, rules: Disclosure
    ) -> None:
        """Everything that stops finishing: the gate for the recipient and each copy, sections
        the consent does not cover, the national ID; then what the text may not say."""
        # A copy carries the same text: its recipient must be covered for every category
        # the letter gives, the chosen ones and those of the written sections.
        given = replace(referral, categories=tuple(self._given(referral)))
        copies = {
            uow.services.get(sid).name: self._gate(uow, given, today, sid)
            for sid in referral.copy_to
        }
        covered = self._covered(uow, referral, today)
        problems = check_finish(referral, self._gate(uow, referral, today), copies)
        problems += section_problems(
            referral.free_texts(), self._sections(), covered, self._labels()
        )
        national_id = uow.parents.get(referral.parent_id).national_id
        problems += check_national_id(referral, covered, national_id)
        require_valid(problems)
        self._require_discreet(uow, referral, rules)

    def _require_discreet(self, uow: UnitOfWork, referral: Referral, rules: Disclosure) -> None:
        """The free text, by field, against what the service, and the parent reading the copy,
        may not know. The copy is held to the parent's rules without the reveal reason: it
        goes to the parent, from whom the county board hid where the child lives."""
        texts, labels = self._checked_texts(referral)
        rules.require_discreet(texts, labels)
        if referral.copy_to_parent:
            problems = self._copy_rules(uow, referral).check(texts, labels)
            if problems:
                fields = ", ".join(f"«{labels.get(p.field, p.field)}»" for p in problems)
                why = (
                    f"Kopien til forelderen ville vise hvor barnet bor ({fields}), og det skal "
                    "forelderen ikke vite. Ta det bort, eller send henvisningen uten kopi til "
                    "forelderen."
                )
                raise DisclosureBlocked([FieldProblem("copy_to_parent", why)], whereabouts=False)

    def _checked_texts(self, referral: Referral) -> tuple[dict[str, str], dict[str, str]]:
        texts = referral.free_texts()
        texts["your_reference"] = referral.your_reference
        texts["attachments"] = "\n".join(referral.attachments)
        texts["exceptions"] = "\n".join(e.reason for e in referral.exceptions)
        labels = self._labels()
        labels["your_reference"] = "Deres ref."
        labels["attachments"] = "Vedlegg"
        labels["exceptions"] = "Begrunnelse for annet rettsgrunnlag"
        return texts, labels

    def _sections(self) -> dict[str, InformationCategory]:
        return section_categories(self._wording().values["section_categories"])

    def _labels(self) -> dict[str, str]:
        wording = self._wording()
        return {name: wording.text(f"sections.{name}") for name in FREE_TEXT_SECTIONS}

    def _wording(self) -> Form:
        return self._form("referral")

    def _covered(self, uow: UnitOfWork, referral: Referral, on: date) -> set[InformationCategory]:
        """The categories the recipient's consent (or an exception written on the referral)
        covers, whether chosen or not."""
        every = replace(referral, categories=tuple(InformationCategory))
        return {a.category for a in self._gate(uow, every, on).allowed}

    def _given(self, referral: Referral) -> list[InformationCategory]:
        """What the letter gives: the chosen categories and those of the written sections."""
        sections = self._sections()
        written = {
            sections[n] for n, t in referral.free_texts().items() if t.strip() and n in sections
        }
        return [c for c in InformationCategory if c in referral.categories or c in written]

    @staticmethod
    def _rules(uow: UnitOfWork, referral: Referral, reveal_reason: str = "") -> Disclosure:
        return disclosure_of(uow, referral.parent_id, Audience.THIRD_PARTY, reveal_reason)

    @staticmethod
    def _copy_rules(uow: UnitOfWork, referral: Referral) -> Disclosure:
        return disclosure_of(uow, referral.parent_id, Audience.PARENT)

    def sections(self, referral: Referral, on: date | None = None) -> dict[str, str]:
        """Why each section the referral may not carry now is closed, by field name (the
        editor disables those and says why beside them); ``include_national_id`` too, when
        the national ID may not or cannot be printed."""
        with self._uow() as uow:
            covered = self._covered(uow, referral, on or self._today())
            national_id = uow.parents.get(referral.parent_id).national_id
        labels = self._labels()
        closed = {
            name: uncovered_message(labels[name], category)
            for name, category in uncovered_sections(self._sections(), covered).items()
        }
        ticked = replace(referral, include_national_id=True)
        for problem in check_national_id(ticked, covered, national_id):
            closed[problem.field] = problem.message
        return closed

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
        self,
        uow: UnitOfWork,
        referral: Referral,
        kind: DocumentKind,
        title: str,
        pdf: bytes,
        rules: Disclosure,
    ) -> None:
        from bufapp.services.documents import keep_in

        keep_in(
            uow, kind, referral.parent_id, title, pdf, self._now(), referral.id, disclosure=rules
        )

    def letter(
        self,
        referral_id: int,
        for_parent: bool = False,
        *,
        reveal_reason: str = "",
        language: str | None = None,
    ) -> bytes:
        """The referral (or the parent's copy) as a PDF in memory: a draft as it would be now
        (held to the same rules of what it may say as when it is finished), a finished one
        exactly as it was stored when it was finished. The parent's copy is in the parent's
        language (``copy_language``) unless ``language`` asks for another; a finished one asked
        for in another language is made anew, as it would be today."""
        kind = DocumentKind.REFERRAL_COPY if for_parent else DocumentKind.REFERRAL
        with self._uow() as uow:
            referral = uow.referrals.get(referral_id)
            if referral.state is ReferralState.DRAFT:
                rules = self._rules(uow, referral, reveal_reason)
                self._require_discreet(uow, referral, rules)
                written = language or (self.copy_language(uow, referral) if for_parent else None)
                return self._letter(uow, referral, rules, for_parent, written)
            if for_parent and language and language != self.copy_language(uow, referral):
                rules = self._rules(uow, referral, reveal_reason)
                return self._letter(uow, referral, rules, True, language)
            stored = [d for d in uow.documents.of_referral(referral_id) if d.kind is kind]
            if not stored:
                raise ValidationFailed(
                    [FieldProblem("copy_to_parent", "Det ble ikke laget kopi til forelderen.")]
                )
            return uow.documents.pdf(stored[-1].id or 0)

    def documents(self, referral_id: int) -> list[StoredDocument]:
        with self._uow() as uow:
            return uow.documents.of_referral(referral_id)

    def _letter(
        self,
        uow: UnitOfWork,
        referral: Referral,
        rules: Disclosure,
        for_parent: bool = False,
        language: str | None = None,
    ) -> bytes:
        """The letter sharing what it may today: the chosen and written categories that a
        consent (or an exception written on the referral) covers, with the gate's decision."""
        today = self._today()
        covered = self._covered(uow, referral, today)
        shared = [c for c in self._given(referral) if c in covered]
        decision = self._gate(uow, replace(referral, categories=tuple(shared)), today)
        written = language or self._language
        return letter_pdf(
            uow, referral, rules, shared, decision, today, self._forms, for_parent, written
        )

    def copy_language(self, uow: UnitOfWork, referral: Referral) -> str:
        """The parent's copy is written in their language where the referral form exists in
        it, else in the office's standard."""
        preferred = uow.parents.get(referral.parent_id).written_language
        return document_language(preferred, self.languages("referral"), self._language)

    def deadline_provider(self, uow: UnitOfWork, today: date) -> list[Deadline]:
        """Oversikt's provider: sent referrals waiting for a reply by a date."""
        return reply_deadlines(uow.referrals.waiting())
