"""Small pieces the meeting dialogs share: text boxes, member choosers, meeting times in Oslo,
and the agenda as HTML (the plan's preview and the versions of the minutes use it)."""

from __future__ import annotations

from datetime import date, datetime, time
from html import escape
from itertools import pairwise

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QTimeEdit, QWidget

from bufapp.domain.enums import AgendaOrigin
from bufapp.domain.groups import AgendaItem, ResponsibilityGroup
from bufapp.services.clock import OSLO
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.field_form import TimeEdit

WEEKDAYS = (
    QT_TR_NOOP("mandag"),
    QT_TR_NOOP("tirsdag"),
    QT_TR_NOOP("onsdag"),
    QT_TR_NOOP("torsdag"),
    QT_TR_NOOP("fredag"),
    QT_TR_NOOP("lørdag"),
    QT_TR_NOOP("søndag"),
)
# The parent's own words and points stand out the same way in every meeting dialog.
PARENT_BOX_STYLE = (
    "QPlainTextEdit { border: 1px solid palette(mid); border-left: 5px solid #2f6f9f; }"
)
LATE_STYLE = "color: #b3261e; font-weight: bold;"
ERROR_STYLE = "color: palette(highlighted-text); background: #b3261e; padding: 2px 4px;"


def text_box(
    text: str = "", height: int = 60, placeholder: str = "", grows: bool = True
) -> QPlainTextEdit:
    """A multi-line field; one that does not grow keeps ``height`` (it scrolls inside)."""
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else in the forms
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2 if grows else height)
    if placeholder:
        box.setPlaceholderText(tr(placeholder))
    return box


def hint(text: str) -> QLabel:
    label = QLabel(tr(text))
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in this order (rows added after the dialog was built
    would otherwise come last, after its buttons)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def focusable_before(widget: QWidget) -> QWidget:
    """The widget Tab comes from to reach ``widget`` (skipping labels and containers)."""
    found = widget.previousInFocusChain()
    while found is not widget and not found.focusPolicy() & Qt.FocusPolicy.TabFocus:
        found = found.previousInFocusChain()
    return found


def lines(text: str) -> tuple[str, ...]:
    """One point per line; blank lines and surrounding spaces dropped."""
    return tuple(stripped for stripped in (t.strip() for t in text.splitlines()) if stripped)


def member_label(group: ResponsibilityGroup, key: str) -> str:
    member = group.member(key)
    if member is None:
        return key
    what = member.position or tr(member.role.label)
    return f"{member.name} ({what})" if what else member.name


def member_combo(
    group: ResponsibilityGroup, key: str = "", empty: str = "–", editable: bool = False
) -> QComboBox:
    """The group's members by name (their key as data); an editable one also takes a name
    typed freely (someone outside the group, as an action's responsible)."""
    combo = QComboBox()
    combo.setEditable(editable)
    if not editable:
        combo.addItem(tr(empty), "")
    for member in group.members:
        combo.addItem(member_label(group, member.key), member.key)
    found = combo.findData(key)
    if found >= 0:
        combo.setCurrentIndex(found)
    elif editable:
        combo.setEditText(key)
    return combo


def combo_key(combo: QComboBox) -> str:
    """The chosen member's key, or (editable) the name typed."""
    if combo.isEditable():
        text = combo.currentText().strip()
        found = combo.findText(text)
        return str(combo.itemData(found)) if found >= 0 else text
    return str(combo.currentData() or "")


def time_edit(value: time) -> QTimeEdit:
    editor = TimeEdit(QTime(value.hour, value.minute))
    editor.setDisplayFormat("HH:mm")
    return editor


def local(moment: datetime) -> datetime:
    return moment.astimezone(OSLO)


def moment(day: date, at: time, original: datetime | None = None) -> datetime:
    """The meeting's start as an aware moment; unchanged, the original moment itself."""
    if original is not None:
        shown = local(original)
        if (shown.date(), shown.time().replace(second=0, microsecond=0)) == (day, at):
            return original
    return datetime.combine(day, at.replace(second=0, microsecond=0), OSLO)


def when_text(starts_at: datetime) -> str:
    shown = local(starts_at)
    return tr("{weekday} {date} kl. {time}").format(
        weekday=tr(WEEKDAYS[shown.weekday()]), date=f"{shown:%d.%m.%Y}", time=f"{shown:%H:%M}"
    )


def agenda_html(agenda: tuple[AgendaItem, ...], late: frozenset[int] = frozenset()) -> str:
    """The agenda under one heading per origin, numbered straight through; ``late`` are the
    ids of carried-over actions whose due date has passed."""
    parts: list[str] = []
    number = 0
    for origin in AgendaOrigin:
        items = [item for item in agenda if item.origin is origin]
        parts.append(f"<p style='margin-bottom:2px'><b>{escape(tr(origin.label))}</b></p>")
        if not items:
            empty = {
                AgendaOrigin.PARENT: tr(
                    "Forelderen har ingen egne saker ennå – spør forelderen før møtet."
                ),
                AgendaOrigin.CARRIED: tr("Ingen åpne tiltak."),
                AgendaOrigin.OTHER: tr("Ingen."),
            }[origin]
            colour = "#a15c00" if origin is AgendaOrigin.PARENT else "gray"
            parts.append(f"<p style='margin-top:0;color:{colour}'><i>{escape(empty)}</i></p>")
            continue
        rows = []
        for item in items:
            number += 1
            detail = f"<br><small>{escape(item.detail)}</small>" if item.detail else ""
            if item.action_id is not None and item.action_id in late:
                overdue = escape(tr("fristen er passert"))
                detail += f" <small style='{LATE_STYLE}'>– {overdue}</small>"
            rows.append(
                f"<tr><td valign=top>{number}.&nbsp;</td><td>{escape(item.title)}{detail}</td></tr>"
            )
        parts.append("<table style='margin-top:0'>" + "".join(rows) + "</table>")
    return "".join(parts)
