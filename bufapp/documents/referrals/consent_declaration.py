"""The consent declaration the parent signs: who consents, to whom, for what, which information
(every category listed with a ticked or empty box), for how long, that it is voluntary and can
be withdrawn, what happens without consent, and signature lines. All wording comes from
``forms/consent.toml``.

It is a letter to the parent (their address in the envelope window), so it can be posted for
signing as well as signed at a meeting. The boxes are DejaVu Sans glyphs (☑ U+2611, ☐ U+2610):
they are in the embedded font, and they read back as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from bufapp.documents import fonts
from bufapp.documents.dates import DateWords
from bufapp.documents.forms import Form
from bufapp.documents.labels import Labels
from bufapp.documents.letter import (
    TEXT_WIDTH,
    Letterhead,
    build_pages,
    markup,
    story_frame,
)
from bufapp.documents.letter import styles as letter_styles
from bufapp.documents.tables import label_table, styled_table
from bufapp.domain.enums import DocumentKind

TICKED, EMPTY = "\u2611", "\u2610"


@dataclass(frozen=True)
class ConsentDeclaration:
    """Everything the declaration shows, already resolved to text."""

    parent_name: str
    parent_birth_date: date | None
    parent_address: tuple[str, ...]  # name and postal address for the window, at most 5 lines
    recipient: str  # a named service, or "every service of type …" already worded
    purpose: str
    categories_all: tuple[str, ...]  # every category, in the order to list them
    categories_covered: tuple[str, ...]  # the ones this consent covers
    valid_until: date | None
    caseworker: str
    dated: date
    our_reference: str = ""


def _facts(rows: list[tuple[str, str]], style: dict[str, Any]) -> Table:
    """Label/value rows (name, birth date), labels in a narrow first column."""
    return label_table(rows, 35 * mm, style["label"], style["body"])


def _boxes(data: ConsentDeclaration, style: dict[str, Any]) -> list[Paragraph]:
    covered = set(data.categories_covered)
    return [
        Paragraph(
            f'<font size="14">{TICKED if c in covered else EMPTY}</font>&nbsp;&nbsp;{markup(c)}',
            style["box"],
        )
        for c in data.categories_all
    ]


def _signatures(form: Form, parent: str, caseworker: str) -> Table:
    """Room to write above three lines: place and date; the parent; the caseworker. The names
    under the lines say who signs, on whichever page the lines land."""
    text = letter_styles()["small"]
    blank = ["", "", ""]
    cells = [
        blank,
        [Paragraph(markup(form.text("signatures.place_and_date")), text), "", ""],
        blank,
        [
            Paragraph(markup(f"{form.text('signatures.parent')}\n{parent}"), text),
            "",
            Paragraph(markup(f"{form.text('signatures.caseworker')}\n{caseworker}"), text),
        ],
    ]
    gap = 12 * mm
    half = (TEXT_WIDTH - gap) / 2
    line = (0.6, "#000000")
    return styled_table(
        cells,
        (half, gap, half),
        ("LINEABOVE", (0, 1), (0, 1), *line),
        ("LINEABOVE", (0, 3), (0, 3), *line),
        ("LINEABOVE", (2, 3), (2, 3), *line),
        h_align="CENTER",
        rowHeights=[12 * mm, None, 16 * mm, None],
    )


def build_consent_declaration(
    data: ConsentDeclaration, head: Letterhead, common: Form, consent: Form
) -> bytes:
    dates = DateWords.of(common)
    style = dict(letter_styles())
    style["label"] = style["body"].clone("label", fontName=fonts.BOLD)
    style["box"] = style["body"].clone("box", leading=18, spaceAfter=1, leftIndent=4 * mm)
    birth = (
        dates.short(data.parent_birth_date)
        if data.parent_birth_date
        else consent.text("who.birth_date_unknown")
    )

    def section(key: str, *body: Any) -> list[Any]:
        heading = Paragraph(markup(consent.text(f"sections.{key}")), style["subheading"])
        return [heading, *body]

    def para(text: str) -> Paragraph:
        return Paragraph(markup(text), style["body"])

    valid = (
        consent.text("valid.until").format(date=dates.short(data.valid_until))
        if data.valid_until
        else consent.text("valid.open_ended")
    )
    story: list[Any] = [
        Paragraph(markup(consent.text("heading.text")), style["heading"]),
        para(consent.text("intro.text")),
        *section(
            "who",
            _facts(
                [
                    (consent.text("who.name"), data.parent_name),
                    (consent.text("who.birth_date"), birth),
                ],
                style,
            ),
        ),
        *section("recipient", para(data.recipient)),
        *section("purpose", para(data.purpose)),
        KeepTogether(section("categories", *_boxes(data, style), Spacer(1, 2 * mm))),
        para(consent.text("categories.note")),
        *section("valid", para(valid)),
        *section("voluntary", *(para(p) for p in consent.values["voluntary"]["text"])),
        *section("refusal", para(consent.text("refusal.text"))),
        KeepTogether(
            [
                *section("signatures", _signatures(consent, data.parent_name, data.caseworker)),
                Spacer(1, 3 * mm),
                para(consent.text("signatures.copy_note")),
            ]
        ),
        Spacer(1, 4 * mm),
        *(Paragraph(markup(ref), style["small"]) for ref in consent.values["legal"]["references"]),
    ]
    kind = Labels(common.language)(DocumentKind.CONSENT_DECLARATION.label)
    letter = story_frame(data, consent.text("heading.text"), kind, data.parent_address)
    return build_pages(letter, head, common, story)
