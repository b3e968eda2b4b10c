"""The parts of the information sheet that are more than paragraphs: the styles (a little larger
than a letter's, for a parent who reads with difficulty), a list with bullets, the role table,
the help table and the contact table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from bufapp.documents import fonts
from bufapp.documents.forms import Form
from bufapp.documents.letter import TEXT_WIDTH, markup
from bufapp.documents.letter import styles as letter_styles
from bufapp.documents.tables import label_table, padding, ruled_grid

LABEL_WIDTH = 58 * mm  # «Familievernkontoret», «Barnevernstjenesten» on one line


@dataclass(frozen=True)
class SheetContact:
    """How to reach the caseworker and the office; an empty value is left out."""

    caseworker: str
    caseworker_phone: str = ""
    caseworker_email: str = ""
    office: str = ""
    office_phone: str = ""
    office_email: str = ""
    office_address: str = ""


def sheet_styles() -> dict[str, Any]:
    """A letter's styles one size up: short lines with room between them read more easily."""
    style: dict[str, Any] = dict(letter_styles())
    body = style["body"].clone("sheet", fontSize=11.5, leading=16, spaceAfter=7)
    style["body"] = body
    style["heading"] = style["heading"].clone("sheet_heading", fontSize=15, leading=19)
    style["basis"] = body.clone("basis", fontName=fonts.BOLD, spaceAfter=10)
    style["subheading"] = style["subheading"].clone(
        "sheet_subheading", fontSize=13, leading=17, spaceBefore=10, spaceAfter=4
    )
    # The bullet in our font: reportlab would otherwise draw it in an unembedded Helvetica.
    style["bullet"] = body.clone(
        "bullet", leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=4,
        bulletFontName=fonts.REGULAR, bulletFontSize=body.fontSize,
    )  # fmt: skip
    style["label"] = body.clone("label", fontName=fonts.BOLD, spaceAfter=0)
    style["cell"] = body.clone("cell", spaceAfter=0)
    style["quoted"] = body.clone("quoted", leftIndent=6 * mm, rightIndent=4 * mm)
    return style


def paragraphs(texts: Sequence[str], style: Any) -> list[Paragraph]:
    return [Paragraph(markup(text), style) for text in texts if text.strip()]


def bullets(texts: Sequence[str], style: dict[str, Any]) -> list[Paragraph]:
    return [
        Paragraph(markup(text), style["bullet"], bulletText="•") for text in texts if text.strip()
    ]


def role_table(
    columns: tuple[str, str], rows: Sequence[tuple[str, str]], style: dict[str, Any]
) -> Table:
    """Decision | who decides, the header repeated on a new page."""
    header = [Paragraph(markup(c), style["label"]) for c in columns]
    cells = [header] + [
        [Paragraph(markup(what), style["cell"]), Paragraph(markup(who), style["cell"])]
        for what, who in rows
    ]
    first = TEXT_WIDTH * 0.52
    table = ruled_grid(cells, (first, TEXT_WIDTH - first))
    table.setStyle([*padding(4, 5)])
    return table


def help_table(items: Sequence[Sequence[str]], style: dict[str, Any]) -> Table:
    rows = [(item[0], item[1]) for item in items if len(item) >= 2]
    return label_table(rows, LABEL_WIDTH, style["label"], style["cell"], *padding(2, 7))


def contact_table(contact: SheetContact, wording: Form, style: dict[str, Any]) -> list[Table]:
    """The caseworker first (the person to call), then the office; a value not known is left
    out, and a part with nothing known with it (no table at all when nothing is known)."""

    def word(key: str) -> str:
        return wording.text(f"contact.{key}")

    parts = [
        [
            (word("caseworker"), contact.caseworker),
            (word("phone"), contact.caseworker_phone),
            (word("email"), contact.caseworker_email),
        ],
        [
            (word("office"), contact.office),
            (word("phone"), contact.office_phone),
            (word("email"), contact.office_email),
            (word("address"), contact.office_address),
        ],
    ]
    tables = []
    for rows in parts:
        shown = [(label, value) for label, value in rows if value.strip()]
        if shown:
            table = label_table(shown, LABEL_WIDTH, style["label"], style["cell"], *padding(1, 2))
            table.spaceAfter = 3 * mm
            tables.append(table)
    return tables
