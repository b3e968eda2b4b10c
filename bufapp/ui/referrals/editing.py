"""A referral being written: what keeps the work safe and the consent gate in step.

Every change marks the referral unsaved, and what is typed is kept as an encrypted draft
(kind "referral") a moment after each change, so closing, locking or a crash loses nothing.
A change of recipient, category, copy recipient or exception asks the gate again
(``LiveGate``). *Avbryt* asks before throwing unsaved work away; a window the program closes
(a lock) keeps its draft without asking. Saving to the referral list, previewing and finishing
are ``ReferralEditor``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from bufapp.domain.enums import InformationCategory
from bufapp.domain.referral import Referral
from bufapp.ui.qt import QT_TR_NOOP, pause_timer, tr
from bufapp.ui.referrals.categories import LegalBasisDialog
from bufapp.ui.referrals.context import ReferralContext
from bufapp.ui.referrals.form import ReferralForm
from bufapp.ui.referrals.gate import LiveGate
from bufapp.ui.referrals.widgets import failure_reason
from bufapp.ui.widgets.messages import Button, Messages, draft_kept, draft_not_kept
from bufapp.ui.widgets.tasks import TaskManager

if TYPE_CHECKING:  # type hints only: keeps the database stack out of start-up
    from bufapp.services.workspace import Workspace

AUTOSAVE_MS = 1500


class EditableReferralForm(ReferralForm):
    """The referral's form with changes tracked, autosaved and gated; read-only when the
    referral is no longer a draft (nothing is watched then)."""

    def __init__(
        self,
        tasks: TaskManager,
        workspace: Workspace,
        referral: Referral,
        context: ReferralContext,
        parent: QWidget | None,
        restored: bool,
    ) -> None:
        super().__init__(tasks, workspace, referral, context, parent, restored)
        self._dirty = restored  # a reopened draft is unsaved work: Avbryt asks first
        self.closed_by_program = False  # True: closed by a lock, the draft must be kept
        self.kind = "referral" if (not self.read_only or restored) else ""
        self.autosaves = True
        self.record_key = self._key_for(referral)
        self.last_exception_dialog: LegalBasisDialog | None = None
        self._timer = pause_timer(self, AUTOSAVE_MS, self.autosave_now)
        self.gate = LiveGate(
            self,
            tasks,
            workspace,
            self.categories,
            self.copy_warning,
            self._services,
            self._exceptions,
            self.collect,
            self.sharing.clear_problems,
            self.show_closed,
        )
        if self.read_only:
            self._make_read_only()
        else:
            self._watch_changes()
            self.gate.show_exceptions()
            self.refresh_gate()

    @staticmethod
    def _key_for(referral: Referral) -> str:
        return str(referral.id) if referral.id else f"new:{referral.parent_id}"

    def _watch_changes(self) -> None:
        for box in self._text_boxes():
            box.textChanged.connect(self._changed)
            box.textChanged.connect(self.apply_closed)  # emptied and closed: shut now
        self.your_reference.textChanged.connect(self._changed)
        self.include_national_id.toggled.connect(self._changed)
        self.include_national_id.toggled.connect(self.apply_closed)
        self.service.currentIndexChanged.connect(self._recipient_changed)
        self.categories.toggled.connect(self._sharing_changed)
        self.categories.exception_wanted.connect(self.ask_exception)
        self.categories.exception_removed.connect(self.remove_exception)
        self.copy_to.itemChanged.connect(lambda _item: self._sharing_changed())
        self.attachments.changed.connect(self._changed)
        self.copy_to_parent.toggled.connect(self._changed)
        for _child_id, check in self.children.boxes:
            check.toggled.connect(self._changed)

    # --- changes and the kept draft ---------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _changed(self) -> None:
        if self.read_only:
            return
        self._dirty = True
        self.cancel_button.setText(tr("Avbryt"))
        self.draft_state.setText(tr("Endringer ikke lagret ennå …"))
        self._timer.start()

    def _recipient_changed(self) -> None:
        self.gate.answer = None  # the answer was about another recipient
        self.copy_to.hide_recipient(self.service.currentData())
        self._update_title()
        self.form.clear_problems()
        self._sharing_changed()

    def _sharing_changed(self) -> None:
        self._changed()
        self.gate.changed()

    def autosave_now(self) -> None:
        """Keep what is typed as an encrypted draft (not the saved referral until it is saved)."""
        self._timer.stop()
        if self.read_only:
            return
        record = self.collect()
        key = self.record_key
        drafts = self._workspace.drafts

        def kept(_result: object) -> None:
            if self._dirty:
                self.draft_state.setText(draft_kept())

        def not_kept(failure: Exception) -> None:
            # The text is still in the form; say so plainly and try again on the next change.
            self.draft_state.setText(draft_not_kept(failure_reason(failure)))

        self._tasks.run(lambda: drafts.save(self.kind, key, record), kept, not_kept)

    # --- the gate and its exceptions --------------------------------------------------------

    def refresh_gate(self) -> None:
        """Ask the gate now (``LiveGate.refresh``); a reader has nothing to ask."""
        if not self.read_only:
            self.gate.refresh()

    def status_text(self, category: InformationCategory) -> str:
        """What the editor shows about the category now (tests and the lead's checks)."""
        return self.categories.status(category)

    def ask_exception(self, category: InformationCategory) -> None:
        service = self._services.get(self.service.currentData())
        dialog = LegalBasisDialog(
            category, service.name if service else "", self._exceptions.get(category), self
        )
        self.last_exception_dialog = dialog

        def accepted() -> None:
            self._exceptions[category] = dialog.exception()
            self.categories.boxes[category].setChecked(True)
            self._sharing_changed()

        dialog.accepted.connect(accepted)
        dialog.open()

    def remove_exception(self, category: InformationCategory) -> None:
        answer = Messages.ask(
            self,
            tr(
                "Fjerne unntaket for «{category}»? Hjemmelen og begrunnelsen du skrev blir borte, "
                "og opplysningen kan ikke gis uten samtykke."
            ).format(category=tr(category.label)),
            Button.Yes | Button.No,
            Button.No,
        )
        if answer != Button.Yes:
            return
        self._exceptions.pop(category, None)
        self._sharing_changed()

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by the program (a lock closing every window): keep what was typed as a
        draft, never ask."""
        if not event.spontaneous():
            self.closed_by_program = True
            if self._dirty and not self.read_only:
                self.autosave_now()  # queued before the lock throws the keys away
            self._dirty = False
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._timer.stop()  # closed (saved, discarded or locked): nothing more to autosave
        self.gate.stop()
        super().done(result)

    discard_question = QT_TR_NOOP("Vil du forkaste endringene i denne henvisningen?")

    def unsaved_changes(self) -> bool:
        return self._dirty and not self.read_only
