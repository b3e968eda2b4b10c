"""Texts the domain writes in bokmål, in the interface's language where they are shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.ui.qt import tr

if TYPE_CHECKING:
    from bufapp.domain.contact_log import FollowUpTask
    from bufapp.domain.deadlines import Deadline


def deadline_title(deadline: Deadline) -> str:
    """A title that is a marked text (its kind's label, or a fixed line) is translated whole;
    one that starts with its kind's label and adds a date or a count gets the label translated.
    What the domain built with filled-in values is otherwise shown as written."""
    title, label = deadline.title, deadline.kind.label
    if title != label and title.startswith(label):
        return tr(label) + title[len(label) :]
    return tr(title)


def task_who(task: FollowUpTask) -> str:
    """``task.who``: a name as written, the responsible role's label translated."""
    return task.who if task.who == task.responsible_name else tr(task.who)


def frequency_text(days: int) -> str:
    """The agreed contact frequency as the Samarbeidsavtale dialog names it, translated."""
    from bufapp.domain.contact_rules import FREQUENCY_CHOICES

    named = dict(FREQUENCY_CHOICES)
    return tr(named[days]) if days in named else tr("Hver {n}. dag").format(n=days)
