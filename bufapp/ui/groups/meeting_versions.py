"""Minutes as read-only text, and the earlier versions of final minutes: each kept whole, with
when it was replaced and why (the reason is the next version's)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from bufapp.domain.enums import Attendance
from bufapp.domain.groups import Meeting, ResponsibilityGroup
from bufapp.services.groups.service import MeetingVersion
from bufapp.ui.groups.meeting_widgets import local, when_text
from bufapp.ui.qt import QT_TR_NOOP, tr


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def minutes_html(meeting: Meeting, group: ResponsibilityGroup) -> str:
    m = meeting.minutes
    parts = ["<p><b>" + escape(tr("Møte")) + f"</b> {escape(when_text(meeting.starts_at))}"]
    if meeting.place:
        parts.append(f", {escape(meeting.place)}")
    parts.append("</p>")
    who = [
        f"<b>{escape(tr(how.label))}:</b> {escape(', '.join(group.name_of(k) for k in keys))}"
        for how in Attendance
        if (keys := m.attending(how))
    ]
    who += [
        f"<b>{escape(tr(label))}:</b> {escape(group.name_of(key))}"
        for key, label in (
            (m.chair, QT_TR_NOOP("Møteleder")),
            (m.minute_taker, QT_TR_NOOP("Referent")),
        )
        if key
    ]
    parts.append("<p>" + "<br>".join(who) + "</p>")
    for number, item in enumerate(m.items, start=1):
        said = [f"<b>{number}. {escape(item.title)}</b>"]
        if item.summary:
            said.append(_text(item.summary))
        if item.parent_views:  # the parent's own views, set apart as in the editor
            views = escape(tr("Forelderens syn"))
            said.append(
                f"<span style='color:#2f6f9f'><b>{views}:</b></span> {_text(item.parent_views)}"
            )
        if item.conclusion:
            said.append("<b>" + escape(tr("Konklusjon")) + f":</b> {_text(item.conclusion)}")
        parts.append("<p>" + "<br>".join(said) + "</p>")
        if item.decisions:
            decided = "".join(f"<li>{escape(d)}</li>" for d in item.decisions)
            parts.append("<b>" + escape(tr("Beslutninger")) + f"</b><ul>{decided}</ul>")
    if m.next_meeting_on is not None:
        parts.append(
            "<p><b>" + escape(tr("Neste møte")) + f":</b> {m.next_meeting_on:%d.%m.%Y}</p>"
        )
    return "".join(parts)


def versions_html(
    versions: Sequence[MeetingVersion], current: Meeting, group: ResponsibilityGroup
) -> str:
    """Newest first: the earlier versions, each with why it was replaced."""
    later = [v.meeting for v in versions[1:]] + [current]
    parts = []
    for version, replaced_by in reversed(list(zip(versions, later, strict=True))):
        heading = tr("Versjon {n}, gjaldt til {when}").format(
            n=version.meeting.version, when=f"{local(version.replaced_at):%d.%m.%Y kl. %H:%M}"
        )
        reason = tr("Endret fordi: {reason}").format(reason=replaced_by.change_reason)
        parts.append(f"<h3>{escape(heading)}</h3><p><i>{escape(reason)}</i></p>")
        parts.append(minutes_html(version.meeting, group))
        parts.append("<hr>")
    return "".join(parts)


class VersionsDialog(QDialog):
    def __init__(
        self,
        versions: Sequence[MeetingVersion],
        current: Meeting,
        group: ResponsibilityGroup,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Tidligere versjoner av referatet"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("Tidligere versjoner"))
        self.text.setHtml(versions_html(versions, current, group))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
