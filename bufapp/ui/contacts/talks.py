"""The samvær page's way into the contact log: the talk before or after a visit, and the samvær
meeting with the foster parents, each opened in the normal contact editor, prefilled, with the
guideline's questions beside the fields (never fields of their own). A visit's talk is linked to
the visit when it is saved, as a draft or final: a draft is already in the log and counts as
contact, so the visit shows its talk from then on. The window builds one ``VisitTalks`` and gives
``start_talk`` and ``start_visit_meeting`` to the samvær page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bufapp.errors import BufappError, FieldProblem, ValidationFailed
from bufapp.ui.qt import QT_TR_NOOP, tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import WindowContext

if TYPE_CHECKING:
    from bufapp.domain.contact_log import ContactEntry
    from bufapp.domain.enums import TalkMoment
    from bufapp.domain.visits import Visit
    from bufapp.services.register import ParentDetail
    from bufapp.services.workspace import Workspace
    from bufapp.ui.contacts.actions import ContactActions
    from bufapp.ui.contacts.editor_information import InformationChecklist
    from bufapp.ui.contacts.talk_setup import TalkSetup

    Loaded = tuple[ContactEntry, ParentDetail, None, InformationChecklist, TalkSetup]

OTHER_PARENT = QT_TR_NOOP(
    "Samværet gjelder en annen forelder. Samtalen skrives i kontaktloggen til forelderen "
    "samværet gjelder."
)


class VisitTalks:
    def __init__(self, context: WindowContext, contacts: ContactActions) -> None:
        self._context = context
        self._contacts = contacts

    def start_talk(self, parent_id: int, visit: Visit, moment: TalkMoment) -> None:
        """The talk before or after ``visit`` with the parent: the one already linked to it if
        there is one, else a new contact about the visit's child, topic samvær."""
        workspace = self._context.workspace()
        if workspace is None:
            return
        self._context.tasks.run(
            lambda: _talk(workspace, parent_id, visit, moment), self._open, self._refused
        )

    def start_visit_meeting(self, parent_id: int, child_id: int) -> None:
        """A samvær meeting (parent, foster parents or institution staff, caseworker) written
        as a contact: a meeting, topic samvær, the child, with the meeting's questions."""
        workspace = self._context.workspace()
        if workspace is None:
            return
        self._context.tasks.run(
            lambda: _meeting(workspace, parent_id, child_id), self._open, self._refused
        )

    def _open(self, loaded: Loaded) -> None:
        entry, detail, draft, information, setup = loaded
        self._contacts.open_editor(entry, detail, draft, information, setup)

    def _refused(self, failure: Exception) -> None:
        if isinstance(failure, ValidationFailed):
            Messages.error(self._context.window, "\n".join(tr(p.message) for p in failure.problems))
        elif isinstance(failure, BufappError):
            Messages.error(self._context.window, str(failure))
        else:
            raise failure


def _talk(workspace: Workspace, parent_id: int, visit: Visit, moment: TalkMoment) -> Loaded:
    """On the worker. The visit is read again: its talks may have been written since."""
    from bufapp.domain.enums import EntryStatus, TalkMoment
    from bufapp.ui.contacts.actions import checklist_for
    from bufapp.ui.contacts.talk_setup import talk_entry, talk_key, talk_setup

    stored = workspace.visits.visit(visit.id) if visit.id is not None else visit
    if stored.parent_id != parent_id:
        raise ValidationFailed([FieldProblem("parent_id", OTHER_PARENT)])
    log = workspace.contact_log
    linked = stored.before_entry_id if moment is TalkMoment.BEFORE else stored.after_entry_id
    entry = log.entry(linked) if linked is not None else None
    if entry is None or entry.status is EntryStatus.WITHDRAWN:
        today = workspace.visits.today()
        entry = talk_entry(log.new_entry(parent_id), stored, moment, today)
    key = str(entry.id) if entry.id else talk_key(parent_id, stored, moment)
    setup = talk_setup(workspace, parent_id, stored, moment, key)
    detail = workspace.register.parent_detail(parent_id)
    return entry, detail, None, checklist_for(workspace, entry), setup


def _meeting(workspace: Workspace, parent_id: int, child_id: int) -> Loaded:
    from bufapp.ui.contacts.actions import checklist_for
    from bufapp.ui.contacts.talk_setup import meeting_entry, meeting_setup

    setup = meeting_setup(workspace, parent_id, child_id)
    entry = meeting_entry(workspace.contact_log.new_entry(parent_id), child_id)
    detail = workspace.register.parent_detail(parent_id)
    return entry, detail, None, checklist_for(workspace, entry), setup
