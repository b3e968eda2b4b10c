"""The referral letter: the main message first (what is asked, and why now), then the
background under clear headings, what is shared and on which basis, attachments and copies,
and the legal references last. All wording comes from ``forms/referral.toml``.

The parent's copy (``copy_for``) is the same letter addressed to the parent: the heading says
it is a copy, and a short first paragraph tells the parent what it is and how to tell us if
something is wrong. The service's own reference ("Deres ref.") is left off the copy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bufapp.documents.forms import Form
from bufapp.documents.letter import Letter, Letterhead, build_letter
from bufapp.domain.enums import DocumentKind


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
    tried_before: str = ""
    parent_words: str = ""
    practical_needs: str = ""
    consented_categories: tuple[str, ...] = ()
    exceptions: tuple[tuple[str, str, str], ...] = ()  # (category, legal basis, reason)
    attachments: tuple[str, ...] = ()
    copies: tuple[str, ...] = ()
    copy_to_parent: bool = True


def build_referral(
    data: ReferralLetter,
    head: Letterhead,
    common: Form,
    referral: Form,
    copy_for: tuple[str, ...] | None = None,
) -> bytes:
    """The letter to the service, or with ``copy_for`` (the parent's name and postal address,
    at most five lines) the parent's copy of it."""
    # The main message first: what is asked of the recipient, and why now.
    sections: list[tuple[str, str]] = [(referral.text("sections.request"), data.request)]
    for key in ("current_situation", "tried_before", "parent_words", "practical_needs"):
        text = getattr(data, key).strip()
        if text:
            sections.append((referral.text(f"sections.{key}"), text))
    shared = []
    if data.consented_categories:
        shared.append(
            referral.text("consent.basis").format(categories=", ".join(data.consented_categories))
        )
    for category, basis, reason in data.exceptions:
        shared.append(
            referral.text("consent.exception").format(
                category=category, legal_basis=basis, reason=reason
            )
        )
    if shared:
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
        kind=(DocumentKind.REFERRAL if copy_for is None else DocumentKind.REFERRAL_COPY).label,
        paragraphs=intro,
        caseworker=data.caseworker,
        our_reference=data.our_reference,
        your_reference=data.your_reference if copy_for is None else "",
        dated=data.dated,
        sections=tuple(sections),
        legal_references=tuple(referral.values["legal"]["references"]),
    )
    return build_letter(letter, head, common)
