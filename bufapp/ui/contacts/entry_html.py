"""A contact entry as readable HTML for the reading pane, with keyboard-reachable links."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING

from bufapp.domain.enums import EntryStatus
from bufapp.domain.folding import fold
from bufapp.services.access.reader import exemption_bases
from bufapp.services.clock import OSLO
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.domain_texts import task_who

if TYPE_CHECKING:
    from bufapp.domain.contact_log import ContactEntry, EntryVersion

WITHDRAWN_STYLE = "color:#8a1c1c;font-weight:bold"
EXEMPT_STYLE = "color:#6b4e00;font-weight:bold"


def _when(entry: ContactEntry) -> str:
    when = entry.occurred_at.astimezone(OSLO)
    return tr("{day} kl. {time}").format(day=f"{when:%d.%m.%Y}", time=f"{when:%H:%M}")


def _text(value: str, words: Sequence[str] = ()) -> str:
    """Escaped text with line breaks kept and the searched words in bold."""
    if not words:
        return escape(value).replace("\n", "<br>")
    pieces = []
    last = 0
    for match in re.finditer(r"\w+", value):
        if any(fold(match.group()).startswith(w) for w in words):
            pieces.append(escape(value[last : match.start()]))
            pieces.append(f"<b style='background:#ffe08a;color:black'>{escape(match.group())}</b>")
            last = match.end()
    pieces.append(escape(value[last:]))
    return "".join(pieces).replace("\n", "<br>")


def _row(label: str, value: str) -> str:
    return (
        f"<tr><th align=left valign=top>{escape(tr(label))}</th><td>{value}</td></tr>"
        if value
        else ""
    )


def _people(entry: ContactEntry, parents: Mapping[int, str]) -> str:
    people = entry.participants
    parts = [escape(parents.get(pid, "")) for pid in entry.parent_ids]
    if people.support_person:
        parts.append(escape(tr("støtteperson {name}").format(name=people.support_person)))
    if people.has_interpreter:
        who = ", ".join(x for x in (people.interpreter_name, people.interpreter_language) if x)
        parts.append(escape(tr("tolk ({who})").format(who=who)))
    if people.carers:
        parts.append(escape(people.carers))
    if people.others:
        parts.append(escape(people.others))
    return ", ".join(p for p in parts if p)


def render(
    entry: ContactEntry,
    parents: Mapping[int, str],
    children: Mapping[int, str],
    versions: Sequence[EntryVersion] = (),
    words: Sequence[str] = (),
    actions: bool = True,
    talk: str = "",
) -> str:
    """``talk``: the line saying which visit the entry is the talk before or after, if any."""
    status = entry.status
    heading = f"{escape(tr(entry.form.label))} – {escape(_when(entry))}"
    parts = [f"<h3>{heading}</h3>"]
    if talk:
        parts.append(f"<p><b>{escape(talk)}</b></p>")
    if status is EntryStatus.WITHDRAWN:
        parts.append(
            f"<p style='{WITHDRAWN_STYLE}'>"
            + escape(tr("Trukket tilbake: {why}").format(why=entry.withdrawn_reason))
            + "</p>"
        )
    elif status is EntryStatus.OPEN:
        parts.append("<p><i>" + escape(tr("Under arbeid – ikke markert som ferdig.")) + "</i></p>")
    elif entry.version > 1:
        parts.append(
            "<p><i>"
            + escape(
                tr("Versjon {n}, endret fordi: {why}").format(
                    n=entry.version, why=entry.change_reason
                )
            )
            + "</i></p>"
        )
    if entry.is_exempt:
        parts.append(
            f"<p style='{EXEMPT_STYLE}'>"
            + escape(tr("Unntatt innsyn: {why}").format(why=entry.exempt_reason))
            + "<br>"
            + escape(tr("Hjemmel: {basis}").format(basis=_basis(entry.exempt_basis)))
            + "</p>"
        )
    parts += [
        "<table cellspacing=3>",
        _row(QT_TR_NOOP("Initiativ"), escape(tr(entry.initiative.label))),
        _row(QT_TR_NOOP("Sted"), escape(entry.place)),
        _row(QT_TR_NOOP("Til stede"), _people(entry, parents)),
        _row(QT_TR_NOOP("Tema"), escape(", ".join(tr(t.label) for t in entry.topics))),
        _row(
            QT_TR_NOOP("Gjelder"),
            escape(", ".join(children[c] for c in entry.child_ids if c in children)),
        ),
        "</table>",
    ]
    for label, value in (
        (QT_TR_NOOP("Sammendrag"), entry.summary),
        (QT_TR_NOOP("Forelderens egne ord"), entry.parent_words),
        (QT_TR_NOOP("Avtalt"), entry.agreed),
    ):
        if value:
            parts.append(f"<h4>{escape(tr(label))}</h4><p>{_text(value, words)}</p>")
    if entry.tasks:
        parts.append("<h4>" + escape(tr("Oppfølging")) + "</h4><ul>")
        for task in entry.tasks:
            due = f" – {task.due:%d.%m.%Y}" if task.due else ""
            state = "" if task.is_open else f" ({escape(tr(task.status.label).lower())}"
            state += (
                f": {escape(task.outcome)})" if task.outcome and state else (")" if state else "")
            )
            parts.append(f"<li>{escape(task.what)} ({escape(task_who(task))}){due}{state}</li>")
        parts.append("</ul>")
    if actions:
        parts.append(_actions(entry))
    if versions:
        parts.append("<h4>" + escape(tr("Tidligere versjoner")) + "</h4>")
        for old in reversed(versions):
            parts.append(
                "<p><b>"
                + escape(tr("Versjon {n}").format(n=old.version))
                + "</b> – "
                + escape(
                    tr("erstattet {when}: {why}").format(
                        when=f"{old.replaced_at.astimezone(OSLO):%d.%m.%Y %H:%M}",
                        why=old.replaced_because,
                    )
                )
                + f"<br>{_text(old.entry.summary)}"
                + (f"<br><i>{_text(old.entry.parent_words)}</i>" if old.entry.parent_words else "")
                + (
                    "<br>" + escape(tr("Avtalt")) + f": {_text(old.entry.agreed)}"
                    if old.entry.agreed
                    else ""
                )
                + "</p>"
            )
    return "".join(parts)


def _link(href: str, text: str) -> str:
    return f'<a href="{href}">{escape(tr(text))}</a>'


def _actions(entry: ContactEntry) -> str:
    if entry.status is EntryStatus.WITHDRAWN:
        return ""
    links = [
        _link(
            f"edit-entry:{entry.id}",
            QT_TR_NOOP("Endre") if entry.is_final else QT_TR_NOOP("Fortsett å skrive"),
        )
    ]
    if not entry.is_final:
        links.append(_link(f"finalise-entry:{entry.id}", QT_TR_NOOP("Marker som ferdig")))
    links.append(_link(f"withdraw-entry:{entry.id}", QT_TR_NOOP("Trekk tilbake …")))
    return "<p>" + " · ".join(links) + "</p>"


def _basis(key: str) -> str:
    """The text of an exemption's legal basis, from the vetted list in forms/."""
    return exemption_bases().get(key, "") or tr("ikke valgt")
