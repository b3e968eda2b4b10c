"""The visit plan's data as the builder receives it: plain values already chosen for one reader
(what that reader may not know is left empty by the service, never printed blank), and the
small helpers the story is made of."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from bufapp.documents.followup.sheet_parts import bullets, paragraphs
from bufapp.documents.forms import Form
from bufapp.documents.letter import markup
from bufapp.documents.tables import label_table, padding

READERS = ("parent", "carers", "supervisor", "other")
LABEL_WIDTH = 62 * mm  # «Første samvær etter denne planen» on one line


@dataclass(frozen=True)
class PlanFrame:
    """Who set the frame: a decision with its minimum, or an agreement with the parent."""

    decided: bool
    decided_by: str = ""
    decided_on: date | None = None
    decision_text: str = ""
    minimum: str = ""  # «4 ganger i året, 2 timer» (describe_frequency); empty: no visits
    supervision_decided: bool = False  # the decision says the visits are supervised
    agreed: bool = False
    agreed_on: date | None = None


@dataclass(frozen=True)
class PlanVisits:
    """The visits themselves; an empty value is not printed."""

    how_often: str = ""
    first_visit_on: date | None = None
    place: str = ""  # already in words, for this reader
    meeting_place: str = ""  # named only to those who take part
    supervision: str = ""  # a key of the form's [visits]: no_supervision, supported, protective
    supervisor: str = ""
    between_visits: str = ""
    transport: str = ""
    paid_by: str = ""


@dataclass(frozen=True)
class PlanVersion:
    number: int
    valid_from: date
    previous_number: int = 0  # 0: the first version
    previous_from: date | None = None
    reason: str = ""
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class VisitPlanLetter:
    """Everything one copy of the plan shows."""

    reader: str  # one of READERS
    parent_id: int  # whose plan (not printed)
    child: str  # the child's first name
    child_full_name: str
    child_born: date
    parent: str  # the parent's full name
    role: str  # «mor», «far»
    frame: PlanFrame
    visits: PlanVisits
    version: PlanVersion
    caseworker: str
    dated: date
    recipient: tuple[str, ...] = ()
    our_reference: str = ""
    others: tuple[str, ...] = ()  # others with contact rights (the other's copy: their own line)
    purposes: tuple[str, ...] = ()  # keys of the form's [purpose]
    purpose_note: str = ""
    evaluate_every_months: int | None = None
    evaluation_due: date | None = None
    left_out: frozenset[str] = field(default_factory=frozenset)  # sections not for this reader


def day(value: date) -> str:
    return f"{value:%d.%m.%Y}"


class Words:
    """The form's text with the plan's names filled in."""

    def __init__(self, form: Form, data: VisitPlanLetter) -> None:
        self.form = form
        self.names = {"child": data.child, "parent": data.parent, "role": data.role}

    def __call__(self, key: str, **values: Any) -> str:
        return self.form.text(key).format(**self.names, **values)

    def many(self, section: str, key: str) -> list[str]:
        return [str(text).format(**self.names) for text in self.form.values[section][key]]


def section(heading: str, body: list[Any], style: dict[str, Any]) -> list[Any]:
    return [Paragraph(markup(heading), style["subheading"]), *body]


def facts(rows: list[tuple[str, str]], style: dict[str, Any]) -> list[Any]:
    shown = [(label, value) for label, value in rows if value.strip()]
    if not shown:
        return []
    # A table a row: a heading keeps with its next flowable, and a whole table would take the
    # heading with it to the next page, leaving half a page blank.
    return [
        label_table([row], LABEL_WIDTH, style["label"], style["cell"], *padding(2, 5))
        for row in shown
    ]


__all__ = ["bullets", "paragraphs"]
