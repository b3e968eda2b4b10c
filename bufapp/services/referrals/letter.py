"""The referral letter and the parent's copy: what a referral says resolved from the vault (the
service's address, the office, the «Gjelder» block, the consents it rests on), built to PDF and
checked against what its reader may not know. The PDF stack is imported here, when a letter is
made, never when the service is built (issue 18)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bufapp.documents.forms import Form, load_form
from bufapp.documents.labels import Labels
from bufapp.domain.consent import GateDecision, recipient_text
from bufapp.domain.disclosure import Disclosure
from bufapp.domain.entities import Parent
from bufapp.domain.enums import Audience, InformationCategory
from bufapp.domain.referral import Referral
from bufapp.services.disclosure import disclosure_of
from bufapp.storage.uow import UnitOfWork

if TYPE_CHECKING:
    from bufapp.documents.referrals.referral_letter import ConsentBasis, Subject


def letter_pdf(
    uow: UnitOfWork,
    referral: Referral,
    rules: Disclosure,
    shared: list[InformationCategory],
    decision: GateDecision,
    today: date,
    forms: Path | None,
    for_parent: bool = False,
    language: str = "nb",
) -> bytes:
    """The letter's names, address and wording resolved from the vault, built to PDF and
    checked, as its reader will see it, against what that reader may not know. The
    parent's copy says what the service was told (the same «Gjelder»), in the parent's
    own envelope window."""
    from bufapp.documents.disclosure_check import require_discreet
    from bufapp.documents.referrals.referral_letter import ReferralLetter, build_referral
    from bufapp.services.documents import (
        case_numbers,
        letterhead,
        parent_address,
        service_address,
    )

    service = uow.services.get(referral.service_id)
    copies = tuple(uow.services.get(sid).name for sid in referral.copy_to)
    office = uow.office.office()
    caseworker = uow.office.caseworker()
    parent = uow.parents.get(referral.parent_id)
    children = [uow.children.get(c) for c in referral.child_ids]
    common = load_form("common", language, overrides=forms)
    wording = load_form("referral", language, overrides=forms)
    label = Labels(language)
    data = ReferralLetter(
        recipient=service_address(service, service.contact_person),
        service_name=service.name,
        request=referral.request,
        caseworker=caseworker.name if caseworker else "",
        dated=referral.finished_on or today,
        our_reference=case_numbers(children or uow.children.of_parent(referral.parent_id)),
        your_reference=referral.your_reference,
        current_situation=referral.current_situation,
        about_children=referral.about_children,
        tried_before=referral.tried_before,
        parent_words=referral.parent_words,
        practical_needs=referral.practical_needs,
        consents=consent_bases(uow, referral, decision, label),
        exceptions=tuple(
            (label(e.category.label), e.legal_basis, e.reason) for e in referral.exceptions
        ),
        attachments=referral.attachments,
        copies=copies,
        copy_to_parent=referral.copy_to_parent,
        subject=subject_of(parent, referral, set(shared), rules, common),
    )
    copy_for = parent_address(parent) if for_parent else None
    head = letterhead(office, caseworker)
    pdf = build_referral(data, head, common, wording, copy_for=copy_for)
    reader_rules = disclosure_of(uow, referral.parent_id, Audience.PARENT) if for_parent else rules
    what = "Kopien av henvisningen" if for_parent else "Henvisningen"
    return require_discreet(pdf, reader_rules, what)


def consent_bases(
    uow: UnitOfWork, referral: Referral, decision: GateDecision, label: Labels | None = None
) -> tuple[ConsentBasis, ...]:
    """Each consent the letter rests on: its date, its recipient as the consent names it
    («alle fastleger»), and the chosen categories it lets through."""
    from bufapp.documents.referrals.referral_letter import ConsentBasis

    consents = {c.id: c for c in uow.consents.of_parent(referral.parent_id)}
    services = {s.id: s for s in uow.services.list() if s.id is not None}
    by_consent: dict[int, list[str]] = {}
    for allowed in decision.allowed:
        if allowed.exception is None and allowed.consent_id in consents:
            by_consent.setdefault(allowed.consent_id, []).append(
                (label or Labels())(allowed.category.label)
            )
    return tuple(
        ConsentBasis(
            consents[cid].given_on,
            recipient_text(consents[cid], services, with_type=False),
            tuple(labels),
        )
        for cid, labels in by_consent.items()
    )


def subject_of(
    parent: Parent,
    referral: Referral,
    covered: set[InformationCategory],
    rules: Disclosure,
    common: Form,
) -> Subject:
    """The «Gjelder» block for a recipient: the name always; birth date (or the national ID,
    when ticked), address, phone, language and interpreter need when «Personalia» is shared; a
    confidential address as its wording, never the street."""
    from bufapp.documents.referrals.referral_letter import Subject

    if InformationCategory.PERSONAL_DETAILS not in covered:
        return Subject(parent.full_name, personal_details=False)
    if rules.shows_address_of(parent):
        town = " ".join(x for x in (parent.postal_code, parent.postal_town) if x.strip())
        address = ", ".join(x.strip() for x in (parent.address_line, town) if x.strip())
    else:
        address = common.text("disclosure.confidential_address")
    national_id = (parent.national_id or "") if referral.include_national_id else ""
    return Subject(
        parent.full_name,
        birth_date=parent.birth_date,
        national_id=national_id,
        address=address,
        phone=parent.phone,
        language=parent.preferred_language,
        interpreter_language=parent.interpreter_language,
    )
