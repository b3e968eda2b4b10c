"""The contact-log actions the window, the log view and the parent card ask for: new and edited
entries, finalising, withdrawing, the contact agreement, closing tasks, the extract of the log,
and reopening what a lock interrupted. The window owns one, built with its context and the
document actions that show the extract.

The dialogs are imported where they open: none of them is needed before unlocking, and
importing them costs start-up time (see the startup_to_unlock benchmark)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from bufapp.errors import ValidationFailed
from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.window_context import LOG_VIEW, WindowContext

if TYPE_CHECKING:
    from bufapp.domain.contact_log import ContactEntry
    from bufapp.domain.followup import InformationTicks
    from bufapp.services.drafts import Draft
    from bufapp.services.register import ParentDetail
    from bufapp.services.workspace import Workspace
    from bufapp.ui.contacts.editor_information import InformationChecklist
    from bufapp.ui.contacts.extract_dialog import ExtractChoice
    from bufapp.ui.contacts.log_view import ContactLogView
    from bufapp.ui.contacts.talk_setup import TalkSetup
    from bufapp.ui.documents.actions import DocumentActions


if TYPE_CHECKING:
    # What the editor is opened with: the entry, the parent, the draft it is reopened from, the
    # follow-up's checklist, and the samvær talk it is, if it is one.
    Loaded = tuple[ContactEntry, ParentDetail, Draft | None, InformationChecklist, TalkSetup | None]


class ContactActions:
    def __init__(self, context: WindowContext, documents: DocumentActions) -> None:
        self._context = context
        self._documents = documents

    def new_contact(self, parent_id: int | None = None) -> None:
        chosen = self._context.chosen_parent(parent_id)
        if chosen is None:
            return
        workspace = self._context.unlocked()
        log, register = workspace.contact_log, workspace.register

        def load() -> tuple[ContactEntry, ParentDetail, None, InformationChecklist]:
            entry = log.new_entry(chosen)
            return entry, register.parent_detail(chosen), None, checklist_for(workspace, entry)

        self._context.tasks.run(load, lambda loaded: self.open_editor(*loaded))

    def _edit_entry(self, entry_id: int) -> None:
        workspace = self._context.unlocked()
        log, register = workspace.contact_log, workspace.register

        def load() -> Loaded:
            from bufapp.ui.contacts.talk_setup import setup_of_draft

            entry = log.entry(entry_id)
            detail = register.parent_detail(entry.parent_id)
            talk = setup_of_draft(workspace, str(entry_id), entry)  # a visit's talk: its questions
            return entry, detail, None, checklist_for(workspace, entry), talk

        def opened(loaded: Loaded) -> None:
            from bufapp.domain.enums import EntryStatus

            if loaded[0].status is EntryStatus.WITHDRAWN:
                Messages.info(
                    self._context.window, tr("Kontakten er trukket tilbake og kan ikke endres.")
                )
                return
            self.open_editor(*loaded)

        self._context.tasks.run(load, opened)

    def open_editor(
        self,
        entry: ContactEntry,
        detail: ParentDetail,
        draft: Draft | None = None,
        information: InformationChecklist | None = None,
        talk: TalkSetup | None = None,
    ) -> None:
        """The entry in the editor; one already open for it is brought to the front instead.
        With ``information`` (``checklist``), the follow-up's items can be ticked in it; with
        ``talk``, it is a samvær talk (``talks``): the guideline's questions shown beside it."""
        context = self._context
        workspace = context.workspace()
        if workspace is None:
            return
        from bufapp.ui.contacts.editor import ContactEditor
        from bufapp.ui.widgets.parent_languages import interpreter_reminder

        key = str(entry.id) if entry.id else f"new:{entry.parent_id}"
        key = talk.record_key if talk is not None else key
        for open_dialog in context.open_dialogs():
            if isinstance(open_dialog, ContactEditor) and open_dialog.record_key == key:
                open_dialog.raise_()
                open_dialog.activateWindow()
                return
        parents = {detail.parent.id: detail.parent.full_name} | {
            o.id: o.full_name for o in detail.other_parents
        }
        children = {c.child.id: c.child.given_names for c in detail.children}
        editor = ContactEditor(
            context.tasks,
            workspace.contact_log.save,
            workspace.drafts.save,
            entry,
            parents,  # type: ignore[arg-type]
            children,  # type: ignore[arg-type]
            context.window,
            restored=draft is not None,
            information=information,
            talk=talk,
            interpreter_reminder=interpreter_reminder(detail.parent),
        )
        context.open(editor, draft)

    def reopen_contact_draft(self, draft: Draft) -> None:
        """Reopen an unsaved contact. If the entry was changed since (made final, a new
        version), the draft is brought up to date with its state, so it saves the right way."""
        entry = draft.record
        workspace = self._context.unlocked()
        log, register = workspace.contact_log, workspace.register

        def load() -> Loaded:
            from bufapp.ui.contacts.talk_setup import setup_of_draft

            current = entry
            if entry.id is not None:
                stored = log.entry(entry.id)
                current = replace(
                    entry,
                    status=stored.status,
                    version=stored.version,
                    finalised_at=stored.finalised_at,
                    withdrawn_reason=stored.withdrawn_reason,
                    withdrawn_at=stored.withdrawn_at,
                )
            detail = register.parent_detail(entry.parent_id)
            from bufapp.services.drafts import (
                CONTACT_INFORMATION,
            )  # not at unlock: a database module

            ticks = workspace.drafts.beside(CONTACT_INFORMATION, draft.record_key)
            talk = setup_of_draft(workspace, draft.record_key, current)  # a talk: in the key
            return current, detail, draft, checklist_for(workspace, current, ticks), talk

        self._context.tasks.run(load, lambda loaded: self.open_editor(*loaded))

    def reopen_small_draft(self, draft: Draft) -> None:
        """A withdrawal, a task being closed or a contact agreement that a lock interrupted."""
        from bufapp.ui.contacts.dialogs import CloseTaskDialog, ContactPlanDialog, WithdrawDialog
        from bufapp.ui.widgets.parent_languages import interpreter_reminder

        context = self._context
        tasks, window, workspace = context.tasks, context.window, context.unlocked()
        log, register = workspace.contact_log, workspace.register
        record = draft.record
        if draft.kind == "withdrawal":
            context.open(
                WithdrawDialog(tasks, log.withdraw, record.entry_id, window, record.reason), draft
            )
        elif draft.kind == "task-closing":
            tasks.run(
                lambda: log.task(record.task_id),
                lambda task: context.open(
                    CloseTaskDialog(tasks, log.close_task, task, window, record), draft
                ),
            )
        elif draft.kind == "contact-plan":
            tasks.run(
                lambda: register.parent(record.parent_id),
                lambda p: context.open(
                    ContactPlanDialog(
                        tasks,
                        log.save_plan,
                        record,
                        p.full_name,
                        register.today(),
                        window,
                        interpreter_reminder(p),
                    ),
                    draft,
                ),
            )

    def entry_action(self, action: str, entry_id: int) -> None:
        """A request from an entry in the log view: edit, withdraw or finalise it."""
        context = self._context
        workspace = context.workspace()
        if workspace is None:
            return
        from bufapp.ui.contacts.dialogs import WithdrawDialog

        log = workspace.contact_log
        if action == "edit-entry":
            self._edit_entry(entry_id)
        elif action == "withdraw-entry":
            context.open(WithdrawDialog(context.tasks, log.withdraw, entry_id, context.window))
        elif action == "finalise-entry":

            def failed(failure: Exception) -> None:
                if not isinstance(failure, ValidationFailed):
                    raise failure
                Messages.error(context.window, "\n".join(tr(p.message) for p in failure.problems))
                self._edit_entry(entry_id)

            context.tasks.run(
                lambda: log.save(log.entry(entry_id), final=True),
                lambda _saved: self.contact_changed(),
                failed,
            )

    def edit_plan(self, parent_id: int | None = None) -> None:
        chosen = self._context.chosen_parent(parent_id)
        if chosen is None:
            return
        from bufapp.ui.contacts.dialogs import ContactPlanDialog
        from bufapp.ui.widgets.parent_languages import interpreter_reminder

        context = self._context
        workspace = context.unlocked()
        log, register = workspace.contact_log, workspace.register
        context.tasks.run(
            lambda: (log.plan(chosen), register.parent(chosen)),
            lambda loaded: context.open(
                ContactPlanDialog(
                    context.tasks,
                    log.save_plan,
                    loaded[0],
                    loaded[1].full_name,
                    register.today(),
                    context.window,
                    interpreter_reminder(loaded[1]),
                )
            ),
        )

    def close_task(self, task_id: int) -> None:
        context = self._context
        workspace = context.workspace()
        if workspace is None:
            return
        from bufapp.ui.contacts.dialogs import CloseTaskDialog

        log = workspace.contact_log
        context.tasks.run(
            lambda: log.task(task_id),
            lambda task: context.open(
                CloseTaskDialog(context.tasks, log.close_task, task, context.window)
            ),
        )

    def contact_changed(self) -> None:
        """After any change to the log: the parent list, Oversikt and the open timeline."""
        self._context.refresh()
        log = cast("ContactLogView | None", self._context.built_view(LOG_VIEW))
        if log is not None and log.parent_id is not None:  # only a timeline already open
            log.show_parent(log.parent_id)

    # --- the extract -------------------------------------------------------------------------

    def make_extract(self, parent_id: int | None = None) -> None:
        chosen = self._context.chosen_parent(parent_id)
        if chosen is None:
            return
        from bufapp.ui.contacts.extract_dialog import ExtractDialog

        context = self._context
        workspace = context.unlocked()

        def shown(detail: ParentDetail) -> None:
            children = [(c.child.id, c.child.full_name) for c in detail.children]
            dialog = ExtractDialog(
                chosen, detail.parent.full_name, children, workspace.register.today(),  # type: ignore[arg-type]
                context.window,
            )  # fmt: skip
            dialog.accepted.connect(lambda: self._extract(dialog.choice, detail.parent.full_name))  # type: ignore[arg-type]
            dialog.open()

        context.tasks.run(lambda: workspace.register.parent_detail(chosen), shown)

    def _extract(self, choice: ExtractChoice, name: str) -> None:
        from bufapp.domain.enums import DocumentKind

        documents = self._context.unlocked().documents
        title = tr("Utdrag av kontaktloggen – {name}").format(name=name)

        def made(language: str | None = None) -> bytes:
            return documents.in_language(language).contact_extract(
                choice.parent_id,
                choice.start,
                choice.end,
                choice.topics,
                choice.child_id,
                audience=choice.audience,
            )

        self._documents.show_pdf(
            made,
            title,
            f"utdrag-kontaktlogg-{choice.start:%Y%m%d}-{choice.end:%Y%m%d}.pdf",
            keep=(DocumentKind.CONTACT_EXTRACT, choice.parent_id, title),
            languages=lambda: documents.extract_languages(choice.parent_id, choice.audience),
            in_language=made,
        )


def checklist_for(
    workspace: Workspace, entry: ContactEntry, ticked: InformationTicks | None = None
) -> InformationChecklist:
    """On the worker: the follow-up's checklist for the editor, with the items already
    recorded for this contact."""
    from bufapp.ui.contacts.editor_information import InformationChecklist

    followup = workspace.followup
    before = followup.information_of_entry(entry.id) if entry.id else []
    return InformationChecklist(
        followup.checklist_items(),
        frozenset(g.item for g in before),
        followup.record_information_in_entry,
        ticked,
    )
