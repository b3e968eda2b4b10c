"""The main window's contact-log actions: new and edited entries, finalising, withdrawing,
the contact agreement, closing tasks, and opening a search result. A mixin of MainWindow.

The dialogs are imported where they open: none of them is needed before unlocking, and
importing them costs start-up time (see the startup_to_unlock benchmark)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bufapp.errors import ValidationFailed
from bufapp.ui.qt import tr
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.work_area import LOG_VIEW

if TYPE_CHECKING:
    from bufapp.domain.contact_log import ContactEntry
    from bufapp.services.drafts import Draft
    from bufapp.services.register import ParentDetail


class ContactLogActions:
    workspace: Any
    work: Any
    tasks: Any
    open_dialogs: list[Any]

    def _open(self, dialog: Any, draft: Any = None) -> None:  # provided by MainWindow
        raise NotImplementedError

    def refresh(self, then_select: int | None = None) -> None:  # provided by MainWindow
        raise NotImplementedError

    def show_view(self, index: int) -> None:  # provided by MainWindow
        raise NotImplementedError

    def _current_parent(self) -> int | None:
        """The one chosen parent: the row selected and shown under Foreldre (the views that
        follow it show the same one), or None."""
        if self.work is None:
            return None
        return self.work.parents.current_parent_id

    def new_contact(self, parent_id: int | None = None) -> None:
        parent_id = parent_id or self._current_parent()
        if self.workspace is None or parent_id is None:
            Messages.info(self, tr("Velg en forelder først."))  # type: ignore[arg-type]
            return
        log, register = self.workspace.contact_log, self.workspace.register
        self.tasks.run(
            lambda: (log.new_entry(parent_id), register.parent_detail(parent_id)),
            lambda loaded: self._open_editor(*loaded),
        )

    def _edit_entry(self, entry_id: int) -> None:
        log, register = self.workspace.contact_log, self.workspace.register

        def load() -> tuple[ContactEntry, ParentDetail]:
            entry = log.entry(entry_id)
            return entry, register.parent_detail(entry.parent_id)

        def opened(loaded: tuple[ContactEntry, ParentDetail]) -> None:
            from bufapp.domain.enums import EntryStatus

            if loaded[0].status is EntryStatus.WITHDRAWN:
                Messages.info(self, tr("Kontakten er trukket tilbake og kan ikke endres."))  # type: ignore[arg-type]
                return
            self._open_editor(*loaded)

        self.tasks.run(load, opened)

    def _open_editor(
        self, entry: ContactEntry, detail: ParentDetail, draft: Draft | None = None
    ) -> None:
        if self.workspace is None:
            return
        from bufapp.ui.contacts.editor import ContactEditor

        key = str(entry.id) if entry.id else f"new:{entry.parent_id}"
        for open_dialog in self.open_dialogs:
            if isinstance(open_dialog, ContactEditor) and open_dialog.record_key == key:
                open_dialog.raise_()
                open_dialog.activateWindow()
                return
        parents = {detail.parent.id: detail.parent.full_name} | {
            o.id: o.full_name for o in detail.other_parents
        }
        children = {c.child.id: c.child.given_names for c in detail.children}
        workspace = self.workspace
        editor = ContactEditor(
            self.tasks,
            workspace.contact_log.save,
            workspace.drafts.save,
            entry,
            parents,
            children,
            self,  # type: ignore[arg-type]
            restored=draft is not None,
        )
        self._open(editor, draft)

    def reopen_contact_draft(self, draft: Draft) -> None:
        """Reopen an unsaved contact. If the entry was changed since (made final, a new
        version), the draft is brought up to date with its state, so it saves the right way."""
        entry = draft.record
        log, register = self.workspace.contact_log, self.workspace.register

        def load() -> tuple[ContactEntry, ParentDetail]:
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
            return current, register.parent_detail(entry.parent_id)

        self.tasks.run(load, lambda loaded: self._open_editor(*loaded, draft))

    def reopen_small_draft(self, draft: Draft) -> None:
        """A withdrawal, a task being closed or a contact agreement that a lock interrupted."""
        from bufapp.ui.contacts.dialogs import CloseTaskDialog, ContactPlanDialog, WithdrawDialog

        log, register = self.workspace.contact_log, self.workspace.register
        record = draft.record
        if draft.kind == "withdrawal":
            dialog = WithdrawDialog(self.tasks, log.withdraw, record.entry_id, self, record.reason)  # type: ignore[arg-type]
            self._open(dialog, draft)
        elif draft.kind == "task-closing":
            self.tasks.run(
                lambda: log.task(record.task_id),
                lambda task: self._open(
                    CloseTaskDialog(self.tasks, log.close_task, task, self, record),
                    draft,  # type: ignore[arg-type]
                ),
            )
        elif draft.kind == "contact-plan":
            self.tasks.run(
                lambda: register.parent(record.parent_id),
                lambda p: self._open(
                    ContactPlanDialog(
                        self.tasks,
                        log.save_plan,
                        record,
                        p.full_name,
                        register.today(),
                        self,  # type: ignore[arg-type]
                    ),
                    draft,
                ),
            )

    def _entry_action(self, action: str, entry_id: int) -> None:
        if self.workspace is None:
            return
        from bufapp.ui.contacts.dialogs import WithdrawDialog

        log = self.workspace.contact_log
        if action == "edit-entry":
            self._edit_entry(entry_id)
        elif action == "withdraw-entry":
            self._open(WithdrawDialog(self.tasks, log.withdraw, entry_id, self))  # type: ignore[arg-type]
        elif action == "finalise-entry":

            def failed(failure: Exception) -> None:
                if not isinstance(failure, ValidationFailed):
                    raise failure
                Messages.error(self, "\n".join(p.message for p in failure.problems))  # type: ignore[arg-type]
                self._edit_entry(entry_id)

            self.tasks.run(
                lambda: log.save(log.entry(entry_id), final=True),
                lambda _saved: self.contact_changed(),
                failed,
            )

    def edit_plan(self, parent_id: int | None = None) -> None:
        parent_id = parent_id or self._current_parent()
        if self.workspace is None or parent_id is None:
            Messages.info(self, tr("Velg en forelder først."))  # type: ignore[arg-type]
            return
        from bufapp.ui.contacts.dialogs import ContactPlanDialog

        log, register = self.workspace.contact_log, self.workspace.register
        self.tasks.run(
            lambda: (log.plan(parent_id), register.parent(parent_id)),
            lambda loaded: self._open(
                ContactPlanDialog(
                    self.tasks,
                    log.save_plan,
                    loaded[0],
                    loaded[1].full_name,
                    register.today(),
                    self,  # type: ignore[arg-type]
                )
            ),
        )

    def close_task(self, task_id: int) -> None:
        if self.workspace is None:
            return
        from bufapp.ui.contacts.dialogs import CloseTaskDialog

        log = self.workspace.contact_log
        self.tasks.run(
            lambda: log.task(task_id),
            lambda task: self._open(CloseTaskDialog(self.tasks, log.close_task, task, self)),  # type: ignore[arg-type]
        )

    def open_entry(self, parent_id: int, entry_id: int) -> None:
        """Open a search result: the parent's contact log, with the entry selected."""
        if self.work is None:
            return
        self.work.parents.select_parent(parent_id)
        self.work.contact_log.show_parent(parent_id, select_entry=entry_id)
        self.show_view(self.work.stack.indexOf(self.work.contact_log))

    def search_log(self) -> None:
        if self.work is not None:
            self.show_view(self.work.stack.indexOf(self.work.search))
            self.work.search.focus_query()

    def contact_changed(self) -> None:
        """After any change to the log: the parent list, Oversikt and the open timeline."""
        self.refresh()
        log = self.work.built(LOG_VIEW) if self.work is not None else None
        if log is not None and log.parent_id is not None:  # only a timeline already open
            log.show_parent(log.parent_id)
