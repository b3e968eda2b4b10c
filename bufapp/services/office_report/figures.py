"""Each figure of the office report: one small function over the unit of work for the period,
computed by an SQL aggregate (``storage.office_report_reads``), returning ``Figure``s with their
«Slik er tallet regnet ut». Suppression is applied afterwards, over all of them together.

``FIGURE_SOURCES`` is the registry the report is built from, in the order it prints: a figure
is one function ``(uow, period, params) -> list[Figure]``. The parents' SRS/ORS feedback and the
uptake of group offers come from the parts that own them, through their queries
(``storage.feedback_records``, ``domain.group_offer_rules.uptake``); ``NOT_YET`` says plainly in
the report what a part not yet merged would add.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bufapp.domain.office_report import Figure, Period, median
from bufapp.domain.words import N_, translatable
from bufapp.storage.uow import UnitOfWork

FigureSource = Callable[[UnitOfWork, Period, dict[str, Any]], list[Figure]]

FIRST = N_("Første samtale etter plassering")
GAPS = N_("Kontakt med foreldrene")
MEETINGS = N_("Foreldrenes evaluering av møter i ansvarsgruppen")
INFORMATION = N_("Informasjon foreldrene har fått")


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
            title=N_("Foreldre med barn plassert i perioden"),
            how=placed_how,
            section=FIRST,
            count=counts.placed,
        ),
        Figure(
            key="first.offered",
            title=translatable("Fikk tilbud om første samtale innen {days} dager", days=days),
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
            title=N_("Hadde første samtale"),
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
            title=N_("Foreldre med lengre opphold i kontakten enn avtalt"),
            how=how_gap
            + " Telles når oppholdet er lengre enn hyppigheten i forelderens kontaktplan, "
            "eller 30 dager der ingen hyppighet er avtalt.",
            section=GAPS,
            count=over,
            of=len(rows),
        ),
        Figure(
            key="gaps.median",
            title=N_("Lengste opphold i kontakten, median"),
            how=how_gap + " Medianen av disse: halvparten av foreldrene hadde et kortere opphold.",
            section=GAPS,
            value=median(gap for _, gap, _ in rows),
            of=len(rows),
            unit=N_("dager"),
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
            title=N_("Møter evaluert av forelderen"),
            how=N_("Møter i ansvarsgruppen der forelderen ga sin evaluering i perioden."),
            section=MEETINGS,
            count=found.meetings,
            people=found.parents,
        )
    ]
    for key, question, value in questions:
        figures.append(
            Figure(
                key=f"meetings.{key}",
                title=translatable("«{question}» – gjennomsnitt", question=translatable(question)),
                how=how,
                section=MEETINGS,
                value=None if value is None else round(value, 1),
                of=found.meetings,
                people=found.parents,
                unit=N_("av 5"),
            )
        )
    return figures


def information(uow: UnitOfWork, period: Period, params: dict[str, Any]) -> list[Figure]:
    found = uow.office_report.information(params)
    return [
        Figure(
            key="information.understood",
            title=N_("Informasjon som forelderen bekreftet at de forsto"),
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


# --- from the parallel parts (merged into i22): the parents' KOR feedback, group-offer uptake ---

KOR = N_("Foreldrenes tilbakemelding (KOR: ORS og SRS)")
GROUPS = N_("Gruppetilbud")


def kor_feedback(uow: UnitOfWork, period: Period, params: dict[str, Any]) -> list[Figure]:
    """Through the feedback part's queries (``storage.feedback_records``), on the scores given
    in the period: the change a parent made over the year, the conversations of the year."""
    from bufapp.documents.forms import load_form
    from bufapp.domain.feedback_rules import kor_numbers

    numbers = kor_numbers(load_form("feedback").values)
    change = numbers.reliable_change
    days = {"since": period.start, "until": period.end}
    ors = {p: v for p, v in uow.feedback.ors_first_and_last(None, **days).items() if v[2] >= 2}
    better = sum(1 for first, last, _ in ors.values() if last - first >= change)
    worse = sum(1 for first, last, _ in ors.values() if first - last >= change)
    srs = uow.feedback.srs_below_counts(numbers.srs_cutoff, None, **days)
    below = sum(b for b, _ in srs.values())
    conversations = sum(n for _, n in srs.values())
    points = _number_text(change / 10)
    cut = _number_text(numbers.srs_cutoff / 10)
    how_ors = (
        "Foreldre med minst to ORS-skjemaer (Outcome Rating Scale, 0–40) i perioden: "
        "forskjellen mellom periodens første og siste. En endring på minst "
        f"{points} poeng regnes som pålitelig (kontorets tall i skjemaet for tilbakemelding)."
    )
    return [
        Figure("kor.ors_parents", N_("Foreldre med minst to ORS-målinger"), how_ors, KOR,
               count=len(ors)),
        Figure("kor.ors_better", N_("ORS bedret seg pålitelig"),
               translatable("Av foreldrene over: summen steg med minst {points} poeng.", points=points), KOR, count=better,
               of=len(ors), part_of="ors"),
        Figure("kor.ors_same", N_("ORS uten pålitelig endring"),
               translatable("Av foreldrene over: summen endret seg med mindre enn {points} poeng.", points=points), KOR,
               count=len(ors) - better - worse, of=len(ors), part_of="ors"),
        Figure("kor.ors_worse", N_("ORS ble pålitelig dårligere"),
               translatable("Av foreldrene over: summen sank med minst {points} poeng.", points=points), KOR, count=worse,
               of=len(ors), part_of="ors"),
        Figure("kor.srs_below", translatable("Samtaler der SRS var under {cut}", cut=cut),
               "Hver samtale der forelderen fylte ut SRS (Session Rating Scale, 0–40): hvor "
               f"mange som lå under kontorets grense på {cut}, som ber saksbehandleren spørre hva "
               "som bør være annerledes neste gang. Skjemaene i perioden.",
               KOR, count=below, of=conversations, people=len(srs)),
    ]  # fmt: skip


def group_offer_uptake(uow: UnitOfWork, period: Period, params: dict[str, Any]) -> list[Figure]:
    """Through the group-offer part's rule (``domain.group_offer_rules.uptake``) on its
    records, each step counted when its day falls in the period."""
    from bufapp.domain.group_offer_rules import uptake

    records = uow.group_offers.participations()
    steps = uptake([r for r in records if r.offer_id is not None], period.start, period.end)
    told = {
        r.parent_id for r in records
        if r.informed_on is not None and period.start <= r.informed_on <= period.end
    }  # fmt: skip
    how = "Hver gang et trinn ble registrert i perioden, for alle tilbudene sammen: "
    return [
        Figure("groups.told", N_("Foreldre informert om gruppetilbudene"),
               "Foreldre som ble fortalt om familievernets gruppetilbud i perioden (generelt "
               "eller om ett tilbud), hver forelder én gang.", GROUPS, count=len(told)),
        Figure("groups.referred", N_("Henvist til et gruppetilbud"), how + "henvist.", GROUPS,
               count=steps.referred),
        Figure("groups.started", N_("Startet i en gruppe"), how + "startet.", GROUPS,
               count=steps.started),
        Figure("groups.completed", N_("Fullførte en gruppe"), how + "fullført.", GROUPS,
               count=steps.completed),
    ]  # fmt: skip


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


FIGURE_SOURCES: list[FigureSource] = [
    first_conversation,
    contact_gaps,
    meeting_evaluations,
    information,
    kor_feedback,
    group_offer_uptake,
]

# Said in the report until a part adds its figures to FIGURE_SOURCES (and removes its line).
NOT_YET: list[str] = []
