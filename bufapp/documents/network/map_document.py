"""A parent's network map as an internal document on the letterhead (no window address). All
wording comes from ``forms/network_map.toml``.

Order: the heading and the day the map was drawn; the map itself, drawn from the data, with its
legend; the summary (the Social Network Map's figures); two tables of the members (who and how
close, then support and criticism), numbered as in the drawing, with full labels where the
drawing had to shorten them; then the parent's own words (shaded, under their own label) and
the caseworker's note.

Pseudonymised: every member and the parent stand with initials only, the case number is left
off, and so are the two free texts (they can name anyone); the document says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from bufapp.documents.forms import Form
from bufapp.documents.groups.meeting_parts import day, grid, heading, split_widths
from bufapp.documents.letter import TEXT_WIDTH, Letterhead, build_pages, markup
from bufapp.documents.network.drawing import FULL, map_drawing
from bufapp.documents.network.parts import (
    internal_letter,
    label_of,
    labels,
    legend,
    network_styles,
    parent_shown,
    ring_text,
    summary_block,
)
from bufapp.domain.enums import DocumentKind
from bufapp.domain.network import NetworkMap, NetworkMember
from bufapp.domain.network_rules import MapSummary

# Millimetres, scaled to the text width: wide enough that no heading breaks inside a word.
PEOPLE = (35, 32.5, 10, 22.5, 15.5, 15.5, 22.5)
SUPPORT = (39, 22, 22, 22, 35, 22)
NUMBER = 5 * mm  # the member's number hangs before the name, as in the drawing's marker


@dataclass(frozen=True)
class NetworkMapDocument:
    """One map and its summary; the builder pseudonymises, the caller only asks for it."""

    parent_name: str
    network: NetworkMap
    summary: MapSummary
    caseworker: str
    dated: date  # the day it is printed
    pseudonymised: bool = False
    our_reference: str = ""  # left off a pseudonymised print


def numbered(network: NetworkMap) -> list[NetworkMember]:
    """The members in the order the tables list them (sector by sector, inner rings first,
    clockwise); their place in this list is the number in their marker."""
    order = {s.key: i for i, s in enumerate(network.sectors)}
    return sorted(
        network.members, key=lambda m: (order.get(m.sector, len(order)), m.ring, m.angle, m.label)
    )


def _widths(millimetres: tuple[float, ...]) -> list[float]:
    return split_widths([w / sum(millimetres) for w in millimetres])


def _knows(member: NetworkMember, form: Form) -> str:
    known = member.knows_about_placement
    return form.text(
        "members.unknown" if known is None else "members.yes" if known else "members.no"
    )


def _tables(data: NetworkMapDocument, form: Form, style: dict[str, Any]) -> list[Any]:
    network, text = data.network, form.text
    members = numbered(network)
    if not members:
        return [Paragraph(markup(text("members.none")), style["body"])]
    style = {**style, "cell": style["small_cell"], "cellhead": style["small_head"]}
    style["named"] = style["cell"].clone(
        "named",
        leftIndent=NUMBER,
        bulletIndent=0,
        bulletFontName=style["cellhead"].fontName,
        bulletFontSize=style["cell"].fontSize,
    )

    def name(n: int, m: NetworkMember) -> Paragraph:
        return Paragraph(
            markup(label_of(m, data.pseudonymised, form)), style["named"], bulletText=str(n)
        )

    people = [
        [
            name(n, m),
            network.sector_name(m.sector),
            ring_text(m.ring, form),
            m.quality.label,
            m.contact.label,
            m.known_for.label,
            _knows(m, form),
        ]
        for n, m in enumerate(members, start=1)
    ]
    support = [
        [
            name(n, m),
            m.practical.label,
            m.emotional.label,
            m.informational.label,
            m.direction.label,
            m.critical.label,
        ]
        for n, m in enumerate(members, start=1)
    ]
    keys = (
        "label",
        "sector",
        "ring",
        "quality",
        "contact",
        "known_for",
        "knows_about_placement",
    )
    head_people = [text(f"members.{k}") for k in keys]
    keys = ("label", "practical", "emotional", "informational", "direction", "critical")
    head_support = [text(f"members.{k}") for k in keys]
    return [
        grid(head_people, people, _widths(PEOPLE), style),
        *heading(text("members.support_heading"), "section", style),
        grid(head_support, support, _widths(SUPPORT), style),
    ]


def _free_text(data: NetworkMapDocument, form: Form, style: dict[str, Any]) -> list[Any]:
    network = data.network
    written = [
        (k, v)
        for k, v in (("parent_words", network.parent_words), ("note", network.note))
        if v.strip()
    ]
    if data.pseudonymised:
        left_out = form.text("heading.free_text_left_out")
        return [Spacer(1, 3 * mm), Paragraph(markup(left_out), style["note"])] if written else []
    parts: list[Any] = []
    for key, value in written:
        kind = "words" if key == "parent_words" else "body"
        parts += heading(form.text(f"words.{key}"), "section", style, room=25 * mm)
        parts.append(Paragraph(markup(value), style[kind]))
    return parts


def build_network_map(
    data: NetworkMapDocument, head: Letterhead, common: Form, wording: Form
) -> bytes:
    style = network_styles()
    network, text = data.network, wording.text
    parent = parent_shown(data.parent_name, data.pseudonymised)
    title = text("heading.map").format(parent=parent)
    story: list[Any] = [
        Paragraph(markup(title), style["heading"]),
        Paragraph(markup(text("heading.drawn").format(date=day(network.drawn_on))), style["lead"]),
    ]
    if data.pseudonymised:
        story.append(Paragraph(f"<b>{markup(text('heading.pseudonymised'))}</b>", style["lead"]))
    numbers = {m.key: n for n, m in enumerate(numbered(network), start=1)}
    story += [
        Spacer(1, 2 * mm),
        map_drawing(
            network, labels(network, data.pseudonymised, wording), parent, TEXT_WIDTH, FULL, numbers
        ),
        Spacer(1, 3 * mm),
    ]
    if not network.members:
        story.append(Paragraph(markup(text("drawing.empty")), style["lead"]))
    story += legend(wording, style, numbered=bool(network.members))
    story += heading(text("summary.heading"), "section", style)
    story += summary_block(data.summary, wording, style)
    story.append(Paragraph(markup(text("summary.about")), style["note"]))
    story += heading(text("members.people_heading"), "section", style)
    story += _tables(data, wording, style)
    story += _free_text(data, wording, style)
    return build_pages(internal_letter(title, data, DocumentKind.NETWORK_MAP), head, common, story)
