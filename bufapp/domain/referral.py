"""Referral letters (henvisninger): their content, the states they pass through, and the
deadline a sent referral creates.

utkast → ferdig (frozen; the PDF/A is stored) → sendt (date and how) → svar mottatt, avslått
or ingen svar (and a late answer after "ingen svar"). A draft is edited freely; a finished
referral is never edited, only sent; an answer closes it. Every other move is refused with a
Norwegian reason. A draft can be finished only while the consent gate is open for everything
it shares.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from bufapp.domain.consent import Consent, GateDecision, LegalBasisException, Service, consent_gate
from bufapp.domain.deadlines import Deadline
from bufapp.domain.enums import DeadlineKind, InformationCategory, ReferralState, SentBy
from bufapp.domain.words import N_
from bufapp.errors import FieldProblem, ValidationFailed

# The free-text sections of a referral, in the letter's order; each belongs to an information
# category set in forms/referral.toml ([section_categories]).
FREE_TEXT_SECTIONS = (
    "request",
    "current_situation",
    "about_children",
    "tried_before",
    "parent_words",
    "practical_needs",
)

ALLOWED_MOVES: dict[ReferralState, frozenset[ReferralState]] = {
    ReferralState.DRAFT: frozenset({ReferralState.FINISHED}),
    ReferralState.FINISHED: frozenset({ReferralState.SENT}),
    ReferralState.SENT: frozenset(
        {ReferralState.ANSWERED, ReferralState.DECLINED, ReferralState.NO_ANSWER}
    ),
    ReferralState.ANSWERED: frozenset(),
    ReferralState.DECLINED: frozenset(),
    ReferralState.NO_ANSWER: frozenset({ReferralState.ANSWERED, ReferralState.DECLINED}),
}


@dataclass(frozen=True)
class Referral:
    parent_id: int
    service_id: int
    request: str  # the main message: what is asked of the recipient, and why now
    categories: tuple[InformationCategory, ...] = ()
    current_situation: str = ""
    about_children: str = ""  # its own category: information about the children
    tried_before: str = ""
    parent_words: str = ""
    practical_needs: str = ""  # interpreter, transport, times that suit
    attachments: tuple[str, ...] = ()
    copy_to_parent: bool = True
    copy_to: tuple[int, ...] = ()  # other services
    exceptions: tuple[LegalBasisException, ...] = ()
    child_ids: tuple[int, ...] = ()
    state: ReferralState = ReferralState.DRAFT
    finished_on: date | None = None
    sent_on: date | None = None
    sent_by: SentBy | None = None
    reply_expected_by: date | None = None
    closed_on: date | None = None
    outcome_note: str = ""
    history: tuple[tuple[ReferralState, date], ...] = field(default_factory=tuple)
    your_reference: str = ""  # the recipient's own reference ("Deres ref.")
    # Print the parent's national ID in «Gjelder» (only when «Personalia» is shared).
    include_national_id: bool = False
    id: int | None = None

    def free_texts(self) -> dict[str, str]:
        """The sections the caseworker writes, by field name, in the letter's order."""
        return {name: getattr(self, name) for name in FREE_TEXT_SECTIONS}


def move(referral: Referral, to: ReferralState, on: date, **details: object) -> Referral:
    """The referral in its next state; an illegal move raises ValidationFailed with the reason."""
    if to not in ALLOWED_MOVES[referral.state]:
        raise ValidationFailed(
            [
                FieldProblem(
                    "state",
                    f"En henvisning som er «{referral.state.label}» kan ikke bli «{to.label}».",
                )
            ]
        )
    changed = replace(referral, state=to, history=(*referral.history, (to, on)), **details)  # type: ignore[arg-type]
    problems: list[FieldProblem] = []
    if to is ReferralState.FINISHED:
        if not referral.request.strip():
            problems.append(
                FieldProblem("request", N_("Skriv hva mottakeren blir bedt om, og hvorfor nå."))
            )
        changed = replace(changed, finished_on=on)
    elif to is ReferralState.SENT:
        if changed.sent_by is None:
            problems.append(FieldProblem("sent_by", N_("Velg hvordan henvisningen ble sendt.")))
        if changed.reply_expected_by is not None and changed.reply_expected_by < on:
            problems.append(
                FieldProblem("reply_expected_by", N_("Svarfristen kan ikke være før sendedatoen."))
            )
        if referral.finished_on is not None and on < referral.finished_on:
            problems.append(
                FieldProblem("sent_on", N_("Henvisningen kan ikke sendes før den ble ferdigstilt."))
            )
        changed = replace(changed, sent_on=on)
    else:
        if referral.sent_on is not None and on < referral.sent_on:
            problems.append(
                FieldProblem(
                    "closed_on", N_("Svaret kan ikke være registrert før henvisningen ble sendt.")
                )
            )
        changed = replace(changed, closed_on=on)
    if problems:
        raise ValidationFailed(problems)
    return changed


def check_finish(
    referral: Referral,
    decision: GateDecision,
    copies: Mapping[str, GateDecision] | None = None,
) -> list[FieldProblem]:
    """What stops a draft from being finished: each category the gate blocks, with why, for
    the recipient and for every service that gets a copy (the copy carries the same text)."""
    problems = [FieldProblem("categories", blocked.why) for blocked in decision.blocked]
    for name, copy in (copies or {}).items():
        problems += [FieldProblem("copy_to", f"Kopi til {name}: {b.why}") for b in copy.blocked]
    return problems


def check_national_id(
    referral: Referral, covered: Iterable[InformationCategory], national_id: str | None
) -> list[FieldProblem]:
    """The national ID goes only where the caseworker ticked it, «Personalia» is shared with
    the recipient, and the register has it."""
    if not referral.include_national_id:
        return []
    if InformationCategory.PERSONAL_DETAILS not in set(covered):
        why = N_(
            "Fødselsnummeret kan bare tas med når «Personalia» gis, med samtykke eller annet "
            "rettsgrunnlag for denne mottakeren."
        )
        return [FieldProblem("include_national_id", why)]
    if not (national_id or "").strip():
        why = N_(
            "Forelderen har ikke fødselsnummer i registeret. Ta bort krysset, eller registrer det."
        )
        return [FieldProblem("include_national_id", why)]
    return []


def reply_deadlines(referrals: list[Referral]) -> list[Deadline]:
    """Sent referrals waiting for an answer by a date, for Oversikt."""
    return [
        Deadline(
            DeadlineKind.REFERRAL_REPLY,
            r.parent_id,
            r.reply_expected_by,
            N_("Svar på henvisning ventes"),
            child_ids=r.child_ids,
            ref=r.id,
        )
        for r in referrals
        if r.state is ReferralState.SENT and r.reply_expected_by is not None
    ]


def drafts_blocked_by_withdrawal(
    consent: Consent,
    consents: Sequence[Consent],
    drafts: Sequence[Referral],
    services: dict[int, Service],
    on: date,
) -> list[Referral]:
    """The referral drafts that the gate lets through now and would block once ``consent`` is
    withdrawn on ``on`` (a draft another consent also covers is not counted)."""
    after = [replace(c, withdrawn_on=on) if c.id == consent.id else c for c in consents]
    blocked = []
    for draft in drafts:
        service = services.get(draft.service_id)
        if draft.state is not ReferralState.DRAFT or service is None:
            continue
        now = consent_gate(service, draft.categories, consents, on, draft.exceptions)
        later = consent_gate(service, draft.categories, after, on, draft.exceptions)
        if now.open and not later.open:
            blocked.append(draft)
    return blocked
