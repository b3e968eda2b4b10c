"""The information sheet for a parent whose child lives in a foster home or an institution, in
plain language: what this sheet is; why the child lives elsewhere now (a sentence filled from
the placement's basis, never the place); what it means for the parent and who decides what (the
role table of forms/followup.toml); rights and duties; the law, how a case goes, complaints and
innsyn; how to say one is worried about the child; the help there is; the service's current
assessment, if there is one; whom to contact. All wording comes from
``forms/information_sheet.toml``, per basis where it differs; legal references are last.

It is a letter to the parent (their address in the envelope window), on the office's
letterhead, so it can be posted as well as handed over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from bufapp.documents.dates import NUMERIC, DateWords
from bufapp.documents.followup.sheet_parts import (
    SheetContact,
    bullets,
    contact_table,
    help_table,
    paragraphs,
    role_table,
    sheet_styles,
)
from bufapp.documents.forms import Form
from bufapp.documents.labels import Labels
from bufapp.documents.letter import Letterhead, build_pages, markup, signed_off, story_frame
from bufapp.domain.enums import DocumentKind

BASES = ("voluntary", "care_order", "emergency")


@dataclass(frozen=True)
class SheetAssessment:
    """The service's current assessment, written for the parent."""

    text: str
    written_on: date
    reassess_on: date | None = None


@dataclass(frozen=True)
class InformationSheet:
    """Everything the sheet shows, already resolved to text and form keys."""

    basis: str  # "voluntary", "care_order" or "emergency": the form's key
    children: tuple[str, ...]  # the first names of the children placed on this basis
    place: str  # a key of the form's [place]: the kind of place, never the place
    role_intro: str
    role_columns: tuple[str, str]
    role_rows: tuple[tuple[str, str], ...]
    contact: SheetContact
    caseworker: str
    dated: date
    recipient: tuple[str, ...] = ()  # the parent's name and address for the window
    our_reference: str = ""
    assessment: SheetAssessment | None = None
    # Whether this parent has parental responsibility for the children: without it, the form's
    # «…_without» wording, where there is one.
    responsible: bool = True


def joined(names: tuple[str, ...], and_word: str = "og") -> str:
    """«Ánde», «Ánde og Áilu», «Ánde, Áilu og Biret» (``and_word``: common.toml's
    ``words.and`` in the document's language)."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {and_word} {names[-1]}"


def worded(wording: Form, section: str, data: InformationSheet) -> Any:
    """The section's value for the basis, or for the basis without parental responsibility
    when the parent has none and the form says something of its own for that."""
    values = wording.values[section]
    if not data.responsible and f"{data.basis}_without" in values:
        return values[f"{data.basis}_without"]
    return values[data.basis]


def why_sentence(data: InformationSheet, wording: Form, and_word: str = "og") -> str:
    place = wording.values["place"].get(data.place) or wording.text("place.other")
    sentence = str(worded(wording, "why", data))
    return sentence.format(children=joined(data.children, and_word), place=place)


def _section(heading: str, body: list[Any], style: dict[str, Any]) -> list[Any]:
    return [Paragraph(markup(heading), style["subheading"]), *body]


def _assessment(
    data: InformationSheet, wording: Form, style: dict[str, Any], dates: DateWords = NUMERIC
) -> list[Any]:
    found = data.assessment
    if found is None:
        return []
    body: list[Any] = [
        Paragraph(
            markup(wording.text("assessment.written").format(date=dates.short(found.written_on))),
            style["body"],
        ),
        *paragraphs([p for p in found.text.split("\n\n")], style["quoted"]),
    ]
    if found.reassess_on is not None:
        again = wording.text("assessment.reassess").format(date=dates.short(found.reassess_on))
        body.append(Paragraph(markup(again), style["body"]))
    body.append(Paragraph(markup(wording.text("assessment.disagree")), style["body"]))
    return _section(wording.text("assessment.heading"), body, style)


def _story(
    data: InformationSheet, wording: Form, style: dict[str, Any], common: Form | None = None
) -> list[Any]:
    dates = DateWords.of(common) if common is not None else NUMERIC
    and_word = common.values.get("words", {}).get("and", "og") if common is not None else "og"
    basis = data.basis
    values = wording.values
    law = values["law"]
    return [
        Paragraph(markup(wording.text("heading.text")), style["heading"]),
        Paragraph(markup(wording.text(f"heading.{basis}")), style["basis"]),
        *_section(wording.text("intro.heading"), paragraphs(values["intro"]["text"], style["body"]), style),
        *_section(
            wording.text("why.heading_plural" if len(data.children) > 1 else "why.heading"),
            paragraphs([why_sentence(data, wording, and_word), wording.text("why.after")], style["body"]),
            style,
        ),
        *_section(
            wording.text("roles.heading"),
            [
                *paragraphs([data.role_intro], style["body"]),
                role_table(data.role_columns, data.role_rows, style),
                Spacer(1, 3 * mm),
                *paragraphs([wording.text("roles.after")], style["body"]),
            ],
            style,
        ),
        *_section(wording.text("rights.heading"), bullets(worded(wording, "rights", data), style), style),
        *_section(
            wording.text("law.heading"),
            paragraphs([*worded(wording, "law", data), *law["common"]], style["body"]),
            style,
        ),
        *_section(law["access_heading"], paragraphs(law["access"], style["body"]), style),
        *_section(
            wording.text("concern.heading"), paragraphs(values["concern"]["text"], style["body"]),
            style,
        ),
        *_section(
            wording.text("help.heading"),
            [
                *paragraphs([wording.text("help.intro")], style["body"]),
                help_table(values["help"]["items"], style),
            ],
            style,
        ),
        *_assessment(data, wording, style, dates),
        KeepTogether(
            _section(
                wording.text("contact.heading"),
                [
                    *contact_table(data.contact, wording, style),
                    *paragraphs(
                        [wording.text("contact.first_conversation"),
                         wording.text("contact.closing")],
                        style["body"],
                    ),
                ],
                style,
            )
        ),
    ]  # fmt: skip


def build_information_sheet(
    data: InformationSheet, head: Letterhead, common: Form, wording: Form
) -> bytes:
    """The sheet as PDF bytes; nothing is written to disk."""
    if data.basis not in BASES:
        raise ValueError(f"no information sheet for the basis {data.basis!r}")
    style = sheet_styles()
    story = signed_off(_story(data, wording, style, common), common, data.caseworker, style)
    references = [*wording.values["legal"]["common"], *wording.values["legal"][data.basis]]
    story.append(Spacer(1, 6 * mm))
    story += paragraphs(references, style["small"])
    kind = Labels(common.language)(DocumentKind.INFORMATION_SHEET.label)
    letter = story_frame(data, wording.text("heading.text"), kind, data.recipient)
    return build_pages(letter, head, common, story)
