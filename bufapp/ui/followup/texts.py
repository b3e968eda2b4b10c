"""The page's running text, as plain HTML: the purpose and the cooperation agreement, the role
the parent keeps for each child (a plain table from forms/followup.toml), and the service's
assessment with its history. Everything typed is escaped: a name is never read as markup."""

from __future__ import annotations

from html import escape

from bufapp.domain.contact_rules import frequency_label
from bufapp.domain.followup import Assessment
from bufapp.services.followup.page import ChildSituation, FollowUpPage
from bufapp.ui.followup.models import day
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.parent_languages import interpreter_need


def _para(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def _h(level: int, text: str) -> str:
    return f"<h{level}>{escape(tr(text))}</h{level}>"


def _dl(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><th align=left valign=top>{escape(tr(label))}</th><td>{value}</td></tr>"
        for label, value in rows
    )
    return f"<table cellpadding=3>{cells}</table>"


def _missing(text: str) -> str:
    return f"<i>{escape(tr(text))}</i>"


def purpose_html(page: FollowUpPage) -> str:
    purpose, plan = page.purpose, page.agreement
    parts = []
    if page.first_conversation:
        parts.append(_h(3, QT_TR_NOOP("Første samtale")))
        parts.append("<p>" + "<br>".join(escape(line) for line in page.first_conversation) + "</p>")
    parts.append(_h(3, QT_TR_NOOP("Formålet med oppfølgingen")))
    if purpose.parent_words or purpose.caseworker_words:
        parts.append(_dl([
            (QT_TR_NOOP("Med forelderens ord"), _para(purpose.parent_words) or _missing(QT_TR_NOOP("Ikke skrevet"))),
            (QT_TR_NOOP("Med saksbehandlerens ord"), _para(purpose.caseworker_words) or _missing(QT_TR_NOOP("Ikke skrevet"))),
            (QT_TR_NOOP("Avtalt"), escape(day(purpose.agreed_on)) or _missing(QT_TR_NOOP("Ikke satt"))),
        ]))  # fmt: skip
    else:
        parts.append(
            "<p>"
            + _missing(QT_TR_NOOP("Ikke skrevet ennå. Skriv formålet sammen med forelderen."))
            + "</p>"
        )
    parts.append(_h(3, QT_TR_NOOP("Samarbeidsavtale")))
    often = frequency_label(plan.every_days) if plan.every_days else tr("Ingen fast avtale")
    if plan.refuses:
        often += " – " + tr("forelderen ønsker ikke kontakt nå (siden {d})").format(
            d=day(plan.refused_on)
        )
    rows = [
        (QT_TR_NOOP("Hvor ofte"), escape(often)),
        (QT_TR_NOOP("Hvordan"), _para(plan.how) or _missing(QT_TR_NOOP("Ikke avtalt"))),
        (QT_TR_NOOP("Hvor forelderen vil møtes"), _para(plan.preferred_place) or _missing(QT_TR_NOOP("Ikke avtalt"))),
        (QT_TR_NOOP("Støtteperson"), _para(plan.support_person) or _missing(QT_TR_NOOP("Ingen"))),
    ]  # fmt: skip
    if page.parent is not None and page.parent.needs_interpreter:  # the register's need
        rows.append((QT_TR_NOOP("Tolk"), escape(interpreter_need(page.parent))))
    parts.append(_dl(rows))
    return "".join(parts)


def roles_html(page: FollowUpPage) -> str:
    parts = [_h(3, QT_TR_NOOP("Hvem bestemmer hva"))]
    if not page.children:
        parts.append("<p>" + _missing(QT_TR_NOOP("Ingen barn er knyttet til forelderen.")) + "</p>")
    for situation in page.children:
        parts += _role(situation)
    return "".join(parts)


def _role(situation: ChildSituation) -> list[str]:
    child, placement, role = situation.child, situation.placement, situation.role
    heading = child.full_name
    if placement is not None:
        heading += f" – {tr(placement.basis.label).lower()}"
        if not situation.link.parental_responsibility:
            heading += ", " + tr("forelderen har ikke foreldreansvar")
    parts = [f"<h4>{escape(heading)}</h4>"]
    if role is None and placement is not None and placement.end_date is not None:
        ended = tr("Plasseringen ble avsluttet {d}").format(d=day(placement.end_date))
        if placement.end_reason is not None:
            ended += f" ({tr(placement.end_reason.label).lower()})"
        return [*parts, "<p>" + _missing(ended + ".") + "</p>"]
    if role is None:
        return [
            *parts,
            "<p>" + _missing(QT_TR_NOOP("Barnet er ikke registrert plassert.")) + "</p>",
        ]
    parts.append(f"<p>{escape(role.intro)}</p>")
    rows = "".join(
        f"<tr><td valign=top>{escape(decision)}</td><td valign=top>{escape(who)}</td></tr>"
        for decision, who in role.rows
    )
    parts.append(
        "<table border=1 cellspacing=0 cellpadding=4 width='100%'>"
        f"<tr><th align=left>{escape(role.decision)}</th>"
        f"<th align=left>{escape(role.who)}</th></tr>{rows}</table>"
    )
    return parts


def _assessment(assessment: Assessment, current: bool) -> str:
    when = tr("Skrevet {d}").format(d=day(assessment.written_on))
    if assessment.reassess_on is not None:
        when += " · " + tr("ny vurdering {d}").format(d=day(assessment.reassess_on))
    outlook = escape(tr(assessment.outlook.label))
    if current:
        return f"<p><b>{outlook}</b><br>{escape(when)}</p><p>{_para(assessment.text)}</p>"
    return f"<li><b>{outlook}</b> – {escape(when)}<br>{_para(assessment.text)}</li>"


def assessment_html(page: FollowUpPage) -> str:
    parts = [_h(3, QT_TR_NOOP("Barnevernstjenestens vurdering nå"))]
    current = page.current_assessment
    if current is None:
        parts.append(
            "<p>"
            + _missing(
                QT_TR_NOOP(
                    "Ingen vurdering ennå. Skriv til forelderen hva som skal til for at barnet kan "
                    "flytte hjem, eller hvorfor det ikke er forventet nå."
                )
            )
            + "</p>"
        )
        return "".join(parts)
    parts.append(_assessment(current, current=True))
    earlier = page.assessments[1:]
    if earlier:
        parts.append(_h(4, QT_TR_NOOP("Tidligere vurderinger")))
        parts.append("<ul>" + "".join(_assessment(a, current=False) for a in earlier) + "</ul>")
    return "".join(parts)
