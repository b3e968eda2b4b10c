"""The group overview: the current group offers in the area, by kind, each with who runs it,
when, where, the contact and how to sign up. All wording comes from ``forms/group_offers.toml``.

It is an office document: it names no parent and no child, so it is not marked confidential and
carries no case reference; the caseworker who printed it and the date are on the reference row.
The lines are resolved text already (the caller names the provider and writes the time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from bufapp.documents.forms import Form
from bufapp.documents.groups.meeting_parts import day, facts, meeting_styles
from bufapp.documents.letter import Letter, Letterhead, build_pages, markup

KIND = "Oversikt over gruppetilbud"  # the PDF's title


@dataclass(frozen=True)
class OfferLine:
    """One offer as the overview prints it."""

    name: str
    kind: str  # the type's label: the section it is printed under
    provider: str = ""
    own_office: bool = False
    when: str = ""
    sessions: int | None = None
    place: str = ""
    contact: str = ""
    sign_up: str = ""
    about: str = ""


@dataclass(frozen=True)
class GroupOverview:
    offers: tuple[OfferLine, ...]  # in the order to print, grouped by ``kind``
    caseworker: str
    dated: date
    our_reference: str = ""


def _provider(line: OfferLine, form: Form) -> str:
    """Who runs it; the office's own offer says so, unless its name already does."""
    own = form.text("facts.own_office")
    if not line.own_office:
        return line.provider
    if not line.provider:
        return own
    if "familievern" in line.provider.casefold():
        return line.provider
    return f"{line.provider} ({own[0].lower()}{own[1:]})"


def _offer(line: OfferLine, form: Form, style: dict[str, Any], section: str = "") -> list[Any]:
    """The offer's name and facts kept together; the first of a kind with its section's
    heading, so a heading never ends a page alone."""
    rows = [
        (form.text("facts.provider"), _provider(line, form)),
        (form.text("facts.when"), line.when),
        (form.text("facts.sessions"), str(line.sessions) if line.sessions else ""),
        (form.text("facts.place"), line.place),
        (form.text("facts.contact"), line.contact),
        (form.text("facts.sign_up"), line.sign_up),
        (form.text("facts.about"), line.about),
    ]
    table = facts(rows, style)
    block: list[Any] = [Paragraph(markup(section), style["section"])] if section else []
    block.append(Paragraph(markup(line.name), style["title"]))
    block += [table] if table is not None else []
    return [KeepTogether(block), Spacer(1, 2 * mm)]


def _sections(offers: Sequence[OfferLine], form: Form, style: dict[str, Any]) -> list[Any]:
    story: list[Any] = []
    kinds: list[str] = []
    for line in offers:
        if line.kind not in kinds:
            kinds.append(line.kind)
    for kind in kinds:
        of_kind = [line for line in offers if line.kind == kind]
        for n, line in enumerate(of_kind):
            story += _offer(line, form, style, kind if n == 0 else "")
    return story


def build_group_overview(data: GroupOverview, head: Letterhead, common: Form, form: Form) -> bytes:
    style = meeting_styles()
    title = form.text("heading.text")
    story: list[Any] = [Paragraph(markup(title), style["heading"])]
    story.append(Paragraph(markup(form.text("intro.text")), style["body"]))
    story.append(
        Paragraph(markup(form.text("heading.as_of").format(date=day(data.dated))), style["note"])
    )
    if data.offers:
        story += _sections(data.offers, form, style)
    else:
        story.append(Paragraph(markup(form.text("sections.none")), style["body"]))
    story += [Spacer(1, 4 * mm), Paragraph(markup(form.text("closing.text")), style["body"])]
    letter = Letter(
        recipient=(),
        heading=title,
        paragraphs=(),
        caseworker=data.caseworker,
        our_reference=data.our_reference,
        dated=data.dated,
        confidential=False,  # names no one: the catalogue of offers only
        kind=KIND,
    )
    return build_pages(letter, head, common, story)
