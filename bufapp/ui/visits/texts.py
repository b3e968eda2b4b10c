"""The page's running text, as plain HTML: the plan in force (its frame, what, why), its history
with what changed, a visit as it went, and an evaluation with each party's view. Everything typed
is escaped: a name is never read as markup."""

from __future__ import annotations

from html import escape

from bufapp.domain.enums import Supervision, VisitBasis, VisitOutcome
from bufapp.domain.visit_rules import ScheduledVisit, describe_frequency
from bufapp.domain.visits import VisitEvaluation, VisitPlan
from bufapp.services.visits.page import ChildVisits, PlanVersion
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.visits.models import day

NOT_PLACED = QT_TR_NOOP(
    "Barnet er ikke plassert nå. En samværsplan lages for et barn som bor utenfor hjemmet."
)


def _para(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def _h(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _missing(text: str) -> str:
    return f"<i>{escape(tr(text))}</i>"


def _dl(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><th align=left valign=top>{escape(tr(label))}</th><td>{value}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table cellpadding=3>{cells}</table>"


def frame_rows(plan: VisitPlan) -> list[tuple[str, str]]:
    """Who set the frame: the decision with its minimum, or the agreement with the parent."""
    if plan.basis == VisitBasis.DECISION:
        minimum = describe_frequency(plan.minimum) if plan.minimum else ""
        return [
            (QT_TR_NOOP("Grunnlag"), escape(tr("Vedtak"))),
            (
                QT_TR_NOOP("Vedtatt av"),
                escape(plan.decided_by) or _missing(QT_TR_NOOP("Ikke skrevet")),
            ),
            (
                QT_TR_NOOP("Vedtaksdato"),
                escape(day(plan.decided_on)) or _missing(QT_TR_NOOP("Ikke skrevet")),
            ),
            (QT_TR_NOOP("Vedtaket sier"), _para(plan.decision_text)),
            (
                QT_TR_NOOP("Minimum"),
                escape(tr("minst {f}").format(f=minimum)) if minimum else _missing("?"),
            ),
            (QT_TR_NOOP("Tilsyn"), escape(tr("Vedtaket sier at samværet skal være med tilsyn")))
            if plan.supervision_decided
            else (QT_TR_NOOP("Tilsyn"), escape(tr("Vedtaket sier ikke noe om tilsyn"))),
        ]
    agreed = (
        tr("Avtalt med forelderen {d}").format(d=day(plan.agreed_on))
        if plan.agreed_with_parent
        else ""
    )
    return [
        (QT_TR_NOOP("Grunnlag"), escape(tr("Avtale (frivillig plassering)"))),
        (
            QT_TR_NOOP("Avtalt"),
            escape(agreed) or _missing(QT_TR_NOOP("Ikke avtalt med forelderen ennå")),
        ),
    ]


def _what_rows(plan: VisitPlan) -> list[tuple[str, str]]:
    place = tr(plan.place.label) + (f" – {plan.place_note}" if plan.place_note else "")
    supervision = tr(plan.supervision.label)
    if plan.supervision != Supervision.NONE and plan.supervisor:
        supervision += f" – {plan.supervisor}"
    return [
        (QT_TR_NOOP("Sted"), escape(place)),
        (QT_TR_NOOP("Tilsyn"), escape(supervision)),
        (
            QT_TR_NOOP("Andre med samværsrett"),
            _para(plan.others_with_rights) or _missing(QT_TR_NOOP("Ingen")),
        ),
        (
            QT_TR_NOOP("Mellom samværene"),
            _para(plan.between_visits) or _missing(QT_TR_NOOP("Ikke avtalt")),
        ),
        (QT_TR_NOOP("Transport"), _para(plan.transport) or _missing(QT_TR_NOOP("Ikke avtalt"))),
        (
            QT_TR_NOOP("Hvem betaler"),
            _para(plan.transport_paid_by) or _missing(QT_TR_NOOP("Ikke avtalt")),
        ),
        (
            QT_TR_NOOP("Første samvær"),
            escape(day(plan.first_visit_on)) or _missing(QT_TR_NOOP("Ikke satt")),
        ),
        (
            QT_TR_NOOP("Evalueres"),
            escape(tr("hver {n}. måned").format(n=plan.evaluate_every_months))
            if plan.evaluate_every_months
            else _missing(QT_TR_NOOP("Ikke avtalt")),
        ),
    ]


def plan_html(child: ChildVisits, frame_texts: dict[str, str]) -> str:
    plan = child.plan
    if plan is None and child.placement is None:
        return "<p>" + _missing(NOT_PLACED) + "</p>"
    if plan is None:
        return (
            "<p>"
            + _missing(
                QT_TR_NOOP(
                    "Ingen samværsplan ennå. Lag en ny samværsplan: hvor ofte, hvor, med eller uten "
                    "tilsyn, og hvorfor."
                )
            )
            + "</p>"
        )
    number = child.history[0].number if child.history else 1
    heading = tr("{f} – versjon {n}, gjelder fra {d}").format(
        f=describe_frequency(plan.frequency).capitalize(), n=number, d=day(plan.valid_from)
    )
    frame_key = "decision" if plan.basis == VisitBasis.DECISION else "agreement"
    parts = [_h(3, heading), _h(4, tr("Rammen"))]
    if frame_texts.get(frame_key):
        parts.append(f"<p><i>{escape(frame_texts[frame_key])}</i></p>")
    parts.append(_dl(frame_rows(plan)))
    parts += [_h(4, tr("Samværet")), _dl(_what_rows(plan)), _h(4, tr("Formål"))]
    if plan.purposes:
        labels = sorted(tr(p.label) for p in plan.purposes)
        parts.append("<ul>" + "".join(f"<li>{escape(label)}</li>" for label in labels) + "</ul>")
    else:
        parts.append("<p>" + _missing(QT_TR_NOOP("Ingen formål valgt.")) + "</p>")
    if plan.purpose_note:
        parts.append(f"<p>{_para(plan.purpose_note)}</p>")
    return "".join(parts)


def _version(version: PlanVersion) -> str:
    plan = version.plan
    head = tr("Versjon {n} fra {d}").format(n=version.number, d=day(plan.valid_from))
    lines = [f"<b>{escape(head)}</b>"]
    if plan.change_reason:
        lines.append(escape(tr("Hvorfor: {r}").format(r=plan.change_reason)))
    if version.changes:
        lines.append("<ul>" + "".join(f"<li>{escape(c)}</li>" for c in version.changes) + "</ul>")
    elif version.number == 1:
        lines.append(_missing(QT_TR_NOOP("Den første planen.")))
    return "<br>".join(lines)


def history_html(child: ChildVisits) -> str:
    if not child.history:
        return "<p>" + _missing(QT_TR_NOOP("Ingen versjoner ennå.")) + "</p>"
    return "".join(f"<p>{_version(version)}</p>" for version in child.history)


def visit_html(scheduled: ScheduledVisit, today_label: str) -> str:
    """The chosen day of the visit list: as it went, and whether its talks exist."""
    visit = scheduled.visit
    parts = [f"<b>{escape(day(scheduled.day))}</b> – {escape(today_label)}"]
    if visit is None:
        return parts[0]
    if visit.outcome == VisitOutcome.HELD:
        held = tr("Holdt {d}").format(d=day(visit.held_on))
        if visit.hours:
            held += ", " + tr("{h} timer").format(h=f"{visit.hours:g}".replace(".", ","))
        parts.append(escape(f"{held} ({tr(visit.form.label).lower()})"))
        if visit.mostly_talk_with_adult:
            parts.append(escape(tr("Forelderen trengte mest å snakke med en voksen.")))
    if visit.outcome == VisitOutcome.CANCELLED and visit.cancelled_by is not None:
        parts.append(escape(tr("Avlyst av {who}: {why}").format(
            who=tr(visit.cancelled_by.label).lower(), why=visit.reason)))  # fmt: skip
    if visit.supervisor_note:
        parts.append(
            "<b>" + escape(tr("Tilsynsførers notat")) + f":</b> {_para(visit.supervisor_note)}"
        )
    if visit.note:
        parts.append("<b>" + escape(tr("Merknad")) + f":</b> {_para(visit.note)}")
    talks = [
        tr("Samtale før: registrert") if visit.before_entry_id else tr("Samtale før: ingen"),
        tr("Samtale etter: registrert") if visit.after_entry_id else tr("Samtale etter: ingen"),
    ]
    parts.append(escape(" · ".join(talks)))
    return "<br>".join(parts)


def evaluation_html(evaluation: VisitEvaluation) -> str:
    rows = [
        (
            QT_TR_NOOP("Barnet"),
            _para(evaluation.child_view) or _missing(QT_TR_NOOP("Ikke skrevet")),
        ),
        (
            QT_TR_NOOP("Forelderen"),
            _para(evaluation.parent_view) or _missing(QT_TR_NOOP("Ikke skrevet")),
        ),
        (
            QT_TR_NOOP("Fosterforeldrene / institusjonen"),
            _para(evaluation.carers_view) or _missing(QT_TR_NOOP("Ikke skrevet")),
        ),
        (
            QT_TR_NOOP("Tilsynsfører"),
            _para(evaluation.supervisor_view) or _missing(QT_TR_NOOP("Ikke skrevet")),
        ),
        (
            QT_TR_NOOP("Konklusjon"),
            _para(evaluation.conclusion) or _missing(QT_TR_NOOP("Ikke skrevet")),
        ),
    ]
    head = tr("Evaluering {d}").format(d=day(evaluation.evaluated_on))
    if evaluation.plan_changed:
        head += " – " + tr("førte til ny versjon av planen")
    return _h(4, head) + _dl(rows)
