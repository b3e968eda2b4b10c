"""Each figure of the office report: one small function over the unit of work for the period,
computed by an SQL aggregate (``storage.office_report_reads``), returning ``Figure``s with their
«Slik er tallet regnet ut». Suppression is applied afterwards, over all of them together.

``FIGURE_SOURCES`` is the registry the report is built from, in the order it prints. A part
that adds figures (the parents' SRS/ORS feedback, the uptake of group offers) adds one function
``(uow, period, params) -> list[Figure]`` to it; until then ``NOT_YET`` says plainly in the
report what is not counted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bufapp.domain.office_report import Figure, Period, median
from bufapp.storage.uow import UnitOfWork

FigureSource = Callable[[UnitOfWork, Period, dict[str, Any]], list[Figure]]

FIRST = "Første samtale etter plassering"
GAPS = "Kontakt med foreldrene"
MEETINGS = "Foreldrenes evaluering av møter i ansvarsgruppen"
INFORMATION = "Informasjon foreldrene har fått"


def first_conversation(uow: UnitOfWork, period: Period, params: dict[str, Any]) -> list[Figure]:
    counts = uow.office_report.first_conversation(params)
    days = int(str(params["limit"]).strip("+ days"))
    held_by = "med emnet «Første samtale»" + (
        " (eller, som kontoret har valgt, en hvilken som helst gjennomført samtale)"
        if params["any_held"]
        else ""
    )
    placed_how = (
        "Foreldre til barn som ble plassert utenfor hjemmet i perioden (en ny plassering, ikke "
        "en flytting mellom hjem). En forelder telles én gang, fra den første plasseringen."
    )
    return [
        Figure(
            key="first.placed",
            title="Foreldre med barn plassert i perioden",
            how=placed_how,
            section=FIRST,
            count=counts.placed,
        ),
        Figure(
            key="first.offered",
            title=f"Fikk tilbud om første samtale innen {days} dager",
            how=(
                f"Av foreldrene over: de som fikk tilbud om en samtale innen {days} dager etter "
                f"plasseringen (kontorets frist), ved en kontakt {held_by} som ikke er trukket "
                "tilbake eller et mislykket forsøk – eller som takket nei innen fristen."
            ),
            section=FIRST,
            count=counts.offered_in_time,
            of=counts.placed,
        ),
        Figure(
            key="first.held",
            title="Hadde første samtale",
            how=(
                "Av foreldrene over: de som har hatt en gjennomført samtale (telefon, møte, "
                f"hjemmebesøk, nøytralt sted eller video) {held_by} etter plasseringen, "
                "fram til rapporten lages."
            ),
            section=FIRST,
            count=counts.held,
            of=counts.placed,
        ),
    ]


def contact_gaps(uow: UnitOfWork, period: Period, params: dict[str, Any]) -> list[Figure]:
    rows = uow.office_report.contact_gaps(params)
    over = sum(1 for _, gap, limit in rows if gap > limit)
    how_gap = (
        "For hver forelder med barn plassert en tid i perioden: det lengste oppholdet i dager "
        "mellom to gjennomførte samtaler (telefon, møte, hjemmebesøk, nøytralt sted, video), "
        "regnet fra periodens start (eller plasseringen, om den kom senere) til periodens "
        "slutt (eller til plasseringen sluttet). Brev, SMS og mislykkede forsøk teller ikke."
    )
    return [
        Figure(
            key="gaps.over",
            title="Foreldre med lengre opphold i kontakten enn avtalt",
            how=how_gap
            + " Telles når oppholdet er lengre enn hyppigheten i forelderens kontaktplan, "
            "eller 30 dager der ingen hyppighet er avtalt.",
            section=GAPS,
            count=over,
            of=len(rows),
        ),
        Figure(
            key="gaps.median",
            title="Lengste opphold i kontakten, median",
            how=how_gap + " Medianen av disse: halvparten av foreldrene hadde et kortere opphold.",
            section=GAPS,
            value=median(gap for _, gap, _ in rows),
            of=len(rows),
            unit="dager",
        ),
    ]


def meeting_evaluations(uow: UnitOfWork, period: Period, params: dict[str, Any]) -> list[Figure]:
    found = uow.office_report.meeting_evaluations(params)
    how = (
        "Foreldrenes egne svar fra 1 (ikke i det hele tatt) til 5 (helt), gitt på møter i "
        "ansvarsgruppen i perioden: gjennomsnittet av alle svarene."
    )
    questions = (
        ("how_it_was", "Hvordan var møtet for deg?", found.how_it_was),
        ("understood", "Var det som ble sagt forståelig?", found.understood),
        ("heard", "Ble du hørt?", found.heard),
    )
    figures = [
        Figure(
            key="meetings.count",
            title="Møter evaluert av forelderen",
            how="Møter i ansvarsgruppen der forelderen ga sin evaluering i perioden.",
            section=MEETINGS,
            count=found.meetings,
            people=found.parents,
        )
    ]
    for key, question, value in questions:
        figures.append(
            Figure(
                key=f"meetings.{key}",
                title=f"«{question}» – gjennomsnitt",
                how=how,
                section=MEETINGS,
                value=None if value is None else round(value, 1),
                of=found.meetings,
                people=found.parents,
                unit="av 5",
            )
        )
    return figures


def information(uow: UnitOfWork, period: Period, params: dict[str, Any]) -> list[Figure]:
    found = uow.office_report.information(params)
    return [
        Figure(
            key="information.understood",
            title="Informasjon som forelderen bekreftet at de forsto",
            how=(
                "Hver gang informasjon fra sjekklisten i oppfølgingen ble gitt i perioden "
                "(også når den ble gitt på nytt): hvor mange av disse forelderen sa at de "
                "forsto. «Delvis forstått» og «ikke sjekket ennå» telles ikke som forstått."
            ),
            section=INFORMATION,
            count=found.understood,
            of=found.given,
            people=found.parents,
        )
    ]


FIGURE_SOURCES: list[FigureSource] = [
    first_conversation,
    contact_gaps,
    meeting_evaluations,
    information,
]

# Said in the report until a part adds its figures to FIGURE_SOURCES (and removes its line).
NOT_YET: list[str] = [
    "Endring i SRS og ORS (foreldrenes tilbakemelding) er ikke med ennå.",
    "Bruk av gruppetilbud er ikke med ennå.",
]
