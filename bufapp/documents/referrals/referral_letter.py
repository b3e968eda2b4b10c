"""The referral letter: whom it concerns («Gjelder»), the main message (what is asked, and why
now), then the background under clear headings, what is shared and on which basis, attachments and copies,
and the legal references last. All wording comes from ``forms/referral.toml``.

The parent's copy (``copy_for``) is the same letter addressed to the parent: the heading says
it is a copy, and a short first paragraph tells the parent what it is and how to tell us if
something is wrong. The service's own reference ("Deres ref.") is left off the copy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bufapp.documents.dates import NUMERIC, DateWords
from bufapp.documents.forms import Form
from bufapp.documents.labels import Labels
from bufapp.documents.letter import Letter, Letterhead, build_letter
from bufapp.domain.enums import DocumentKind


@dataclass(frozen=True)
class Subject:
    """The «Gjelder» block: whom the referral is about, already decided for this recipient (a
    confidential address arrives as its wording, never the street)."""

    name: str
    birth_date: date | None = None
    national_id: str = ""  # only when ticked and «Personalia» is shared
    address: str = ""
    phone: str = ""
    language: str = ""
    interpreter_language: str | None = None
    personal_details: bool = True  # False: «Personalia» is not shared, only the name is given


@dataclass(frozen=True)
class ConsentBasis:
    """One consent the letter rests on: when it was given, to whom, and what it covers."""

    given_on: date
    recipient: str  # a service's name, or «alle fastleger»
    categories: tuple[str, ...]


@dataclass(frozen=True)
class ReferralLetter:
    """Everything the letter shows, already resolved to text (names, labels)."""

    recipient: tuple[str, ...]
    service_name: str
    request: str
    caseworker: str
    dated: date
    our_reference: str = ""
    your_reference: str = ""
    current_situation: str = ""
    about_children: str = ""
    tried_before: str = ""
    parent_words: str = ""
    practical_needs: str = ""
    consents: tuple[ConsentBasis, ...] = ()
    exceptions: tuple[tuple[str, str, str], ...] = ()  # (category, legal basis, reason)
    attachments: tuple[str, ...] = ()
    copies: tuple[str, ...] = ()
    copy_to_parent: bool = True
    subject: Subject | None = None


def _subject(subject: Subject, form: Form, dates: DateWords = NUMERIC) -> str:
    """The «Gjelder» block's lines: label and value, one per line."""
    rows = [(form.text("subject.name"), subject.name)]
    if subject.personal_details:
        if subject.national_id:
            rows.append((form.text("subject.national_id"), subject.national_id))
        elif subject.birth_date is not None:
            rows.append((form.text("subject.birth_date"), dates.short(subject.birth_date)))
        rows += [
            (form.text("subject.address"), subject.address),
            (form.text("subject.phone"), subject.phone),
            (form.text("subject.language"), _language(subject, form)),
        ]
    lines = [f"{label}: {value}" for label, value in rows if value.strip()]
    if not subject.personal_details:
        lines.append(form.text("subject.personal_details_not_shared"))
    return "\n".join(lines)


def _language(subject: Subject, form: Form) -> str:
    need = (
        form.text("subject.interpreter").format(language=subject.interpreter_language)
        if subject.interpreter_language
        else form.text("subject.no_interpreter")
    )
    return ", ".join(x for x in (subject.language.strip(), need) if x)


def build_referral(
    data: ReferralLetter,
    head: Letterhead,
    common: Form,
    referral: Form,
    copy_for: tuple[str, ...] | None = None,
) -> bytes:
    """The letter to the service, or with ``copy_for`` (the parent's name and postal address,
    at most five lines) the parent's copy of it."""
    # Whom it concerns, then the main message: what is asked of the recipient, and why now.
    sections: list[tuple[str, str]] = []
    if data.subject is not None:
        sections.append(
            (
                referral.text("subject.heading"),
                _subject(data.subject, referral, DateWords.of(common)),
            )
        )
    sections.append((referral.text("sections.request"), data.request))
    for key in (
        "current_situation",
        "about_children",
        "tried_before",
        "parent_words",
        "practical_needs",
    ):
        text = getattr(data, key).strip()
        if text:
            sections.append((referral.text(f"sections.{key}"), text))
    shared = [
        referral.text("consent.basis").format(
            date=DateWords.of(common).short(basis.given_on),
            recipient=basis.recipient,
            categories=", ".join(basis.categories),
        )
        for basis in data.consents
    ]
    for category, basis, reason in data.exceptions:
        shared.append(
            referral.text("consent.exception").format(
                category=category, legal_basis=basis, reason=reason
            )
        )
    if shared:
        shared.append(referral.text("consent.recipient_duty"))
        sections.append((referral.text("sections.shared"), "\n\n".join(shared)))
    if data.attachments:
        sections.append((referral.text("sections.attachments"), "\n".join(data.attachments)))
    copies = ([referral.text("consent.copy_to_parent")] if data.copy_to_parent else []) + list(
        data.copies
    )
    if copies:
        sections.append((referral.text("sections.copies"), "\n".join(copies)))
    heading = referral.text("heading.text").format(service=data.service_name)
    intro: tuple[str, ...] = ()
    if copy_for is not None:
        names = {"service": data.service_name, "caseworker": data.caseworker}
        heading = referral.text("copy.heading").format(heading=heading, **names)
        intro = tuple(p.format(**names) for p in referral.values["copy"]["intro"])
        address = ", ".join(line for line in data.recipient if line.strip())
        intro += (referral.text("copy.sent_to").format(address=address),)
    letter = Letter(
        recipient=data.recipient if copy_for is None else copy_for,
        heading=heading,
        kind=Labels(common.language)(
            (DocumentKind.REFERRAL if copy_for is None else DocumentKind.REFERRAL_COPY).label
        ),
        paragraphs=intro,
        caseworker=data.caseworker,
        our_reference=data.our_reference,
        your_reference=data.your_reference if copy_for is None else "",
        dated=data.dated,
        sections=tuple(sections),
        legal_references=tuple(referral.values["legal"]["references"]),
    )
    return build_letter(letter, head, common)
