"""A letter on the office's letterhead, as PDF bytes built in memory.

Layout (A4, millimetres from the top-left): letterhead at the top, the confidentiality marking
top right, the recipient's address inside a window envelope's window (x 20–105, y 46–68, at
most five lines), the reference row (Deres ref. / Vår ref. / Saksbehandler / Dato), then the
main message first and legal references last, and "Side X av Y" on every page.

A letter without a recipient is an internal document (e.g. a contact-log extract): no address,
the reference row and the body move up into the space the window would have taken. Builders
with their own content (tick boxes, signature lines, entry blocks) hand a story of flowables to
``build_pages`` and get the same letterhead, marking and page numbers.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, KeepTogether, PageTemplate, Paragraph, Spacer
from reportlab.platypus.doctemplate import BaseDocTemplate

from bufapp.documents import fonts
from bufapp.documents.dates import DateWords
from bufapp.documents.forms import Form

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
WINDOW = (20 * mm, 46 * mm, 105 * mm, 68 * mm)  # x0, top, x1, bottom (from the top-left)
ADDRESS_X = 22 * mm
ADDRESS_FIRST_BASELINE = 51 * mm
ADDRESS_STEP = 4 * mm
MAX_ADDRESS_LINES = 5
BODY_TOP_FIRST = 97 * mm
BODY_TOP_INTERNAL = 58 * mm  # no window: the body starts under the reference row
REFERENCE_ROW = 82 * mm  # label baseline; the value sits 5 mm lower
REFERENCE_ROW_INTERNAL = 44 * mm
BODY_TOP_LATER = 25 * mm
BOTTOM = 22 * mm
FRAME_PADDING = 6  # points, reportlab's default on each side of a frame
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT - 2 * FRAME_PADDING  # what a table may fill


@dataclass(frozen=True)
class Letterhead:
    municipality: str
    service: str = "Barnevernstjenesten"
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    org_number: str = ""
    email: str = ""
    # The caseworker's direct line, printed under the reference row of every letter.
    caseworker_phone: str = ""
    caseworker_email: str = ""


@dataclass(frozen=True)
class Letter:
    recipient: tuple[str, ...]  # name and address, at most five lines; () = internal
    heading: str
    paragraphs: tuple[str, ...]
    caseworker: str
    caseworker_title: str = "Saksbehandler"
    our_reference: str = ""
    your_reference: str = ""
    dated: date = field(default_factory=date.today)
    confidential: bool = True
    legal_references: tuple[str, ...] = ()
    sections: tuple[tuple[str, str], ...] = ()  # (heading, text) after the main message
    # The kind of document ("Henvisning"): the PDF's title, which file managers, archives and
    # viewers' window titles show. Never the heading: that may name the person.
    kind: str = "Brev fra barnevernstjenesten"


class Signed(Protocol):
    """What every document's data says about who writes it, under which reference, when."""

    @property
    def caseworker(self) -> str: ...
    @property
    def our_reference(self) -> str: ...
    @property
    def dated(self) -> date: ...


def story_frame(
    data: Signed,
    heading: str,
    kind: str,
    recipient: tuple[str, ...] = (),
    our_reference: str | None = None,
) -> Letter:
    """The page frame of a document whose story carries the content (``build_pages``): no
    body paragraphs; caseworker, reference and date from ``data`` (``our_reference`` in place
    of its reference where given); no ``recipient``: an internal note, no window address."""
    return Letter(
        recipient=recipient,
        heading=heading,
        kind=kind,
        paragraphs=(),
        caseworker=data.caseworker,
        our_reference=data.our_reference if our_reference is None else our_reference,
        dated=data.dated,
    )


def _from_top(y: float) -> float:
    return PAGE_HEIGHT - y


class _NumberedCanvas(Canvas):
    """Knows the page count when saving, so every page can say "Side X av Y"."""

    page_label = "Side {page} av {pages}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", fonts.REGULAR)  # never an unembedded Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(fonts.REGULAR, 8)
            try:
                label = self.page_label.format(page=self._pageNumber, pages=total)
            except (KeyError, IndexError, ValueError):  # an override's broken pattern
                label = _NumberedCanvas.page_label.format(page=self._pageNumber, pages=total)
            self.drawRightString(PAGE_WIDTH - RIGHT, 12 * mm, label)
            super().showPage()
        super().save()


class _LetterDocument(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, letter: Letter, head: Letterhead, form: Form) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=BODY_TOP_LATER,
            bottomMargin=BOTTOM,
            title=letter.kind,
            author=head.municipality,
            creator="bufapp",
            initialFontName=fonts.REGULAR,
        )
        self.letter, self.head, self.form = letter, head, form
        width = PAGE_WIDTH - LEFT - RIGHT
        top = BODY_TOP_FIRST if letter.recipient else BODY_TOP_INTERNAL
        first = Frame(LEFT, BOTTOM, width, PAGE_HEIGHT - top - BOTTOM, id="first")
        later = Frame(LEFT, BOTTOM, width, PAGE_HEIGHT - BODY_TOP_LATER - BOTTOM, id="later")
        self.addPageTemplates(
            [
                PageTemplate(
                    "first", [first], onPage=self._first_page, autoNextPageTemplate="later"
                ),
                PageTemplate("later", [later], onPage=self._later_page),
            ]
        )

    def _first_page(self, canvas: Canvas, _doc: object) -> None:
        self._letterhead(canvas)
        if self.letter.confidential:
            self._marking(canvas)
        self._address(canvas)
        self._reference_row(canvas)

    def _later_page(self, canvas: Canvas, _doc: object) -> None:
        canvas.setFont(fonts.REGULAR, 8)
        canvas.drawString(
            LEFT, _from_top(14 * mm), f"{self.head.municipality} – {self.letter.heading}"
        )
        if self.letter.confidential:
            self._marking(canvas)

    def _letterhead(self, canvas: Canvas) -> None:
        head = self.head
        canvas.setFont(fonts.BOLD, 13)
        canvas.drawString(LEFT, _from_top(18 * mm), head.municipality)
        canvas.setFont(fonts.REGULAR, 9)
        # "Barnevernstjenesten i Fjellvik kommune" already names the service: not twice.
        words = self.form.values.get("letterhead", {})
        lines = self._head_lines()

        def said(key: str, default: str, value: str) -> str:
            pattern = str(words.get(key, default))
            return pattern.replace("{" + key + "}", value) if value else ""

        extras = " · ".join(
            x
            for x in (
                said("phone", "Tlf. {phone}", head.phone),
                said("email", "E-post {email}", head.email),
                said("org_number", "Org.nr. {org_number}", head.org_number),
            )
            if x
        )
        lines += [extras] if extras else []
        for i, text in enumerate(lines):
            canvas.drawString(LEFT, _from_top((23 + 4 * i) * mm), text)

    def _head_lines(self) -> list[str]:
        """The service (in the document's language, unless the office named its own) and the
        address, under the municipality."""
        head = self.head
        service = head.service
        if service == Letterhead.service:  # ours, not the office's: in the document's language
            service = str(self.form.values.get("letterhead", {}).get("service", service))
        named = any(x.casefold() in head.municipality.casefold() for x in (head.service, service))
        return [*([] if named else [service]), *head.address_lines]

    def _marking(self, canvas: Canvas) -> None:
        # A longer marking (English says more) is made smaller to keep clear of what stands to
        # its left on the same line: the office's name (bold, 13 pt), then the address lines.
        width = PAGE_WIDTH - LEFT - RIGHT
        beside = (
            stringWidth(self.head.municipality, fonts.BOLD, 13),
            max((stringWidth(x, fonts.REGULAR, 9) for x in self._head_lines()), default=0),
        )
        for (key, font, size, top), left in zip(
            (
                ("confidentiality.marking", fonts.BOLD, 9.0, 18 * mm),
                ("confidentiality.legal_basis", fonts.REGULAR, 7.5, 22 * mm),
            ),
            beside,
            strict=True,
        ):
            room = max(width - left - 6 * mm, width / 3)
            text = self.form.text(key)
            size = max(4.5, min(size, size * room / max(1.0, stringWidth(text, font, size))))
            canvas.setFont(font, size)
            canvas.drawRightString(PAGE_WIDTH - RIGHT, _from_top(top), text)

    def _address(self, canvas: Canvas) -> None:
        canvas.setFont(fonts.REGULAR, 10)
        for i, text in enumerate(self.letter.recipient[:MAX_ADDRESS_LINES]):
            canvas.drawString(ADDRESS_X, _from_top(ADDRESS_FIRST_BASELINE + i * ADDRESS_STEP), text)

    def _reference_row(self, canvas: Canvas) -> None:
        letter = self.letter
        cells = [
            (self.form.text("letterhead.your_reference"), letter.your_reference),
            (self.form.text("letterhead.our_reference"), letter.our_reference),
            (self.form.text("letterhead.caseworker"), letter.caseworker),
            (self.form.text("letterhead.date"), DateWords.of(self.form).short(letter.dated)),
        ]
        internal = not letter.recipient
        if internal:  # nobody outside to refer to; a pseudonymised print has no case number
            cells = [cell for cell in cells[:2] if cell[1]] + cells[2:]
        row = REFERENCE_ROW_INTERNAL if internal else REFERENCE_ROW
        x = LEFT
        for (label, value), width in zip(cells, cell_widths(cells), strict=True):
            canvas.setFont(fonts.REGULAR, 7.5)
            canvas.drawString(x, _from_top(row), label)
            text, size = fitted_cell(value, width - CELL_GAP)
            canvas.setFont(fonts.REGULAR, size)
            canvas.drawString(x, _from_top(row + 5 * mm), text)
            x += width
        contact = caseworker_contact(self.head, self.form)
        if contact:
            canvas.setFont(fonts.REGULAR, 8)
            canvas.drawString(LEFT, _from_top(row + 10 * mm), contact)


CELL_SIZE, SMALLEST_CELL_SIZE = 9.5, 6.5
CELL_GAP = 2 * mm


def cell_widths(cells: Sequence[tuple[str, str]]) -> list[float]:
    """Equal columns while every value fits its quarter; otherwise each column as wide as its
    label or value needs, the room left shared out, so a long reference (several children's case
    numbers) takes the width an empty «Deres ref.» does not use."""
    room = PAGE_WIDTH - LEFT - RIGHT
    equal = room / len(cells)
    needed = [
        max(stringWidth(label, fonts.REGULAR, 7.5), stringWidth(value, fonts.REGULAR, CELL_SIZE))
        + CELL_GAP
        for label, value in cells
    ]
    if all(need <= equal for need in needed):
        return [equal] * len(cells)
    spare = max(room - sum(needed), 0) / len(cells)
    if spare == 0:  # even so too wide: the long cells share what the short ones leave
        short = [need for need in needed if need <= equal]
        long_width = (room - sum(short)) / (len(cells) - len(short))
        return [need if need <= equal else long_width for need in needed]
    return [need + spare for need in needed]


def fitted_cell(value: str, width: float) -> tuple[str, float]:
    """A reference-row value that fits its cell: smaller type first (several children's case
    numbers), then, at the smallest size, cut with «…» rather than run into the next cell."""
    size = CELL_SIZE
    while size > SMALLEST_CELL_SIZE and stringWidth(value, fonts.REGULAR, size) > width:
        size -= 0.5
    text = value
    while text and stringWidth(text, fonts.REGULAR, size) > width:
        text = text[:-2].rstrip(" ,") + "…"
    return text, size


def caseworker_contact(head: Letterhead, form: Form) -> str:
    """The caseworker's direct phone and e-mail as one line, or "" when neither is known."""
    parts = [
        form.text("letterhead.caseworker_phone").format(phone=head.caseworker_phone)
        if head.caseworker_phone.strip()
        else "",
        form.text("letterhead.caseworker_email").format(email=head.caseworker_email)
        if head.caseworker_email.strip()
        else "",
    ]
    shown = " · ".join(p for p in parts if p)
    return form.text("letterhead.caseworker_contact").format(contact=shown) if shown else ""


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles every document shares (registers the fonts first)."""
    regular = fonts.register()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14.5, spaceAfter=7)
    return {
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=fonts.BOLD, fontSize=12.5, leading=16, spaceAfter=10
        ),
        "body": body,
        "subheading": ParagraphStyle(
            # keepWithNext: a heading never ends a page without its text.
            "subheading",
            parent=body,
            fontName=fonts.BOLD,
            spaceBefore=4,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
    }


SHADE = Color(0.93, 0.93, 0.93)  # behind the parent's own words and a table's caption row


def own_words(body: ParagraphStyle) -> ParagraphStyle:
    """The parent's own words: a shaded block under their own label, so nobody reads them as
    the professionals' assessment (the contact-log extract, the meeting minutes)."""
    return body.clone(
        "words", backColor=SHADE, borderPadding=(4, 6, 5, 6), leftIndent=6, rightIndent=6,
        spaceBefore=5, spaceAfter=9,
    )  # fmt: skip


def markup(value: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def signed_off(
    story: list[Any], common: Form, signature: str, style: dict[str, Any], gap: float = 6 * mm
) -> list[Any]:
    """The story with the closing («Med vennlig hilsen») and the signature under it, kept on one
    page together with the story's last part: a signature never stands alone on a page."""
    closing = [
        Spacer(1, gap),
        Paragraph(markup(common.text("letterhead.closing")), style["body"]),
        Paragraph(markup(signature), style["body"]),
    ]
    return [*story[:-1], KeepTogether([*story[-1:], *closing])]


def build_letter(letter: Letter, head: Letterhead, form: Form) -> bytes:
    """The letter as PDF bytes; nothing is written to disk."""
    style = styles()
    story: list[Any] = [Paragraph(markup(letter.heading), style["heading"])]
    story += [Paragraph(markup(p), style["body"]) for p in letter.paragraphs]
    for heading, text in letter.sections:
        story.append(Paragraph(markup(heading), style["subheading"]))
        story += [Paragraph(markup(p), style["body"]) for p in text.split("\n\n") if p.strip()]
    story = signed_off(story, form, f"{letter.caseworker}\n{letter.caseworker_title}", style)
    if letter.legal_references:
        story.append(Spacer(1, 6 * mm))
        story += [Paragraph(markup(ref), style["small"]) for ref in letter.legal_references]
    return build_pages(letter, head, form, story)


def build_pages(letter: Letter, head: Letterhead, form: Form, story: Sequence[Any]) -> bytes:
    """Any story of flowables on the letter's pages (letterhead, marking, address if any,
    reference row, page numbers); ``letter`` gives the frame, its text fields are not used."""
    if len(letter.recipient) > MAX_ADDRESS_LINES:
        raise ValueError(f"an address has at most {MAX_ADDRESS_LINES} lines")
    styles()  # the fonts must be registered before the canvas names them
    buffer = io.BytesIO()
    label = form.values.get("letterhead", {}).get("page", _NumberedCanvas.page_label)
    canvas = type("_Canvas", (_NumberedCanvas,), {"page_label": label})  # in the form's language
    _LetterDocument(buffer, letter, head, form).build(list(story), canvasmaker=canvas)
    return buffer.getvalue()


def window_zone_mm() -> Sequence[float]:
    """The envelope window (x0, top, x1, bottom) in millimetres from the top-left."""
    return tuple(v / mm for v in WINDOW)
