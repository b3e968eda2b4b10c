"""What makes a contact entry a samvær talk: the talk before or after a visit, or a samvær meeting
with the foster parents. The editor gets a ``TalkSetup``: the guideline's questions to show beside
the fields, and, for a visit's talk, how to link the saved entry to the visit.

Which talk a new entry is, is written in its draft's key (``new:<parent>:<moment>:…``): the key
is the draft's identity, so a lock keeps it with the typing, and the link is made when the
reopened entry is saved. Kept in the key rather than beside the draft, it can never be separated
from the entry's draft nor outlive it, and the draft reopens as any contact does.

Everything here but ``TalkSetup.record_link``'s message is built on the database worker."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from bufapp.errors import BufappError, FieldProblem, NotFound, ValidationFailed
from bufapp.ui.qt import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from bufapp.domain.contact_log import ContactEntry
    from bufapp.domain.enums import TalkMoment
    from bufapp.domain.visits import Visit
    from bufapp.services.visits.service import VisitService
    from bufapp.services.workspace import Workspace

MEETING = "meeting"
# A talk after a visit on a past day is put at this hour of that day (after a daytime visit);
# the caseworker changes it in the editor when it was another time.
AFTER_TALK_HOUR = time(16, 0)
NOT_LINKED = QT_TR_NOOP(
    "Kontakten er lagret i kontaktloggen, men den ble ikke koblet til samværet {day}:\n\n{reason}"
)


@dataclass(frozen=True)
class TalkSetup:
    """The editor's part of a talk: its draft key, a heading and the questions to show, and for
    a recorded visit the link to make once the entry has its id (on the worker)."""

    record_key: str
    title: str
    prompts: tuple[str, ...]
    note: str = ""  # a calm line under the questions (a visit not yet recorded)
    link: Callable[[int], object] | None = None
    day: date | None = None  # the visit's day, for the message when linking fails

    def record_link(self, saved: ContactEntry) -> str | None:
        """On the worker, once the entry is saved: the link to the visit. A failure is returned
        as the Norwegian message to show, not raised: the entry is saved and stays in the log."""
        if self.link is None or saved.id is None:
            return None
        try:
            self.link(saved.id)
        except BufappError as failure:
            when = f"{self.day:%d.%m.%Y}" if self.day else ""
            return tr(NOT_LINKED).format(day=when, reason=_reason(failure))
        return None


def _reason(failure: BufappError) -> str:
    if isinstance(failure, ValidationFailed):
        return "\n".join(tr(p.message) for p in failure.problems)
    return str(failure)


def visit_day(visit: Visit) -> date:
    return visit.held_on or visit.planned_for


def talk_line(visit: Visit | None, entry_id: int) -> str:
    """«Samtale etter samværet 17.05.2026» for the entry that is a visit's talk; else empty."""
    if visit is None:
        return ""
    before = visit.before_entry_id == entry_id
    said = tr("Samtale før samværet") if before else tr("Samtale etter samværet")
    return f"{said} {visit_day(visit):%d.%m.%Y}"


def talk_key(parent_id: int, visit: Visit, moment: TalkMoment) -> str:
    """A new talk's draft key: the parent, the moment and the visit (its plan, child and day
    too, for a visit not recorded yet)."""
    return (
        f"new:{parent_id}:{moment.value}:{visit.plan_id}:{visit.child_id}:"
        f"{visit.planned_for.isoformat()}:{visit.id or 0}"
    )


def meeting_key(parent_id: int, child_id: int) -> str:
    return f"new:{parent_id}:{MEETING}:{child_id}"


def talk_setup(
    workspace: Workspace, parent_id: int, visit: Visit, moment: TalkMoment, key: str
) -> TalkSetup:
    """On the worker: the questions for the moment, and the link to the visit."""
    from bufapp.domain.enums import TalkMoment

    visits = workspace.visits
    frame = visits.talk_frame(parent_id)
    prompts = frame.prompts.before if moment is TalkMoment.BEFORE else frame.prompts.after
    day = visit_day(visit)
    title = f"{tr(moment.label)} {day:%d.%m.%Y}"
    child = frame.child_names.get(visit.child_id, "")
    title += f" – {child}" if child else ""
    link = _linker(visits, parent_id, visit, moment)
    return TalkSetup(key, title, prompts, "", link, day)


def _linker(
    visits: VisitService, parent_id: int, visit: Visit, moment: TalkMoment
) -> Callable[[int], object] | None:
    """The link made once the entry has its id. A visit not yet recorded is recorded as planned
    on its day (``link_talk_on_day``), so a talk before it belongs to it from the start."""

    def link(entry_id: int) -> object:
        if visit.id is not None:
            return visits.link_talk(visit.id, moment, entry_id)
        return visits.link_talk_on_day(visit.plan_id, visit.planned_for, moment, entry_id)

    return link


def meeting_setup(workspace: Workspace, parent_id: int, child_id: int) -> TalkSetup:
    """On the worker: the samvær meeting's questions, for a child of the parent."""
    frame = workspace.visits.talk_frame(parent_id)
    child = frame.child_names.get(child_id, "")
    if not child:
        raise ValidationFailed(
            [
                FieldProblem(
                    "child_id", QT_TR_NOOP("Barnet er ikke registrert med denne forelderen.")
                )
            ]
        )
    return TalkSetup(
        meeting_key(parent_id, child_id), tr("Samværsmøte") + f" – {child}", frame.prompts.meeting
    )


def talk_entry(entry: ContactEntry, visit: Visit, moment: TalkMoment, today: date) -> ContactEntry:
    """A new entry for the talk: topic samvær, the visit's child; a talk after a visit on a past
    day is put on that day (else now, as a new entry is)."""
    from bufapp.domain.enums import ContactTopic, TalkMoment
    from bufapp.services.clock import OSLO

    when = entry.occurred_at
    day = visit_day(visit)
    if moment is TalkMoment.AFTER and day < today:
        when = datetime.combine(day, AFTER_TALK_HOUR, tzinfo=OSLO)
    return replace(
        entry, occurred_at=when, topics=(ContactTopic.VISITS,), child_ids=(visit.child_id,)
    )


def meeting_entry(entry: ContactEntry, child_id: int) -> ContactEntry:
    from bufapp.domain.enums import ContactForm, ContactTopic

    return replace(
        entry,
        form=ContactForm.OFFICE_MEETING,
        topics=(ContactTopic.VISITS,),
        child_ids=(child_id,),
    )


def setup_of_draft(workspace: Workspace, key: str, entry: ContactEntry) -> TalkSetup | None:
    """On the worker, for a contact reopened (after a lock, or from the log): the talk it is,
    read from its draft key, or for a saved entry from the visit it is linked to."""
    from bufapp.domain.enums import TalkMoment, VisitOutcome
    from bufapp.domain.visits import Visit

    parts = key.split(":")
    moments = {m.value: m for m in TalkMoment}
    if entry.id is not None:
        visit = workspace.visits.visit_of_entry(entry.id)
        if visit is None:
            return None
        moment = TalkMoment.BEFORE if visit.before_entry_id == entry.id else TalkMoment.AFTER
        return talk_setup(workspace, entry.parent_id, visit, moment, key)
    if len(parts) == 4 and parts[2] == MEETING:
        try:
            return meeting_setup(workspace, entry.parent_id, int(parts[3]))
        except ValidationFailed:
            return TalkSetup(key, tr("Samværsmøte"), ())
    if len(parts) != 7 or parts[2] not in moments:
        return None
    moment = moments[parts[2]]
    plan_id, child_id, day, visit_id = int(parts[3]), int(parts[4]), parts[5], int(parts[6])
    # A stand-in, never saved: only its plan, child and day are read (the outcome is required).
    visit = Visit(plan_id, entry.parent_id, child_id, date.fromisoformat(day), VisitOutcome.HELD)
    if visit_id:
        # Gone since: the talk is saved, and linked only if the day is recorded again.
        with contextlib.suppress(NotFound):
            visit = workspace.visits.visit(visit_id)
    return talk_setup(workspace, entry.parent_id, visit, moment, key)
