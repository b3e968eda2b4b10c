"""The parent's card: their data, children, placements and deadlines, as readable HTML with
keyboard-reachable links (Tab moves between links, Enter follows one)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from bufapp.domain.consent import Consent, consent_status
from bufapp.domain.deadlines import Urgency
from bufapp.domain.entities import Placement
from bufapp.domain.enums import ConsentStatus, ReferralState
from bufapp.services.clock import oslo_date
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.domain_texts import deadline_title, frequency_text, task_who
from bufapp.ui.widgets.parent_languages import interpreter_need, written_language_label

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.register import ParentDetail


def _row(label: str, value: str | None) -> str:
    if not value:
        return ""
    return f"<tr><th align=left valign=top>{escape(tr(label))}</th><td>{escape(value)}</td></tr>"


def _marked_row(label: str, value: str) -> str:
    return f"<tr><th align=left valign=top>{escape(tr(label))}</th><td>{_marked(value)}</td></tr>"


def _link(href: str, text: str) -> str:
    return f'<a href="{href}">{escape(tr(text))}</a>'


def _links(*links: tuple[str, str]) -> str:
    """(href, text) pairs as links, separated by a dot. Built outside f-strings: lupdate reads
    no ``QT_TR_NOOP`` inside one."""
    return " · ".join(_link(href, text) for href, text in links)


def _contact_section(detail: ParentDetail) -> list[str]:
    parts = ["<h3>" + escape(tr("Kontakt")) + "</h3><p>"]
    count = tr("{contacts} i loggen").format(contacts=tr("%n kontakter", None, detail.entry_count))
    if detail.last_conversation:
        count += tr(", siste samtale {d}").format(d=f"{detail.last_conversation:%d.%m.%Y}")
    parts.append(escape(count) + ". ")
    plan = detail.plan
    if plan is not None and plan.refuses:
        parts.append(
            "<b>"
            + escape(
                tr("Ønsker ikke kontakt siden {d} – tilbys igjen {n}.").format(
                    d=f"{plan.refused_on:%d.%m.%Y}",
                    n=f"{plan.next_offer_on:%d.%m.%Y}" if plan.next_offer_on else "?",
                )
            )
            + "</b>"
        )
    elif plan is not None and plan.every_days:
        parts.append(
            escape(tr("Avtalt kontakt: {f}.").format(f=frequency_text(plan.every_days).lower()))
        )
    links = _links(
        ("open-log", QT_TR_NOOP("Åpne kontaktloggen")),
        ("new-contact", QT_TR_NOOP("Ny kontakt")),
        ("contact-plan", QT_TR_NOOP("Samarbeidsavtale")),
        ("followup", QT_TR_NOOP("Oppfølging")),
        ("visits", QT_TR_NOOP("Samvær")),
        ("extract", QT_TR_NOOP("Utdrag …")),
        ("archive-export", QT_TR_NOOP("Eksporter til arkivet …")),
    )
    parts.append(f"<br>{links}</p>")
    if detail.archived is not None:
        day, count = detail.archived
        parts.append(
            "<p>"
            + escape(
                tr("Sist eksportert til arkivet {d} ({documents} i alt).").format(
                    d=f"{day:%d.%m.%Y}", documents=tr("%n dokumenter", None, count)
                )
            )
            + "</p>"
        )
    if detail.open_tasks:
        parts.append("<h4>" + escape(tr("Åpne oppfølgingsoppgaver")) + "</h4><ul>")
        for task in detail.open_tasks:
            due = " – " + escape(tr("frist")) + f" {task.due:%d.%m.%Y}" if task.due else ""
            close = _link(f"close-task:{task.id}", QT_TR_NOOP("Lukk …"))
            parts.append(f"<li>{escape(task.what)} ({escape(task_who(task))}){due} {close}</li>")
        parts.append("</ul>")
    return parts


def _consent_state(consent: Consent, today: date) -> str:
    status = consent_status(consent, today)
    if status is ConsentStatus.WITHDRAWN and consent.withdrawn_on is not None:
        return tr("trukket tilbake {d}").format(d=f"{consent.withdrawn_on:%d.%m.%Y}")
    if status is ConsentStatus.EXPIRED:
        return tr("utløpt {d}").format(d=f"{consent.valid_until:%d.%m.%Y}")
    if consent.valid_until is not None and status is not ConsentStatus.NOT_YET:
        soon = tr("utløper snart, ") if status is ConsentStatus.EXPIRES_SOON else ""
        return soon + tr("gjelder til {d}").format(d=f"{consent.valid_until:%d.%m.%Y}")
    return tr(status.label).lower()


def _consent_section(detail: ParentDetail, today: date) -> list[str]:
    parts = ["<h3>" + escape(tr("Samtykker")) + "</h3>"]
    if detail.consents:
        parts.append("<ul>")
    for consent, recipient in detail.consents:
        categories = ", ".join(tr(c.label) for c in consent.categories)
        parts.append(
            f"<li><b>{escape(recipient)}</b>: {escape(categories)} – {escape(consent.purpose)} "
            f"({escape(tr(consent.how.label).lower())}, {consent.given_on:%d.%m.%Y}; "
            f"{escape(_consent_state(consent, today))})</li>"
        )
    if detail.consents:
        parts.append("</ul>")
    else:
        parts.append("<p>" + escape(tr("Ingen samtykker registrert.")) + "</p>")
    links = _links(
        ("consents", QT_TR_NOOP("Samtykkeregister …")),
        ("new-consent", QT_TR_NOOP("Nytt samtykke …")),
    )
    parts.append(f"<p>{links}</p>")
    return parts


def _referral_section(detail: ParentDetail, today: date) -> list[str]:
    parts = ["<h3>" + escape(tr("Henvisninger")) + "</h3>"]
    if detail.referrals:
        parts.append("<ul>")
    for referral, recipient in detail.referrals:
        dates = [tr(referral.state.label)]
        if referral.sent_on:
            dates.append(tr("sendt {d}").format(d=f"{referral.sent_on:%d.%m.%Y}"))
        waiting = referral.state is ReferralState.SENT and referral.reply_expected_by
        if waiting:
            dates.append(tr("svar ventes {d}").format(d=f"{referral.reply_expected_by:%d.%m.%Y}"))
        late = waiting and referral.reply_expected_by < today  # type: ignore[operator]
        style = ' style="color:#c62828"' if late else ""
        opens = _link(f"open-referral:{referral.id}", QT_TR_NOOP("Åpne …"))
        parts.append(
            f"<li{style}><b>{escape(recipient)}</b> – {escape(', '.join(dates))} {opens}</li>"
        )
    if detail.referrals:
        parts.append("</ul>")
    else:
        parts.append("<p>" + escape(tr("Ingen henvisninger.")) + "</p>")
    links = _links(
        ("new-referral", QT_TR_NOOP("Ny henvisning …")),
        ("referrals", QT_TR_NOOP("Alle henvisninger")),
        ("groups", QT_TR_NOOP("Ansvarsgruppe")),
        ("network", QT_TR_NOOP("Nettverkskart")),
    )
    parts.append(f"<p>{links}</p>")
    return parts


def _document_section(detail: ParentDetail) -> list[str]:
    if not detail.documents:
        return []
    parts = ["<h3>" + escape(tr("Dokumenter")) + "</h3><ul>"]
    for document in detail.documents:
        made = oslo_date(document.made_at)
        kind = escape(tr(document.kind.label).lower())
        shows = _link(f"show-document:{document.id}", QT_TR_NOOP("Vis …"))
        parts.append(f"<li>{escape(document.title)} ({kind}, {made:%d.%m.%Y}) {shows}</li>")
    parts.append("</ul>")
    return parts


def _marked(text: str) -> str:
    """A marking the caseworker must not miss, in words and colour (HTML, already escaped)."""
    return f'<b style="color:#b3261e">{escape(tr(text))}</b>'


def _placement_details(placement: Placement) -> str:
    """Where the child lives (the caseworker's own view), and a hidden placement's marking."""
    parts = [placement.place_name, placement.carer_names, placement.place_address]
    if placement.place_municipality not in " ".join(parts):  # "Fosterhjem i Tana": said already
        parts.append(placement.place_municipality)
    where = ", ".join(x for x in (*parts, placement.place_phone) if x.strip())
    lines = [escape(where)] if where else []
    if placement.whereabouts_hidden:
        decided = f"{placement.hidden_decided_on:%d.%m.%Y}" if placement.hidden_decided_on else "?"
        lines.append(
            _marked(QT_TR_NOOP("Bosted skjult for foreldrene"))
            + escape(
                tr(
                    " – vedtak {date}: {basis}. Kommer ikke med i dokumenter til foreldrene "
                    "eller andre."
                ).format(date=decided, basis=placement.hidden_basis)
            )
        )
    return "".join(f"<br>{line}" for line in lines)


def _hidden_warning(detail: ParentDetail) -> list[str]:
    """First on the card, so it is read before a phone call: whose whereabouts are hidden."""
    hidden = [
        entry.child.given_names
        for entry in detail.children
        if any(p.whereabouts_hidden and p.end_date is None for p in entry.placements)
    ]
    if not hidden:
        return []
    text = tr(
        "Bosted skjult for foreldrene: {children}. Ikke si eller skriv hvor barnet bor til "
        "foreldrene eller andre."
    ).format(children=", ".join(hidden))
    return [f'<p style="color:#b3261e"><b>{escape(text)}</b></p>']


def _visit_section(detail: ParentDetail, visit_lines: Sequence[str]) -> list[str]:
    """Each child's samværsplan in one line and the next visit (``VisitService.card_lines``)."""
    if not visit_lines and not detail.children:
        return []
    parts = ["<h3>" + escape(tr("Samvær")) + "</h3><p>"]
    if visit_lines:
        parts.append("<br>".join(escape(line) for line in visit_lines))
    else:
        parts.append(escape(tr("Ingen samværsplan registrert.")))
    parts.append("<br>" + _link("visits", QT_TR_NOOP("Åpne samvær")) + "</p>")
    return parts


def render(detail: ParentDetail, today: date, visit_lines: Sequence[str] = ()) -> str:
    p = detail.parent
    address = ", ".join(
        x for x in (p.address_line, f"{p.postal_code} {p.postal_town}".strip()) if x
    )
    parts = [
        f"<h2>{escape(p.full_name)}</h2>",
        *_hidden_warning(detail),
        "<table cellspacing=4>",
        _row(QT_TR_NOOP("Fødselsnummer/D-nummer"), p.national_id),
        _row(QT_TR_NOOP("Fødselsdato"), f"{p.birth_date:%d.%m.%Y}" if p.birth_date else None),
        _row(QT_TR_NOOP("Adresse"), address),
        _marked_row(QT_TR_NOOP("Adressesperre"), p.address_protection.label)
        if p.has_confidential_address
        else "",
        _row(QT_TR_NOOP("Telefon"), p.phone),
        _row(QT_TR_NOOP("E-post"), p.email),
        _row(QT_TR_NOOP("Språk"), p.preferred_language),
        _row(
            QT_TR_NOOP("Skriftspråk"),
            p.written_language and written_language_label(p.written_language),
        ),
        _row(QT_TR_NOOP("Tolk"), interpreter_need(p)),
        _row(QT_TR_NOOP("Støtteperson"), p.support_person),
        _row(QT_TR_NOOP("Notater"), p.notes),
        "</table>",
        "<p>"
        + _links(
            ("edit-parent", QT_TR_NOOP("Rediger forelder")),
            ("new-child", QT_TR_NOOP("Legg til barn")),
            ("link-child", QT_TR_NOOP("Koble til et registrert barn")),
        )
        + "</p>",
    ]
    parts += _contact_section(detail)
    parts += _visit_section(detail, visit_lines)
    parts += _consent_section(detail, today)
    parts += _referral_section(detail, today)
    parts += _document_section(detail)
    links = _links(
        ("access-pack", QT_TR_NOOP("Innsyn: alt om forelderen …")),
        ("access-report", QT_TR_NOOP("Innsyn: hvem har sett opplysningene …")),
    )
    parts.append(f"<p>{links}</p>")
    parts.append("<h3>" + escape(tr("Frister")) + "</h3>")
    if not detail.deadlines:
        parts.append("<p>" + escape(tr("Ingen frister.")) + "</p>")
    for deadline in detail.deadlines:
        urgency = deadline.urgency(today)
        if deadline.done_on is not None:
            state = tr("utført {date}").format(date=f"{deadline.done_on:%d.%m.%Y}")
        else:
            state = tr("forfalt") if urgency is Urgency.OVERDUE else tr("åpen")
        colour = ' style="color:#c62828;font-weight:bold"' if urgency is Urgency.OVERDUE else ""
        parts.append(
            f"<p{colour}>{escape(deadline_title(deadline))} – {deadline.due:%d.%m.%Y} ({escape(state)})</p>"
        )

    parts.append("<h3>" + escape(tr("Barn og plasseringer")) + "</h3>")
    if not detail.children:
        parts.append("<p>" + escape(tr("Ingen barn registrert.")) + "</p>")
    for entry in detail.children:
        child = entry.child
        link = next((lk for lk in child.parents if lk.parent_id == p.id), None)
        role = f" – {escape(tr(link.role.label))}" if link else ""
        responsibility = (
            ""
            if link is None or link.parental_responsibility
            else escape(tr(" (uten foreldreansvar)"))
        )
        links = _links(
            (f"edit-child:{child.id}", QT_TR_NOOP("Rediger barn")),
            (f"new-placement:{child.id}", QT_TR_NOOP("Ny plassering")),
        )
        parts.append(
            f"<h4>{escape(child.full_name)}, {child.birth_date:%d.%m.%Y}{role}{responsibility}</h4>"
            + "<p>"
            + escape(tr("Saksnummer"))
            + f": {escape(child.case_number)} · {links}</p><ul>"
        )
        for placement in entry.placements:
            period = f"{placement.start_date:%d.%m.%Y} – " + (
                f"{placement.end_date:%d.%m.%Y}" if placement.end_date else tr("pågår")
            )
            ended = f" ({escape(tr(placement.end_reason.label))})" if placement.end_reason else ""
            kind = f"{escape(tr(placement.place_type.label))}, {escape(tr(placement.basis.label))}"
            edits = _link(f"edit-placement:{placement.id}", QT_TR_NOOP("Rediger"))
            parts.append(
                f"<li>{kind}: {escape(period)}{ended} {edits}{_placement_details(placement)}</li>"
            )
        parts.append("</ul>")
    if detail.other_parents:
        parts.append("<h3>" + escape(tr("Den andre forelderen")) + "</h3><p>")
        parts.append(
            " · ".join(
                f'<a href="parent:{o.id}">{escape(o.full_name)}</a>' for o in detail.other_parents
            )
        )
        parts.append("</p>")
    return "".join(parts)
