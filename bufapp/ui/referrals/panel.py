"""One parent's referrals (henvisninger): a list with state, dates and late replies, a warning
when a withdrawn or expired consent blocks a draft, and the actions the state allows.

utkast → ferdig → sendt → svar mottatt / avslått / ingen svar. Only moves the domain allows
(``ALLOWED_MOVES``) are offered for the chosen referral; the service refuses the rest anyway.
Standalone given the task manager and the workspace: the main window shows it as a view or a
tab, and passes its own ``open_dialog`` so an editor open when the vault locks is kept as a
draft. ``changed`` is emitted after anything is saved, so Oversikt can be refreshed.

The list itself is ``referral_list`` (its rows ``referral_table``); the send and answer
dialogs are ``referral_state_dialogs``; this module is what the actions do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from bufapp.domain.referral import Referral
from bufapp.ui.documents.audit import audit_preview
from bufapp.ui.documents.pdf_preview import PdfPreviewDialog
from bufapp.ui.qt import tr
from bufapp.ui.referrals.editor import ReferralEditor, open_referral_editor
from bufapp.ui.referrals.list_view import ReferralList
from bufapp.ui.referrals.state_dialogs import (
    AnswerDialog,
    SendDialog,
    answers_allowed,
    can_be_sent,
)
from bufapp.ui.widgets.messages import Messages
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.drafts import Draft
    from bufapp.services.workspace import Workspace


class ReferralsPanel(ReferralList):
    """The referrals of one parent with *Ny henvisning…*, *Åpne…*, *Forhåndsvis…*,
    *Registrer sendt…* and *Registrer svar…*.

    ``open_dialog`` shows a dialog; the main window passes its own (``MainWindow._open``), so
    an editor open when the vault locks is kept as a draft and reopened after unlocking.
    ``changed`` is emitted after a referral is saved, finished, sent or answered.
    """

    changed = Signal()

    def __init__(
        self,
        tasks: TaskManager,
        workspace: Workspace,
        open_dialog: Callable[[QDialog], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, workspace, parent)
        self._open_dialog = open_dialog or self._open_here
        self.editors: list[ReferralEditor] = []
        self.new_button.clicked.connect(self.new_referral)
        self.open_button.clicked.connect(self.open_current)
        self.preview_button.clicked.connect(self.preview_current)
        self.send_button.clicked.connect(self.send_current)
        self.answer_button.clicked.connect(self.answer_current)

    def _open_here(self, dialog: QDialog) -> None:
        """Without the main window's opener: show it, and drop an editor's kept draft when the
        person closes it (not when a lock closes it: then the draft is what is kept)."""
        workspace = self._workspace

        def finished(_result: int) -> None:
            if isinstance(dialog, ReferralEditor) and dialog.kind and not dialog.closed_by_program:
                self._tasks.run(lambda: workspace.drafts.discard(dialog.kind, dialog.record_key))

        dialog.finished.connect(finished)
        dialog.open()

    def _saved(self, referral: Referral | None = None) -> None:
        self.refresh(then_select=referral.id if referral else None)
        self.changed.emit()

    def show_editor(self, editor: ReferralEditor) -> None:
        """Show an editor built elsewhere (a reopened draft) with the panel's wiring."""
        self.editors.append(editor)
        self.last_dialog = editor
        editor.saved_referral.connect(self._saved)

        def finished(_result: int) -> None:
            if editor in self.editors:
                self.editors.remove(editor)

        editor.finished.connect(finished)
        self._open_dialog(editor)

    def reopen_draft(self, draft: Draft) -> None:
        """Reopen a kept "referral" draft after unlocking (the main window's ``_reopen_drafts``):
        editable, marked unsaved; read-only with a warning if it was finished meanwhile."""
        self._edit(draft.record, restored=True)

    def _edit(self, referral: Referral, restored: bool = False) -> None:
        key = str(referral.id) if referral.id else None
        for editor in self.editors:
            if key is not None and editor.record_key == key:
                editor.raise_()
                editor.activateWindow()
                return
        open_referral_editor(
            self._tasks, self._workspace, referral, self.show_editor, self.window(), restored
        )

    def new_referral(self) -> None:
        if self.parent_id is None:
            return
        if not self._has_services:
            Messages.info(
                self,
                tr(
                    "Adresseboka er tom. Legg inn tjenesten som skal få henvisningen i "
                    "adresseboka først."
                ),
            )
            return
        self._edit(Referral(self.parent_id, 0, ""))

    def open_referral(self, referral_id: int) -> None:
        """Open one referral (the parent card's «Åpne …» link): a draft to edit, others to read."""
        row = self.model.row_of(referral_id)
        if row is not None:
            self.table.selectRow(row)
            self._edit(self.model.row_at(row).referral)
            return
        referrals = self._workspace.referrals
        parent_id = self.parent_id

        def found(all_of_parent: list[Referral]) -> None:
            match = next((r for r in all_of_parent if r.id == referral_id), None)
            if match is not None:
                self._edit(match)

        if parent_id is not None:
            self._tasks.run(lambda: referrals.of_parent(parent_id), found)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._edit(row.referral)

    def preview_current(self) -> None:
        row = self.current_row()
        if row is None or row.referral.id is None:
            return
        referral_id, recipient = row.referral.id, row.recipient
        referrals = self._workspace.referrals

        def show(pdf: bytes) -> None:
            dialog = PdfPreviewDialog(
                tr("Henvisning til {r}").format(r=recipient),
                pdf,
                tr("Henvisning til {r} {day}.pdf").format(
                    r=recipient, day=f"{row.referral.finished_on or self._today:%Y-%m-%d}"
                ),
                self.window(),
            )
            self.last_dialog = audit_preview(
                dialog, self._tasks, self._workspace.audit, row.referral.parent_id,
                dialog.windowTitle(),
            )  # fmt: skip
            dialog.open()

        def failed(failure: Exception) -> None:
            Messages.error(
                self,
                tr("Brevet kunne ikke lages: {reason}").format(reason=failure)
                if str(failure)
                else tr("Brevet kunne ikke lages."),
            )

        self._tasks.run(lambda: referrals.letter(referral_id), show, failed)

    def send_current(self) -> None:
        row = self.current_row()
        if row is None or not can_be_sent(row.referral):
            return
        self.open_and_reload(
            SendDialog(
                self._tasks,
                self._workspace.referrals.send,
                row.referral,
                row.recipient,
                self._today,
                self.window(),
            ),
            self.changed,
        )

    def answer_current(self) -> None:
        row = self.current_row()
        if row is None or not answers_allowed(row.referral):
            return
        self.open_and_reload(
            AnswerDialog(
                self._tasks,
                self._workspace.referrals.close,
                row.referral,
                row.recipient,
                self.window(),
            ),
            self.changed,
        )
