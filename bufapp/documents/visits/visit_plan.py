"""The visit plan (samværsplan) as a letter to one party: the parent, the foster home or
institution, the supervisor, or someone else with contact rights. It says who set the frame (a
decided minimum the service may exceed but never undercut without a new decision, or an
agreement with the parent), how often and how long, where, with what supervision and by whom,
who else has contact rights, contact between visits, transport and who pays, the purposes, when
the plan is evaluated, and its version with what changed and why.

Every word comes from ``forms/visit_plan.toml``. What the reader may not know the service has
already left empty in the data (``bufapp.services.visits.documents``); an empty value is left
out here, never printed blank.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from bufapp.documents.followup.sheet_parts import bullets, paragraphs, sheet_styles
from bufapp.documents.forms import Form
from bufapp.documents.labels import Labels
from bufapp.documents.letter import Letterhead, build_pages, markup, story_frame
from bufapp.documents.visits.plan_parts import (
    READERS,
    VisitPlanLetter,
    Words,
    day,
    facts,
    section,
)
from bufapp.domain.enums import DocumentKind


def _heading(data: VisitPlanLetter, say: Words, style: dict[str, Any]) -> list[Any]:
    version = data.version
    return [
        Paragraph(markup(say("heading.text")), style["heading"]),
        Paragraph(markup(say("heading.about", born=day(data.child_born))), style["basis"]),
        Paragraph(
            markup(
                say("heading.version", number=version.number, valid_from=day(version.valid_from))
            ),
            style["body"],
        ),
        *paragraphs([say(f"intro.{data.reader}")], style["body"]),
    ]


def _frame(data: VisitPlanLetter, say: Words, style: dict[str, Any]) -> list[Any]:
    frame = data.frame
    if frame.decided:
        if not frame.minimum and frame.decided_on is not None:
            first = say("frame.decision_none", decided_by=frame.decided_by,
                        decided_on=day(frame.decided_on))  # fmt: skip
        elif frame.decided_on is not None:
            first = say("frame.decision", decided_by=frame.decided_by,
                        decided_on=day(frame.decided_on), minimum=frame.minimum)  # fmt: skip
        else:
            first = say("frame.decision_undated", decided_by=frame.decided_by,
                        minimum=frame.minimum)  # fmt: skip
        body: list[Any] = paragraphs([first], style["body"])
        if frame.supervision_decided:
            body += paragraphs([say("frame.decision_supervised")], style["body"])
        if frame.decision_text.strip():
            body += paragraphs([say("frame.decision_quoted")], style["body"])
            body += paragraphs(frame.decision_text.split("\n\n"), style["quoted"])
        body += paragraphs(say.many("frame", "decision_explained"), style["body"])
    else:
        if not frame.agreed:
            first = say("frame.agreement_unconfirmed")
        elif frame.agreed_on is not None:
            first = say("frame.agreement", agreed_on=day(frame.agreed_on))
        else:
            first = say("frame.agreement_undated")
        body = paragraphs([first, *say.many("frame", "agreement_explained")], style["body"])
    return section(say("frame.heading"), body, style)


def _visits(data: VisitPlanLetter, say: Words, style: dict[str, Any]) -> list[Any]:
    if "visits" in data.left_out:
        return []
    v = data.visits
    supervision = say(f"visits.{v.supervision}") if v.supervision else ""
    rows = [
        (say("visits.how_often"), v.how_often),
        (say("visits.first_visit"), day(v.first_visit_on) if v.first_visit_on else ""),
        (say("visits.place"), v.place),
        (say("visits.meeting_place"), v.meeting_place),
        (say("visits.supervision"), supervision),
        (say("visits.supervisor"), v.supervisor),
        (say("visits.between"), v.between_visits),
        (say("visits.transport"), v.transport),
        (say("visits.paid_by"), v.paid_by),
    ]
    return section(say("visits.heading"), facts(rows, style), style)


def _others(data: VisitPlanLetter, say: Words, style: dict[str, Any]) -> list[Any]:
    if not data.others:
        return []
    intro = say("others.own" if data.reader == "other" else "others.intro")
    body = [*paragraphs([intro], style["body"]), *bullets(data.others, style)]
    return section(say("others.heading"), body, style)


def _purpose(data: VisitPlanLetter, say: Words, style: dict[str, Any]) -> list[Any]:
    if "purpose" in data.left_out:
        return []
    if not data.purposes:
        body: list[Any] = paragraphs([say("purpose.none")], style["body"])
    else:
        body = [
            *paragraphs([say("purpose.intro")], style["body"]),
            *bullets([say(f"purpose.{key}") for key in data.purposes], style),
        ]
    if data.purpose_note.strip():
        body += paragraphs([say("purpose.note")], style["body"])
        body += paragraphs(data.purpose_note.split("\n\n"), style["quoted"])
    return section(say("purpose.heading"), body, style)


def _evaluation(data: VisitPlanLetter, say: Words, style: dict[str, Any]) -> list[Any]:
    months, due = data.evaluate_every_months, data.evaluation_due
    if months is None or due is None:
        text = say("evaluation.none")
    elif months == 1:
        text = say("evaluation.every_one", due=day(due))
    else:
        text = say("evaluation.every", months=months, due=day(due))
    body = paragraphs([text, say("evaluation.ask")], style["body"])
    return section(say("evaluation.heading"), body, style)


def _changes(data: VisitPlanLetter, say: Words, style: dict[str, Any]) -> list[Any]:
    version = data.version
    if version.previous_number == 0 or version.previous_from is None:
        return []
    body: list[Any] = paragraphs([say("changes.replaces", number=version.previous_number,
                                      valid_from=day(version.previous_from))], style["body"])  # fmt: skip
    if version.reason.strip():
        body += paragraphs([say("changes.reason")], style["body"])
        body += paragraphs(version.reason.split("\n\n"), style["quoted"])
    if version.changes:
        body += [*paragraphs([say("changes.list")], style["body"]),
                 *bullets(version.changes, style)]  # fmt: skip
    elif "changes" not in data.left_out:
        body += paragraphs([say("changes.none")], style["body"])
    return section(say("changes.heading"), body, style)


def _contact(data: VisitPlanLetter, say: Words, common: Form, style: dict[str, Any]) -> Any:
    """Whom to ask, the closing and the signature, kept on one page: one KeepTogether of plain
    flowables (a heading before a nested one could stand alone at the foot of a page)."""
    first = (say("contact.text", caseworker=data.caseworker) if data.caseworker.strip()
             else say("contact.text_unnamed"))  # fmt: skip
    texts = [first]
    if data.frame.decided and data.reader == "parent":
        texts.append(say("contact.disagree_decision"))
    closing = [common.text("letterhead.closing"), data.caseworker]
    return KeepTogether([
        *section(say("contact.heading"), paragraphs(texts, style["body"]), style),
        Spacer(1, 6 * mm),
        *paragraphs(closing, style["body"]),
    ])  # fmt: skip


def build_visit_plan(data: VisitPlanLetter, head: Letterhead, common: Form, wording: Form) -> bytes:
    """One copy of the plan as PDF bytes; nothing is written to disk."""
    if data.reader not in READERS:
        raise ValueError(f"no visit plan for the reader {data.reader!r}")
    style = sheet_styles()
    say = Words(wording, data)
    story = [
        *_heading(data, say, style),
        *_frame(data, say, style),
        *_visits(data, say, style),
        *_others(data, say, style),
        *_purpose(data, say, style),
        *_evaluation(data, say, style),
        *_changes(data, say, style),
        _contact(data, say, common, style),
    ]
    story.append(Spacer(1, 6 * mm))
    legal = wording.values["legal"]["decision" if data.frame.decided else "agreement"]
    story += paragraphs(legal, style["small"])
    kind = Labels(common.language)(DocumentKind.VISIT_PLAN.label)
    letter = story_frame(data, say("heading.text"), kind, data.recipient)
    return build_pages(letter, head, common, story)
